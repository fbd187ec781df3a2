#include "document/load_article.h"

#include <algorithm>
#include <filesystem>
#include <memory>

#include "html/page_reader.h"
#include "markdown/markdown_reader.h"
#include "text/charset.h"
#include "text/utf8.h"
#include "util/error.h"
#include "util/read_bounded.h"
#include "util/strings.h"

namespace narrate {
namespace {

// Whether `bytes` opens like an HTML document.
bool looks_like_html(std::string_view bytes) {
  size_t i = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r')) ++i;
  const std::string head = ascii_lowercase(bytes.substr(i, 14));
  return head.starts_with("<!doctype html") || head.starts_with("<html");
}

// "LINE:COLUMN" of byte `offset` in `bytes` of any charset: lines end at LF, and columns
// count bytes (characters, in the single-byte charsets where this is needed most).
std::string line_and_column(std::string_view bytes, size_t offset) {
  offset = std::min(offset, bytes.size());
  const size_t line_start = bytes.rfind('\n', offset == 0 ? 0 : offset - 1);
  const size_t line = 1 + static_cast<size_t>(std::count(bytes.begin(), bytes.begin() + offset, '\n'));
  const size_t column = line_start == std::string_view::npos || offset == 0 ? offset + 1 : offset - line_start;
  return std::to_string(line) + ":" + std::to_string(column);
}

// A saved web page: converted to UTF-8 from the charset it declares, checked, read. The
// page is held once at a time: its bytes until they are converted, then the UTF-8 text.
ReadingText read_page(const std::string& name, std::string bytes) {
  std::string charset = sniff_html_charset(bytes);
  if (charset.empty()) charset = "UTF-8";
  ConvertedText converted;
  try {
    converted = convert_to_utf8(bytes, charset);
  } catch (const InvalidByteError& error) {
    // Pages are often labelled with a charset they were not saved in ("gb2312" on UTF-8
    // bytes). Text in a legacy charset is almost never valid UTF-8 by chance, so valid
    // UTF-8 is read as UTF-8; anything else is refused where its first bad byte is.
    if (find_invalid_utf8(bytes) != kValidUtf8) {
      throw Error(name + ":" + line_and_column(bytes, error.offset()) + ": " + error.what());
    }
    converted = convert_to_utf8(bytes, "UTF-8");
  } catch (const Error& error) {
    throw Error(name + ": " + error.what());
  }
  bytes = std::string();
  Source page = Source::from_text(name, std::move(converted.utf8));  // invalid UTF-8, NUL: where
  // A byte order mark is no text of the page: the reader starts after it.
  const size_t bom = page.text().starts_with("\xEF\xBB\xBF") ? 3 : 0;
  Document document;
  try {
    document = read_html_page(page.text().substr(bom));
  } catch (const Error& error) {
    throw Error(name + ": " + error.what());
  }
  if (bom > 0) {
    for (DocumentBlock& block : document.blocks) {
      for (TextPiece& piece : block.pieces) {
        piece.source_start += bom;
        piece.source_end += bom;
      }
    }
  }
  Source::OriginalOffset original;
  if (!converted.map.is_identity()) {
    auto offsets = std::make_shared<const CharsetOffsets>(std::move(converted.map));
    original = [offsets](std::string_view utf8, size_t offset) { return offsets->original_offset(utf8, offset); };
  }
  return read_document(std::move(page), document, std::move(original));
}

}  // namespace

ArticleFormat format_of_path(const std::string& path) {
  const std::string extension = ascii_lowercase(std::filesystem::path(path).extension().string());
  if (extension == ".md" || extension == ".markdown") return ArticleFormat::markdown;
  if (extension == ".html" || extension == ".htm" || extension == ".xhtml" || extension == ".shtml") return ArticleFormat::html;
  return ArticleFormat::automatic;
}

ReadingText load_article(const std::string& path, ArticleFormat format) {
  if (format == ArticleFormat::automatic) format = format_of_path(path);
  // Reading stops at a NUL byte (a binary file, or /dev/zero): Source says where. Not in
  // a web page, which may be UTF-16 (its NULs are then refused after conversion).
  std::string bytes = read_bounded(path, Source::kMaxArticleBytes, "an article", format != ArticleFormat::html);
  return read_article(path == "-" ? "<stdin>" : path, std::move(bytes), format);
}

ReadingText read_article(const std::string& name, std::string bytes, ArticleFormat format) {
  if (format == ArticleFormat::automatic) format = looks_like_html(bytes) ? ArticleFormat::html : ArticleFormat::text;
  if (format == ArticleFormat::html) return read_page(name, std::move(bytes));
  Source source = Source::from_text(name, std::move(bytes));
  if (format == ArticleFormat::markdown) {
    const Document document = read_markdown(source.text());
    return read_document(std::move(source), document);
  }
  return plain_reading(std::move(source));
}

}  // namespace narrate
