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
// The title is the first of: JSON-LD headline (or name), og:title, twitter:title,
// <meta name="title">, <title>; each without a trailing site name (" | Site", " - Site",
// " — Site", " :: Site") when what remains is long enough. When the page has an <h1>
// whose text is one of these, the title is read from that <h1> instead; when none of
// them exists, from the only <h1>.
PageMetadata read_metadata(const Page& page);

// `title` without a site name at its end (or start), the way reader modes clean titles:
// "Storm hits coast | Daily News" gives "Storm hits coast" when at least three words
// remain (or `site_name` is what was cut), else `title` unchanged.
std::string strip_site_name(std::string_view title, std::string_view site_name);

// How much of `b`'s words (lowercase, letters and digits) are also in `a`, by length:
// 1 when all are, 0 when none are.
double text_similarity(std::string_view a, std::string_view b);

// The part [from, to) of the decoded text that `pieces` spell, as pieces: pieces whose
// text and bytes correspond byte by byte are cut, others kept whole.
std::vector<TextPiece> slice_pieces(const std::vector<TextPiece>& pieces, size_t from, size_t to);

}  // namespace narrate::html
