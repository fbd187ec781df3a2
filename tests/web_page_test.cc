// Saved web pages end to end: the pages in tests/data/pages (written for these tests,
// shaped like real news pages) read into exactly the blocks a careful reader keeps, with
// offsets into the file's own bytes; the sample article as a page reads and sounds as
// the text does; bad pages are refused with one clear line.
#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "article/structure.h"
#include "audio/sound_file_reader.h"
#include "document/load_article.h"
#include "test_support.h"
#include "text/whitespace.h"

using namespace narrate;
using Json = nlohmann::json;

namespace {

const std::vector<std::string> kPages = {"wire-story", "jsonld-article", "windows-1252", "sample-page"};

std::string page_path(const std::string& page) { return test::source_path("tests/data/pages/" + page + ".html"); }

// The expected file: "KIND<TAB>text" lines, in reading order.
std::vector<std::pair<std::string, std::string>> expected_blocks(const std::string& page) {
  std::istringstream in(test::read_file(test::source_path("tests/data/pages/" + page + ".expected.txt")));
  std::vector<std::pair<std::string, std::string>> blocks;
  for (std::string line; std::getline(in, line);) {
    const size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    blocks.emplace_back(line.substr(0, tab), line.substr(tab + 1));
  }
  return blocks;
}

std::string written(const Source& source, Span span) { return collapse_whitespace(source.text().substr(span.start, span.size())); }

// What the article says, as blocks of the expected file's kinds: the title, bylines,
// headings, and each paragraph as the text from its first segment to its last; date
// lines from what was skipped for being one.
std::vector<std::pair<std::string, std::string>> read_blocks(const ReadingText& reading, const Article& article) {
  std::vector<std::pair<std::string, std::string>> blocks;
  std::map<size_t, Span> paragraphs;
  for (const Segment& segment : article.segments) {
    if (segment.paragraph > 0) {
      auto [it, fresh] = paragraphs.try_emplace(segment.paragraph, segment.span);
      if (!fresh) it->second.end = segment.span.end;
    }
  }
  std::vector<std::pair<size_t, std::pair<std::string, std::string>>> ordered;
  for (const Segment& segment : article.segments) {
    if (segment.kind == SegmentKind::title || segment.kind == SegmentKind::byline || segment.kind == SegmentKind::heading) {
      ordered.push_back({segment.span.start, {std::string(kind_name(segment.kind)), written(reading.source, segment.span)}});
    }
  }
  for (const auto& [number, span] : paragraphs) ordered.push_back({span.start, {"paragraph", written(reading.source, span)}});
  for (const Skipped& skipped : article.skipped) {
    if (skipped.reason == "date line") ordered.push_back({skipped.span.start, {"date", written(reading.source, skipped.span)}});
  }
  std::sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [start, block] : ordered) blocks.push_back(std::move(block));
  return blocks;
}

}  // namespace

TEST_CASE("each test page reads into exactly the blocks and metadata a careful reader keeps") {
  for (const std::string& page : kPages) {
    CAPTURE(page);
    const ReadingText reading = load_article(page_path(page), ArticleFormat::automatic);
    const Article article = parse_article(reading, {});
    std::vector<std::pair<std::string, std::string>> expected;
    for (const auto& [kind, text] : expected_blocks(page)) {
      if (kind == "info.title") {
        CHECK(reading.info.title == text);
      } else if (kind == "info.author") {
        CHECK(reading.info.author == text);
      } else if (kind == "info.published") {
        CHECK(reading.info.published == text);
      } else if (kind == "info.publication") {
        CHECK(reading.info.publication == text);
      } else {
        expected.emplace_back(kind, collapse_whitespace(text));
      }
    }
    std::vector<std::pair<std::string, std::string>> got = read_blocks(reading, article);
    // A page whose title is only in its metadata reads that title first.
    if (!expected.empty() && expected.front().first != "title" && !got.empty() && got.front().first == "title") {
      CHECK(got.front().second == reading.info.title);
      got.erase(got.begin());
    }
    REQUIRE(got.size() == expected.size());
    for (size_t i = 0; i < got.size(); ++i) {
      CAPTURE(i);
      CHECK(got[i].first == expected[i].first);
      if (expected[i].first == "date") {
        CHECK(got[i].second.starts_with(expected[i].second));  // an "Updated ..." may follow
      } else {
        CHECK(got[i].second == expected[i].second);
      }
    }
  }
}

TEST_CASE("a page's segments point at the bytes of the file they were read from, in its own charset") {
  for (const std::string& page : kPages) {
    CAPTURE(page);
    const std::string bytes = test::read_file(page_path(page));
    const ReadingText reading = load_article(page_path(page), ArticleFormat::automatic);
    const Article article = parse_article(reading, {});
    size_t previous_end = 0;
    for (const Segment& segment : article.segments) {
      const size_t start = reading.source.file_start(segment.span.start);
      const size_t end = reading.source.file_end(segment.span.end);
      REQUIRE(start <= end);
      REQUIRE(end <= bytes.size());
      if (segment.kind != SegmentKind::title) {  // the title may be read from the <head>
        CHECK(start >= previous_end);
        previous_end = end;
      }
      // The last word of the segment (ASCII letters: the same bytes in every charset
      // here) ends its stretch of the file.
      const std::string text = written(reading.source, segment.span);
      size_t last = text.size();
      while (last > 0 && !std::isalpha(static_cast<unsigned char>(text[last - 1]))) --last;
      size_t first = last;
      while (first > 0 && std::isalpha(static_cast<unsigned char>(text[first - 1]))) --first;
      if (first == last) continue;
      const std::string word = text.substr(first, last - first);
      CAPTURE(word);
      CHECK(bytes.substr(start, end - start).find(word) != std::string::npos);
    }
  }
}

TEST_CASE("the sample article saved as a page is read with the text's segments, speakers and voices") {
  test::TempDir dir;
  const auto inspect = [&](const std::string& path) {
    const test::RunResult result = test::run_narrate("inspect --json '" + path + "'", dir.path());
    REQUIRE(result.status == 0);
    return Json::parse(result.out);
  };
  const Json page = inspect(page_path("sample-page"));
  const Json text = inspect(test::source_path("samples/putin-north-korea.txt"));
  REQUIRE(page["segments"].size() == text["segments"].size());
  for (size_t i = 0; i < page["segments"].size(); ++i) {
    CAPTURE(i);
    for (const char* field : {"kind", "paragraph", "quote", "spoken", "speaker", "voice"}) {
      CHECK(page["segments"][i][field] == text["segments"][i][field]);
    }
  }
  CHECK(page["speakers"] == text["speakers"]);
  CHECK(page["title"] == text["title"]);
  CHECK(page["dateline"] == text["dateline"]);
  // And it sounds the same: the same length to the sample.
  REQUIRE(test::run_narrate("render '" + page_path("sample-page") + "' -o page.wav -q", dir.path()).status == 0);
  REQUIRE(test::run_narrate("render '" + test::source_path("samples/putin-north-korea.txt") + "' -o text.wav -q", dir.path()).status == 0);
  const SoundFile from_page = read_sound_file(dir.file("page.wav"));
  const SoundFile from_text = read_sound_file(dir.file("text.wav"));
  CHECK(from_page.samples == from_text.samples);
}

TEST_CASE("a page on standard input is read with --html, or by its opening <!DOCTYPE html>") {
  test::TempDir dir;
  const std::string html =
      "<!DOCTYPE html><html><head><title>Ferry service resumes after storm</title></head><body><article>"
      "<h1>Ferry service resumes after storm</h1><p>The first ferry left the harbor at dawn on Monday, "
      "three days after the storm closed the crossing, and carried about forty passengers.</p></article></body></html>";
  test::write_file(dir.file("page.txt"), html);
  for (const std::string arguments : {"inspect --json - --html < page.txt", "inspect --json - < page.txt", "inspect --json page.txt"}) {
    CAPTURE(arguments);
    const test::RunResult result = test::run_narrate(arguments, dir.path());
    REQUIRE(result.status == 0);
    const Json document = Json::parse(result.out);
    CHECK(document["title"] == "Ferry service resumes after storm");
    REQUIRE(document["segments"].size() == 2);
    CHECK(document["segments"][1]["text"].get<std::string>().starts_with("The first ferry left"));
  }
  // --markdown and --html contradict each other.
  CHECK(test::run_narrate("inspect page.txt --html --markdown", dir.path()).status != 0);
}

TEST_CASE("a page labelled with a charset its bytes are not in, but in UTF-8, is read as UTF-8") {
  test::TempDir dir;
  // (UTF-8 that is not GBK: the em dash's bytes are no GBK sequence.)
  const std::string body = "<p>Le caf\xC3\xA9 du port \xE2\x80\x94 a ferm\xC3\xA9 ses portes apr\xC3\xA8s soixante-deux ans de service, "
                           "a dit son propri\xC3\xA9taire \xC3\xA0 la presse locale mardi matin.</p>";
  test::write_file(dir.file("p.html"), "<html><head><meta charset=\"gb2312\"><title>Caf\xC3\xA9</title></head><body>" + body +
                                           "</body></html>");
  const ReadingText reading = load_article(dir.file("p.html"), ArticleFormat::automatic);
  CHECK(reading.source.text().find("Le caf\xC3\xA9 du port \xE2\x80\x94 a") != std::string_view::npos);
}

TEST_CASE("bad pages are refused with one line naming the file, and nothing is written") {
  test::TempDir dir;
  struct Case {
    std::string name, bytes, message;
  };
  const std::vector<Case> cases = {
      {"scripts.html", "<html><head><script>var a = 1;</script></head><body><script>b()</script></body></html>",
       "scripts.html: no article text found: the largest text block has 0 words"},
      {"short.html", "<html><body><nav><a href=/>Home</a></nav><p>Just a few words here.</p></body></html>",
       "short.html: no article text found: the largest text block has 5 words"},
      {"bad-utf8.html", "<html><body>\n<p>caf\xE9 au lait</p></body></html>", "bad-utf8.html:2:7: invalid UTF-8 (byte 0xE9)"},
      {"bad-1253.html", "<meta charset=windows-1253>\n<p>\xAA</p>", "bad-1253.html:2:4: byte 31 is not valid windows-1253"},
      {"utf7.html", "<meta charset=utf-7><p>text</p>", "utf7.html: page declares charset utf-7, which narrate cannot read"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    test::write_file(dir.file(c.name), c.bytes);
    const test::RunResult result = test::run_narrate("render " + c.name + " -o out.wav -q", dir.path());
    CHECK(result.status == 1);
    CHECK(result.err.find("narrate: " + c.message) == 0);
    CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
    CHECK_FALSE(test::file_exists(dir.file("out.wav")));
  }
}
