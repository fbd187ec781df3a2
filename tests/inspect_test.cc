// `narrate inspect`: the JSON contract and the table, run through the real binary.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "test_support.h"

using namespace narrate;
using Json = nlohmann::json;

namespace {

Json inspect_json(const std::string& file, const std::string& dir) {
  const auto result = test::run_narrate("inspect '" + file + "' --json", dir);
  REQUIRE(result.status == 0);
  return Json::parse(result.out);
}

std::vector<std::string> keys(const Json& object) {
  std::vector<std::string> names;
  for (const auto& [key, value] : object.items()) names.push_back(key);
  return names;
}

// Every segment's [start, end) is exactly its text in the input.
void check_round_trip(const Json& document, const std::string& input) {
  for (const Json& segment : document["segments"]) {
    const size_t start = segment["start"], end = segment["end"];
    REQUIRE(end <= input.size());
    CHECK(input.substr(start, end - start) == segment["text"].get<std::string>());
  }
  for (const Json& skipped : document["skipped"]) {
    CHECK(skipped["end"].get<size_t>() <= input.size());
  }
}

// For a structured file (Markdown, a web page): every segment's [start, end) is the
// markup its text was read from, so each of the text's words is there, in order.
void check_markup_round_trip(const Json& document, const std::string& input) {
  for (const Json& segment : document["segments"]) {
    const size_t start = segment["start"], end = segment["end"];
    REQUIRE(start <= end);
    REQUIRE(end <= input.size());
    const std::string markup = input.substr(start, end - start);
    const std::string text = segment["text"];
    size_t at = 0;
    for (size_t word = 0; word < text.size();) {
      const size_t space = std::min(text.find(' ', word), text.size());
      const std::string w = text.substr(word, space - word);
      CAPTURE(markup);
      CAPTURE(w);
      at = markup.find(w, at);
      REQUIRE(at != std::string::npos);
      at += w.size();
      word = space + 1;
    }
  }
}

}  // namespace

TEST_CASE("inspect --json follows the contract on the sample") {
  test::TempDir dir;
  const std::string path = test::source_path("samples/putin-north-korea.txt");
  const Json document = inspect_json(path, dir.path());
  // nlohmann::json sorts keys; the contract's set of keys is what matters.
  CHECK(keys(document) ==
        std::vector<std::string>{"dateline", "publication", "segments", "skipped", "source", "speakers", "title"});
  CHECK(document["source"] == path);
  CHECK(document["publication"] == "Audio Sources");
  CHECK(document["title"] == "Putin’s North Korea visit about ‘more than pleasantries’");
  CHECK(document["dateline"] == "Seoul, South Korea");
  REQUIRE(document["segments"].size() == 36);
  const Json& quote = document["segments"][7];
  CHECK(keys(quote) == std::vector<std::string>{"attribution", "candidate", "confidence", "end", "evidence", "index",
                                                "kind", "paragraph", "quote", "speaker", "spoken", "start", "text",
                                                "voice"});
  // Said by a name right after the quote: sure enough to be spoken in that speaker's voice.
  CHECK(quote["candidate"] == "Alexey Muraviev");
  CHECK(quote["speaker"] == quote["candidate"]);
  REQUIRE(quote["confidence"].is_number());
  CHECK(quote["confidence"].get<double>() > 0.75);
  CHECK(quote["confidence"].get<double>() <= 1.0);
  CHECK(quote["evidence"] == Json{"cue:after", "verb:said", "mention:name"});
  // Narration has no attribution fields at all.
  CHECK_FALSE(document["segments"][0].contains("confidence"));
  CHECK(quote["index"] == 8);
  CHECK(quote["kind"] == "quote");
  CHECK(quote["paragraph"] == 6);
  CHECK(quote["text"].get<std::string>().starts_with("“I would expect"));
  CHECK(quote["spoken"].get<std::string>().starts_with("I would expect"));
  CHECK(document["segments"][0]["paragraph"].is_null());
  int quotes = 0;
  for (const Json& segment : document["segments"]) quotes += segment["kind"] == "quote";
  CHECK(quotes == 6);
  REQUIRE(document["skipped"].size() == 4);
  CHECK(document["skipped"][0] ==
        Json{{"start", 0}, {"end", 34}, {"reason", "banner"}, {"text", "Audio Sources - Full Text Articles"}});
  check_round_trip(document, test::read_file(path));
}

TEST_CASE("offsets round-trip with CRLF, a BOM, Markdown and non-ASCII text") {
  test::TempDir dir;
  const std::string crlf = "\xEF\xBB\xBFTitre \xC3\xA9t\xC3\xA9\r\n\r\nS\xC3\xA3o Paulo \xE2\x80\x94 \xE2\x80\x9CN\xC3\xA3o,\xE2\x80\x9D disse ela.\r\n\r\n\xE2\x80\x9C" "Fim.\xE2\x80\x9D\r\n";
  test::write_file(dir.file("a.txt"), crlf);
  const Json a = inspect_json("a.txt", dir.path());
  CHECK(a["segments"].size() == 5);
  CHECK(a["dateline"] == "S\xC3\xA3o Paulo");
  check_round_trip(a, crlf);

  const std::string md = "# A *Title*\n\nSome [linked](http://x.org) text, “and a quote here,” she said.\n";
  test::write_file(dir.file("b.md"), md);
  const Json b = inspect_json("b.md", dir.path());
  REQUIRE(b["segments"].size() == 4);
  CHECK(b["segments"][1]["spoken"] == "Some linked text,");
  // Markdown: the text as read, the offsets of the markup it was read from.
  CHECK(b["segments"][0]["text"] == "A Title");
  CHECK(b["segments"][0]["start"] == 2);
  CHECK(b["segments"][0]["end"] == 10);  // "A *Title": from its first word to its last letter
  CHECK(b["segments"][1]["text"] == "Some linked text,");
  CHECK(md.substr(b["segments"][1]["start"], b["segments"][1]["end"].get<size_t>() - b["segments"][1]["start"].get<size_t>()) ==
        "Some [linked](http://x.org) text,");
  check_markup_round_trip(b, md);
}

TEST_CASE("U+2029 between paragraphs makes two paragraphs, and U+2028 is spoken as a space") {
  test::TempDir dir;
  const std::string text = "Title\n\nFirst paragraph,\xE2\x80\xA8wrapped here.\xE2\x80\xA9Second paragraph.\n";
  test::write_file(dir.file("u.txt"), text);
  const Json document = inspect_json("u.txt", dir.path());
  REQUIRE(document["segments"].size() == 3);
  CHECK(document["segments"][1]["paragraph"] == 1);
  CHECK(document["segments"][1]["text"] == "First paragraph,\xE2\x80\xA8wrapped here.");
  CHECK(document["segments"][1]["spoken"] == "First paragraph, wrapped here.");
  CHECK(document["segments"][2]["paragraph"] == 2);
  CHECK(document["segments"][2]["text"] == "Second paragraph.");
  check_round_trip(document, text);
}

TEST_CASE("inspect prints a readable table") {
  test::TempDir dir;
  const auto result = test::run_narrate("inspect '" + test::source_path("samples/putin-north-korea.txt") + "'", dir.path());
  CHECK(result.status == 0);
  CHECK(result.out.find("publication  Audio Sources\n") != std::string::npos);
  CHECK(result.out.find("    8     6  quote 1   Alexey Muraviev     male-4      “I would expect") != std::string::npos);
  CHECK(result.out.find("   12     -  heading   -                   narrator    Ups and downs\n") != std::string::npos);
  CHECK(result.out.find("  61:1     share widget   Spread the news\n") != std::string::npos);
  // Each quote's decision, its confidence and the evidence it rests on.
  CHECK(result.out.find("\nattribution (confidence; below 0.75 the narrator reads the quote)\n") != std::string::npos);
  CHECK(result.out.find("  quote 1   0.99   Alexey Muraviev") != std::string::npos);
  CHECK(result.out.find("cue:after verb:said mention:name\n") != std::string::npos);
}

TEST_CASE("inspect shows a quote the narrator reads for want of evidence, with its candidate") {
  test::TempDir dir;
  test::write_file(dir.file("a.txt"),
                   "Talks\n\nThe talks failed, according to Novak.\n\nThe room was cold.\n\n“There was no trust in the room.”\n");
  const auto result = test::run_narrate("inspect a.txt", dir.path());
  REQUIRE(result.status == 0);
  CHECK(result.out.find("narrator (not sure of Novak)") != std::string::npos);
  const Json document = inspect_json("a.txt", dir.path());
  const Json& quote = document["segments"][3];
  REQUIRE(quote["kind"] == "quote");
  CHECK(quote["speaker"].is_null());
  CHECK(quote["voice"] == "narrator");
  CHECK(quote["candidate"] == "Novak");
  CHECK(quote["evidence"].back() == "from:earlier_paragraph");
  CHECK(quote["confidence"].get<double>() < 0.75);
}

TEST_CASE("inspect shows each quote's number, the one preview --quote takes") {
  test::TempDir dir;
  const std::string sample = test::source_path("samples/putin-north-korea.txt");
  const auto table = test::run_narrate("inspect '" + sample + "'", dir.path());
  REQUIRE(table.status == 0);
  const Json document = inspect_json(sample, dir.path());
  size_t quotes = 0;
  for (const Json& segment : document["segments"]) {
    CAPTURE(segment["index"]);
    if (segment["kind"] != "quote") {
      CHECK(segment["quote"].is_null());
      continue;
    }
    CHECK(segment["quote"] == ++quotes);
    // The table's row for this segment says "quote N" in its kind column.
    const std::string index = std::to_string(segment["index"].get<size_t>());
    const std::string row = std::string(5 - index.size(), ' ') + index;
    const size_t at = table.out.find("\n" + row + " ");
    REQUIRE(at != std::string::npos);
    const std::string line = table.out.substr(at + 1, table.out.find('\n', at + 1) - at - 1);
    CHECK(line.substr(13, 10) == "quote " + std::to_string(quotes) + std::string(quotes < 10 ? 3 : 2, ' '));
  }
  CHECK(quotes == 6);
}

TEST_CASE("inspect warns about an unclosed quote, with its line and column") {
  test::TempDir dir;
  test::write_file(dir.file("q.txt"), "Title\n\nShe said, “this goes on\nand on.\n\nThe end.\n");
  const auto result = test::run_narrate("inspect q.txt", dir.path());
  CHECK(result.status == 0);
  CHECK(result.err == "narrate: q.txt:3:11: warning: quotation never closes; it ends with its paragraph\n");
}

TEST_CASE("an article that is all boilerplate has nothing to narrate") {
  test::TempDir dir;
  test::write_file(dir.file("b.txt"), "Spread the news\nWP Radio\n");
  const auto result = test::run_narrate("inspect b.txt", dir.path());
  CHECK(result.status == 1);
  CHECK(result.err == "narrate: b.txt:1:1: everything in the article was skipped as boilerplate: nothing to narrate\n");
  CHECK(test::run_narrate("inspect b.txt --keep-boilerplate --json", dir.path()).status == 0);
}

TEST_CASE("normalize prints one spoken line per input line, the same text inspect and render use") {
  test::TempDir dir;
  test::write_file(dir.file("lines.txt"), "Putin paid $2.5 billion in 2017.\n\n“It’s done,” said Dr. Ruiz.\nlast line without newline");
  const auto result = test::run_narrate("normalize lines.txt", dir.path());
  CHECK(result.status == 0);
  CHECK(result.out ==
        "[[p'u:tIn]] paid two point five billion dollars in twenty seventeen.\n"
        "\n"
        "It's done, said Doctor Ruiz.\n"
        "last line without newline\n");
  // inspect's spoken field for the same sentence in an article.
  test::write_file(dir.file("a.txt"), "Title\n\nPutin paid $2.5 billion in 2017.\n");
  const Json document = inspect_json("a.txt", dir.path());
  CHECK(document["segments"][1]["spoken"] == "[[p'u:tIn]] paid two point five billion dollars in twenty seventeen.");
}

TEST_CASE("a British narrator says its numbers with and, in normalize and in inspect alike") {
  test::TempDir dir;
  std::filesystem::create_directory(dir.file("voices"));
  test::write_file(dir.file("voices/reader-gb.toml"),
                   "id = \"reader-gb\"\nname = \"Reader\"\nrole = \"narrator\"\ngender = \"female\"\nespeak_voice = \"en-gb\"\n");
  test::write_file(dir.file("lines.txt"), "It cost 312 pounds in 2006.\n");
  const auto american = test::run_narrate("normalize lines.txt", dir.path());
  CHECK(american.out == "It cost three hundred twelve pounds in two thousand six.\n");
  const auto british = test::run_narrate("normalize lines.txt --voices voices --narrator reader-gb", dir.path());
  CHECK(british.status == 0);
  CHECK(british.out == "It cost three hundred and twelve pounds in two thousand and six.\n");
  test::write_file(dir.file("a.txt"), "Title\n\nIt cost 312 pounds in 2006.\n");
  const auto result = test::run_narrate("inspect a.txt --json --voices voices --narrator reader-gb", dir.path());
  REQUIRE(result.status == 0);
  CHECK(Json::parse(result.out)["segments"][1]["spoken"] == "It cost three hundred and twelve pounds in two thousand and six.");
  CHECK(test::run_narrate("normalize lines.txt --narrator nobody", dir.path()).status == 1);
}

TEST_CASE("--lexicon takes precedence over the shipped lexicon") {
  test::TempDir dir;
  test::write_file(dir.file("mine.lex"), "Putin = Pootin\nRuiz = [[r'u:i:s]]\n");
  test::write_file(dir.file("in.txt"), "Putin met Ruiz.\n");
  const auto result = test::run_narrate("normalize in.txt --lexicon mine.lex", dir.path());
  CHECK(result.out == "Pootin met [[r'u:i:s]].\n");
  test::write_file(dir.file("bad.lex"), "Putin\n");
  const auto bad = test::run_narrate("normalize in.txt --lexicon bad.lex", dir.path());
  CHECK(bad.status == 1);
  CHECK(bad.err == "narrate: bad.lex:1: expected 'WORD = PRONUNCIATION'\n");
}
