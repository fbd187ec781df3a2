#include "commands/inspect_command.h"

#include <cmath>
#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "article/attribution_model.h"
#include "script/selection.h"
#include "text/utf8.h"
#include "text/whitespace.h"

namespace narrate {
namespace {

using Json = nlohmann::ordered_json;

Json text_or_null(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

// What the engine is handed for each segment (its utterances' texts joined: a long
// segment is spoken in several), and by which voice.
struct SpokenSegment {
  std::string text;
  std::string voice;
};

std::vector<SpokenSegment> spoken_segments(const NarrationPlan& plan) {
  std::vector<SpokenSegment> spoken(plan.article.segments.size(), {"", plan.cast.narrator().id});
  std::vector<bool> seen(spoken.size(), false);
  for (const Utterance& utterance : plan.script.utterances) {
    if (utterance.segment == 0 || utterance.segment > spoken.size()) continue;
    SpokenSegment& entry = spoken[utterance.segment - 1];
    if (seen[utterance.segment - 1]) entry.text += ' ';
    entry.text += utterance.text;
    entry.voice = utterance.voice.id;
    seen[utterance.segment - 1] = true;
  }
  return spoken;
}

// The first `limit` code points of `text`, with an ellipsis when cut.
std::string first_words(const std::string& text, size_t limit) {
  size_t i = 0;
  size_t count = 0;
  while (i < text.size() && count < limit) {
    i += utf8_sequence_length(static_cast<unsigned char>(text[i]));
    ++count;
  }
  return i < text.size() ? text.substr(0, i) + "\xE2\x80\xA6" : text;
}

// Pads `text` with spaces to `width` code points.
std::string pad(const std::string& text, size_t width) {
  const size_t length = count_code_points(text);
  return length >= width ? text + " " : text + std::string(width - length, ' ');
}

}  // namespace

void set_inspect_command(CLI::App& app, InspectOptions& options) {
  CLI::App* inspect = app.add_subcommand("inspect", "Show the article's structure, speakers and voices");
  add_article_options(*inspect, options.article);
  inspect->add_flag("--json", options.json, "Print JSON (the format tools and tests read)");
  inspect->callback([&options] {
    const NarrationPlan plan = plan_narration(options.article);
    print_warnings(plan);
    if (options.json) {
      write_inspect_json(plan, std::cout);
    } else {
      write_inspect_table(plan, std::cout);
    }
  });
}

void write_inspect_json(const NarrationPlan& plan, std::ostream& out) {
  const Article& article = plan.article;
  const std::string_view text = plan.source.text();
  Json segments = Json::array();
  const std::vector<SpokenSegment> spoken = spoken_segments(plan);
  const std::vector<size_t> quotes = quote_numbers(article);
  for (size_t i = 0; i < article.segments.size(); ++i) {
    const Segment& segment = article.segments[i];
    Json entry;
    entry["index"] = i + 1;
    entry["kind"] = kind_name(segment.kind);
    entry["paragraph"] = segment.paragraph > 0 ? Json(segment.paragraph) : Json(nullptr);
    entry["quote"] = quotes[i] > 0 ? Json(quotes[i]) : Json(nullptr);
    // Offsets into the file as it is on disk (a web page's bytes, not the text read from it).
    entry["start"] = plan.source.file_start(segment.span.start);
    entry["end"] = plan.source.file_end(segment.span.end);
    entry["text"] = std::string(text.substr(segment.span.start, segment.span.size()));
    entry["spoken"] = spoken[i].text;
    entry["speaker"] = text_or_null(segment.speaker);
    entry["attribution"] = segment.attribution
                               ? Json{{"start", plan.source.file_start(segment.attribution->start)},
                                      {"end", plan.source.file_end(segment.attribution->end)}}
                               : Json(nullptr);
    if (segment.kind == SegmentKind::quote) {
      // Who attribution found and how sure it is; below the model's threshold the quote
      // is the narrator's (speaker null) while the candidate stays visible.
      entry["candidate"] = text_or_null(segment.candidate);
      entry["confidence"] = segment.confidence ? Json(std::round(*segment.confidence * 1000) / 1000) : Json(nullptr);
      entry["evidence"] = segment.evidence;
    }
    entry["voice"] = spoken[i].voice;
    segments.push_back(std::move(entry));
  }
  Json speaker_list = Json::array();
  for (const Speaker& speaker : article.speakers) {
    speaker_list.push_back({{"name", speaker.name},
                            {"gender", text_or_null(speaker.gender)},
                            {"voice", plan.cast.voice_for(speaker.name).id},
                            {"quotes", speaker.quotes}});
  }
  Json skipped = Json::array();
  for (const Skipped& s : article.skipped) {
    skipped.push_back({{"start", plan.source.file_start(s.span.start)},
                       {"end", plan.source.file_end(s.span.end)},
                       {"reason", s.reason},
                       {"text", std::string(text.substr(s.span.start, s.span.size()))}});
  }
  Json document;
  document["source"] = plan.source.name();
  document["publication"] = text_or_null(article.publication);
  document["title"] = text_or_null(article.title);
  document["dateline"] = text_or_null(article.dateline);
  document["segments"] = std::move(segments);
  document["speakers"] = std::move(speaker_list);
  document["skipped"] = std::move(skipped);
  out << document.dump(2) << '\n';
}

namespace {

std::string format_confidence(double value) {
  char text[16];
  std::snprintf(text, sizeof text, "%.2f", value);
  return text;
}

}  // namespace

void write_inspect_table(const NarrationPlan& plan, std::ostream& out) {
  const Article& article = plan.article;
  const std::string_view text = plan.source.text();
  out << "source       " << plan.source.name() << '\n';
  if (!article.publication.empty()) out << "publication  " << article.publication << '\n';
  if (!article.title.empty()) out << "title        " << article.title << '\n';
  if (!article.dateline.empty()) out << "dateline     " << article.dateline << '\n';
  out << "paragraphs   " << article.paragraph_count << '\n' << '\n';
  // "para" is the number `preview --paragraph N` takes; "quote 3" the one `--quote N` takes.
  out << "    #  para  kind       speaker             voice       text\n";
  const std::vector<SpokenSegment> spoken = spoken_segments(plan);
  const std::vector<size_t> quotes = quote_numbers(article);
  for (size_t i = 0; i < article.segments.size(); ++i) {
    const Segment& segment = article.segments[i];
    const std::string number = std::to_string(i + 1);
    const std::string paragraph = segment.paragraph > 0 ? std::to_string(segment.paragraph) : "-";
    const std::string kind = std::string(kind_name(segment.kind)) + (quotes[i] > 0 ? " " + std::to_string(quotes[i]) : "");
    const std::string written = collapse_whitespace(text.substr(segment.span.start, segment.span.size()));
    out << std::string(number.size() < 5 ? 5 - number.size() : 0, ' ') << number
        << std::string(paragraph.size() < 6 ? 6 - paragraph.size() : 0, ' ') << paragraph << "  " << pad(kind, 10)
        << pad(segment.speaker.empty() ? "-" : first_words(segment.speaker, 18), 20) << pad(spoken[i].voice, 12)
        << first_words(written, 60) << '\n';
  }
  // Who each quote was given to and how sure attribution is; below the threshold the
  // narrator reads it and the candidate is shown.
  bool header = false;
  for (size_t i = 0; i < article.segments.size(); ++i) {
    const Segment& segment = article.segments[i];
    if (segment.kind != SegmentKind::quote) continue;
    if (!header) out << "\nattribution (confidence; below " << format_confidence(AttributionModel::threshold())
                     << " the narrator reads the quote)\n";
    header = true;
    std::string decision = segment.speaker.empty() ? "narrator" : segment.speaker;
    if (segment.speaker.empty() && !segment.candidate.empty()) decision += " (not sure of " + segment.candidate + ")";
    const std::string sure = segment.confidence ? format_confidence(*segment.confidence) : "-";
    std::string evidence;
    for (const std::string& e : segment.evidence) evidence += (evidence.empty() ? "" : " ") + e;
    out << "  " << pad("quote " + std::to_string(quotes[i]), 10) << pad(sure, 7) << pad(first_words(decision, 44), 46)
        << evidence << '\n';
  }
  if (!article.skipped.empty()) {
    out << "\nskipped\n";
    for (const Skipped& s : article.skipped) {
      const Location where = plan.source.locate(s.span.start);
      const std::string at = std::to_string(where.line) + ":" + std::to_string(where.column);
      out << "  " << pad(at, 9) << pad(s.reason, 15)
          << first_words(collapse_whitespace(text.substr(s.span.start, s.span.size())), 60) << '\n';
    }
  }
}

}  // namespace narrate
