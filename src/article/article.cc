#include "article/article.h"

namespace narrate {

std::string_view kind_name(SegmentKind kind) {
  switch (kind) {
    case SegmentKind::banner: return "banner";
    case SegmentKind::title: return "title";
    case SegmentKind::byline: return "byline";
    case SegmentKind::dateline: return "dateline";
    case SegmentKind::heading: return "heading";
    case SegmentKind::narration: return "narration";
    case SegmentKind::quote: return "quote";
  }
  return "narration";
}

}  // namespace narrate
