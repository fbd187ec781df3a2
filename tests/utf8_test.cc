#include <doctest/doctest.h>

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
