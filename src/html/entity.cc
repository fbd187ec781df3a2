#include "html/entity.h"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <memory>

namespace narrate {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

// HTML's "numeric character reference end state": C1 controls as Windows-1252 (0 where
// the code point stays as it is).
constexpr std::array<char32_t, 32> kWindows1252 = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80-87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,       // 88-8F
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90-97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,  // 98-9F
};

bool is_ascii_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

int digit_value(char c, int base) {
  if (c >= '0' && c <= '9') return c - '0';
  if (base == 16 && c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (base == 16 && c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// "&#...;" or "&#x...;": the text, or raw when the digits are not digits.
std::string decode_numeric(std::string_view raw) {
  std::string_view digits = raw.substr(2, raw.size() - 3);
  int base = 10;
  if (!digits.empty() && (digits[0] == 'x' || digits[0] == 'X')) {
    base = 16;
    digits.remove_prefix(1);
  }
  if (digits.empty()) return std::string(raw);
  char32_t value = 0;
  for (const char c : digits) {
    const int digit = digit_value(c, base);
    if (digit < 0) return std::string(raw);
    // Saturate: any value past U+10FFFF is as wrong as any other.
    value = value > 0x10FFFF ? value : value * base + static_cast<char32_t>(digit);
  }
  if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return utf8_encode(kReplacement);
  if (value >= 0x80 && value <= 0x9F && kWindows1252[value - 0x80] != 0) return utf8_encode(kWindows1252[value - 0x80]);
  return utf8_encode(value);
}

struct GumboOutputDeleter {
  void operator()(GumboOutput* output) const {
#ifdef NARRATE_GUMBO_DESTROY_WITHOUT_OPTIONS
    gumbo_destroy_output(output);
#else
    gumbo_destroy_output(&kGumboDefaultOptions, output);
#endif
  }
};

// The text of "x" + raw parsed as an HTML document, without the "x" (which makes the
// reference text in the body: alone, "&NewLine;" would be whitespace before <html>, and
// dropped).
std::string decode_named(std::string_view raw) {
  const std::string html = "x" + std::string(raw);
  const std::unique_ptr<GumboOutput, GumboOutputDeleter> output(
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()));
  if (!output || output->root->type != GUMBO_NODE_ELEMENT) return std::string(raw);
  std::string text;
  const GumboVector& sections = output->root->v.element.children;
  for (unsigned i = 0; i < sections.length; ++i) {
    const auto* section = static_cast<const GumboNode*>(sections.data[i]);
    if (section->type != GUMBO_NODE_ELEMENT || section->v.element.tag != GUMBO_TAG_BODY) continue;
    const GumboVector& children = section->v.element.children;
    for (unsigned k = 0; k < children.length; ++k) {
      const auto* child = static_cast<const GumboNode*>(children.data[k]);
      if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE) text += child->v.text.text;
    }
  }
  if (text.empty() || text[0] != 'x') return std::string(raw);
  text.erase(0, 1);
  // A name matched only in part ("&notit;" as "¬" + "it;") leaves its tail behind.
  if (text == raw || text.ends_with(raw.substr(raw.size() - 2))) return std::string(raw);
  return text;
}

}  // namespace

std::string utf8_encode(char32_t code_point) {
  if (code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF)) code_point = kReplacement;
  std::string out;
  if (code_point < 0x80) {
    out += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    out += static_cast<char>(0xC0 | (code_point >> 6));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    out += static_cast<char>(0xE0 | (code_point >> 12));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code_point >> 18));
    out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  }
  return out;
}

std::string decode_html_entity(std::string_view raw) {
  if (raw.size() < 3 || raw.front() != '&' || raw.back() != ';') return std::string(raw);
  if (raw[1] == '#') return decode_numeric(raw);
  // The longest name HTML has is 31 characters ("&CounterClockwiseContourIntegral;").
  if (raw.size() > 40) return std::string(raw);
  for (const char c : raw.substr(1, raw.size() - 2)) {
    if (!is_ascii_alnum(c)) return std::string(raw);
  }
  return decode_named(raw);
}

std::string decode_html_entities(std::string_view text) {
  constexpr size_t kLongestReference = 40;  // "&CounterClockwiseContourIntegral;" is 33
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    const size_t amp = text.find('&', i);
    if (amp == std::string_view::npos) break;
    out.append(text.substr(i, amp - i));
    const size_t semicolon = text.substr(0, std::min(text.size(), amp + kLongestReference)).find(';', amp + 1);
    if (semicolon == std::string_view::npos) {
      out += '&';
      i = amp + 1;
      continue;
    }
    const std::string_view raw = text.substr(amp, semicolon + 1 - amp);
    const std::string decoded = decode_html_entity(raw);
    if (decoded == raw) {
      out += '&';
      i = amp + 1;
    } else {
      out += decoded;
      i = semicolon + 1;
    }
  }
  out.append(text.substr(std::min(i, text.size())));
  return out;
}

}  // namespace narrate
