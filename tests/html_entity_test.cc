// HTML character references: numeric ones by arithmetic, named ones by gumbo.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "html/entity.h"

using namespace narrate;

TEST_CASE("numeric character references, decimal and hexadecimal, as HTML reads them") {
  struct Case {
    const char* raw;
    const char* text;
  };
  const std::string replacement = "\xEF\xBF\xBD";
  for (const Case& c : {Case{"&#8212;", "\xE2\x80\x94"}, Case{"&#x2014;", "\xE2\x80\x94"}, Case{"&#X2014;", "\xE2\x80\x94"},
                        Case{"&#65;", "A"}, Case{"&#x1F600;", "\xF0\x9F\x98\x80"}, Case{"&#0000038;", "&"},
                        Case{"&#150;", "\xE2\x80\x93"},   // Windows-1252's en dash, as browsers show it
                        Case{"&#x80;", "\xE2\x82\xAC"},   // and its euro sign
                        Case{"&#x81;", "\xC2\x81"},       // a C1 control Windows-1252 leaves alone
                        Case{"&#0;", "\xEF\xBF\xBD"}, Case{"&#xD800;", "\xEF\xBF\xBD"}, Case{"&#xDFFF;", "\xEF\xBF\xBD"},
                        Case{"&#x110000;", "\xEF\xBF\xBD"}, Case{"&#99999999999999999999;", "\xEF\xBF\xBD"},
                        Case{"&#;", "&#;"}, Case{"&#x;", "&#x;"}, Case{"&#12a;", "&#12a;"}}) {
    CAPTURE(c.raw);
    CHECK(decode_html_entity(c.raw) == c.text);
  }
}

TEST_CASE("named character references from HTML's list, unknown names stay as written") {
  struct Case {
    const char* raw;
    const char* text;
  };
  for (const Case& c : {Case{"&amp;", "&"}, Case{"&lt;", "<"}, Case{"&quot;", "\""}, Case{"&mdash;", "\xE2\x80\x94"},
                        Case{"&nbsp;", "\xC2\xA0"}, Case{"&eacute;", "\xC3\xA9"}, Case{"&hellip;", "\xE2\x80\xA6"},
                        Case{"&semi;", ";"}, Case{"&NewLine;", "\n"},
                        Case{"&NotEqualTilde;", "\xE2\x89\x82\xCC\xB8"},  // two code points
                        Case{"&foo;", "&foo;"}, Case{"&notit;", "&notit;"}, Case{"&AMP;", "&"}, Case{"&Amp;", "&Amp;"},
                        Case{"&amp", "&amp"}, Case{"amp;", "amp;"}, Case{"&a b;", "&a b;"}, Case{"&;", "&;"},
                        Case{"&<b>;", "&<b>;"}}) {
    CAPTURE(c.raw);
    CHECK(decode_html_entity(c.raw) == c.text);
  }
}

TEST_CASE("utf8_encode") {
  CHECK(utf8_encode(U'A') == "A");
  CHECK(utf8_encode(0xE9) == "\xC3\xA9");
  CHECK(utf8_encode(0x20AC) == "\xE2\x82\xAC");
  CHECK(utf8_encode(0x10FFFF) == "\xF4\x8F\xBF\xBF");
  CHECK(utf8_encode(0xD800) == "\xEF\xBF\xBD");
  CHECK(utf8_encode(0x110000) == "\xEF\xBF\xBD");
}

TEST_CASE("character references in a value are decoded wherever they are, a lone & stays") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Rebuilt &mdash; and paid for", "Rebuilt \xE2\x80\x94 and paid for"},
      {"AT&T &amp; T-Mobile", "AT&T & T-Mobile"},
      {"&#8220;Quoted&#8221;", "\xE2\x80\x9CQuoted\xE2\x80\x9D"},
      {"fish & chips; peas", "fish & chips; peas"},
      {"&unknown; &", "&unknown; &"},
      {"&amp", "&amp"},
  };
  for (const auto& [raw, decoded] : cases) {
    CAPTURE(raw);
    CHECK(decode_html_entities(raw) == decoded);
  }
}
