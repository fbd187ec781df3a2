// Structure, quote segmentation and attribution of arbitrary text. Invariants: segments
// cover the body in order without overlap, every span lies inside the input on UTF-8
// character boundaries, attribution spans too, and every quote's speaker is listed.
#include <cstdint>
#include <optional>
#include <string>

#include "article/attribution.h"
#include "article/structure.h"
#include "fuzz_support.h"
#include "text/utf8.h"
#include "util/error.h"

using namespace narrate;

namespace {
bool on_boundary(const std::string& text, size_t offset) {
  return offset == text.size() || (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::optional<Source> source;
  try {
    source.emplace(Source::from_text("fuzz.txt", text));
  } catch (const Error&) {
    return 0;  // not UTF-8 text: refused with a message, which is right
  }
  {
    Article article = parse_article(*source, {.keep_boilerplate = false});
    attribute_quotes(text, article);
    size_t previous_end = 0;
    for (const Segment& segment : article.segments) {
      FUZZ_CHECK(segment.span.start >= previous_end);
      FUZZ_CHECK(segment.span.start < segment.span.end);
      FUZZ_CHECK(segment.span.end <= text.size());
      FUZZ_CHECK(on_boundary(text, segment.span.start) && on_boundary(text, segment.span.end));
      FUZZ_CHECK(!segment.spoken.empty());
      FUZZ_CHECK(find_invalid_utf8(segment.spoken) == kValidUtf8);
      if (segment.attribution) {
        FUZZ_CHECK(segment.attribution->start <= segment.attribution->end);
        FUZZ_CHECK(segment.attribution->end <= text.size());
      }
      if (!segment.speaker.empty()) {
        bool listed = false;
        for (const Speaker& speaker : article.speakers) listed = listed || speaker.name == segment.speaker;
        FUZZ_CHECK(listed);
      }
      previous_end = segment.span.end;
    }
    for (const Skipped& skipped : article.skipped) FUZZ_CHECK(skipped.span.end <= text.size());
    for (const Warning& warning : article.warnings) FUZZ_CHECK(warning.offset <= text.size());
  }
  return 0;
}
