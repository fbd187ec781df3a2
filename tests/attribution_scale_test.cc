// Attribution at scale: many speakers who share surnames, and many quotes in one
// paragraph, generated. Guards against merging namesakes and against quadratic steps.
#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <vector>

#include "article/attribution.h"
#include "article/structure.h"

using namespace narrate;

namespace {

// A bound on the complexity, not a speed target: a quadratic step takes far longer. Debug
// builds under the sanitizers (make test-asan) run this code about 15 times slower.
#if defined(NDEBUG) && !defined(__SANITIZE_ADDRESS__)
constexpr auto kTimeBound = std::chrono::seconds(5);
#else
constexpr auto kTimeBound = std::chrono::seconds(30);
#endif

const std::vector<std::string> kFirstNames = {"Ann",  "Bob",  "Cleo", "Dan", "Eve",   "Finn", "Gia",
                                              "Hal",  "Ines", "Jon",  "Kai", "Lea",   "Max",  "Nia",
                                              "Otto", "Pia",  "Quinn", "Rosa", "Sam", "Tess"};
const std::vector<std::string> kSurnames = {"Lee",  "Ray",  "Diaz", "Khan",  "Moss", "Park",  "Quist", "Roth",
                                            "Sato", "Toft", "Vance", "Wolf", "Young", "Zorn", "Ito"};

// A made-up name part from a number: "Kakan", "Lokan", ... (capitalized, never an English
// word the attribution rules know).
std::string name_part(size_t n) {
  static const std::vector<std::string> syllables = {"ka", "lo", "me", "nu", "ri", "so", "ta", "ve",
                                                     "zi", "bo", "du", "fa", "gi", "ho", "ju"};
  std::string part = syllables[n % syllables.size()] + syllables[n / syllables.size() % syllables.size()] + "n";
  part[0] = static_cast<char>(part[0] - 'a' + 'A');
  return part;
}

// Parses and attributes `text` (a whole article); returns it.
Article attributed(const std::string& text) {
  const Source source = Source::from_text("t.txt", text);
  Article article = parse_article(source, {});
  attribute_quotes(source.text(), article);
  return article;
}

std::vector<std::string> quote_speakers(const Article& article) {
  std::vector<std::string> speakers;
  for (const Segment& s : article.segments) {
    if (s.kind == SegmentKind::quote) speakers.push_back(s.speaker);
  }
  return speakers;
}

}  // namespace

TEST_CASE("300 named speakers whose surnames repeat are 300 speakers, each with their own quotes") {
  std::vector<std::string> names;
  for (const std::string& surname : kSurnames) {
    for (const std::string& first : kFirstNames) names.push_back(first + " " + surname);
  }
  REQUIRE(names.size() == 300);
  // Everyone speaks twice: in a paragraph of their own, then all again in another order,
  // named before the quote.
  std::string text = "Headline\n\n";
  std::vector<std::string> expected;
  for (size_t i = 0; i < names.size(); ++i) {
    text += "“Point " + std::to_string(i) + " stands,” said " + names[i] + ".\n\n";
    expected.push_back(names[i]);
  }
  for (size_t i = 0; i < names.size(); ++i) {
    const std::string& name = names[(i * 7) % names.size()];
    text += name + " said: “I said point " + std::to_string(i) + ".”\n\n";
    expected.push_back(name);
  }
  const Article article = attributed(text);
  CHECK(article.speakers.size() == 300);
  const std::vector<std::string> got = quote_speakers(article);
  REQUIRE(got.size() == expected.size());
  size_t wrong = 0;
  for (size_t i = 0; i < got.size(); ++i) wrong += got[i] != expected[i];
  CHECK(wrong == 0);
  for (const Speaker& speaker : article.speakers) CHECK(speaker.quotes == 2);
}

TEST_CASE("20,000 short quotes in one paragraph are all attributed, in bounded time") {
  // “Yes,” said Kakan Kakankakan. “No,” said Lokan Kakankakan. ... : 20,000 different
  // speakers, two by two with the same surname (10,000 surnames).
  constexpr size_t kQuotes = 20000;
  std::string text = "Headline\n\n";
  std::vector<std::string> expected;
  for (size_t i = 0; i < kQuotes; ++i) {
    const size_t family = i / 2;
    std::string surname_end = name_part(family % 225);
    surname_end[0] = static_cast<char>(surname_end[0] - 'A' + 'a');
    const std::string name = name_part(i % 225) + " " + name_part(family / 225) + surname_end;
    text += (i % 2 ? "“No,” said " : "“Yes,” said ") + name + ". ";
    expected.push_back(name);
  }
  const auto started = std::chrono::steady_clock::now();
  const Article article = attributed(text);
  const auto elapsed = std::chrono::steady_clock::now() - started;
  CHECK(elapsed < kTimeBound);
  CHECK(article.paragraph_count == 1);
  const std::vector<std::string> got = quote_speakers(article);
  REQUIRE(got.size() == kQuotes);
  size_t wrong = 0;
  for (size_t i = 0; i < kQuotes; ++i) wrong += got[i] != expected[i];
  CHECK(wrong == 0);
  CHECK(article.speakers.size() == kQuotes);
}

TEST_CASE("paragraphs built to make one cue look far are attributed in bounded time") {
  // Each once took seconds to minutes: every verb read the rest of a long run of
  // capitalized words (“Yes,” said Said Said Said ...; Aa Aa ... saying saying ...).
  constexpr size_t kRepeats = 20000;
  std::string said_run, told_run, caps, saying, parentheses;
  for (size_t i = 0; i < kRepeats; ++i) {
    said_run += " Said";
    told_run += " Aa Told";
    caps += "Aa ";
    saying += " saying";
    parentheses += " x) said";
  }
  const std::vector<std::string> bodies = {
      "“Yes,” said" + said_run + ".",
      "“Yes,”" + told_run + ".",
      caps + "said" + saying + ", “Yes.”",
      "“Yes,” (Ann Lee" + parentheses + ".",
  };
  for (const std::string& body : bodies) {
    const auto started = std::chrono::steady_clock::now();
    const Article article = attributed("Headline\n\n" + body + "\n");
    CHECK(std::chrono::steady_clock::now() - started < kTimeBound);
    CHECK(quote_speakers(article).size() == 1);
  }
}
