// Which entity a mention names: namesakes, initials, suffixes, titles, bodies, pronouns.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "article/entities.h"

using namespace narrate;

namespace {

std::vector<Token> words(const std::string& text) {
  std::vector<Token> out;
  tokenize(text, {0, text.size()}, out);
  return out;
}

// Resolves each mention in turn ("name:", "desc:" or "pronoun:" before the words) and
// returns the canonical names once all are resolved, one per mention, joined by " / ".
std::string resolve_all(EntityRegistry& registry, const std::vector<std::string>& mentions) {
  std::vector<size_t> entities;
  for (const std::string& mention : mentions) {
    const size_t colon = mention.find(':');
    const std::string kind = mention.substr(0, colon);
    const std::string text = mention.substr(colon + 1);
    if (kind == "name") entities.push_back(registry.resolve_name(words(text)));
    if (kind == "desc") entities.push_back(registry.resolve_description(words(text)));
    if (kind == "pronoun") entities.push_back(registry.resolve_pronoun(words(text).front()));
    if (kind == "paragraph") registry.next_paragraph();
  }
  std::string out;
  for (const size_t entity : entities) out += (out.empty() ? "" : " / ") + registry[entity].name;
  return out;
}

std::string resolve_all(const std::vector<std::string>& mentions) {
  EntityRegistry registry;
  return resolve_all(registry, mentions);
}

}  // namespace

TEST_CASE("entities: full names with the same surname are different people unless the given names agree") {
  CHECK(resolve_all({"name:John Smith", "name:Maria Smith", "name:John Smith"}) ==
        "John Smith / Maria Smith / John Smith");
  CHECK(resolve_all({"name:George W. Bush", "name:George Bush", "name:G. Bush", "name:Jeb Bush"}) ==
        "George W. Bush / George W. Bush / George W. Bush / Jeb Bush");
  // A title inside the name is not part of it: the person is "Joe Biden" however titled.
  CHECK(resolve_all({"name:Joe Biden", "name:Vice President Joe Biden", "name:Vice President Biden"}) ==
        "Joe Biden / Joe Biden / Joe Biden");
  // Whatever names a body before the title, the words after it are a person.
  CHECK(resolve_all({"name:Ohio Democratic Party Chairman David Pepper", "name:House Speaker Paul Ryan", "name:Pepper"}) ==
        "David Pepper / Paul Ryan / David Pepper");
  CHECK(resolve_all({"name:Bill de Blasio", "name:de Blasio"}) == "Bill de Blasio / Bill de Blasio");
}

TEST_CASE("entities: a suffix tells a son from his father, but not for a bare surname") {
  CHECK(resolve_all({"name:Donald Trump", "name:Donald Trump Jr.", "name:Donald Trump", "name:Trump"}) ==
        "Donald Trump / Donald Trump Jr. / Donald Trump / Donald Trump");
}

TEST_CASE("entities: a bare surname goes to the namesake mentioned last, Mr. and Ms. to the one of that gender") {
  CHECK(resolve_all({"name:Mr. John Smith", "name:Maria Smith", "name:Smith", "name:Mr. Smith", "name:Smith",
                     "name:Ms. Smith", "pronoun:she", "name:Smith"}) ==
        "John Smith / Maria Smith / Maria Smith / John Smith / John Smith / Maria Smith / Maria Smith / Maria Smith");
  // A title that fits nobody known makes a new person.
  CHECK(resolve_all({"name:Ms. Jane Roe", "name:Mr. Roe"}) == "Jane Roe / Roe");
}

TEST_CASE("entities: a surname first known alone takes the first full name, a namesake after that is new") {
  EntityRegistry registry;
  CHECK(resolve_all(registry, {"name:Smith", "name:John Smith", "name:Maria Smith"}) ==
        "John Smith / John Smith / Maria Smith");
  CHECK(registry.size() == 2);
}

TEST_CASE("entities: a name introduced without being remembered is found by surname, not by pronouns") {
  EntityRegistry registry;
  const size_t ana = registry.resolve_name(words("Ana Ruiz"));
  const size_t paula = registry.resolve_name(words("Sen. Paula Ruiz"), false);
  CHECK(registry.resolve_pronoun(words("she").front()) == ana);  // and Ana is the latest again
  CHECK(registry.resolve_name(words("Ruiz")) == ana);  // mentioned three times, Paula once
  // A bare surname goes to the namesake mentioned most: Paula, once named more often.
  for (int time = 0; time < 3; ++time) registry.resolve_name(words("Paula Ruiz"), false);
  CHECK(registry.resolve_name(words("Ruiz")) == paula);
}

TEST_CASE("entities: a bare surname is the namesake mentioned most, the latest of those on a tie") {
  EntityRegistry registry;
  const size_t ted = registry.resolve_name(words("Ted Cruz"));
  registry.resolve_name(words("Cruz"));
  const size_t heidi = registry.resolve_name(words("Heidi Cruz"));
  CHECK(registry.resolve_name(words("Cruz")) == ted);  // the article's principal, though Heidi came last
  CHECK(registry.resolve_name(words("Ms. Cruz")) == heidi);  // a gendered title chooses among those of that gender
  EntityRegistry tie;
  tie.resolve_name(words("John Smith"));
  const size_t maria = tie.resolve_name(words("Maria Smith"));
  CHECK(tie.resolve_name(words("Smith")) == maria);
}

TEST_CASE("entities: bodies by their exact name, descriptions by their words, pronouns by recency and gender") {
  CHECK(resolve_all({"name:Reuters News", "desc:the outlet", "name:Reuters News", "desc:an outlet"}) ==
        "Reuters News / the outlet / Reuters News / the outlet");
  // Headed by an organization word: a body named with the word, else one named in this
  // paragraph or the one before.
  CHECK(resolve_all({"name:Reuters News", "desc:the newspaper", "paragraph:", "desc:the newspaper"}) ==
        "Reuters News / Reuters News / Reuters News");
  CHECK(resolve_all({"name:Reuters News", "paragraph:", "paragraph:", "desc:the newspaper"}) == "Reuters News / the newspaper");
  CHECK(resolve_all({"name:Reuters News", "paragraph:", "paragraph:", "desc:the news"}) == "Reuters News / Reuters News");
  EntityRegistry registry;
  CHECK(resolve_all(registry, {"name:Mr. Ken Ito", "name:Ana Lima", "pronoun:she", "pronoun:he", "pronoun:they"}) ==
        "Ken Ito / Ana Lima / Ana Lima / Ken Ito / they");
  CHECK(registry[1].gender == "female");  // from "she"
  CHECK(resolve_all({"pronoun:she"}) == "she");
}

TEST_CASE("entities: thousands of namesakes cost a bounded look each, and a repeated full name is still found") {
  EntityRegistry registry;
  const size_t first = registry.resolve_name(words("Aa Lee"));
  for (int i = 0; i < 5000; ++i) registry.resolve_name(words("Name" + std::to_string(i) + " Lee"));
  CHECK(registry.size() == 5001);
  CHECK(registry.resolve_name(words("Aa Lee")) == first);  // far past the namesakes looked at
  CHECK(registry.resolve_name(words("Lee")) == first);      // now the latest mentioned
}
