#include <doctest/doctest.h>

#include "article/paragraphs.h"
#include "test_support.h"

using namespace narrate;

TEST_CASE("the sample article splits into its 31 blocks") {
  const Source source = Source::load(test::source_path("samples/putin-north-korea.txt"));
  const std::vector<Paragraph> paragraphs = split_paragraphs(source);
  // Banner, title, 8 paragraphs, heading "Ups and downs", 8 paragraphs, heading
  // "Putin’s visit", 10 paragraphs, and the share-widget footer as one block.
  REQUIRE(paragraphs.size() == 31);
  CHECK(paragraphs[0].text == "Audio Sources - Full Text Articles");
  CHECK(paragraphs[1].text == "Putin\xE2\x80\x99s North Korea visit about \xE2\x80\x98more than pleasantries\xE2\x80\x99");
  CHECK(paragraphs[2].text.starts_with("Seoul, South Korea \xE2\x80\x94 When North Korean leader"));
  CHECK(paragraphs[10].text == "Ups and downs");
  CHECK(paragraphs[19].text == "Putin\xE2\x80\x99s visit");
  CHECK(paragraphs[30].text == "Spread the news WP Radio WP Radio");
  // Spans point at the text as written: trailing spaces are not part of a paragraph.
  for (const Paragraph& p : paragraphs) {
    const std::string_view written = source.text().substr(p.start, p.end - p.start);
    CHECK(written.front() != ' ');
    CHECK(written.back() != ' ');
  }
  CHECK(source.text().substr(paragraphs[0].start, paragraphs[0].end - paragraphs[0].start) ==
        "Audio Sources - Full Text Articles");
}

TEST_CASE("blank lines may hold spaces, tabs, no-break spaces and CR") {
  const Source source = Source::from_text("t.txt", "One\r\nstill one\r\n \t\xC2\xA0\r\nTwo.\n\n\n\nThree");
  const auto paragraphs = split_paragraphs(source);
  REQUIRE(paragraphs.size() == 3);
  CHECK(paragraphs[0].text == "One still one");
  CHECK(paragraphs[0].start == 0);
  CHECK(paragraphs[0].end == 14);
  CHECK(paragraphs[1].text == "Two.");
  CHECK(paragraphs[2].text == "Three");
  CHECK(paragraphs[2].end == source.text().size());
}

TEST_CASE("whitespace-only text has no paragraphs") {
  CHECK(split_paragraphs(Source::from_text("e.txt", "")).empty());
  CHECK(split_paragraphs(Source::from_text("w.txt", " \n\t\n\xC2\xA0\n")).empty());
}

TEST_CASE("U+2029 PARAGRAPH SEPARATOR ends a paragraph, U+2028 and U+0085 end lines") {
  const std::string text = "First line\xE2\x80\xA8second line\xC2\x85third line.\xE2\x80\xA9Next paragraph.\xE2\x80\xA9";
  const Source source = Source::from_text("u.txt", text);
  const auto paragraphs = split_paragraphs(source);
  REQUIRE(paragraphs.size() == 2);
  CHECK(paragraphs[0].text == "First line second line third line.");
  CHECK(paragraphs[0].lines.size() == 3);
  CHECK(paragraphs[0].start == 0);
  CHECK(paragraphs[0].end == text.find("\xE2\x80\xA9"));
  CHECK(paragraphs[1].text == "Next paragraph.");
  CHECK(source.text().substr(paragraphs[1].start, paragraphs[1].end - paragraphs[1].start) == "Next paragraph.");
}
