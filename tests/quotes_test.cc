// Quote segmentation patterns, on sentences written the way news is written.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "article/structure.h"
#include "text/spoken_text.h"

using namespace narrate;

namespace {

struct Piece {
  std::string kind;
  std::string text;
};

// "kind: text" lines, so that a failure shows both sides readably.
std::string show(const std::vector<Piece>& pieces) {
  std::string out;
  for (const Piece& p : pieces) out += p.kind + ": " + p.text + "\n";
  return out;
}

// The body segments of `text` (a title line is added so the paragraph is a body one).
std::string pieces(const std::string& body, std::vector<Warning>* warnings = nullptr) {
  const std::string text = "Headline\n\n" + body;
  const Source source = Source::from_text("t.txt", text);
  const Article article = parse_article(source, {});
  std::vector<Piece> out;
  for (const Segment& s : article.segments) {
    if (s.kind == SegmentKind::title) continue;
    out.push_back({std::string(kind_name(s.kind)), std::string(text.substr(s.span.start, s.span.size()))});
  }
  if (warnings) *warnings = article.warnings;
  return show(out);
}

std::string P(const std::vector<Piece>& pieces) { return show(pieces); }

}  // namespace

TEST_CASE("curly quote before the verb, speaker after") {
  CHECK(pieces("“We will not back down,” said Mayor Ana Ruiz, who leads the coalition.") ==
        P({{"quote", "“We will not back down,”"}, {"narration", "said Mayor Ana Ruiz, who leads the coalition."}}));
}

TEST_CASE("speaker and colon before the quote") {
  CHECK(pieces("The minister said: “Prices will fall by spring.”") ==
        P({{"narration", "The minister said:"}, {"quote", "“Prices will fall by spring.”"}}));
}

TEST_CASE("straight double quotes") {
  CHECK(pieces("\"It was a mistake,\" the senator told reporters.") ==
        P({{"quote", "\"It was a mistake,\""}, {"narration", "the senator told reporters."}}));
}

TEST_CASE("a quote interrupted by its attribution is two quotes") {
  CHECK(pieces("“The budget is late,” he said, “and nobody in this building is surprised.”") ==
        P({{"quote", "“The budget is late,”"}, {"narration", "he said,"},
          {"quote", "“and nobody in this building is surprised.”"}}));
}

TEST_CASE("several quotes in one paragraph") {
  CHECK(pieces("“We are ready,” Ms. Park said. “The vote is Tuesday.” She added: “Bring your ID.”") ==
        P({{"quote", "“We are ready,”"}, {"narration", "Ms. Park said."}, {"quote", "“The vote is Tuesday.”"},
          {"narration", "She added:"}, {"quote", "“Bring your ID.”"}}));
}

TEST_CASE("single quotes nest inside double ones") {
  CHECK(pieces("“He told me, ‘Do not sign it,’ and I listened,” Mr. Osei said.") ==
        P({{"quote", "“He told me, ‘Do not sign it,’ and I listened,”"}, {"narration", "Mr. Osei said."}}));
}

TEST_CASE("apostrophes are not quotes") {
  CHECK(pieces("Putin’s allies in the ’90s loved rock ’n’ roll, the Russians’ critics said.") ==
        P({{"narration", "Putin’s allies in the ’90s loved rock ’n’ roll, the Russians’ critics said."}}));
  CHECK(pieces("“It’s the ’90s again,” Kim’s aide said.") ==
        P({{"quote", "“It’s the ’90s again,”"}, {"narration", "Kim’s aide said."}}));
}

TEST_CASE("embedded partial quotes stay in the narration") {
  CHECK(pieces("Muraviev said Russia may “raise its middle finger to the West,” however, by continuing.") ==
        P({{"narration", "Muraviev said Russia may “raise its middle finger to the West,” however, by continuing."}}));
  CHECK(pieces("Officials said the visit would occur in the next “few days.”") ==
        P({{"narration", "Officials said the visit would occur in the next “few days.”"}}));
  CHECK(pieces("The so-called “deal of the century” collapsed.") ==
        P({{"narration", "The so-called “deal of the century” collapsed."}}));
}

TEST_CASE("a speech verb right before a capitalized quote voices it") {
  CHECK(pieces("The governor said “We will rebuild every home.”") ==
        P({{"narration", "The governor said"}, {"quote", "“We will rebuild every home.”"}}));
}

TEST_CASE("a multi-paragraph quote: each paragraph opens, only the last closes") {
  std::vector<Warning> warnings;
  CHECK(pieces("“The first part goes on.\n\n“The second part too.\n\n“And the end,” she said.", &warnings) ==
        P({{"quote", "“The first part goes on."}, {"quote", "“The second part too."}, {"quote", "“And the end,”"},
          {"narration", "she said."}}));
  CHECK(warnings.empty());
}

TEST_CASE("a quote that never closes ends with its paragraph, with a warning") {
  std::vector<Warning> warnings;
  CHECK(pieces("She said, “this never ends.\n\nNext paragraph.", &warnings) ==
        P({{"narration", "She said,"}, {"quote", "“this never ends."}, {"narration", "Next paragraph."}}));
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].offset == std::string("Headline\n\nShe said, ").size());
  CHECK(warnings[0].message == "quotation never closes; it ends with its paragraph");
}

TEST_CASE("a closing mark placed as an opening one opens, and a quote may open a line") {
  CHECK(pieces("”Mr. Trump embodies the problem,” one reader wrote.") ==
        P({{"quote", "”Mr. Trump embodies the problem,”"}, {"narration", "one reader wrote."}}));
  CHECK(pieces("“First reader's thought.” ― Ana Ruiz\n“Second reader's thought.” ― Ben Cole") ==
        P({{"quote", "“First reader's thought.”"}, {"narration", "― Ana Ruiz"}, {"quote", "“Second reader's thought.”"},
          {"narration", "― Ben Cole"}}));
}

TEST_CASE("stray and lone marks do not swallow the paragraph") {
  std::vector<Warning> warnings;
  CHECK(pieces("The board measured 6\" across, officials said.", &warnings) ==
        P({{"narration", "The board measured 6\" across, officials said."}}));
  CHECK(warnings.empty());
  CHECK(pieces("It ended.” Then the crowd left.") == P({{"narration", "It ended.” Then the crowd left."}}));
  CHECK(pieces("A quote mark at the very end: “") == P({{"narration", "A quote mark at the very end:"}}));
}

TEST_CASE("text made only of quotes") {
  CHECK(pieces("“One.” “Two.” “Three.”") == P({{"quote", "“One.”"}, {"quote", "“Two.”"}, {"quote", "“Three.”"}}));
}

TEST_CASE("control characters are not spoken, and markup is read as text") {
  const Source source = Source::from_text("t.txt", "Headline\n\nHe said\x01\x02 <voice name='x'>no</voice> [[b'0mb]] ok.");
  const Article article = parse_article(source, {});
  REQUIRE(article.segments.size() == 2);
  CHECK(article.segments[1].spoken == "He said <voice name='x'>no</voice> [[b'0mb]] ok.");
}

TEST_CASE("spoken quotes lose their marks and end as sentences") {
  const Source source = Source::from_text("t.txt", "Headline\n\n“Prices will ‘stabilize’ soon,” she said.");
  const Article article = parse_article(source, {});
  REQUIRE(article.segments.size() == 3);
  CHECK(article.segments[1].spoken == "Prices will stabilize soon.");
}

TEST_CASE("a quote opening a line after U+2028 LINE SEPARATOR opens as after a line feed") {
  CHECK(pieces("Lines of a poem\xE2\x80\xA8“We rise again,” the crowd sang.") ==
        P({{"narration", "Lines of a poem"}, {"quote", "“We rise again,”"}, {"narration", "the crowd sang."}}));
}

TEST_CASE("an apostrophe before any letter stays an apostrophe inside ‘single quotes’") {
  CHECK(spoken_form("‘C’était la fête,’ elle a dit.") == "C'était la fête, elle a dit.");
}
