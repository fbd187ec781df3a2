#include "text/utf8.h"

namespace narrate {

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
  const char32_t cp = decode_utf8_at(text, offset);
  return cp >= 0xC0 && cp != 0xD7 && cp != 0xF7 && !(cp >= 0x2000 && cp <= 0x2BFF) && cp != 0x3000 && cp != 0xFEFF;
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

}  // namespace narrate
