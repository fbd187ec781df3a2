#include "text/utf8.h"

#include <utf8proc.h>

namespace narrate {
namespace {

utf8proc_category_t category_at(std::string_view text, size_t offset) {
  return utf8proc_category(static_cast<utf8proc_int32_t>(decode_utf8_at(text, offset)));
}

}  // namespace

size_t utf8_sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 1;
}

size_t find_invalid_utf8(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const size_t size = text.size();
  size_t i = 0;
  while (i < size) {
    const unsigned char lead = bytes[i];
    if (lead < 0x80) {
      ++i;
      continue;
    }
    const size_t length = utf8_sequence_length(lead);
    if (length == 1) return i;  // stray continuation byte, C0/C1 overlong lead, or > F4
    if (i + length > size) return i;
    // The second byte's allowed range depends on the lead (rules out overlongs,
    // surrogates and code points beyond U+10FFFF).
    unsigned char low = 0x80, high = 0xBF;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
    if (bytes[i + 1] < low || bytes[i + 1] > high) return i;
    for (size_t k = 2; k < length; ++k) {
      if ((bytes[i + k] & 0xC0) != 0x80) return i;
    }
    i += length;
  }
  return kValidUtf8;
}

size_t count_code_points(std::string_view text) {
  size_t count = 0;
  for (const char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  }
  return count;
}

bool is_letter_at(std::string_view text, size_t offset) {
  const auto c = static_cast<unsigned char>(text[offset]);
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  switch (category_at(text, offset)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

bool is_capital_at(std::string_view text, size_t offset) {
  const auto c = static_cast<unsigned char>(text[offset]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  const utf8proc_category_t category = category_at(text, offset);
  return category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LT || category == UTF8PROC_CATEGORY_LO;
}

bool is_opening_mark_at(std::string_view text, size_t offset) {
  const utf8proc_category_t category = category_at(text, offset);
  return category == UTF8PROC_CATEGORY_PS || category == UTF8PROC_CATEGORY_PI;
}

bool is_symbol_at(std::string_view text, size_t offset) {
  switch (category_at(text, offset)) {
    case UTF8PROC_CATEGORY_SM: case UTF8PROC_CATEGORY_SC: case UTF8PROC_CATEGORY_SK: case UTF8PROC_CATEGORY_SO:
      return true;
    default:
      return false;
  }
}

bool is_space_separator_at(std::string_view text, size_t offset) {
  return category_at(text, offset) == UTF8PROC_CATEGORY_ZS;
}

char32_t decode_utf8_at(std::string_view text, size_t offset) {
  const auto lead = static_cast<unsigned char>(text[offset]);
  const size_t length = utf8_sequence_length(lead);
  if (length == 1 || offset + length > text.size()) return lead;
  char32_t value = lead & (0xFF >> (length + 1));
  for (size_t k = 1; k < length; ++k) {
    value = (value << 6) | (static_cast<unsigned char>(text[offset + k]) & 0x3F);
  }
  return value;
}

std::u32string lowercase_code_points(std::string_view text) {
  std::u32string out;
  for (size_t i = 0; i < text.size(); i += utf8_sequence_length(static_cast<unsigned char>(text[i]))) {
    out += static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(decode_utf8_at(text, i))));
  }
  return out;
}

}  // namespace narrate
