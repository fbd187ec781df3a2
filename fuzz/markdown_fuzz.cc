// The Markdown reader (md4c, front matter through yaml-cpp and toml++, entities through
// gumbo) on arbitrary UTF-8. Invariants: no crash or exception; every piece lies in the
// input and is valid UTF-8; all pieces come in file order without overlap, and each
// body piece is its bytes, or the character reference it decodes, or a break's " ",
// or a table cell's ", " on no bytes; only skipped blocks have reasons; no block is
// only whitespace.
#include <algorithm>
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "html/entity.h"
#include "markdown/markdown_reader.h"
#include "text/utf8.h"

using namespace narrate;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  if (find_invalid_utf8(text) != kValidUtf8) return 0;  // Source refuses such input first
  const Document document = read_markdown(text);
  size_t front_matter_end = 0;
  for (const DocumentBlock& block : document.blocks) {
    for (const TextPiece& piece : block.pieces) {
      if (block.reason.starts_with("front matter")) front_matter_end = std::max(front_matter_end, piece.source_end);
    }
  }
  size_t previous_end = 0;
  for (const DocumentBlock& block : document.blocks) {
    FUZZ_CHECK(block.reason.empty() == (block.kind != BlockKind::skipped));
    FUZZ_CHECK(block.level == 0 || (block.kind == BlockKind::heading && block.level <= 6));
    bool blank = true;
    for (const TextPiece& piece : block.pieces) {
      FUZZ_CHECK(piece.source_start <= piece.source_end && piece.source_end <= text.size());
      FUZZ_CHECK(find_invalid_utf8(piece.text) == kValidUtf8);
      blank = blank && piece.text.find_first_not_of(" \t\r\n") == std::string::npos;
      FUZZ_CHECK(piece.source_start >= previous_end);
      previous_end = piece.source_end;
      if (block.reason.starts_with("front matter")) continue;
      if (block.kind == BlockKind::title && piece.source_end <= front_matter_end) continue;  // its title, as parsed
      const std::string_view bytes = std::string_view(text).substr(piece.source_start, piece.source_end - piece.source_start);
      FUZZ_CHECK(bytes == piece.text || (bytes.starts_with("&") && decode_html_entity(bytes) == piece.text) ||
                 (piece.text == " " && (bytes.empty() || bytes == "\n" || bytes == "\r" || bytes.starts_with("<"))) ||
                 (piece.text == ", " && bytes.empty()) || (piece.text == "\xEF\xBF\xBD" && bytes == std::string_view("\0", 1)));
    }
    FUZZ_CHECK(!blank);
  }
  return 0;
}
