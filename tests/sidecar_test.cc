// The sidecar (ARTICLE.narrate.toml): read and written back unchanged, refused with a
// position when damaged, and applied to a narration exactly as the same choices given
// on the command line (--cast, --assign, --lexicon).
#include <doctest/doctest.h>

#include <algorithm>

#include "narration/narration.h"
#include "narration/sidecar.h"
#include "script/selection.h"
#include "test_support.h"
#include "util/error.h"

namespace narrate {
namespace {

using test::TempDir;

const char* const kSample = "samples/putin-north-korea.txt";

// What a script says and in whose voice, part by part.
std::vector<std::string> voiced_parts(const Script& script) {
  std::vector<std::string> parts;
  for (const Utterance& u : script.utterances) parts.push_back(u.voice.id + ": " + u.text);
  return parts;
}

std::string error_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

Narration plan_copy(const TempDir& dir, NarrationOptions options = {}) {
  options.article = dir.file("article.txt");
  return plan_narration(options);
}

}  // namespace

TEST_CASE("a sidecar is read back as it was written, whatever its names and words hold") {
  TempDir dir;
  const std::vector<std::string> names = {"Artyom Lukin", "O'Neil \"Jr.\"", "Zoë Ångström", "a = b", "[x]", "3"};
  for (size_t round = 0; round < names.size(); ++round) {
    Sidecar edits;
    for (size_t i = 0; i <= round; ++i) {
      edits.cast[names[i]] = "male-" + std::to_string(i + 1);
      edits.speakers[i * 7 + 1] = i % 2 == 0 ? "narrator" : names[i];
    }
    edits.lexicon["Muraviev"] = "moo RAH vee ev";
    edits.lexicon["Kim Jong Un"] = "[[k'Im dZ'0N 'Un]]";
    const std::string path = dir.file("a.txt.narrate.toml");
    write_sidecar(path, edits);
    const Sidecar back = read_sidecar(path);
    CHECK(back.cast == edits.cast);
    CHECK(back.speakers == edits.speakers);
    CHECK(back.lexicon == edits.lexicon);
    const std::string first = test::read_file(path);
    write_sidecar(path, back);
    CHECK(test::read_file(path) == first);  // deterministic bytes
  }
  CHECK(read_sidecar(dir.file("none.narrate.toml")).empty());
  CHECK(sidecar_path_for("-") == std::nullopt);
  CHECK(sidecar_path_for("a/b.md") == "a/b.md.narrate.toml");
}

TEST_CASE("a damaged sidecar is one error naming its file, line and column") {
  TempDir dir;
  const std::string path = dir.file("a.narrate.toml");
  struct Case {
    std::string text;
    std::string position;
    std::string says;
  };
  const std::vector<Case> cases = {
      {"[cast\n", ":1:", ""},
      {"[cast]\nx = 3\n", ":2:5", "must be a string"},
      {"\n\n[voices]\nx = 'y'\n", ":3:", "unknown table 'voices'"},
      {"[speakers]\nthree = 'narrator'\n", ":2:", "quote numbers from 1"},
      {"[speakers]\n0 = 'narrator'\n", ":2:", "quote numbers from 1"},
      {"[speakers]\n2 = ''\n", ":2:", "needs a speaker"},
      {"[lexicon]\nPutin = '[[p u'\n", ":2:", "phonemes"},
      {"[lexicon]\n'a=b' = 'x'\n", ":2:", "may not hold"},
      {"cast = 'x'\n", ":1:", "must be a table"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    test::write_file(path, c.text);
    const std::string error = error_of([&] { read_sidecar(path); });
    CHECK(error.starts_with(path + c.position));
    CHECK(error.find(c.says) != std::string::npos);
    CHECK(error.find('\n') == std::string::npos);
  }
}

TEST_CASE("the sidecar's choices give the narration the same choices on the command line give") {
  TempDir dir;
  test::write_file(dir.file("article.txt"), test::read_file(test::source_path(kSample)));
  test::write_file(dir.file("extra.lexicon"), "Muraviev = moo RAH vee ev\n");
  const Narration plain = plan_copy(dir);
  REQUIRE(plain.article.speakers.size() == 2);

  Sidecar edits;
  edits.cast["Artyom Lukin"] = "male-1";
  edits.speakers[3] = "narrator";
  edits.speakers[1] = "Lukin";  // a last name is the speaker's
  edits.lexicon["Muraviev"] = "moo RAH vee ev";
  write_sidecar(dir.file("article.txt.narrate.toml"), edits);
  const Narration edited = plan_copy(dir);

  NarrationOptions options;
  options.use_sidecar = false;
  options.cast = {"Artyom Lukin=male-1"};
  options.assign = {"3=narrator", "1=Lukin"};
  options.lexicon = dir.file("extra.lexicon");
  const Narration given = plan_copy(dir, options);

  CHECK(voiced_parts(edited.script) == voiced_parts(given.script));
  CHECK(voiced_parts(edited.script) != voiced_parts(plain.script));
  const std::vector<size_t> numbers = quote_numbers(edited.article);
  for (size_t i = 0; i < numbers.size(); ++i) {
    if (numbers[i] == 3) CHECK(edited.article.segments[i].speaker.empty());
    if (numbers[i] == 1) CHECK(edited.article.segments[i].speaker == "Artyom Lukin");
  }
  CHECK(edited.cast.voice_for("Artyom Lukin").id == "male-1");

  options.use_sidecar = false;
  options.cast.clear();
  options.assign.clear();
  options.lexicon.clear();
  CHECK(voiced_parts(plan_copy(dir, options).script) == voiced_parts(plain.script));  // --no-sidecar

  NarrationOptions later;  // the command line over the sidecar
  later.cast = {"Artyom Lukin=male-5"};
  later.assign = {"3=Alexey Muraviev"};
  const Narration both = plan_copy(dir, later);
  CHECK(both.cast.voice_for("Artyom Lukin").id == "male-5");
  for (size_t i = 0; i < numbers.size(); ++i) {
    if (numbers[i] == 3) CHECK(both.article.segments[i].speaker == "Alexey Muraviev");
  }
}

TEST_CASE("quotes given away: counts follow, a speaker left without quotes loses the voice the sidecar gave") {
  TempDir dir;
  test::write_file(dir.file("article.txt"), test::read_file(test::source_path(kSample)));
  const Narration plain = plan_copy(dir);
  const std::vector<size_t> numbers = quote_numbers(plain.article);
  std::map<size_t, std::string> muraviev_quotes;
  for (size_t i = 0; i < numbers.size(); ++i) {
    if (numbers[i] > 0 && plain.article.segments[i].speaker == "Alexey Muraviev") muraviev_quotes[numbers[i]] = "Jane Roe";
  }
  REQUIRE(muraviev_quotes.size() == 2);
  Sidecar edits;
  edits.speakers = muraviev_quotes;
  edits.cast["Alexey Muraviev"] = "male-5";  // stale once his quotes are Jane Roe's
  write_sidecar(dir.file("article.txt.narrate.toml"), edits);
  const Narration moved = plan_copy(dir);
  REQUIRE(moved.article.speakers.size() == 2);
  CHECK(moved.article.speakers[0].name == "Artyom Lukin");
  CHECK(moved.article.speakers[1].name == "Jane Roe");
  CHECK(moved.article.speakers[1].quotes == 2);
  CHECK(moved.article.speakers[1].gender.empty());

  NarrationOptions options;
  options.assign = {"7=narrator"};
  CHECK(error_of([&] { plan_copy(dir, options); }) == "--assign: quote 7 is out of range: the article has quotes 1 to 6");
  for (const std::string bad : {"x=narrator", "0=narrator", "3=", "3", "=Lukin"}) {
    CAPTURE(bad);
    CHECK(error_of([&] { parse_assignment(bad); }).starts_with("--assign wants QUOTE=NAME"));
  }
}

}  // namespace narrate
