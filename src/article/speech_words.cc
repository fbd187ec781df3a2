#include "article/speech_words.h"

#include "text/data_tables.h"
#include "util/strings.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <unordered_map>

namespace narrate {
namespace {

std::string lower(const Token& token) { return ascii_lowercase(token.text); }

template <size_t N>
bool in(const Token& token, const std::array<std::string_view, N>& words) {
  if (token.kind != Token::Kind::word) return false;
  const std::string key = lower(token);
  return std::find(words.begin(), words.end(), key) != words.end();
}

}  // namespace

// The speech verbs of data/speech_verbs.tsv (learned from PolNeAR's cues plus a general
// list; scripts/make-speech-verbs.py): lowercase form → whether its object is the listener.
const std::unordered_map<std::string, bool>& speech_verbs() {
  static const std::unordered_map<std::string, bool> verbs = [] {
    std::unordered_map<std::string, bool> table;
    for (const auto& row : data_table_rows("speech_verbs.tsv")) {
      if (row.size() >= 2 && !row[0].empty()) table[row[0]] = row[1] == "listener";
    }
    return table;
  }();
  return verbs;
}

bool is_speech_verb(const Token& token) {
  return token.kind == Token::Kind::word && speech_verbs().contains(lower(token));
}

bool is_listener_verb(const Token& token) {
  if (token.kind != Token::Kind::word) return false;
  const auto verb = speech_verbs().find(lower(token));
  return verb != speech_verbs().end() && verb->second;
}

bool is_pronoun_subject(const Token& token) {
  static constexpr std::array<std::string_view, 6> pronouns = {"he", "she", "they", "it", "we", "i"};
  return in(token, pronouns);
}

bool is_determiner(const Token& token) {
  static constexpr std::array<std::string_view, 20> words = {
      "the", "a", "an", "his", "her", "their", "its", "one", "another", "some", "several", "many",
      "two", "three", "our", "this", "these", "both", "other", "my"};
  return in(token, words);
}

bool is_person_title(const Token& token) {
  static constexpr std::array<std::string_view, 28> titles = {
      "miss", "president", "senator", "governor", "secretary", "minister", "chairman",
      "chairwoman", "mayor", "judge", "justice", "professor", "general", "ambassador", "speaker",
      "leader", "candidate", "nominee", "sir", "lady", "pope", "king", "queen", "prince", "delegate",
      "representative", "commissioner", "director"};
  if (token.kind == Token::Kind::word && token.text.size() > 1 && token.text.back() == '.') {
    return is_title_abbreviation(std::string_view(token.text).substr(0, token.text.size() - 1));
  }
  return in(token, titles);
}

bool is_name_particle(const Token& token) {
  static constexpr std::array<std::string_view, 12> particles = {
      "de", "van", "von", "bin", "al", "la", "le", "del", "da", "di", "der", "du"};
  return in(token, particles);
}

bool is_helper_word(const Token& token) {
  static constexpr std::array<std::string_view, 28> words = {
      "has", "had", "have", "also", "later", "then", "previously", "once", "again", "further",
      "recently", "simply", "just", "would", "will", "was", "is", "did", "does", "reportedly",
      "earlier", "first", "still", "often", "always", "never", "sometimes", "even"};
  if (in(token, words)) return true;
  // Adverbs in -ly between a subject and its verb: "she flatly said".
  return token.kind == Token::Kind::word && !token.capitalized() && token.text.size() > 4 &&
         token.text.ends_with("ly");
}

bool is_function_word(const Token& token) {
  static constexpr std::array<std::string_view, 50> words = {
      "but", "and", "then", "so", "yet", "or", "however", "still", "meanwhile", "later", "earlier",
      "now", "also", "in", "on", "at", "when", "while", "after", "before", "as", "if", "that", "this",
      "these", "those", "there", "here", "for", "with", "from", "by", "to", "of", "what", "why", "how",
      "because", "since", "although", "though", "unless", "whether", "once", "during", "despite",
      "amid", "until", "where", "without"};
  return in(token, words);
}

bool ends_description(const Token& token) {
  static constexpr std::array<std::string_view, 30> words = {
      "who", "which", "that", "in", "on", "at", "during", "to", "for", "from", "with", "after",
      "before", "when", "while", "as", "about", "because", "since", "and", "but", "adding", "according",
      "said", "says", "told", "wrote", "asked", "added", "via"};
  return token.kind != Token::Kind::word || in(token, words);
}

bool is_organization_word(const Token& token) {
  static constexpr std::array<std::string_view, 35> words = {
      "times", "news", "post", "journal", "press", "party", "ministry", "department", "office",
      "committee", "council", "house", "agency", "campaign", "reuters", "associated", "network",
      "magazine", "newspaper", "university", "institute", "foundation", "group", "company", "corp.",
      "inc.", "administration", "government", "commission", "bureau", "service", "center", "fund",
      "association", "union"};
  return in(token, words);
}

bool is_calendar_word(const Token& token) {
  // Months that are also given names or surnames are left out: "May said" is Theresa May.
  static constexpr std::array<std::string_view, 15> words = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
      "february", "march", "july", "september", "october", "november", "december"};
  return in(token, words);
}

std::string_view gender_of_title(const Token& token) {
  static constexpr std::array<std::string_view, 6> male = {"mr.", "sir", "king", "prince", "chairman", "pope"};
  static constexpr std::array<std::string_view, 6> female = {"mrs.", "ms.", "miss", "lady", "queen", "chairwoman"};
  if (in(token, male)) return "male";
  if (in(token, female)) return "female";
  return {};
}

std::string_view gender_of_noun(const Token& token) {
  static constexpr std::array<std::string_view, 26> male = {
      "widower", "father", "husband", "son", "brother", "grandfather", "grandson", "uncle", "nephew",
      "boyfriend", "fiance", "spokesman", "congressman", "businessman", "councilman", "assemblyman",
      "chairman", "man", "boy", "king", "prince", "duke", "actor", "stepfather", "dad", "policeman"};
  static constexpr std::array<std::string_view, 27> female = {
      "widow", "mother", "wife", "daughter", "sister", "grandmother", "granddaughter", "aunt", "niece",
      "girlfriend", "fiancee", "spokeswoman", "congresswoman", "businesswoman", "councilwoman",
      "assemblywoman", "chairwoman", "woman", "girl", "queen", "princess", "duchess", "actress",
      "stepmother", "mom", "policewoman", "lady"};
  if (in(token, male)) return "male";
  if (in(token, female)) return "female";
  return {};
}

}  // namespace narrate
