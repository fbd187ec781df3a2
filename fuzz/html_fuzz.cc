// A saved web page, bytes to segments: the charset it declares (sniffed, converted with
// iconv), the page reader (gumbo, content scoring), the reading text and the article
// stage. Invariants: no crash, no exception but narrate's Error; every piece lies in the
// converted page and is valid UTF-8; every segment and skipped span lies in the reading
// text, and leads back to a stretch [start, end) of the original bytes.
#include <cstdint>
#include <string>

#include "article/attribution.h"
#include "article/structure.h"
#include "document/reading_text.h"
#include "fuzz_support.h"
#include "html/page_reader.h"
#include "text/charset.h"
#include "text/utf8.h"
#include "util/error.h"

using namespace narrate;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  std::string charset = sniff_html_charset(bytes);
  if (charset.empty()) charset = "UTF-8";
  ConvertedText converted;
  Document document;
  try {
    converted = convert_to_utf8(bytes, charset);
    if (find_invalid_utf8(converted.utf8) != kValidUtf8 || converted.utf8.find('\0') != std::string::npos) return 0;
    document = read_html_page(converted.utf8);
  } catch (const Error&) {
    return 0;  // refused with a message: an unreadable charset, or no article
  }
  const std::string& page = converted.utf8;
  for (const DocumentBlock& block : document.blocks) {
    FUZZ_CHECK(block.reason.empty() == (block.kind != BlockKind::skipped));
    for (const TextPiece& piece : block.pieces) {
      FUZZ_CHECK(piece.source_start <= piece.source_end && piece.source_end <= page.size());
      FUZZ_CHECK(find_invalid_utf8(piece.text) == kValidUtf8);
    }
  }
  const ReadingText reading = read_document(Source::from_text("fuzz.html", page), document,
                                            [&](std::string_view, size_t offset) { return converted.original_offset(offset); });
  Article article = parse_article(reading, {});
  const std::string_view text = reading.source.text();
  attribute_quotes(text, article);
  const auto check_span = [&](Span span) {
    FUZZ_CHECK(span.start <= span.end && span.end <= text.size());
    const size_t start = reading.source.file_start(span.start), end = reading.source.file_end(span.end);
    FUZZ_CHECK(start <= end && end <= bytes.size());
  };
  for (const Segment& segment : article.segments) {
    check_span(segment.span);
    FUZZ_CHECK(!segment.spoken.empty() && find_invalid_utf8(segment.spoken) == kValidUtf8);
    if (segment.attribution) check_span(*segment.attribution);
  }
  for (const Skipped& skipped : article.skipped) check_span(skipped.span);
  return 0;
}
