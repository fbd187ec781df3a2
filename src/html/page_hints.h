// What an element's tag, role, class and id say about it: page furniture (navigation, a
// share widget, comments), likely article content, an author line. Web pages name their
// parts in a few common words; these are narrate's own short lists of them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "html/dom.h"

namespace narrate::html {

// Page furniture: the parts of a page around an article that are not read.
enum class Furniture : unsigned char {
  none,
  navigation,
  header,
  footer,
  sidebar,
  comments,
  share,
  related,
  advertisement,
  newsletter,
  notice,   // cookie and consent banners, pop-ups, dialogs
  caption,  // a figure's caption: read with the article (it says what the picture shows)
  credit,   // a picture's credit ("Jane Doe/AP"), in or after its caption
  tags,     // tag and category lists
  pagination,
  player,   // a video or audio player's controls
};

// The reason a skipped block gives for furniture: "navigation", "share buttons", ...
std::string_view furniture_reason(Furniture furniture);

// The element's class and id, lowercase, with a space between.
std::string class_and_id(const GumboNode& element);

// What the element is, if it is furniture by its tag (nav, aside, footer, header,
// figcaption), its ARIA role, or the words of its class and id. (A <header> inside the
// article holds its title and author line: callers judge it by where it is.)
Furniture furniture_of(const GumboNode& element, std::string_view class_id);

// Whether class/id words say the element is unlikely to hold the article (comments, menus,
// sidebars, picture credits...; not share buttons, which may name the article's own
// container, nor captions, which are read with it) and nothing says it might (article,
// content, main...).
bool is_unlikely_candidate(std::string_view class_id);

// +25 for each of class and id that says "content", -25 for each that says "furniture";
// +25 for itemprop="articleBody".
int class_weight(const GumboNode& element);

// Whether class, id, rel or itemprop say the element is an author line.
bool has_byline_hint(const GumboNode& element, std::string_view class_id);

// Whether class/id say the element is a date line.
bool has_date_hint(std::string_view class_id);

// Whether class/id say the element holds share buttons.
bool has_share_hint(std::string_view class_id);

// What the hints say about each element of a page, read once.
struct ElementHints {
  Furniture furniture = Furniture::none;
  signed char weight = 0;  // class_weight
  bool silent = false;     // never text: a silent tag, hidden, a modal dialog, or a form
                           // (unless it holds the page: three paragraphs or more)
  bool unlikely = false;   // furniture by tag or role (not header or caption), or
                           // is_unlikely_candidate; never <body>, <a>, <article>, <main>
  bool in_figure = false;  // inside a <figure> or a caption
  bool byline = false;     // has_byline_hint, outside figures (a picture's "author" is
                           // its photographer)
  bool share = false;      // has_share_hint
  bool date = false;       // has_date_hint
};

// The hints of every element of `page`, indexed like page.elements(). An element inside
// a silent one is silent too. Inside a figure or a caption, an element is a credit by the
// words of a picture's credit in its class, id or itemprop (credit, copyright,
// photographer, author, byline, courtesy, attribution; copyrightHolder, creator).
std::vector<ElementHints> read_hints(const Page& page);

// Whether the element is read within the line of text around it (a, em, span, ...):
// it does not start a block. Tags gumbo does not know (custom elements) count as inline.
bool is_inline(GumboTag tag);

}  // namespace narrate::html
