#include "script/script.h"

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

}  // namespace

Script build_script(const Article& article, const Cast& cast, const Pauses& pauses, const Lexicon& lexicon) {
  Script script;
  script.utterances.reserve(article.segments.size());
  size_t quotes = 0;
  for (size_t i = 0; i < article.segments.size(); ++i) {
    const Segment& segment = article.segments[i];
    if (segment.kind == SegmentKind::quote) ++quotes;
    const bool last = i + 1 == article.segments.size();
    script.utterances.push_back(Utterance{
        .label = label_for(segment, quotes),
        .segment = i + 1,
        .voice = cast.voice_for(segment.speaker),
        .text = for_engine(segment.spoken, lexicon),
        .start = segment.span.start,
        .end = segment.span.end,
        .pause_after_ms = last ? 0 : pause_between(segment, article.segments[i + 1], pauses),
    });
  }
  return script;
}

}  // namespace narrate
