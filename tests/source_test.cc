#include <doctest/doctest.h>

#include "test_support.h"
#include "text/source.h"
#include "util/error.h"

using namespace narrate;

TEST_CASE("locate gives 1-based lines and code point columns") {
  const Source source = Source::from_text("a.txt", "first\nse\xE2\x80\x99" "cond\n");
  CHECK(source.locate(0).line == 1);
  CHECK(source.locate(0).column == 1);
  CHECK(source.locate(6).line == 2);
  CHECK(source.locate(6).column == 1);
  // "se’" is three code points but five bytes: byte 11 is 'c', column 4.
  CHECK(source.locate(11).column == 4);
  CHECK(source.where(11) == "a.txt:2:4");
}

TEST_CASE("invalid UTF-8 is reported with line and column") {
  CHECK_THROWS_WITH_AS(Source::from_text("bad.txt", "fine\nab\xE2\x80\x99x\xFFrest"),
                       "bad.txt:2:5: invalid UTF-8 (byte 0xFF)", Error);
}

TEST_CASE("UTF-16 and binary files are refused") {
  CHECK_THROWS_WITH_AS(Source::from_text("u16.txt", std::string("\xFF\xFEh\0i\0", 6)),
                       "u16.txt:1:1: the file is UTF-16; narrate reads UTF-8 text", Error);
  CHECK_THROWS_WITH_AS(Source::from_text("bin.txt", std::string("ab\ncd\0ef", 8)),
                       "bin.txt:2:3: NUL byte; this looks like a binary file, not text", Error);
}

TEST_CASE("load reads files and names missing ones") {
  test::TempDir dir;
  test::write_file(dir.file("a.txt"), "Hello.\n");
  CHECK(Source::load(dir.file("a.txt")).text() == "Hello.\n");
  CHECK_THROWS_WITH_AS(Source::load(dir.file("missing.txt")),
                       ("cannot read '" + dir.file("missing.txt") + "': No such file or directory").c_str(), Error);
  CHECK_THROWS_WITH_AS(Source::load(dir.path()), ("cannot read '" + dir.path() + "': Is a directory").c_str(), Error);
}

TEST_CASE("lines end at U+2028, U+2029 and U+0085 too") {
  const Source source = Source::from_text("u.txt", "one\xE2\x80\xA8two\xE2\x80\xA9three\xC2\x85" "four");
  CHECK(source.where(3) == "u.txt:1:4");
  CHECK(source.where(6) == "u.txt:2:1");
  CHECK(source.where(12) == "u.txt:3:1");
  CHECK(source.where(19) == "u.txt:4:1");
  CHECK(source.where(20) == "u.txt:4:2");
}
