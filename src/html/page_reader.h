// Reads a saved web page the way browsers' reader modes do: the article's title, author
// line and text, with the page's navigation, comments, share buttons and other furniture
// set aside as skipped blocks.
#pragma once

#include <cstddef>
#include <string_view>

#include "document/document.h"

namespace narrate {

// The fewest words the longest block of an article has (a sentence or two; each Chinese
// or Japanese character counts as a word). Below it, a page has no article to read.
inline constexpr size_t kMinimumArticleWords = 15;

// Reads the article of the web page `html` (UTF-8: charset conversion comes first).
//
// The Document's info holds the title, author, publication date and site name the page
// gives (html/metadata.h says where each comes from). Its blocks are the title block
// (pointing to where the title is written: the <h1>, the <title> element, or a <meta>
// attribute), the author line when the body has one, then the page in document order:
// the article as headings, paragraphs (figure captions too), block quotes and list items,
// and each region left out (navigation, comments, share buttons, photo credits, ...) as
// one skipped block with its reason (html/block_writer.h). Scripts, styles, templates, SVG, forms (unless a form
// wraps the whole page), embedded frames and hidden elements give no text at all. Every
// piece's offsets are byte offsets into `html`.
//
// Throws Error "no article text found: the largest text block has N words" when no block
// of the article has kMinimumArticleWords words, and an Error when the page nests
// elements deeper than html::kMaxNesting (5,000) levels (gumbo's parsing time grows with
// the square of the nesting: 100,000 levels take it about 40 s). Time and memory otherwise
// grow linearly with the size of the page (50 MB: about 7 s, 4.4 s of it gumbo's, and
// 500 MB of memory); nothing recurses.
Document read_html_page(std::string_view html);

}  // namespace narrate
