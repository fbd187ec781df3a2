// Names written without spaces: split at separators, digits and changes of case exactly,
// and runs of one case by the word table (data/word_frequencies.tsv) when a split into
// its words is far likelier than one unknown word; anything else stays whole.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "text/data_tables.h"
#include "text/joined_words.h"

using namespace narrate;

namespace {

using Words = std::vector<std::string>;

std::string capitalized(std::string word) {
  word[0] = static_cast<char>(word[0] - 'a' + 'A');
  return word;
}

std::string uppercase(std::string word) {
  for (char& c : word) c = static_cast<char>(c - 'a' + 'A');
  return word;
}

}  // namespace

TEST_CASE("joined words: every way of running news words together gives the same words") {
  // Real hashtags of the news, in lowercase words.
  const std::vector<Words> phrases = {
      {"black", "lives", "matter"}, {"stop", "asian", "hate"}, {"breaking", "news"},       {"climate", "change"},
      {"me", "too"},                {"vote", "early"},        {"fake", "news"},            {"love", "wins"},
      {"bring", "back", "our", "girls"}, {"occupy", "wall", "street"}, {"march", "for", "our", "lives"},
      {"election", "day"},          {"supreme", "court"},     {"gun", "violence"},         {"tax", "reform"},
      {"families", "belong", "together"}, {"nevertheless", "she", "persisted"}};
  for (const Words& phrase : phrases) {
    std::string lower, camel, caps, snake, kebab;
    Words camel_words;
    for (const std::string& w : phrase) {
      lower += w;
      camel += capitalized(w);
      caps += uppercase(w);
      snake += (snake.empty() ? "" : "_") + w;
      kebab += (kebab.empty() ? "" : "-") + capitalized(w);
      camel_words.push_back(capitalized(w));
    }
    INFO("phrase: ", lower);
    CHECK(split_joined_words(lower) == phrase);
    CHECK(split_joined_words(caps) == phrase);  // capitals split come out in lowercase words
    CHECK(split_joined_words(camel) == camel_words);
    CHECK(split_joined_words(snake) == phrase);
    CHECK(split_joined_words(kebab) == camel_words);
    Words with_year = phrase;
    with_year.push_back("2020");
    CHECK(split_joined_words(lower + "2020") == with_year);
    Words first_capitalized = phrase;  // "Blacklivesmatter": the capital stays on the first word
    first_capitalized[0] = capitalized(phrase[0]);
    CHECK(split_joined_words(capitalized(lower)) == first_capitalized);
  }
}

TEST_CASE("joined words: case changes, digits and separators, whatever the table says") {
  CHECK(split_joined_words("realDonaldTrump") == Words{"real", "Donald", "Trump"});
  CHECK(split_joined_words("AP_Politics") == Words{"AP", "Politics"});
  CHECK(split_joined_words("NYCMayor") == Words{"NYC", "Mayor"});
  CHECK(split_joined_words("COVID19") == Words{"COVID", "19"});
  CHECK(split_joined_words("a1b2") == Words{"a", "1", "b", "2"});
  CHECK(split_joined_words("SenMcConnell") == Words{"Sen", "McConnell"});
  CHECK(split_joined_words("GenMacArthur") == Words{"Gen", "MacArthur"});
  CHECK(split_joined_words("POTUS") == Words{"POTUS"});
  CHECK(split_joined_words("").empty());
  CHECK(split_joined_words("___").empty());
  CHECK(split_joined_words("--..//").empty());
  // Bytes beyond ASCII separate, like any other non-letter.
  CHECK(split_joined_words("caf\xC3\xA9" "Society") == Words{"caf", "Society"});
}

TEST_CASE("joined words: a run the table holds, or cannot explain, stays whole") {
  for (const char* whole : {"nvidia", "kaepernick", "asdf", "abc", "xqzt", "healthcare", "whitehouse"}) {
    INFO(whole);
    CHECK(split_joined_words(whole) == Words{whole});
  }
  // Fragments are no words: "ly", "un" and other pieces of two letters.
  CHECK(split_joined_words("strangely") == Words{"strangely"});
  // A run far beyond any name stays whole (the search is quadratic in the run).
  std::string long_run;
  for (int k = 0; k < 40; ++k) long_run += "news";
  CHECK(split_joined_words(long_run) == Words{long_run});
  const std::string shorter = long_run.substr(0, 40);  // ten times "news"
  CHECK(split_joined_words(shorter) == Words(10, "news"));
}

TEST_CASE("joined words: the word table is sorted by bytes, as its search in place needs") {
  const std::string_view text = data_table("word_frequencies.tsv");
  std::string previous;
  size_t words = 0, out_of_order = 0;
  for (size_t at = 0; at < text.size();) {
    size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(at, end - at);
    at = end + 1;
    if (line.empty() || line[0] == '#') continue;
    const std::string word(line.substr(0, line.find('\t')));
    out_of_order += !previous.empty() && !(previous < word);
    previous = word;
    ++words;
  }
  CHECK(words > 50000);
  CHECK(out_of_order == 0);
}

TEST_CASE("joined words: a dictionary word the news lacks is never split into others") {
  for (const char* word : {"therapist", "legend", "manslaughter", "together", "nowhere", "kindred"}) {
    INFO(word);
    CHECK(split_joined_words(word) == Words{word});
  }
  CHECK(split_joined_words("CDCgov") == Words{"CDC", "gov"});
  CHECK(split_joined_words("2ndAmendment") == Words{"2nd", "Amendment"});
  CHECK(split_joined_words("4thofJuly") == Words{"4th", "of", "July"});
}
