// Structured documents: blocks of decoded pieces made into the reading text, the way back
// from it to the file's bytes, and parse_article trusting what the blocks say they are.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "article/structure.h"
#include "document/reading_text.h"
#include "markdown/markdown_reader.h"
#include "text/offset_map.h"

using namespace narrate;

namespace {

// A piece that is the file's own bytes [start, start + text.size()).
TextPiece raw(const std::string& file, size_t start, size_t length) {
  return {file.substr(start, length), start, start + length};
}

// A piece for the first occurrence of `text` in `file` at or after `from`.
TextPiece found(const std::string& file, const std::string& text, size_t from = 0) {
  const size_t at = file.find(text, from);
  REQUIRE(at != std::string::npos);
  return raw(file, at, text.size());
}

std::string at(const Source& source, Span span) { return std::string(source.text().substr(span.start, span.size())); }

}  // namespace

TEST_CASE("an offset map leads back byte by byte in exact runs and to the ends of others") {
  OffsetMap map;
  map.add(0, 5, 10, 15);   // "Hello" as written
  map.add(5, 1, 15, 20);   // "&" written "&amp;"
  map.add(6, 5, 20, 25);   // "world"
  map.add(13, 3, 40, 43);  // after a gap (a block separator)
  for (size_t i = 0; i <= 5; ++i) CHECK(map.file_start(i) == 10 + i);
  CHECK(map.file_start(5) == 15);
  CHECK(map.file_end(6) == 20);
  CHECK(map.file_start(6) == 20);
  CHECK(map.file_end(11) == 25);
  CHECK(map.file_start(11) == 40);  // in the gap: the next run's start
  CHECK(map.file_end(12) == 25);    // in the gap: the run before's end
  CHECK(map.file_start(14) == 41);
  CHECK(map.file_end(16) == 43);
  CHECK(map.file_start(99) == 43);
  CHECK(OffsetMap().file_start(7) == 7);
}

TEST_CASE("a document's blocks become the reading text, whitespace runs read as one space") {
  const std::string file = "<h1>The  title</h1>\n<p>Tom &amp; Jerry\n   said <b>hi</b>.</p><nav> Home | News </nav><p>  </p>";
  Document document;
  document.blocks.push_back({BlockKind::title, 1, {found(file, "The  title")}, {}});
  const size_t amp = file.find("&amp;");
  document.blocks.push_back({BlockKind::paragraph,
                             0,
                             {raw(file, amp - 4, 4), {"&", amp, amp + 5}, found(file, " Jerry\n   said "), found(file, "hi"),
                              raw(file, file.find(".</p>"), 1)},
                             {}});
  document.blocks.push_back({BlockKind::skipped, 0, {found(file, " Home | News ")}, "navigation"});
  document.blocks.push_back({BlockKind::paragraph, 0, {found(file, "  ", file.find("<p>  "))}, {}});
  const ReadingText reading = read_document(Source::from_text("page.html", file), document);
  CHECK(reading.source.text() == "The title\n\nTom & Jerry said hi.\n\nHome | News");
  REQUIRE(reading.blocks.size() == 3);
  CHECK(at(reading.source, reading.blocks[0].span) == "The title");
  CHECK(at(reading.source, reading.blocks[1].span) == "Tom & Jerry said hi.");
  CHECK(reading.blocks[2].reason == "navigation");
  // Every block leads back to the bytes it came from.
  const Span paragraph = reading.blocks[1].span;
  CHECK(reading.source.file_start(paragraph.start) == file.find("Tom"));
  CHECK(reading.source.file_end(paragraph.end) == file.find(".</p>") + 1);
  const size_t ampersand = paragraph.start + 4;
  CHECK(reading.source.file_start(ampersand) == amp);
  CHECK(reading.source.file_end(ampersand + 1) == amp + 5);
  const size_t said = reading.source.text().find("said");
  CHECK(reading.source.file_start(said) == file.find("said"));
  CHECK(reading.source.where(said) == "page.html:3:4");
}

TEST_CASE("a title the document only names in its info is read first") {
  const std::string file = "<p>Body text here.</p>";
  Document document;
  document.info.title = "From the meta tags";
  document.blocks.push_back({BlockKind::paragraph, 0, {found(file, "Body text here.")}, {}});
  const ReadingText reading = read_document(Source::from_text("page.html", file), document);
  CHECK(reading.source.text() == "From the meta tags\n\nBody text here.");
  CHECK(reading.blocks[0].kind == BlockKind::title);
  const Article article = parse_article(reading, {});
  CHECK(article.title == "From the meta tags");
}

TEST_CASE("parse_article trusts the kinds of a document's blocks") {
  // Every block is one line of the file, so offsets are easy to check.
  const std::vector<std::pair<BlockKind, std::string>> lines = {
      {BlockKind::skipped, "Home News Sport"},
      {BlockKind::title, "Rivers rise after the storm"},
      {BlockKind::byline, "By Ana Lima"},
      {BlockKind::date, "June 18, 2024"},
      {BlockKind::paragraph, "A short paragraph without a full stop"},
      {BlockKind::heading, "What comes next."},
      {BlockKind::paragraph, "\xE2\x80\x9CWe are ready,\xE2\x80\x9D said Ana Lima, the mayor."},
      {BlockKind::list_item, "Share this article"},
  };
  std::string file;
  Document document;
  document.info.publication = "The River Times";
  for (const auto& [kind, text] : lines) {
    const size_t start = file.size();
    file += "<x>" + text + "</x>\n";
    document.blocks.push_back({kind, kind == BlockKind::heading ? 2 : 0, {{text, start + 3, start + 3 + text.size()}},
                               kind == BlockKind::skipped ? "navigation" : ""});
  }
  const ReadingText reading = read_document(Source::from_text("page.html", file), document);
  const Article article = parse_article(reading, {});
  CHECK(article.publication == "The River Times");
  CHECK(article.title == "Rivers rise after the storm");
  using K = SegmentKind;
  const std::vector<std::pair<K, std::string>> expected = {
      {K::title, "Rivers rise after the storm"},
      {K::byline, "By Ana Lima"},
      {K::narration, "A short paragraph without a full stop"},
      {K::heading, "What comes next."},
      {K::quote, "\xE2\x80\x9CWe are ready,\xE2\x80\x9D"},
      {K::narration, "said Ana Lima, the mayor."},
  };
  REQUIRE(article.segments.size() == expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    CAPTURE(i);
    CHECK(article.segments[i].kind == expected[i].first);
    CHECK(at(reading.source, article.segments[i].span) == expected[i].second);
    // The segment's bytes in the file are its text as written.
    const size_t start = reading.source.file_start(article.segments[i].span.start);
    const size_t end = reading.source.file_end(article.segments[i].span.end);
    CHECK(file.substr(start, end - start) == expected[i].second);
  }
  REQUIRE(article.skipped.size() == 3);
  CHECK(article.skipped[0].reason == "navigation");
  CHECK(article.skipped[1].reason == "date line");
  CHECK(at(reading.source, article.skipped[2].span) == "Share this article");
}

TEST_CASE("Markdown through its reader: # headings, emphasis and links read plainly, offsets into the file") {
  const std::string md =
      "# The *Big* Vote\n\nBy Ana Ruiz\n\nThe [council](https://example.org/c) met **today**.\n"
      "## What they said\n\xE2\x80\x9CWe _will_ act,\xE2\x80\x9D the mayor said.\n\n---\n\n- A list item\n";
  const ReadingText reading = read_document(Source::from_text("a.md", md), read_markdown(md));
  const Article article = parse_article(reading, {});
  using K = SegmentKind;
  const std::vector<std::pair<K, std::string>> expected = {
      {K::title, "The Big Vote."},          {K::byline, "By Ana Ruiz."},  {K::narration, "The council met today."},
      {K::heading, "What they said."},      {K::quote, "We will act."},   {K::narration, "the mayor said."},
      {K::narration, "A list item"},
  };
  REQUIRE(article.segments.size() == expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    CAPTURE(i);
    CHECK(article.segments[i].kind == expected[i].first);
    CHECK(article.segments[i].spoken == expected[i].second);
  }
  CHECK(article.title == "The Big Vote");
  // The title's bytes in the file are the whole heading text, its emphasis marks too.
  const Span title = article.segments[0].span;
  CHECK(md.substr(reading.source.file_start(title.start), reading.source.file_end(title.end) - reading.source.file_start(title.start)) ==
        "The *Big* Vote");
  CHECK(reading.source.where(article.segments[3].span.start) == "a.md:6:4");
}
