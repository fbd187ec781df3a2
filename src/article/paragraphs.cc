#include "article/paragraphs.h"

#include <string_view>

#include "text/whitespace.h"

namespace narrate {
namespace {

// [first, last) of the non-whitespace content of `line` = text[begin, end).
bool trim(std::string_view text, size_t begin, size_t end, size_t& first, size_t& last) {
  first = begin;
  while (first < end) {
    const size_t blank = blank_length_at(text, first);
    if (blank == 0) break;
    first += blank;
  }
  if (first >= end) return false;
  // Walk forward remembering where the last non-blank character ends: whitespace is
  // multi-byte, so the line cannot be trimmed from the back byte by byte.
  last = first;
  size_t i = first;
  while (i < end) {
    const size_t blank = blank_length_at(text, i);
    if (blank > 0) {
      i += blank;
    } else {
      ++i;
      while (i < end && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
      last = i;
    }
  }
  return true;
}

}  // namespace

std::vector<Paragraph> split_paragraphs(const Source& source) {
  const std::string_view text = source.text();
  std::vector<Paragraph> paragraphs;
  bool open = false;
  Paragraph current;
  size_t line_begin = 0;
  while (line_begin <= text.size()) {
    size_t line_end = text.find('\n', line_begin);
    if (line_end == std::string_view::npos) line_end = text.size();
    size_t first = 0, last = 0;
    if (trim(text, line_begin, line_end, first, last)) {
      if (!open) current.start = first;
      current.end = last;
      open = true;
    } else if (open) {
      current.text = collapse_whitespace(text.substr(current.start, current.end - current.start));
      paragraphs.push_back(std::move(current));
      current = Paragraph{};
      open = false;
    }
    line_begin = line_end + 1;
  }
  if (open) {
    current.text = collapse_whitespace(text.substr(current.start, current.end - current.start));
    paragraphs.push_back(std::move(current));
  }
  return paragraphs;
}

}  // namespace narrate
