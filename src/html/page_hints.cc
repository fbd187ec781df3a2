#include "html/page_hints.h"

#include <algorithm>
#include <initializer_list>

#include "util/strings.h"

namespace narrate::html {
namespace {

constexpr unsigned kParagraphsOfAPage = 3;

using Words = std::initializer_list<std::string_view>;

bool is_word_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// Whether `class_id` contains one of `stems` anywhere ("comment" in "commentlist").
bool contains_stem(std::string_view class_id, Words stems) {
  return std::any_of(stems.begin(), stems.end(),
                     [&](std::string_view stem) { return class_id.find(stem) != std::string_view::npos; });
}

// Whether one of the words of `class_id` (split at anything not a letter or digit) is
// one of `words`: for short words that are parts of longer ones ("ad" in "header").
bool has_word(std::string_view class_id, Words words) {
  size_t i = 0;
  while (i < class_id.size()) {
    while (i < class_id.size() && !is_word_char(class_id[i])) ++i;
    size_t j = i;
    while (j < class_id.size() && is_word_char(class_id[j])) ++j;
    if (j > i) {
      const std::string_view word = class_id.substr(i, j - i);
      if (std::find(words.begin(), words.end(), word) != words.end()) return true;
    }
    i = j;
  }
  return false;
}

Furniture furniture_by_words(std::string_view class_id) {
  if (class_id.empty()) return Furniture::none;
  if (contains_stem(class_id, {"comment", "disqus", "replies", "remark", "shoutbox", "community"})) {
    return Furniture::comments;
  }
  if (contains_stem(class_id, {"share", "sharing", "social", "addthis"})) return Furniture::share;
  if (contains_stem(class_id, {"credit"})) return Furniture::credit;
  if (contains_stem(class_id, {"caption", "legend"})) return Furniture::caption;
  if (contains_stem(class_id, {"related", "recommend", "outbrain", "taboola", "more-stories", "most-read", "mostread",
                               "trending"})) {
    return Furniture::related;
  }
  if (has_word(class_id, {"ad", "ads", "advert", "advertisement", "adsense", "dfp"}) ||
      contains_stem(class_id,
                    {"sponsor", "promo", "-ad-", "adslot", "ad-slot", "ad-container", "advert", "skyscraper"})) {
    return Furniture::advertisement;
  }
  if (contains_stem(class_id, {"newsletter", "subscribe", "signup", "sign-up", "paywall"})) {
    return Furniture::newsletter;
  }
  if (contains_stem(class_id, {"cookie", "gdpr", "consent", "popup", "modal"})) return Furniture::notice;
  if (contains_stem(class_id, {"breadcrumb", "menu", "navbar", "navigation", "skip-link", "skiplink"}) ||
      has_word(class_id, {"nav"})) {
    return Furniture::navigation;
  }
  if (contains_stem(class_id, {"pagination", "pager", "paging"})) return Furniture::pagination;
  if (contains_stem(class_id, {"player"})) return Furniture::player;
  if (has_word(class_id, {"tags", "tag", "taglist", "categories", "keywords"}) ||
      contains_stem(class_id, {"tag-list", "tags-list"})) {
    return Furniture::tags;
  }
  if (contains_stem(class_id, {"sidebar", "side-bar", "widget", "supplement", "marginalia"}) ||
      has_word(class_id, {"rail", "extra"})) {
    return Furniture::sidebar;
  }
  if (contains_stem(class_id, {"footer"})) return Furniture::footer;
  if (contains_stem(class_id, {"masthead", "site-header", "siteheader", "banner"})) return Furniture::header;
  return Furniture::none;
}

bool might_be_content(std::string_view class_id) {
  return contains_stem(class_id, {"article", "body", "content", "main", "column", "story", "prose"});
}

bool is_positive(std::string_view words) {
  return contains_stem(words, {"article", "body", "content", "entry", "hentry", "main", "page", "post", "text", "blog",
                               "story", "prose"});
}

bool is_negative(std::string_view words) {
  return contains_stem(words, {"comment", "footer", "sidebar",  "sponsor", "promo",    "related",  "share",
                               "social",  "widget", "masthead", "banner",  "outbrain", "shopping", "meta",
                               "media",   "hidden", "scroll",   "contact", "gdpr",     "tags"}) ||
         has_word(words, {"ad", "ads", "hid"});
}

}  // namespace

std::string_view furniture_reason(Furniture furniture) {
  switch (furniture) {
    case Furniture::none: return "";
    case Furniture::navigation: return "navigation";
    case Furniture::header: return "header";
    case Furniture::footer: return "footer";
    case Furniture::sidebar: return "sidebar";
    case Furniture::comments: return "comments";
    case Furniture::share: return "share buttons";
    case Furniture::related: return "related links";
    case Furniture::advertisement: return "advertisement";
    case Furniture::newsletter: return "newsletter";
    case Furniture::notice: return "notice";
    case Furniture::caption: return "caption";
    case Furniture::credit: return "photo credit";
    case Furniture::tags: return "tags";
    case Furniture::pagination: return "pagination";
    case Furniture::player: return "media player";
  }
  return "";
}

std::string class_and_id(const GumboNode& element) {
  std::string words = ascii_lowercase(attribute(element, "class"));
  const std::string_view id = attribute(element, "id");
  if (!id.empty()) {
    words += ' ';
    words += ascii_lowercase(id);
  }
  return words;
}

Furniture furniture_of(const GumboNode& element, std::string_view class_id) {
  const GumboTag tag = element.v.element.tag;
  switch (tag) {
    case GUMBO_TAG_NAV: return Furniture::navigation;
    case GUMBO_TAG_FOOTER: return Furniture::footer;
    case GUMBO_TAG_FIGCAPTION: return Furniture::caption;
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: return Furniture::none;
    default: break;
  }
  const std::string role = ascii_lowercase(attribute(element, "role"));
  if (role == "navigation" || role == "menu" || role == "menubar" || role == "search") return Furniture::navigation;
  if (role == "banner") return Furniture::header;
  if (role == "contentinfo") return Furniture::footer;
  if (role == "complementary") return Furniture::sidebar;
  if (role == "dialog" || role == "alertdialog" || role == "alert") return Furniture::notice;
  if (role == "main" || role == "article") return Furniture::none;
  if (tag == GUMBO_TAG_A) return Furniture::none;
  // An <aside> or <header> may say more by its class ("related-links").
  const Furniture by_words = furniture_by_words(class_id);
  if (by_words != Furniture::none) return by_words;
  if (tag == GUMBO_TAG_ASIDE) return Furniture::sidebar;
  if (tag == GUMBO_TAG_HEADER) return Furniture::header;
  return Furniture::none;
}

bool is_unlikely_candidate(std::string_view class_id) {
  const Furniture furniture = furniture_by_words(class_id);
  // Share buttons are left out later, and only when they hold little text: pages put
  // share widgets' names on the article's own container. Captions are read.
  return furniture != Furniture::none && furniture != Furniture::share && furniture != Furniture::caption &&
         !might_be_content(class_id);
}

int class_weight(const GumboNode& element) {
  int weight = 0;
  for (const char* name : {"class", "id"}) {
    const std::string words = ascii_lowercase(attribute(element, name));
    if (words.empty()) continue;
    if (is_negative(words)) weight -= 25;
    if (is_positive(words)) weight += 25;
  }
  // schema.org's microdata names the article's text.
  if (ascii_lowercase(attribute(element, "itemprop")).find("articlebody") != std::string::npos) weight += 25;
  return weight;
}

bool has_byline_hint(const GumboNode& element, std::string_view class_id) {
  if (ascii_lowercase(attribute(element, "rel")) == "author") return true;
  if (ascii_lowercase(attribute(element, "itemprop")).find("author") != std::string::npos) return true;
  return contains_stem(class_id, {"byline", "author", "writtenby", "written-by"});
}

bool has_date_hint(std::string_view class_id) {
  if (has_word(class_id, {"time", "timestamp", "published", "posted"})) return true;
  // "date" in any word ("lastEditDate", "post-date") but those where it is no date.
  static constexpr std::string_view kNotDates[] = {"candidate", "candidates", "update", "updates", "validate",
                                                   "validation", "mandate", "accommodate"};
  size_t at = 0;
  while ((at = class_id.find("date", at)) != std::string_view::npos) {
    size_t start = at;
    while (start > 0 && is_word_char(class_id[start - 1])) --start;
    size_t stop = at + 4;
    while (stop < class_id.size() && is_word_char(class_id[stop])) ++stop;
    const std::string_view word = class_id.substr(start, stop - start);
    if (std::find(std::begin(kNotDates), std::end(kNotDates), word) == std::end(kNotDates)) return true;
    at = stop;
  }
  return false;
}

// Whether an element inside a figure or caption is the picture's credit by its class, id
// or itemprop.
bool is_picture_credit(const GumboNode& element, std::string_view class_id) {
  if (contains_stem(class_id, {"credit", "copyright", "photographer", "author", "byline", "courtesy", "attribution"})) {
    return true;
  }
  const std::string itemprop = ascii_lowercase(attribute(element, "itemprop"));
  return contains_stem(itemprop, {"copyright", "creator", "author", "credit"});
}

bool has_share_hint(std::string_view class_id) {
  return contains_stem(class_id, {"share", "sharing", "sharedaddy", "social"});
}

std::vector<ElementHints> read_hints(const Page& page) {
  std::vector<ElementHints> hints(static_cast<size_t>(page.size()));
  for (int i = 0; i < page.size(); ++i) {
    const Element& e = page.element(i);
    const GumboNode& node = *e.node;
    ElementHints& h = hints[static_cast<size_t>(i)];
    const bool parent_silent = e.parent >= 0 && hints[static_cast<size_t>(e.parent)].silent;
    const bool modal =
        ascii_lowercase(attribute(node, "aria-modal")) == "true" && ascii_lowercase(attribute(node, "role")) == "dialog";
    h.silent = parent_silent || is_silent_tag(node) || is_hidden(node) || modal;
    if (h.silent || e.tag == GUMBO_TAG_HTML || e.tag == GUMBO_TAG_BODY) continue;
    const std::string class_id = class_and_id(node);
    const ElementHints* parent = e.parent >= 0 ? &hints[static_cast<size_t>(e.parent)] : nullptr;
    h.in_figure = parent != nullptr && (parent->in_figure || parent->furniture == Furniture::caption ||
                                        page.element(e.parent).tag == GUMBO_TAG_FIGURE);
    h.furniture = furniture_of(node, class_id);
    if (h.in_figure && h.furniture == Furniture::none && is_picture_credit(node, class_id)) {
      h.furniture = Furniture::credit;
    }
    h.weight = static_cast<signed char>(class_weight(node));
    // Furniture by tag or ARIA role is out whatever the class says; by class, unless the
    // class also says "content".
    const Furniture by_tag_or_role = furniture_of(node, {});
    h.unlikely =
        e.tag != GUMBO_TAG_A && e.tag != GUMBO_TAG_ARTICLE && e.tag != GUMBO_TAG_MAIN &&
        (is_unlikely_candidate(class_id) || (by_tag_or_role != Furniture::none && by_tag_or_role != Furniture::header &&
                                             by_tag_or_role != Furniture::caption) ||
         (h.in_figure && h.furniture == Furniture::credit));
    h.byline = !h.in_figure && h.furniture != Furniture::credit && has_byline_hint(node, class_id);
    h.share = has_share_hint(class_id);
    h.date = has_date_hint(class_id);
  }
  // A form is a search box, a sign-up or a comment box, and gives no text; unless it
  // wraps the page (as ASP.NET pages do), holding paragraphs.
  std::vector<unsigned> paragraphs(hints.size(), 0);
  for (int i = page.size() - 1; i > 0; --i) {
    const Element& e = page.element(i);
    if (e.tag == GUMBO_TAG_FORM && paragraphs[static_cast<size_t>(i)] < kParagraphsOfAPage) {
      hints[static_cast<size_t>(i)].silent = true;
    }
    paragraphs[static_cast<size_t>(e.parent)] += paragraphs[static_cast<size_t>(i)] + (e.tag == GUMBO_TAG_P);
  }
  for (int i = 1; i < page.size(); ++i) {
    if (hints[static_cast<size_t>(page.element(i).parent)].silent) hints[static_cast<size_t>(i)].silent = true;
  }
  return hints;
}

bool is_inline(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_A:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_ACRONYM:
    case GUMBO_TAG_B:
    case GUMBO_TAG_BDI:
    case GUMBO_TAG_BDO:
    case GUMBO_TAG_BIG:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_DATA:
    case GUMBO_TAG_DEL:
    case GUMBO_TAG_DFN:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_FONT:
    case GUMBO_TAG_I:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_INS:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_NOBR:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_RP:
    case GUMBO_TAG_RT:
    case GUMBO_TAG_RUBY:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_STRIKE:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_TT:
    case GUMBO_TAG_U:
    case GUMBO_TAG_VAR:
    case GUMBO_TAG_WBR:
    case GUMBO_TAG_UNKNOWN: return true;
    default: return false;
  }
}

}  // namespace narrate::html
