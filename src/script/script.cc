#include "script/script.h"

#include <algorithm>
#include <cmath>

#include "text/spoken_text.h"

namespace narrate {
namespace {

int pause_between(const Segment& current, const Segment& next, const Pauses& pauses) {
  switch (current.kind) {
    case SegmentKind::banner:
    case SegmentKind::title:
    case SegmentKind::byline:
      return pauses.title_ms;
    case SegmentKind::heading:
      return pauses.heading_ms;
    default:
      break;
  }
  if (next.kind == SegmentKind::heading) return pauses.section_ms;
  const bool same_paragraph = next.paragraph != 0 && next.paragraph == current.paragraph;
  return same_paragraph ? pauses.segment_ms : pauses.paragraph_ms;
}

std::string label_for(const Segment& segment, size_t quote_number) {
  switch (segment.kind) {
    case SegmentKind::quote:
      return "quote " + std::to_string(quote_number) + " (paragraph " + std::to_string(segment.paragraph) + ")";
    case SegmentKind::narration:
    case SegmentKind::dateline:
      return "paragraph " + std::to_string(segment.paragraph);
    default:
      return std::string(kind_name(segment.kind));
  }
}

// A boundary at `i` of `text` is inside [[phoneme markup]] that opened at or after
// `from` (the piece being cut; looking no further back keeps splitting linear).
bool inside_phonemes(std::string_view text, size_t from, size_t i) {
  const size_t open = text.substr(from, i - from).rfind("[[");
  if (open == std::string_view::npos) return false;
  const size_t close = text.find("]]", from + open);
  return close == std::string_view::npos || close + 2 > i;
}

constexpr int kSentencePauseMs = 300;

}  // namespace

int reading_rate(const Utterance& utterance) {
  const long scaled = std::lround(utterance.voice.rate * utterance.rate_percent / 100.0);
  return static_cast<int>(std::clamp<long>(scaled, 80, 450));
}

std::vector<std::string> split_for_engine(const std::string& text) {
  std::vector<std::string> pieces;
  size_t start = 0;
  while (text.size() - start > kMaxUtteranceBytes) {
    const size_t limit = start + kMaxUtteranceBytes;
    size_t cut = std::string::npos;
    // After a sentence's end ("… end. Next"), else after a space.
    for (size_t i = limit; i > start + 1 && cut == std::string::npos; --i) {
      const char before = text[i - 2];
      if (text[i - 1] == ' ' && (before == '.' || before == '!' || before == '?') && !inside_phonemes(text, start, i)) {
        cut = i;
      }
    }
    for (size_t i = limit; i > start && cut == std::string::npos; --i) {
      if (text[i - 1] == ' ' && !inside_phonemes(text, start, i)) cut = i;
    }
    if (cut == std::string::npos) {  // one enormous word: cut between two characters
      cut = limit;
      while (cut > start + 1 &&
             ((static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80 || inside_phonemes(text, start, cut))) {
        --cut;
      }
    }
    std::string piece = text.substr(start, cut - start);
    while (!piece.empty() && piece.back() == ' ') piece.pop_back();
    if (!piece.empty()) pieces.push_back(std::move(piece));
    start = cut;
  }
  if (start < text.size()) pieces.push_back(text.substr(start));
  return pieces;
}

Script build_script(const Article& article, const Cast& cast, const Pauses& pauses, const Lexicon& lexicon) {
  Script script;
  script.utterances.reserve(article.segments.size());
  size_t quotes = 0;
  for (size_t i = 0; i < article.segments.size(); ++i) {
    const Segment& segment = article.segments[i];
    if (segment.kind == SegmentKind::quote) ++quotes;
    const bool last = i + 1 == article.segments.size();
    const VoiceProfile& voice = cast.voice_for(segment.speaker);
    const std::vector<std::string> pieces = split_for_engine(for_engine(segment.spoken, lexicon, dialect_of_voice(voice.espeak_voice)));
    for (size_t k = 0; k < pieces.size(); ++k) {
      const bool last_piece = k + 1 == pieces.size();
      const int pause = !last_piece ? kSentencePauseMs : last ? 0 : pause_between(segment, article.segments[i + 1], pauses);
      script.utterances.push_back(Utterance{
          .label = label_for(segment, quotes),
          .segment = i + 1,
          .voice = voice,
          .text = pieces[k],
          .start = segment.span.start,
          .end = segment.span.end,
          .pause_after_ms = pause,
          .rate_percent = segment.kind == SegmentKind::heading ? kHeadingRatePercent : 100,
      });
    }
  }
  return script;
}

}  // namespace narrate
