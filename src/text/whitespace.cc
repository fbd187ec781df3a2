#include "text/whitespace.h"

#include <algorithm>

#include "text/utf8.h"

namespace narrate {

size_t blank_length_at(std::string_view text, size_t offset) {
  const auto c = static_cast<unsigned char>(text[offset]);
  if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c < 0xC2) return 0;
  const size_t length = utf8_sequence_length(c);
  if (offset + length > text.size()) return 0;
  const char32_t cp = decode_utf8_at(text, offset);
  const bool blank = cp == U'\u200B' || cp == U'\uFEFF' || is_space_separator_at(text, offset);
  return blank ? length : 0;
}

size_t line_break_length_at(std::string_view text, size_t offset) {
  const auto c = static_cast<unsigned char>(text[offset]);
  if (c == '\n') return 1;
  if (c == 0xC2) return offset + 1 < text.size() && static_cast<unsigned char>(text[offset + 1]) == 0x85 ? 2 : 0;
  if (c != 0xE2 || offset + 2 >= text.size() || static_cast<unsigned char>(text[offset + 1]) != 0x80) return 0;
  const auto last = static_cast<unsigned char>(text[offset + 2]);
  return last == 0xA8 || last == 0xA9 ? 3 : 0;  // U+2028, U+2029
}

bool is_paragraph_separator_at(std::string_view text, size_t offset) {
  return offset + 2 < text.size() && text.substr(offset, 3) == "\xE2\x80\xA9";
}

size_t space_length_at(std::string_view text, size_t offset) {
  const size_t line_break = line_break_length_at(text, offset);
  return line_break > 0 ? line_break : blank_length_at(text, offset);
}

size_t find_line_break(std::string_view text, size_t from, size_t& length) {
  for (size_t i = from; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c != '\n' && c != 0xC2 && c != 0xE2) continue;
    length = line_break_length_at(text, i);
    if (length > 0) return i;
  }
  length = 0;
  return text.size();
}

bool trim_blanks(std::string_view text, size_t& begin, size_t& end) {
  size_t first = begin;
  while (first < end) {
    const size_t blank = space_length_at(text, first);
    if (blank == 0) break;
    first += blank;
  }
  if (first >= end) {
    begin = end;
    return false;
  }
  // Whitespace can be several bytes long, so walk forward remembering where the last
  // character that is not whitespace ends.
  size_t last = first;
  size_t i = first;
  while (i < end) {
    const size_t blank = space_length_at(text, i);
    if (blank > 0) {
      i += blank;
    } else {
      i += std::min(utf8_sequence_length(static_cast<unsigned char>(text[i])), end - i);
      last = i;
    }
  }
  begin = first;
  end = last;
  return true;
}

std::string collapse_whitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  size_t i = 0;
  while (i < text.size()) {
    const size_t blank = space_length_at(text, i);
    if (blank > 0) {
      pending_space = !out.empty();
      i += blank;
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += text[i++];
  }
  return out;
}

}  // namespace narrate
