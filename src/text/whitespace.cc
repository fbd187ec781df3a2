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
  const bool blank = cp == 0x00A0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200B) ||
                     cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
  return blank ? length : 0;
}

bool trim_blanks(std::string_view text, size_t& begin, size_t& end) {
  size_t first = begin;
  while (first < end) {
    const size_t blank = text[first] == '\n' ? 1 : blank_length_at(text, first);
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
    const size_t blank = text[i] == '\n' ? 1 : blank_length_at(text, i);
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
    const size_t blank = text[i] == '\n' ? 1 : blank_length_at(text, i);
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
