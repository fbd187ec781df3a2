// A parsed web page: gumbo's HTML5 tree, flattened into a table of elements in document
// order, and the few questions every HTML stage asks of it (tag names, attributes, text
// with the byte offsets it came from).
//
// Only the public API of gumbo.h common to gumbo 0.10.1 (Debian 12) and 0.13 (Debian 13)
// is used. Nothing here recurses: pages may nest elements deeply.
#pragma once

#include <gumbo.h>

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "document/document.h"

namespace narrate::html {

// The deepest nesting of elements a page may have. gumbo (0.10.1 and 0.13 alike) takes
// time that grows with the square of the nesting: 10,000 nested <div>s parse in 0.1 s,
// 30,000 in 1.5 s, 100,000 in about 40 s (its parse errors, which copy the stack of open
// elements, are switched off; with them 30,000 take 50 s). gumbo_destroy_output survives
// 100,000 levels on an 8 MiB stack. A page nested deeper than this is refused before it
// is parsed; real pages nest a few dozen levels.
inline constexpr size_t kMaxNesting = 5000;

// One element of the page. Elements are numbered in document order (pre-order), so the
// descendants of element i are exactly the elements [i + 1, end).
struct Element {
  const GumboNode* node = nullptr;  // a GUMBO_NODE_ELEMENT or GUMBO_NODE_TEMPLATE
  int parent = -1;                  // index of the parent element, -1 for <html>
  int end = 0;                      // one past the index of the last descendant
  GumboTag tag = GUMBO_TAG_UNKNOWN;
};

// A page parsed with gumbo. It keeps pointers into `html`, which must outlive it.
class Page {
 public:
  // Parses `html` (UTF-8; invalid bytes are read as U+FFFD). Throws Error when its
  // elements nest deeper than kMaxNesting (counted on the markup before parsing: start
  // tags of elements whose end tag cannot be left out, less their end tags).
  explicit Page(std::string_view html);
  ~Page();
  Page(const Page&) = delete;
  Page& operator=(const Page&) = delete;

  std::string_view html() const { return html_; }
  // All elements, [0] being <html>.
  const std::vector<Element>& elements() const { return elements_; }
  const Element& element(int index) const { return elements_[static_cast<size_t>(index)]; }
  int size() const { return static_cast<int>(elements_.size()); }
  int head() const { return head_; }  // -1 when absent
  int body() const { return body_; }  // -1 when absent (a <frameset> page)

  // The byte offset in html() at which `piece` (a pointer into it) starts, or npos.
  size_t offset_of(const GumboStringPiece& piece) const;

 private:
  std::string_view html_;
  GumboOutput* output_ = nullptr;
  std::vector<Element> elements_;
  int head_ = -1;
  int body_ = -1;
};

// The element's tag name in lower case; for tags gumbo does not know, as written.
std::string_view tag_name(const GumboNode& element);

// Whether the element's tag name is `name` (lower case), known to gumbo or not.
bool has_tag_name(const GumboNode& element, std::string_view name);

// The value of attribute `name` (decoded), or "" when the element has none.
std::string_view attribute(const GumboNode& element, const char* name);
bool has_attribute(const GumboNode& element, const char* name);

// `text` trimmed, with every run of ASCII whitespace (and no-break spaces) made one space.
std::string collapse_whitespace(std::string_view text);

// The number of bytes `text` has once trimmed and whitespace-collapsed, counting a run of
// whitespace as one byte. `*after_space` carries whether the text before ended in
// whitespace, so that adjacent texts can be counted one after another.
size_t collapsed_length(std::string_view text, bool* after_space);

// Appends to `pieces` the decoded `text` of a node whose raw bytes are html[raw_start,
// raw_start + raw.size()): one piece when the two are equal, else a piece for each stretch
// of equal characters and one for each character reference (or other difference, such as
// "\r\n" read as "\n"). If they fall out of step, the rest is one piece.
void append_decoded_pieces(std::string_view decoded, std::string_view raw, size_t raw_start,
                           std::vector<TextPiece>& pieces);

// The pieces of a text node of `page`.
void append_text_pieces(const Page& page, const GumboNode& text_node, std::vector<TextPiece>& pieces);

// The pieces of an attribute's value (without its quotes).
void append_attribute_pieces(const Page& page, const GumboAttribute& attribute, std::vector<TextPiece>& pieces);

// Whether an element never holds readable text, whatever its class: script, style,
// noscript, template, svg, iframe, form controls and the like.
bool is_silent_tag(const GumboNode& element);

// Whether the element is hidden from readers: the hidden attribute, aria-hidden="true",
// or an inline style with display:none or visibility:hidden.
bool is_hidden(const GumboNode& element);

// Calls `visit` with each node below element `index` that readers see: text, whitespace
// and CDATA nodes, and elements (before their children are visited), in document order;
// silent and hidden elements and what they hold are left out. Stops when `visit`
// returns false. Iterative: any depth of nesting.
void visit_visible_nodes(const Page& page, int index, const std::function<bool(const GumboNode&)>& visit);

// The visible text of element `index` (silent and hidden elements left out), whitespace
// collapsed; reading stops after about `max_bytes`.
std::string element_text(const Page& page, int index, size_t max_bytes = 4096);

}  // namespace narrate::html
