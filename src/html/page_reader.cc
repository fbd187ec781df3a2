#include "html/page_reader.h"

#include <algorithm>
#include <string>

#include "html/block_writer.h"
#include "html/content_scoring.h"
#include "html/dom.h"
#include "html/metadata.h"
#include "html/page_hints.h"
#include "text/utf8.h"
#include "util/error.h"

namespace narrate {
namespace {

// Ideographs and kana are each a word: Chinese and Japanese put no spaces between words.
bool is_ideographic(char32_t c) {
  return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF66 && c <= 0xFF9F) ||
         (c >= 0x20000 && c <= 0x3FFFF);
}

size_t word_count(const DocumentBlock& block) {
  size_t words = 0;
  bool in_word = false;
  for (const TextPiece& piece : block.pieces) {
    const std::string_view text = piece.text;
    for (size_t i = 0; i < text.size();) {
      const size_t length = std::min(utf8_sequence_length(static_cast<unsigned char>(text[i])), text.size() - i);
      const char32_t c = length > 1 && find_invalid_utf8(text.substr(i, length)) == kValidUtf8
                             ? decode_utf8_at(text, i)
                             : static_cast<char32_t>(static_cast<unsigned char>(text[i]));
      i += length;
      const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xA0 || c == 0x3000;
      if (is_ideographic(c)) {
        ++words;
        in_word = false;
      } else {
        if (!space && !in_word) ++words;
        in_word = !space;
      }
    }
  }
  return words;
}

bool is_article_text(BlockKind kind) {
  return kind == BlockKind::paragraph || kind == BlockKind::text || kind == BlockKind::heading ||
         kind == BlockKind::blockquote || kind == BlockKind::list_item;
}

// The author's name from the author line: its itemprop="name" part, else the line
// without a leading "By".
std::string author_from_byline(const html::Page& page, int byline) {
  const html::Element& line = page.element(byline);
  for (int i = byline + 1; i < line.end; ++i) {
    if (html::attribute(*page.element(i).node, "itemprop").find("name") != std::string_view::npos) {
      return html::element_text(page, i, 200);
    }
  }
  std::string text = html::element_text(page, byline, 200);
  if (text.size() > 3 && (text[0] == 'B' || text[0] == 'b') && text[1] == 'y' && (text[2] == ' ' || text[2] == ':')) {
    text = html::collapse_whitespace(text.substr(3));
  }
  return text;
}

}  // namespace

Document read_html_page(std::string_view html) {
  const html::Page page(html);
  const std::vector<html::ElementHints> hints = html::read_hints(page);
  const html::PageMetadata metadata = html::read_metadata(page);
  const html::ArticleChoice choice = html::choose_article(page, hints, metadata.title);

  Document document;
  document.info = metadata.info;
  if (document.info.author.empty() && choice.byline >= 0)
    document.info.author = author_from_byline(page, choice.byline);
  document.blocks = html::write_blocks(page, hints, metadata.title, choice);

  size_t longest = 0;
  for (const DocumentBlock& block : document.blocks) {
    if (is_article_text(block.kind)) longest = std::max(longest, word_count(block));
  }
  if (longest < kMinimumArticleWords) {
    throw Error("no article text found: the largest text block has " + std::to_string(longest) +
                (longest == 1 ? " word" : " words"));
  }
  return document;
}

}  // namespace narrate
