#include "publish/transcript.h"

#include <cmath>
#include <cstdio>

#include "text/utf8.h"
#include "text/whitespace.h"

namespace narrate {
namespace {

bool starts_sentence(std::string_view rest) {
  if (rest.empty()) return false;
  const auto c = static_cast<unsigned char>(rest[0]);
  return is_capital_at(rest, 0) || std::isdigit(c) || rest.starts_with("\xE2\x80\x9C") || rest.starts_with("\"") ||
         rest.starts_with("\xE2\x80\x98");
}

bool is_closing(std::string_view rest, size_t& length) {
  for (const std::string_view mark : {"\xE2\x80\x9D", "\xE2\x80\x99", "\"", "'", ")"}) {
    if (rest.starts_with(mark)) {
      length = mark.size();
      return true;
    }
  }
  return false;
}

std::string timestamp(double seconds, char separator) {
  const auto ms = static_cast<long long>(std::llround(std::max(0.0, seconds) * 1000));
  char text[32];
  std::snprintf(text, sizeof text, "%02lld:%02lld:%02lld%c%03lld", ms / 3600000, ms / 60000 % 60, ms / 1000 % 60,
                separator, ms % 1000);
  return text;
}

std::string escape_vtt(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else out += c;
  }
  return out;
}

}  // namespace

std::vector<std::string> split_sentences(const std::string& text) {
  std::vector<std::string> sentences;
  size_t start = 0;
  size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    const bool ellipsis = std::string_view(text).substr(i).starts_with("\xE2\x80\xA6");
    if (c == '.' || c == '!' || c == '?' || ellipsis) {
      size_t end = i + (ellipsis ? 3 : 1);
      size_t length = 0;
      while (end < text.size() && is_closing(std::string_view(text).substr(end), length)) end += length;
      // "U.S. and": an abbreviation's full stop is followed by a lowercase word.
      if (end < text.size() && text[end] == ' ' && starts_sentence(std::string_view(text).substr(end + 1))) {
        sentences.push_back(text.substr(start, end - start));
        start = end + 1;
        i = start;
        continue;
      }
      i = end;
      continue;
    }
    ++i;
  }
  if (start < text.size()) sentences.push_back(text.substr(start));
  return sentences;
}

std::vector<Cue> make_cues(const Script& script, const Article& article, const Source& source,
                           const RenderReport& report, double offset) {
  std::vector<Cue> cues;
  const double rate = report.sample_rate;
  const size_t count = std::min(script.utterances.size(), report.parts.size());
  size_t i = 0;
  while (i < count) {
    // A segment's utterances: one, or several when it was too long for one.
    const size_t segment_number = script.utterances[i].segment;
    size_t end = i + 1;
    while (end < count && script.utterances[end].segment == segment_number) ++end;
    if (segment_number == 0 || segment_number > article.segments.size()) {
      i = end;
      continue;
    }
    const Segment& segment = article.segments[segment_number - 1];
    const std::string written = collapse_whitespace(source.text().substr(segment.span.start, segment.span.size()));
    const std::string speaker = segment.speaker.empty() ? std::string(kNarratorLabel) : segment.speaker;
    std::vector<std::string> sentences = split_sentences(written);
    // Sentence starts from the engine (each utterance starts one), in output samples.
    std::vector<uint64_t> starts;
    for (size_t u = i; u < end; ++u) {
      const RenderedPart& part = report.parts[u];
      starts.push_back(part.start);
      for (const SpeechEvent& event : part.sentences) {
        if (part.start + event.sample > starts.back() && event.sample < part.audible) starts.push_back(part.start + event.sample);
      }
    }
    const uint64_t audible_end = report.parts[end - 1].start + report.parts[end - 1].audible;
    if (starts.size() != sentences.size()) {
      starts = {report.parts[i].start};
      sentences = {written};
    }
    for (size_t k = 0; k < sentences.size(); ++k) {
      const uint64_t stop = k + 1 < starts.size() ? starts[k + 1] : audible_end;
      cues.push_back({offset + starts[k] / rate, offset + stop / rate, speaker, sentences[k]});
    }
    i = end;
  }
  return cues;
}

std::string format_webvtt(const std::vector<Cue>& cues) {
  std::string out = "WEBVTT\n";
  for (size_t i = 0; i < cues.size(); ++i) {
    const Cue& cue = cues[i];
    out += "\n" + std::to_string(i + 1) + "\n" + timestamp(cue.start, '.') + " --> " + timestamp(cue.end, '.') + "\n";
    out += "<v " + escape_vtt(cue.speaker) + ">" + escape_vtt(cue.text) + "\n";
  }
  return out;
}

std::string format_srt(const std::vector<Cue>& cues) {
  std::string out;
  for (size_t i = 0; i < cues.size(); ++i) {
    const Cue& cue = cues[i];
    if (i > 0) out += "\n";
    out += std::to_string(i + 1) + "\n" + timestamp(cue.start, ',') + " --> " + timestamp(cue.end, ',') + "\n";
    out += cue.speaker + ": " + cue.text + "\n";
  }
  return out;
}

}  // namespace narrate
