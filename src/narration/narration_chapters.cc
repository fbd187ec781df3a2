#include "narration/narration_chapters.h"

#include "text/whitespace.h"

namespace narrate {

std::vector<Chapter> chapters_of(const Narration& narration, const RenderReport& report) {
  std::vector<Chapter> chapters;
  for (size_t i = 0; i < narration.script.utterances.size(); ++i) {
    const Utterance& utterance = narration.script.utterances[i];
    if (utterance.segment == 0) continue;
    if (i > 0 && narration.script.utterances[i - 1].segment == utterance.segment) continue;  // a long one, split
    const Segment& segment = narration.article.segments[utterance.segment - 1];
    if (segment.kind != SegmentKind::title && segment.kind != SegmentKind::heading) continue;
    const double start = static_cast<double>(report.parts[i].start) / report.sample_rate;
    const std::string title = collapse_whitespace(narration.source.text().substr(segment.span.start, segment.span.size()));
    // The title's chapter opens the file; a heading's starts where the heading is spoken,
    // also when it comes first (an article without a title).
    chapters.push_back({segment.kind == SegmentKind::title ? 0.0 : start, title});
  }
  return chapters;
}

}  // namespace narrate
