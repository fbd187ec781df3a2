#include "html/dom.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>

#include "util/error.h"

namespace narrate::html {
namespace {

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool equals_lowercase(std::string_view text, std::string_view lowercase) {
  if (text.size() != lowercase.size()) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (lower(text[i]) != lowercase[i]) return false;
  }
  return true;
}

bool is_one_of(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Elements whose start tag does not open a level of nesting that stays open: void
// elements, and elements a later sibling's start tag closes (a <p>, an <li>, a cell, ...).
bool leaves_nesting_unchanged(std::string_view name) {
  return is_one_of(name, {"area",  "base",  "basefont", "bgsound", "br",       "col",     "embed",    "hr",    "img",
                          "image", "input", "keygen",   "link",    "meta",     "param",   "source",   "track", "wbr",
                          "frame", "p",     "li",       "dt",      "dd",       "option",  "optgroup", "tr",    "td",
                          "th",    "tbody", "thead",    "tfoot",   "colgroup", "caption", "rb",       "rt",    "rtc",
                          "rp",    "a",     "nobr",     "button",  "form",     "html",    "head",     "body"});
}

// Elements whose content is text up to their end tag: markup inside is not markup.
bool has_raw_text(std::string_view name) {
  return is_one_of(name, {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"});
}

// Whether the elements of `html` nest deeper than `limit`, judged from its tags alone
// (comments, doctypes and raw text skipped): one pass, no allocation per tag.
bool nests_deeper_than(std::string_view html, size_t limit) {
  size_t depth = 0;
  size_t foreign_depth = 0;  // inside <svg> or <math>, "<x/>" closes itself
  size_t i = 0;
  const size_t n = html.size();
  char name_buffer[16];
  while ((i = html.find('<', i)) != std::string_view::npos) {
    if (html.compare(i, 4, "<!--") == 0) {
      i = html.find("-->", i + 4);
      if (i == std::string_view::npos) break;
      i += 3;
      continue;
    }
    if (i + 1 < n && (html[i + 1] == '!' || html[i + 1] == '?')) {
      i = html.find('>', i);
      if (i == std::string_view::npos) break;
      continue;
    }
    const bool end_tag = i + 1 < n && html[i + 1] == '/';
    size_t name_start = i + 1 + (end_tag ? 1 : 0);
    if (name_start >= n || !is_ascii_alpha(html[name_start])) {
      ++i;
      continue;
    }
    size_t name_end = name_start;
    while (name_end < n && !is_ascii_space(html[name_end]) && html[name_end] != '/' && html[name_end] != '>') {
      ++name_end;
    }
    const size_t name_length = std::min(name_end - name_start, sizeof name_buffer);
    for (size_t k = 0; k < name_length; ++k) name_buffer[k] = lower(html[name_start + k]);
    const std::string_view name(name_buffer, name_end - name_start <= sizeof name_buffer ? name_length : 0);
    // The rest of the tag: attributes, quoted values may hold '>'.
    size_t j = name_end;
    char quote = 0;
    char last = 0;
    while (j < n) {
      const char c = html[j];
      if (quote) {
        if (c == quote) quote = 0;
      } else if (c == '>') {
        break;
      } else if ((c == '"' || c == '\'') && last == '=') {
        quote = c;
      }
      if (!is_ascii_space(c)) last = c;
      ++j;
    }
    if (j >= n) break;
    const bool self_closing = html[j - 1] == '/';
    i = j + 1;
    if (end_tag) {
      if ((name == "svg" || name == "math") && foreign_depth > 0) --foreign_depth;
      if (!leaves_nesting_unchanged(name) && depth > 0) --depth;
      continue;
    }
    if (has_raw_text(name)) {
      // Up to the matching end tag, in any case.
      size_t k = i;
      while ((k = html.find("</", k)) != std::string_view::npos) {
        if (k + 2 + name.size() <= n && equals_lowercase(html.substr(k + 2, name.size()), name)) break;
        k += 2;
      }
      if (k == std::string_view::npos) break;
      i = k;
      continue;
    }
    if (name == "plaintext") break;
    if (self_closing && (foreign_depth > 0 || name == "svg" || name == "math")) continue;
    if (name == "svg" || name == "math") ++foreign_depth;
    if (leaves_nesting_unchanged(name)) continue;
    if (++depth > limit) return true;
  }
  return false;
}

bool is_element_node(const GumboNode* node) {
  return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

}  // namespace

Page::Page(std::string_view html) : html_(html) {
  if (nests_deeper_than(html, kMaxNesting)) {
    throw Error("the page nests its elements more than " + std::to_string(kMaxNesting) +
                " levels deep; it is not read (parsing it would take too long)");
  }
  GumboOptions options = kGumboDefaultOptions;
  // Parse errors are not wanted, and each keeps a copy of the stack of open elements.
  options.max_errors = 0;
  output_ = gumbo_parse_with_options(&options, html.data(), html.size());
  if (!output_ || !output_->root) throw Error("the page could not be parsed as HTML");

  // Pre-order, with an explicit stack of (element index, next child position).
  struct Frame {
    int index;
    unsigned next_child;
  };
  std::vector<Frame> stack;
  elements_.push_back({output_->root, -1, 0, output_->root->v.element.tag});
  stack.push_back({0, 0});
  while (!stack.empty()) {
    Frame& frame = stack.back();
    const GumboVector& children = elements_[static_cast<size_t>(frame.index)].node->v.element.children;
    if (frame.next_child >= children.length) {
      elements_[static_cast<size_t>(frame.index)].end = static_cast<int>(elements_.size());
      stack.pop_back();
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(children.data[frame.next_child++]);
    if (!is_element_node(child)) continue;
    const int parent = frame.index;
    const int index = static_cast<int>(elements_.size());
    elements_.push_back({child, parent, 0, child->v.element.tag});
    if (parent == 0 && child->v.element.tag == GUMBO_TAG_HEAD && head_ < 0) head_ = index;
    if (parent == 0 && child->v.element.tag == GUMBO_TAG_BODY && body_ < 0) body_ = index;
    stack.push_back({index, 0});
  }
}

Page::~Page() {
  if (output_) gumbo_destroy_output(&kGumboDefaultOptions, output_);
}

size_t Page::offset_of(const GumboStringPiece& piece) const {
  if (!piece.data) return std::string_view::npos;
  const auto begin = reinterpret_cast<std::uintptr_t>(html_.data());
  const auto at = reinterpret_cast<std::uintptr_t>(piece.data);
  if (at < begin || at - begin + piece.length > html_.size()) return std::string_view::npos;
  return static_cast<size_t>(at - begin);
}

std::string_view tag_name(const GumboNode& element) {
  const GumboElement& e = element.v.element;
  if (e.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(e.tag);
  GumboStringPiece piece = e.original_tag;
  if (!piece.data || piece.length == 0) return {};
  gumbo_tag_from_original_text(&piece);
  return {piece.data, piece.length};
}

bool has_tag_name(const GumboNode& element, std::string_view name) { return equals_lowercase(tag_name(element), name); }

std::string_view attribute(const GumboNode& element, const char* name) {
  const GumboAttribute* found = gumbo_get_attribute(&element.v.element.attributes, name);
  return found && found->value ? std::string_view(found->value) : std::string_view();
}

bool has_attribute(const GumboNode& element, const char* name) {
  return gumbo_get_attribute(&element.v.element.attributes, name) != nullptr;
}

std::string collapse_whitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool nbsp = c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0';
    if (is_ascii_space(c) || nbsp) {
      pending_space = true;
      if (nbsp) ++i;
      continue;
    }
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

size_t collapsed_length(std::string_view text, bool* after_space) {
  size_t length = 0;
  bool space = *after_space;
  for (const char c : text) {
    if (is_ascii_space(c)) {
      if (!space) ++length;
      space = true;
    } else {
      ++length;
      space = false;
    }
  }
  *after_space = space;
  return length;
}

namespace {

size_t code_point_length(std::string_view text, size_t at) {
  const auto lead = static_cast<unsigned char>(text[at]);
  size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  return std::min(length, text.size() - at);
}

// Whether decoded[d...] and raw[r...] agree on the next few characters, up to the next
// place where the raw text may hold a reference (or both end together).
bool in_step(std::string_view decoded, size_t d, std::string_view raw, size_t r) {
  if (d == decoded.size() || r == raw.size()) return d == decoded.size() && r == raw.size();
  for (size_t k = 0; k < 8 && d + k < decoded.size() && r + k < raw.size(); ++k) {
    const char c = raw[r + k];
    if (c == '&' || c == '\r' || c == '\0') return true;
    if (decoded[d + k] != c) return false;
  }
  return true;
}

bool can_start_reference(std::string_view raw, size_t r) {
  if (r + 1 >= raw.size()) return false;
  const char next = raw[r + 1];
  return next == '#' || is_ascii_alpha(next) || (next >= '0' && next <= '9');
}

}  // namespace

void append_decoded_pieces(std::string_view decoded, std::string_view raw, size_t raw_start,
                           std::vector<TextPiece>& pieces) {
  if (decoded.empty()) return;
  if (decoded == raw) {
    pieces.push_back({std::string(decoded), raw_start, raw_start + raw.size()});
    return;
  }
  size_t d = 0;
  size_t r = 0;
  size_t stretch_d = 0;  // where the current stretch of equal characters starts
  size_t stretch_r = 0;
  auto flush_stretch = [&] {
    if (d > stretch_d) {
      pieces.push_back({std::string(decoded.substr(stretch_d, d - stretch_d)), raw_start + stretch_r, raw_start + r});
    }
  };
  while (d < decoded.size() && r < raw.size()) {
    const char c = raw[r];
    const bool plain = c == '&' ? !can_start_reference(raw, r) : c != '\r' && c != '\0';
    if (plain && decoded[d] == c) {
      ++d;
      ++r;
      continue;
    }
    if (c == '<') {
      // Markup inside a text's raw bytes: gumbo 0.10.1 gives the text around a "</form>"
      // that closes nothing the tag's bytes too. The text goes on after the tag.
      const size_t tag_end = raw.find('>', r);
      if (tag_end != std::string_view::npos && in_step(decoded, d, raw, tag_end + 1)) {
        flush_stretch();
        r = stretch_r = tag_end + 1;
        stretch_d = d;
        continue;
      }
    }
    // The two differ inside a character (a noncharacter U+FFFF read as U+FFFD differs in
    // its last byte): the difference starts where the character does.
    while (d > stretch_d && (static_cast<unsigned char>(decoded[d]) & 0xC0) == 0x80) {
      --d;
      --r;
    }
    // A character reference or another difference ("\r\n" read as "\n", NUL or a
    // noncharacter as U+FFFD): find where the two are in step again, trying the shortest
    // spans first.
    const size_t max_raw = raw[r] == '&' ? 40 : 12;  // a reference, or up to 3 characters
    size_t found_d = 0;
    size_t found_r = 0;
    for (size_t r2 = r + 1; r2 <= std::min(raw.size(), r + max_raw) && !found_r; ++r2) {
      size_t d2 = d;
      for (int code_points = 0; code_points < 3 && d2 < decoded.size(); ++code_points) {
        d2 += code_point_length(decoded, d2);
        if (in_step(decoded, d2, raw, r2)) {
          found_d = d2;
          found_r = r2;
          break;
        }
      }
    }
    flush_stretch();
    if (!found_r) {
      pieces.push_back({std::string(decoded.substr(d)), raw_start + r, raw_start + raw.size()});
      return;
    }
    pieces.push_back({std::string(decoded.substr(d, found_d - d)), raw_start + r, raw_start + found_r});
    d = stretch_d = found_d;
    r = stretch_r = found_r;
  }
  flush_stretch();
  if (d < decoded.size()) {
    pieces.push_back({std::string(decoded.substr(d)), raw_start + raw.size(), raw_start + raw.size()});
  }
}

void append_text_pieces(const Page& page, const GumboNode& text_node, std::vector<TextPiece>& pieces) {
  const GumboText& text = text_node.v.text;
  if (!text.text || !*text.text) return;
  size_t start = page.offset_of(text.original_text);
  if (start == std::string_view::npos) {
    // Not in the buffer (never seen): the node's position, and its text as one piece.
    const size_t at = std::min<size_t>(text.start_pos.offset, page.html().size());
    pieces.push_back({text.text, at, at});
    return;
  }
  const std::string_view raw(text.original_text.data, text.original_text.length);
  append_decoded_pieces(text.text, raw, start, pieces);
}

void append_attribute_pieces(const Page& page, const GumboAttribute& attribute, std::vector<TextPiece>& pieces) {
  if (!attribute.value || !*attribute.value) return;
  std::string_view raw(attribute.original_value.data, attribute.original_value.length);
  size_t start = page.offset_of(attribute.original_value);
  if (start == std::string_view::npos) {
    const size_t at = std::min<size_t>(attribute.value_start.offset, page.html().size());
    pieces.push_back({attribute.value, at, at});
    return;
  }
  if (raw.size() >= 2 && (raw.front() == '"' || raw.front() == '\'') && raw.back() == raw.front()) {
    raw = raw.substr(1, raw.size() - 2);
    ++start;
  }
  append_decoded_pieces(attribute.value, raw, start, pieces);
}

bool is_silent_tag(const GumboNode& element) {
  if (element.type == GUMBO_NODE_TEMPLATE) return true;
  switch (element.v.element.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_META:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_DATALIST: return true;
    case GUMBO_TAG_UNKNOWN: return has_tag_name(element, "dialog") || has_tag_name(element, "picture");
    default: return false;
  }
}

bool is_hidden(const GumboNode& element) {
  if (has_attribute(element, "hidden")) return true;
  if (equals_lowercase(attribute(element, "aria-hidden"), "true")) return true;
  const std::string_view style = attribute(element, "style");
  if (style.empty()) return false;
  std::string compact;
  compact.reserve(style.size());
  for (const char c : style) {
    if (!is_ascii_space(c)) compact += lower(c);
  }
  return compact.find("display:none") != std::string::npos || compact.find("visibility:hidden") != std::string::npos;
}

void visit_visible_nodes(const Page& page, int index, const std::function<bool(const GumboNode&)>& visit) {
  struct Frame {
    const GumboNode* node;
    unsigned next_child;
  };
  std::vector<Frame> stack{{page.element(index).node, 0}};
  while (!stack.empty()) {
    Frame& frame = stack.back();
    const GumboVector& children = frame.node->v.element.children;
    if (frame.next_child >= children.length) {
      stack.pop_back();
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(children.data[frame.next_child++]);
    if (child->type == GUMBO_NODE_ELEMENT) {
      if (is_silent_tag(*child) || is_hidden(*child)) continue;
      if (!visit(*child)) return;
      stack.push_back({child, 0});
    } else if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE || child->type == GUMBO_NODE_CDATA) {
      if (!visit(*child)) return;
    }
  }
}

std::string element_text(const Page& page, int index, size_t max_bytes) {
  std::string text;
  visit_visible_nodes(page, index, [&](const GumboNode& node) {
    if (node.type != GUMBO_NODE_ELEMENT) {
      text += node.v.text.text;
    } else if (node.v.element.tag == GUMBO_TAG_BR) {
      text += ' ';
    }
    return text.size() < max_bytes;
  });
  return collapse_whitespace(text);
}

}  // namespace narrate::html
