#include "commands/inspect_command.h"

#include <cmath>
#include <cstdio>
#include <iostream>

#include "article/attribution_model.h"
#include "narration/article_json.h"
#include "script/selection.h"
#include "text/utf8.h"
#include "text/whitespace.h"

namespace narrate {
namespace {

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
    const Narration plan = plan_narration(options.article);
    print_warnings(plan);
    if (options.json) {
      write_inspect_json(plan, std::cout);
    } else {
      write_inspect_table(plan, std::cout);
    }
  });
}

void write_inspect_json(const Narration& plan, std::ostream& out) { out << article_json(plan).dump(2) << '\n'; }

namespace {

std::string format_confidence(double value) {
  char text[16];
  std::snprintf(text, sizeof text, "%.2f", value);
  return text;
}

}  // namespace

void write_inspect_table(const Narration& plan, std::ostream& out) {
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
