// Charsets of web pages: the prescan that finds a page's declared encoding, and the
// conversion to UTF-8 that keeps every character's way back to its original bytes.
// Cases are generated from tables where possible; iconv (not narrate) makes the
// encoded test input, so a round trip checks narrate against an independent encoder.
#include <doctest/doctest.h>

#include <iconv.h>

#include <algorithm>
#include <cctype>
#include <iterator>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "test_support.h"
#include "text/charset.h"
#include "text/utf8.h"
#include "text/whitespace.h"

using namespace narrate;

namespace {

// `utf8` encoded in `charset` (a glibc name) by iconv; fails the test when it cannot be.
std::string iconv_encode(const std::string& utf8, const char* charset) {
  iconv_t cd = iconv_open(charset, "UTF-8");
  REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
  std::string out(utf8.size() * 4 + 16, '\0');
  char* in = const_cast<char*>(utf8.data());
  size_t in_left = utf8.size();
  char* o = out.data();
  size_t out_left = out.size();
  const size_t status = iconv(cd, &in, &in_left, &o, &out_left);
  iconv(cd, nullptr, nullptr, &o, &out_left);  // back to the initial shift state
  iconv_close(cd);
  REQUIRE(status != static_cast<size_t>(-1));
  out.resize(out.size() - out_left);
  return out;
}

// Whether glibc's iconv decodes the single byte `byte` in `charset`.
bool glibc_decodes(char byte, const char* charset) {
  iconv_t cd = iconv_open("UTF-8", charset);
  REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
  char out[16];
  char* in = &byte;
  size_t in_left = 1;
  char* o = out;
  size_t out_left = sizeof out;
  const size_t status = iconv(cd, &in, &in_left, &o, &out_left);
  iconv_close(cd);
  return status != static_cast<size_t>(-1);
}

// The byte offset where each code point of `utf8` starts.
std::vector<size_t> code_point_starts(std::string_view utf8) {
  std::vector<size_t> starts;
  for (size_t i = 0; i < utf8.size(); i += utf8_sequence_length(utf8[i])) starts.push_back(i);
  return starts;
}

std::string error_of(std::string_view bytes, const std::string& charset) {
  try {
    convert_to_utf8(bytes, charset);
  } catch (const Error& e) {
    return e.what();
  }
  return "(no error)";
}

// Labels of the Encoding standard's table with the encoding each names, written out here
// independently of the table in charset.cc (a sample of every row, in odd spellings).
const std::vector<std::pair<std::string, std::string>> kLabels = {
    {"utf-8", "UTF-8"},
    {"UTF8", "UTF-8"},
    {"unicode-1-1-utf-8", "UTF-8"},
    {"latin1", "windows-1252"},
    {"ISO-8859-1", "windows-1252"},
    {"iso_8859-1:1987", "windows-1252"},
    {"us-ascii", "windows-1252"},
    {"ascii", "windows-1252"},
    {"windows-1252", "windows-1252"},
    {"cp1252", "windows-1252"},
    {"cp819", "windows-1252"},
    {"iso-8859-2", "ISO-8859-2"},
    {"latin2", "ISO-8859-2"},
    {"iso-8859-5", "ISO-8859-5"},
    {"cyrillic", "ISO-8859-5"},
    {"iso-8859-7", "ISO-8859-7"},
    {"greek", "ISO-8859-7"},
    {"iso-8859-8-i", "ISO-8859-8-I"},
    {"iso-8859-9", "windows-1254"},
    {"latin5", "windows-1254"},
    {"iso-8859-11", "windows-874"},
    {"tis-620", "windows-874"},
    {"iso-8859-15", "ISO-8859-15"},
    {"l9", "ISO-8859-15"},
    {"iso-8859-16", "ISO-8859-16"},
    {"windows-1250", "windows-1250"},
    {"x-cp1251", "windows-1251"},
    {"windows-1256", "windows-1256"},
    {"cp1258", "windows-1258"},
    {"koi8-r", "KOI8-R"},
    {"koi", "KOI8-R"},
    {"koi8-u", "KOI8-U"},
    {"ibm866", "IBM866"},
    {"mac", "macintosh"},
    {"x-mac-cyrillic", "x-mac-cyrillic"},
    {"shift_jis", "Shift_JIS"},
    {"sjis", "Shift_JIS"},
    {"windows-31j", "Shift_JIS"},
    {"euc-jp", "EUC-JP"},
    {"iso-2022-jp", "ISO-2022-JP"},
    {"gb2312", "GBK"},
    {"gbk", "GBK"},
    {"chinese", "GBK"},
    {"gb18030", "gb18030"},
    {"big5", "Big5"},
    {"big5-hkscs", "Big5"},
    {"euc-kr", "EUC-KR"},
    {"ks_c_5601-1987", "EUC-KR"},
    {"windows-949", "EUC-KR"},
    {"utf-16le", "UTF-16LE"},
    {"utf-16", "UTF-16LE"},
    {"utf-16be", "UTF-16BE"},
    {"x-user-defined", "x-user-defined"},
    {"iso-2022-kr", "replacement"},
};

// What a <meta> that declares `name` makes the prescan say (the standard's steps 14-15).
std::string prescan_result(const std::string& name) {
  if (name == "UTF-16LE" || name == "UTF-16BE") return "UTF-8";
  if (name == "x-user-defined") return "windows-1252";
  return name;
}

// The ways a page declares LABEL in a <meta>.
const std::vector<std::string> kMetaForms = {
    "<meta charset=LABEL>",
    "<meta charset=\"LABEL\">",
    "<meta charset='LABEL'>",
    "<META CHARSET=\"LABEL\"/>",
    "<meta\ncharset = \" LABEL \" >",
    "<meta charset=LABEL/>",  // the slash ends nothing in an unquoted value: not LABEL
    "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=LABEL\">",
    "<meta content=\"text/html;charset=LABEL\" http-equiv=\"content-type\">",
    "<meta http-equiv=Content-Type content='text/html; charset=\"LABEL\"'>",
    "<meta content=\"text/html; CHARSET = LABEL; foo\" HTTP-EQUIV=\"CONTENT-TYPE\">",
};

std::string trimmed_lower_for_test(const std::string& label) {
  std::string lower;
  for (const char c : label) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const size_t begin = lower.find_first_not_of(" \t\n\f\r");
  if (begin == std::string::npos) return "";
  return lower.substr(begin, lower.find_last_not_of(" \t\n\f\r") - begin + 1);
}

std::string with_label(std::string form, const std::string& label) {
  const size_t at = form.find("LABEL");
  return form.replace(at, 5, label);
}

}  // namespace

TEST_CASE("charset: every label names its encoding, whatever the case and surrounding whitespace") {
  for (const auto& [label, name] : kLabels) {
    CAPTURE(label);
    CHECK(encoding_for_label(label) == name);
    CHECK(encoding_for_label(" \t" + label + "\n") == name);
  }
  CHECK(encoding_for_label("utf-7") == "");
  CHECK(encoding_for_label("") == "");
  CHECK(encoding_for_label("latin 1") == "");
  CHECK(encoding_for_label("utf-8x") == "");
}

TEST_CASE("charset: each label in each meta form and quoting style is found") {
  for (const auto& [label, name] : kLabels) {
    for (const std::string& form : kMetaForms) {
      if (name == "replacement") continue;  // below
      const std::string page = "<!DOCTYPE html><html><head>" + with_label(form, label) + "<title>t</title>";
      CAPTURE(page);
      if (form == "<meta charset=LABEL/>") {
        // Not a known label: returned as written, for convert_to_utf8 to refuse by name.
        CHECK(sniff_html_charset(page) == trimmed_lower_for_test(label) + "/");
      } else {
        CHECK(sniff_html_charset(page) == prescan_result(name));
      }
    }
  }
}

TEST_CASE("charset: a label of the standard's replacement encoding is returned as declared, to be refused by name") {
  CHECK(sniff_html_charset("<meta charset=\"ISO-2022-KR\">") == "iso-2022-kr");
  CHECK(sniff_html_charset("<meta http-equiv=content-type content=\"text/html; charset=hz-gb-2312\">") == "hz-gb-2312");
  CHECK(error_of("x", sniff_html_charset("<meta charset=iso-2022-cn>"))
            .starts_with("page declares charset iso-2022-cn, which narrate cannot read"));
}

TEST_CASE("charset: content= counts only with http-equiv=content-type") {
  CHECK(sniff_html_charset("<meta content=\"text/html; charset=koi8-r\">") == "");
  CHECK(sniff_html_charset("<meta http-equiv=\"refresh\" content=\"5; charset=koi8-r\">") == "");
  CHECK(sniff_html_charset("<meta name=\"description\" content=\"charset=koi8-r\">") == "");
  CHECK(sniff_html_charset("<meta http-equiv=\"Content-Type\" content=\"text/html\">") == "");
  CHECK(sniff_html_charset("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=\">") == "");
  CHECK(sniff_html_charset("<meta http-equiv=\"Content-Type\" content=\"charset='koi8-r\">") == "");
  // "charset" not followed by '=' is skipped and the search goes on.
  CHECK(sniff_html_charset("<meta http-equiv=content-type content=\"charsetx charset=koi8-r\">") == "KOI8-R");
}

TEST_CASE("charset: the first of a repeated attribute counts, and charset= beats content=") {
  CHECK(sniff_html_charset("<meta charset=\"koi8-r\" charset=\"utf-8\">") == "KOI8-R");
  CHECK(sniff_html_charset("<meta charset=koi8-r http-equiv=content-type content=\"x; charset=utf-8\">") == "KOI8-R");
  CHECK(sniff_html_charset("<meta http-equiv=content-type content=\"x; charset=utf-8\" charset=koi8-r>") == "KOI8-R");
}

TEST_CASE("charset: a meta inside a comment is not a declaration") {
  CHECK(sniff_html_charset("<!-- <meta charset=\"koi8-r\"> --><meta charset=\"windows-1251\">") == "windows-1251");
  CHECK(sniff_html_charset("<!-- a -- b <meta charset=koi8-r> -- --><meta charset=gbk>") == "GBK");
  CHECK(sniff_html_charset("<!-- unterminated <meta charset=koi8-r>") == "");
  // "<!-->" is a whole comment: its two dashes may be the opening ones.
  CHECK(sniff_html_charset("<!--><meta charset=koi8-r>") == "KOI8-R");
}

TEST_CASE("charset: other tags' attributes, doctypes and processing instructions are skipped") {
  CHECK(sniff_html_charset("<div title=\"<meta charset=koi8-r>\"><meta charset=big5>") == "Big5");
  CHECK(sniff_html_charset("<!DOCTYPE html <meta charset=koi8-r>><meta charset=euc-kr>") == "EUC-KR");
  CHECK(sniff_html_charset("<?php echo '<meta charset=koi8-r>' ?><meta charset=euc-jp>") == "EUC-JP");
  CHECK(sniff_html_charset("</p title='<meta charset=koi8-r>'><meta charset=sjis>") == "Shift_JIS");
  CHECK(sniff_html_charset("<metadata charset=koi8-r><meta charset=latin2>") == "ISO-8859-2");
  // The prescan does not know scripts: a meta in a script's text counts, as in browsers.
  CHECK(sniff_html_charset("<script>document.write('<meta charset=koi8-r>')</script>") == "KOI8-R");
}

TEST_CASE("charset: only the first 1024 bytes are looked at") {
  const std::string meta = "<meta charset=\"windows-1251\">";
  for (size_t pad : {size_t{0}, size_t{500}, 1024 - meta.size(), 1024 - meta.size() + 1, size_t{1024}, size_t{5000}}) {
    CAPTURE(pad);
    const std::string page = "<!--" + std::string(pad > 7 ? pad - 7 : 0, 'x') + "-->" + meta;
    const bool whole_meta_inside = std::max<size_t>(pad, 7) + meta.size() <= 1024;
    CHECK(sniff_html_charset(page) == (whole_meta_inside ? "windows-1251" : ""));
  }
}

TEST_CASE("charset: a byte order mark decides before any meta") {
  CHECK(sniff_html_charset("\xEF\xBB\xBF<meta charset=koi8-r>") == "UTF-8");
  CHECK(sniff_html_charset("\xFF\xFE<\0h\0") == "UTF-16LE");
  CHECK(sniff_html_charset("\xFE\xFF\0<\0h") == "UTF-16BE");
  CHECK(sniff_html_charset(std::string("<\0?\0x\0m\0l\0", 10)) == "UTF-16LE");
  CHECK(sniff_html_charset(std::string("\0<\0?\0x\0m\0l", 10)) == "UTF-16BE");
  // Declaring UTF-16 in a meta (which an ASCII-readable page cannot be) means UTF-8.
  CHECK(sniff_html_charset("<meta charset=utf-16>") == "UTF-8");
}

TEST_CASE("charset: an XML declaration counts when no meta does") {
  CHECK(sniff_html_charset("<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?><html>") == "ISO-8859-2");
  CHECK(sniff_html_charset("<?xml version='1.0' encoding = 'koi8-r'?>") == "KOI8-R");
  CHECK(sniff_html_charset("<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?><meta charset=gbk>") == "GBK");
  CHECK(sniff_html_charset(" <?xml version=\"1.0\" encoding=\"ISO-8859-2\"?>") == "");
}

TEST_CASE("charset: a page that declares nothing known gets \"\", one that declares an unknown label gets it") {
  CHECK(sniff_html_charset("") == "");
  CHECK(sniff_html_charset("<html><head><title>no declaration</title></head>") == "");
  CHECK(sniff_html_charset("<meta charset=\"UTF-7\">") == "utf-7");
  CHECK(sniff_html_charset("<meta charset=\"bogus\"><meta charset=\"koi8-r\">") == "KOI8-R");
  CHECK(sniff_html_charset("<meta charset=\"\"><meta charset=\"koi8-r\">") == "KOI8-R");
}

TEST_CASE("charset: UTF-8 is taken as it is") {
  const std::string text = "caf\xC3\xA9 \xE2\x80\x94 ok";
  for (const std::string charset : {"", "UTF-8", "utf8"}) {
    const ConvertedText converted = convert_to_utf8(text, charset);
    CHECK(converted.utf8 == text);
    CHECK(converted.map.is_identity());
    CHECK(converted.original_offset(5) == 5);
  }
}

TEST_CASE("charset: windows-1252 quotes, dashes, accents and the euro sign") {
  const std::string bytes = "\x93Le caf\xE9 co\xFBte 5 \x80,\x97 dit-il\x85\x94";
  const ConvertedText converted = convert_to_utf8(bytes, "windows-1252");
  CHECK(converted.utf8 == "\xE2\x80\x9CLe caf\xC3\xA9 co\xC3\xBBte 5 \xE2\x82\xAC,\xE2\x80\x94 dit-il\xE2\x80\xA6\xE2\x80\x9D");
  CHECK(converted.original_offset(0) == 0);
  CHECK(converted.original_offset(1) == 0);  // inside the opening quote
  CHECK(converted.original_offset(3) == 1);  // 'L'
  CHECK(converted.original_offset(converted.utf8.find("\xC3\xA9")) == 7);
  CHECK(converted.original_offset(converted.utf8.find("\xE2\x82\xAC")) == bytes.find('\x80'));
  CHECK(converted.original_offset(converted.utf8.size()) == bytes.size());
}

TEST_CASE("charset: the bytes Windows leaves undefined decode to C1 controls, as the Encoding standard says") {
  // windows-1252: 0x81 0x8D 0x8F 0x90 0x9D, which iconv rejects.
  const ConvertedText converted = convert_to_utf8("a\x81\x8D\x8F\x90\x9D" "b", "windows-1252");
  CHECK(converted.utf8 == "a\xC2\x81\xC2\x8D\xC2\x8F\xC2\x90\xC2\x9D" "b");
  CHECK(converted.original_offset(3) == 2);
  CHECK(convert_to_utf8("\x98", "windows-1251").utf8 == "\xC2\x98");
  CHECK(convert_to_utf8("\x81", "windows-874").utf8 == "\xC2\x81");
  // Above 0x9F the standard leaves them undefined too: invalid.
  CHECK(error_of("ok \xAA", "windows-1253") == "byte 3 is not valid windows-1253");
}

TEST_CASE("charset: each single-byte charset round-trips every byte it defines, one offset per byte") {
  const char* charsets[] = {"IBM866",       "ISO-8859-2",   "ISO-8859-3",   "ISO-8859-4",   "ISO-8859-5",
                            "ISO-8859-6",   "ISO-8859-7",   "ISO-8859-8",   "ISO-8859-8-I", "ISO-8859-10",
                            "ISO-8859-13",  "ISO-8859-14",  "ISO-8859-15",  "ISO-8859-16",  "KOI8-R",
                            "KOI8-U",       "macintosh",    "windows-874",  "windows-1250", "windows-1251",
                            "windows-1252", "windows-1253", "windows-1254", "windows-1255", "windows-1256",
                            "windows-1257", "windows-1258", "x-mac-cyrillic"};
  for (const char* charset : charsets) {
    const std::string name = charset;
    CAPTURE(name);
    // Every byte the charset defines, each between ASCII letters.
    std::string bytes;
    for (int b = 1; b < 256; ++b) {
      const std::string one(1, static_cast<char>(b));
      if (error_of(one, charset) != "(no error)") continue;
      bytes += one + "x";
    }
    const ConvertedText converted = convert_to_utf8(bytes, charset);
    CHECK(count_code_points(converted.utf8) == bytes.size());
    const std::vector<size_t> starts = code_point_starts(converted.utf8);
    for (size_t i = 0; i < starts.size(); ++i) REQUIRE(converted.original_offset(starts[i]) == i);
    // iconv encodes the text back to the same bytes (but the C1 controls it cannot).
    const std::string glibc_name = std::string(charset) == "ISO-8859-8-I" ? "ISO-8859-8"
                                   : std::string(charset) == "macintosh"  ? "MACINTOSH"
                                   : std::string(charset) == "x-mac-cyrillic"
                                       ? "MAC-CYRILLIC"
                                       : std::string(charset);
    // Character i came from byte i. The C1 controls narrate fills in for windows-* bytes
    // that iconv rejects are left out on both sides: iconv cannot encode them back.
    std::string without_c1;
    std::string expected;
    for (size_t i = 0; i < starts.size(); ++i) {
      const size_t end = i + 1 < starts.size() ? starts[i + 1] : converted.utf8.size();
      const std::string character = converted.utf8.substr(starts[i], end - starts[i]);
      if (!glibc_decodes(bytes[i], glibc_name.c_str())) {  // so narrate filled in a C1 control
        CHECK(name.starts_with("windows-"));
        CHECK(character == std::string{'\xC2', bytes[i]});
        continue;
      }
      without_c1 += character;
      expected += bytes[i];
    }
    CHECK(iconv_encode(without_c1, glibc_name.c_str()) == expected);
  }
}

TEST_CASE("charset: multibyte charsets round-trip, and each character maps back to its first byte") {
  struct Case {
    const char* charset;
    const char* glibc;
    std::string text;
  };
  const std::string japanese = "Tokyo (\xE6\x9D\xB1\xE4\xBA\xAC) \xE3\x80\x8C\xE6\x97\xA5\xE6\x9C\xAC\xE3\x80\x8D "
                               "\xEF\xBD\xB1\xEF\xBD\xB2 end";  // 東京 「日本」 halfwidth ｱｲ
  const std::string chinese = "Beijing \xE5\x8C\x97\xE4\xBA\xAC\xE2\x80\x9C\xE4\xBD\xA0\xE5\xA5\xBD\xE2\x80\x9D ok";
  const std::string korean = "Seoul \xEC\x84\x9C\xEC\x9A\xB8 \xED\x95\x9C\xEA\xB5\xAD ok";
  const std::string anything = "caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x8E\x99 \xE6\x9D\xB1 end";  // with an astral 🎙
  const Case cases[] = {
      {"Shift_JIS", "CP932", japanese},    {"EUC-JP", "EUC-JP", japanese},      {"GBK", "GBK", chinese},
      {"gb18030", "GB18030", chinese + " " + anything},                         {"Big5", "BIG5-HKSCS", chinese},
      {"EUC-KR", "CP949", korean},         {"UTF-16LE", "UTF-16LE", anything},  {"UTF-16BE", "UTF-16BE", anything},
  };
  for (const Case& c : cases) {
    CAPTURE(c.charset);
    const std::string bytes = iconv_encode(c.text, c.glibc);
    const ConvertedText converted = convert_to_utf8(bytes, c.charset);
    CHECK(converted.utf8 == c.text);
    for (const size_t start : code_point_starts(c.text)) {
      CAPTURE(start);
      const size_t expected = iconv_encode(c.text.substr(0, start), c.glibc).size();
      CHECK(converted.original_offset(start) == expected);
      const size_t length = utf8_sequence_length(c.text[start]);
      if (length > 1) CHECK(converted.original_offset(start + length - 1) == expected);  // inside it
    }
    CHECK(converted.original_offset(c.text.size()) == bytes.size());
  }
}

TEST_CASE("charset: ISO-2022-JP escape sequences belong to the character before them") {
  // "a" ESC $ B 東(0x45 0x6C) 京(0x35 0x7E) ESC ( B "b"
  const std::string bytes = std::string("a\x1B$B") + "El5~" + "\x1B(B" + "b";
  const ConvertedText converted = convert_to_utf8(bytes, "ISO-2022-JP");
  CHECK(converted.utf8 == "a\xE6\x9D\xB1\xE4\xBA\xAC" "b");
  CHECK(converted.original_offset(0) == 0);
  CHECK(converted.original_offset(1) == 4);   // 東 after the escape
  CHECK(converted.original_offset(4) == 6);   // 京
  CHECK(converted.original_offset(7) == 11);  // b after the escape back
  CHECK(converted.original_offset(8) == bytes.size());
  // Leading escape: the first character is where its bytes start.
  const ConvertedText leading = convert_to_utf8("\x1B$BEl\x1B(B", "ISO-2022-JP");
  CHECK(leading.utf8 == "\xE6\x9D\xB1");
  CHECK(leading.original_offset(0) == 3);
}

TEST_CASE("charset: a character decoded into two code points maps both back to its bytes") {
  // Big5-HKSCS 0x88 0x62 is Ê̄: U+00CA U+0304.
  const ConvertedText converted = convert_to_utf8("x\x88\x62y", "Big5");
  CHECK(converted.utf8 == "x\xC3\x8A\xCC\x84y");
  CHECK(converted.original_offset(1) == 1);
  CHECK(converted.original_offset(3) == 1);
  CHECK(converted.original_offset(5) == 3);
}

TEST_CASE("charset: GBK and gb18030 read a lone 0x80 as the euro sign") {
  CHECK(convert_to_utf8("5\x80", "GBK").utf8 == "5\xE2\x82\xAC");
}

TEST_CASE("charset: a UTF-16 byte order mark is dropped and counted") {
  const ConvertedText converted = convert_to_utf8(std::string("\xFF\xFEh\0i\0", 6), "UTF-16LE");
  CHECK(converted.utf8 == "hi");
  CHECK(converted.original_offset(0) == 2);
  CHECK(converted.original_offset(1) == 4);
}

TEST_CASE("charset: invalid and truncated bytes are reported with their offset") {
  CHECK(error_of("abc\xA5", "ISO-8859-3") == "byte 3 is not valid ISO-8859-3");
  CHECK(error_of("ok\x81\x20", "Shift_JIS") == "byte 2 is not valid Shift_JIS");  // bad trail byte
  CHECK(error_of("ok\x82", "Shift_JIS") == "byte 2 is not valid Shift_JIS");      // ends inside a character
  CHECK(error_of("ab\xFF", "EUC-KR") == "byte 2 is not valid EUC-KR");
  CHECK(error_of(std::string("a\0b", 3), "UTF-16LE") == "byte 2 is not valid UTF-16LE");
  CHECK(error_of(std::string("\0\xD8\0a", 4), "UTF-16LE") == "byte 0 is not valid UTF-16LE");  // lone surrogate
  try {
    convert_to_utf8("\x93quoted\x94 \x81\x8D ok \xFF", "windows-1253");
    FAIL("no error");
  } catch (const InvalidByteError& e) {
    CHECK(e.offset() == 15);  // not 0x81 or 0x8D: those are C1 controls
    CHECK(std::string(e.what()) == "byte 15 is not valid windows-1253");
  }
}

TEST_CASE("charset: charsets narrate cannot read are refused with the way out") {
  CHECK(error_of("+ACI-", "utf-7") ==
        "page declares charset utf-7, which narrate cannot read; convert it to UTF-8 first, e.g. iconv -f utf-7 -t UTF-8");
  CHECK(error_of("x", "x-user-defined").find("page declares charset x-user-defined, which narrate cannot read") == 0);
  CHECK(error_of("x", "iso-2022-kr").find("page declares charset iso-2022-kr, which narrate cannot read") == 0);
  CHECK(error_of("x", "hz-gb-2312").find("cannot read") != std::string::npos);
  CHECK(error_of("x", "bogus").find("page declares charset bogus,") == 0);
}

TEST_CASE("charset: the offset map stays small on a large page") {
  // 1 MiB of windows-1252 prose with an accent every few words, and of Shift_JIS mixing
  // markup and Japanese: the map must hold far fewer bytes than the page.
  std::string latin;
  while (latin.size() < (1 << 20)) latin += "<p>Le caf\xE9 \x93" "co\xFBte\x94 cher.</p>\n";
  const ConvertedText latin_text = convert_to_utf8(latin, "windows-1252");
  CHECK(latin_text.map.memory_bytes() < latin.size() / 16);
  CHECK(latin_text.original_offset(latin_text.utf8.size() - 1) == latin.size() - 1);

  // Halfwidth katakana (one byte each in Shift_JIS, where most others take two) on
  // every line: exceptions in every block of the map.
  const std::string utf8_line =
      "<p>\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x81\xAF\xE5\xA4\xA7\xE3\x81\x8D\xE3\x81\x84 (Tokyo) \xEF\xBD\xB1\xEF\xBD\xB2.</p>\n";
  const std::string line = iconv_encode(utf8_line, "CP932");
  std::string japanese;
  while (japanese.size() < (1 << 18)) japanese += line;
  const ConvertedText japanese_text = convert_to_utf8(japanese, "Shift_JIS");
  CHECK(japanese_text.map.memory_bytes() < japanese.size() / 3);  // 4 bytes an exception, 2 a line
  for (size_t k = 0; k * line.size() < japanese.size(); ++k) {
    CAPTURE(k);
    REQUIRE(japanese_text.original_offset(k * utf8_line.size()) == k * line.size());
    const size_t katakana = k * utf8_line.size() + utf8_line.find("\xEF\xBD\xB2");
    REQUIRE(japanese_text.original_offset(katakana) == k * line.size() + line.find("\xB2."));
  }
}

TEST_CASE("charset: CharsetOffsets keeps widths of any size, and characters without bytes of their own") {
  // "a", a 3 MB run of input without text (wider than an exception holds), "b", "c"
  // decoded from one two-byte character into two code points.
  CharsetOffsets map(1, 2);
  const std::string utf8 = "ab\xC3\x8A\xCC\x84";
  map.add_code_point(0, true, 1);
  map.add_unmapped_input(3 << 20);
  map.add_code_point(1, true, 1);
  map.add_code_point(2, false, 2);
  map.add_code_point(4, false, 0);
  map.finish(1 + (3 << 20) + 1 + 2);
  CHECK(map.original_offset(utf8, 0) == 0);
  CHECK(map.original_offset(utf8, 1) == 1 + (3 << 20));
  CHECK(map.original_offset(utf8, 2) == 2 + (3 << 20));
  CHECK(map.original_offset(utf8, 5) == 2 + (3 << 20));
  CHECK(map.original_offset(utf8, 6) == 4 + (3 << 20));
}

TEST_CASE("charset: random bytes either convert to valid UTF-8 with offsets in order, or fail at a byte") {
  std::mt19937 random(20241205);
  const char* charsets[] = {"windows-1252", "KOI8-R",      "Shift_JIS", "EUC-JP",   "gb18030",
                            "Big5",         "EUC-KR",      "ISO-2022-JP", "UTF-16LE", "UTF-16BE"};
  const std::string pieces[] = {"<meta ", "charset=", "http-equiv=content-type ", "content=\"", "\"", "'", ">",
                                "<!--",   "-->",      "<", "/", " ", "\x1B$B", "\x1B(B", "koi8-r", "utf-8", "sjis"};
  for (int round = 0; round < 60; ++round) {
    std::string bytes;
    const int parts = random() % 24;
    for (int i = 0; i < parts; ++i) {
      if (random() % 2) {
        bytes += pieces[random() % std::size(pieces)];
      } else {
        bytes += static_cast<char>(random() % 256);
      }
    }
    CAPTURE(bytes);
    const std::string sniffed = sniff_html_charset(bytes);
    CHECK((sniffed.empty() || encoding_for_label(sniffed) != "" || sniffed == trimmed_lower_for_test(sniffed)));
    for (const char* charset : charsets) {
      CAPTURE(charset);
      ConvertedText converted;
      try {
        converted = convert_to_utf8(bytes, charset);
      } catch (const InvalidByteError& e) {
        CHECK(e.offset() < bytes.size());
        continue;
      }
      REQUIRE(find_invalid_utf8(converted.utf8) == kValidUtf8);
      size_t previous = 0;
      for (size_t at = 0; at <= converted.utf8.size(); ++at) {
        const size_t original = converted.original_offset(at);
        REQUIRE(original >= previous);
        REQUIRE(original <= bytes.size());
        previous = original;
      }
      CHECK(converted.original_offset(converted.utf8.size()) == bytes.size());
    }
  }
}

TEST_CASE("charset: the test pages declare their charsets, and the expected text is in them once converted") {
  const std::pair<const char*, const char*> pages[] = {
      {"wire-story", "UTF-8"},
      {"jsonld-article", "UTF-8"},
      {"windows-1252", "windows-1252"},
      {"sample-page", "UTF-8"},
  };
  for (const auto& [page, charset] : pages) {
    CAPTURE(page);
    const std::string bytes = test::read_file(test::source_path(std::string("tests/data/pages/") + page + ".html"));
    CHECK(sniff_html_charset(bytes) == charset);
    const ConvertedText converted = convert_to_utf8(bytes, sniff_html_charset(bytes));
    REQUIRE(find_invalid_utf8(converted.utf8) == kValidUtf8);
    const std::string page_text = collapse_whitespace(converted.utf8);
    const std::string expected = test::read_file(test::source_path(std::string("tests/data/pages/") + page + ".expected.txt"));
    size_t lines = 0;
    for (size_t at = 0; at < expected.size();) {
      const size_t end = expected.find('\n', at);
      const std::string line = expected.substr(at, end - at);
      at = end + 1;
      const size_t tab = line.find('\t');
      REQUIRE(tab != std::string::npos);
      const std::string text = line.substr(tab + 1);
      CAPTURE(text);
      ++lines;
      // Titles and headings, and every block of the pages without inline markup or
      // character references, are in the page as they are.
      const bool plain_page = std::string_view(page) == "windows-1252" || std::string_view(page) == "sample-page";
      if (plain_page || line.starts_with("title\t") || line.starts_with("heading\t")) {
        CHECK(page_text.find(text) != std::string::npos);
      }
    }
    CHECK(lines > 5);
  }
  // The sample page carries the sample's text byte for byte.
  const std::string sample = test::read_file(test::source_path("samples/putin-north-korea.txt"));
  const std::string page = test::read_file(test::source_path("tests/data/pages/sample-page.html"));
  const size_t first_paragraph = sample.find("Seoul, South Korea");
  const std::string paragraph = sample.substr(first_paragraph, sample.find('\n', first_paragraph) - first_paragraph);
  CHECK(page.find("<p>" + paragraph + "</p>") != std::string::npos);
}
