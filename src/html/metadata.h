// What a web page says about its article besides the text: the title, the author, when
// it was published and by whom, from <meta> tags (Open Graph, Twitter cards, Dublin
// Core), JSON-LD (schema.org Article and its kinds), <title>, the <h1> and <time>.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "document/document.h"
#include "html/dom.h"

namespace narrate::html {

// The article's title and where it is written in the page.
struct PageTitle {
  std::string text;               // whitespace collapsed; "" when the page has none
  std::vector<TextPiece> pieces;  // the title's text in the file: the <h1>, the <title>
                                  // element, a <meta> content attribute or JSON-LD string
  int heading = -1;               // the element the title was read from when it is a
                                  // heading of the body, else -1
};

struct PageMetadata {
  DocumentInfo info;  // info.title is title.text
  PageTitle title;
};

// Reads the metadata of `page`. Never throws for what the page holds: JSON-LD that does
// not parse, or is not an article, is ignored.
//
// The title is the first of: JSON-LD name (or headline, when it alone is like <title>),
// Dublin Core title, og:title, <meta name="title">, twitter:title, and <title> without
// a site name (strip_site_name). When the page has an <h1> whose text is that title, or
// that title without a site name, the title is read from the <h1> instead; when the page
// has none of them, from its first <h1>.
PageMetadata read_metadata(const Page& page);

// `title` without a site name at its end (or start), the way reader modes clean titles:
// "Storm hits the coast overnight | Daily News" gives "Storm hits the coast overnight".
// Separators are " | ", " - ", " – ", " — ", " :: ", " / ", " \ ", " » ", " · ". The part
// after the last separator is cut, or when fewer than three words would remain, the part
// before the first; a cut leaving four words or fewer is not made unless what is cut is
// `site_name` (the page's og:site_name).
std::string strip_site_name(std::string_view title, std::string_view site_name);

// How much of `b`'s words (lowercase, letters and digits) are also in `a`, by length:
// 1 when all are, 0 when none are.
double text_similarity(std::string_view a, std::string_view b);

// The part [from, to) of the decoded text that `pieces` spell, as pieces: pieces whose
// text and bytes correspond byte by byte are cut, others kept whole.
std::vector<TextPiece> slice_pieces(const std::vector<TextPiece>& pieces, size_t from, size_t to);

}  // namespace narrate::html
