#include "publish/xml_text.h"

#include <cstdint>

namespace narrate {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Length of the well-formed UTF-8 sequence at text[at] (1 to 4), or 0 when the bytes
// there are not one (stray continuation, overlong form, surrogate, beyond U+10FFFF,
// truncated).
size_t sequence_length(std::string_view text, size_t at, char32_t& code_point) {
  const auto byte = [&](size_t i) { return static_cast<uint8_t>(text[at + i]); };
  const uint8_t lead = byte(0);
  if (lead < 0x80) {
    code_point = lead;
    return 1;
  }
  size_t length;
  char32_t minimum;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2, minimum = 0x80, code_point = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3, minimum = 0x800, code_point = lead & 0x0F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4, minimum = 0x10000, code_point = lead & 0x07;
  } else {
    return 0;
  }
  if (at + length > text.size()) return 0;
  for (size_t i = 1; i < length; ++i) {
    if ((byte(i) & 0xC0) != 0x80) return 0;
    code_point = code_point << 6 | (byte(i) & 0x3F);
  }
  if (code_point < minimum || code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF)) return 0;
  return length;
}

enum class Context { text, attribute, raw };

std::string convert(std::string_view text, Context context) {
  std::string out;
  out.reserve(text.size());
  size_t at = 0;
  while (at < text.size()) {
    char32_t code_point = 0;
    const size_t length = sequence_length(text, at, code_point);
    if (length == 0 || code_point == 0xFFFE || code_point == 0xFFFF) {
      out += kReplacement;
      at += length == 0 ? 1 : length;
      continue;
    }
    const char c = text[at];
    if (length > 1) {
      out.append(text.substr(at, length));
    } else if (c == '\t' || c == '\n' || c == '\r') {
      if (context == Context::attribute || (context == Context::text && c == '\r')) {
        out += "&#" + std::to_string(static_cast<int>(c)) + ";";
      } else {
        out += c;
      }
    } else if (static_cast<uint8_t>(c) < 0x20) {
      out += ' ';
    } else if (context != Context::raw && c == '&') {
      out += "&amp;";
    } else if (context != Context::raw && c == '<') {
      out += "&lt;";
    } else if (context == Context::text && c == '>') {
      out += "&gt;";
    } else if (context == Context::attribute && c == '"') {
      out += "&quot;";
    } else {
      out += c;
    }
    at += length;
  }
  return out;
}

}  // namespace

std::string escape_xml_text(std::string_view text) { return convert(text, Context::text); }

std::string escape_xml_attribute(std::string_view text) { return convert(text, Context::attribute); }

std::string xml_characters(std::string_view text) { return convert(text, Context::raw); }

std::string_view trim_xml_space(std::string_view text) {
  const size_t first = text.find_first_not_of(" \t\n\r");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\n\r") - first + 1);
}

}  // namespace narrate
