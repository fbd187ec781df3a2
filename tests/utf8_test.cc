// UTF-8 and character classes; the classes are checked against utf8proc's categories.
#include <doctest/doctest.h>

#include <utf8proc.h>

#include <cstdio>
#include <string>

#include "text/utf8.h"
#include "text/whitespace.h"

using namespace narrate;

TEST_CASE("find_invalid_utf8 accepts well-formed text of every sequence length") {
  CHECK(find_invalid_utf8("") == kValidUtf8);
  CHECK(find_invalid_utf8("plain ASCII") == kValidUtf8);
  CHECK(find_invalid_utf8("Putin\xE2\x80\x99s caf\xC3\xA9 \xF0\x9F\x8E\x99") == kValidUtf8);
}

TEST_CASE("find_invalid_utf8 points at the first bad byte") {
  CHECK(find_invalid_utf8("ab\x80") == 2);             // stray continuation byte
  CHECK(find_invalid_utf8("ab\xC3") == 2);             // truncated at the end
  CHECK(find_invalid_utf8("a\xC3(") == 1);             // lead without continuation
  CHECK(find_invalid_utf8("\xC0\xAF") == 0);           // overlong '/'
  CHECK(find_invalid_utf8("\xE0\x80\xAF") == 0);       // overlong three-byte form
  CHECK(find_invalid_utf8("x\xED\xA0\x80") == 1);      // UTF-16 surrogate
  CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0);   // above U+10FFFF
  CHECK(find_invalid_utf8("ok\xFF") == 2);
}

TEST_CASE("code points are counted and decoded") {
  CHECK(count_code_points("Putin\xE2\x80\x99s") == 7);
  CHECK(decode_utf8_at("\xE2\x80\x94", 0) == U'\u2014');
  CHECK(decode_utf8_at("a\xC2\xA0", 1) == U'\u00A0');
}

TEST_CASE("collapse_whitespace makes every blank run one space") {
  CHECK(collapse_whitespace("  one\n two\xC2\xA0\xC2\xA0three \t") == "one two three");
  CHECK(collapse_whitespace("\xEF\xBB\xBFStart") == "Start");
  CHECK(collapse_whitespace(" \n ") == "");
}

namespace {

std::string encode(char32_t cp) {
  utf8proc_uint8_t bytes[4];
  const auto length = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), bytes);
  return std::string(reinterpret_cast<const char*>(bytes), static_cast<size_t>(length));
}

bool letter(char32_t cp) { return is_letter_at(encode(cp), 0); }

bool in_word_category(utf8proc_category_t category) {
  switch (category) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

}  // namespace

TEST_CASE("is_letter_at agrees with the Unicode general category of every code point") {
  // Letters (L*), combining marks (M*) and numbers (N*) are in words; punctuation,
  // symbols, separators, controls and format characters are not.
  size_t disagreements = 0;
  std::string examples;
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;  // surrogates are not UTF-8
    const bool expected = in_word_category(utf8proc_category(static_cast<utf8proc_int32_t>(cp)));
    if (letter(cp) == expected) continue;
    if (++disagreements <= 10) {
      char hex[16];
      std::snprintf(hex, sizeof hex, "U+%04X ", static_cast<unsigned>(cp));
      examples += hex;
    }
  }
  INFO("first disagreements: ", examples);
  CHECK(disagreements == 0);
}

TEST_CASE("emoji, CJK and fullwidth punctuation are not letters, marks and every script's letters are") {
  CHECK_FALSE(letter(U'\U0001F600'));  // 😀
  CHECK_FALSE(letter(U'\u2764'));      // ❤
  CHECK_FALSE(letter(U'\u3001'));      // 、
  CHECK_FALSE(letter(U'\u3002'));      // 。
  CHECK_FALSE(letter(U'\u300C'));      // 「
  CHECK_FALSE(letter(U'\uFF01'));      // ！ fullwidth
  CHECK_FALSE(letter(U'\uFF0C'));      // ， fullwidth
  CHECK_FALSE(letter(U'\u00D7'));      // ×
  CHECK_FALSE(letter(U'\u00BF'));      // ¿
  CHECK_FALSE(letter(U'\u0085'));      // NEXT LINE
  CHECK(letter(U'\uFF21'));            // Ａ fullwidth
  CHECK(letter(U'\uFF10'));            // ０ fullwidth
  CHECK(letter(U'\u0301'));            // combining acute accent
  CHECK(letter(U'\u093F'));            // Devanagari vowel sign i (a spacing mark)
  CHECK(letter(U'\u00AA'));            // ª
  CHECK(letter(U'\u00B5'));            // µ
  CHECK(letter(U'\u00B2'));            // ²
  for (const char32_t cp : {U'é', U'ß', U'α', U'Ж', U'ع', U'א', U'क', U'中', U'ひ', U'カ', U'한', U'ก', U'ა', U'Ⅻ'}) {
    CAPTURE(static_cast<unsigned>(cp));
    CHECK(letter(cp));
  }
  // A decomposed "é" stays one word.
  const std::string decomposed = "e\xCC\x81t\xC3\xA9";
  CHECK(is_letter_at(decomposed, 1));
}

TEST_CASE("U+0085, U+2028 and U+2029 are line breaks, every space separator is a blank") {
  CHECK(collapse_whitespace("one\xE2\x80\xA8two\xE2\x80\xA9three\xC2\x85" "four") == "one two three four");
  CHECK(line_break_length_at("\xE2\x80\xA8", 0) == 3);
  CHECK(line_break_length_at("\xE2\x80\xA9", 0) == 3);
  CHECK(line_break_length_at("\xC2\x85", 0) == 2);
  CHECK(line_break_length_at("\n", 0) == 1);
  CHECK(line_break_length_at("\xE2\x80\x94", 0) == 0);  // —
  CHECK(is_paragraph_separator_at("a\xE2\x80\xA9", 1));
  CHECK_FALSE(is_paragraph_separator_at("a\xE2\x80\xA8", 1));
  size_t begin = 0, end = 11;
  CHECK(trim_blanks("\xE2\x80\xA8 word \xC2\x85", begin, end));
  CHECK(begin == 4);
  CHECK(end == 8);
  for (char32_t cp = 0x80; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    if (utf8proc_category(static_cast<utf8proc_int32_t>(cp)) != UTF8PROC_CATEGORY_ZS) continue;
    CAPTURE(static_cast<unsigned>(cp));
    CHECK(blank_length_at(encode(cp), 0) == encode(cp).size());
  }
}

TEST_CASE("lowercase_code_points lowers every script's capitals, for comparing names") {
  CHECK(lowercase_code_points("\xC3\x89MILE \xCE\xA9mega \xD0\x96") == U"\u00E9mile \u03C9mega \u0436");  // ÉMILE Ωmega Ж
  CHECK(lowercase_code_points("caf\xC3\xA9") == U"caf\u00E9");
}
