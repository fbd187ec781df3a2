// Which part of a web page is the article: the reader-mode way (as Mozilla's Readability
// does it, written anew). Paragraphs score by their length and commas; each adds its
// score to its ancestors (less the further up); the element with the best score, less
// its share of link text, is the article, with those of its siblings that score close to
// it or read like paragraphs. Inside it, blocks that look like page furniture (mostly
// links, images, forms; share buttons, picture credits) are left out; captions are read.
//
// Before scoring, elements that are furniture by tag or ARIA role (nav, aside, footer,
// role=complementary...) or by class (comments, menus...; unless the class also says
// "content") are left out, as are lists of teasers (three items or more, two thirds of
// them holding a headline that is all link: other stories, "Recommended for you"), the
// author line and the heading that repeats the title.
// When the article found is short (under 500 characters), the search runs again with
// fewer rules: first keeping the furniture, then ignoring class names, then cleaning
// nothing; the longest result wins, counting no text that looks like furniture.
//
// Everything is linear in the number of elements; nothing recurses.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "html/dom.h"
#include "html/metadata.h"
#include "html/page_hints.h"

namespace narrate::html {

struct ArticleChoice {
  // The article is the subtrees of `roots` (children of `parent`, in document order), and
  // the text directly in `parent` at child positions within `loose_runs` ([first, last]
  // positions in its gumbo children vector). With no parent the article is all of <body>
  // (roots = {body}). With no roots the page has no article.
  int parent = -1;
  std::vector<int> roots;
  std::vector<std::pair<unsigned, unsigned>> loose_runs;
  // Per element (indexed like Page::elements): why it is left out of the article ("" when
  // it is read, or is not in the article). Title and byline: the element read as the
  // title block or the byline block; any other reason makes a skipped block.
  std::vector<std::string_view> dropped;
  int byline = -1;         // the author line element, or -1
  size_t text_length = 0;  // characters of text the article has (whitespace runs as one)
};

inline constexpr std::string_view kDroppedTitle = "title";
inline constexpr std::string_view kDroppedByline = "byline";

// Finds the article of `page`. `hints` are read_hints(page); `title` is the page's title,
// whose heading in the body (the first <h1> or <h2> that says much the same) is not read
// again as a heading.
ArticleChoice choose_article(const Page& page, const std::vector<ElementHints>& hints, const PageTitle& title);

}  // namespace narrate::html
