// Names: initialisms, Roman numerals after rulers' names, world wars, party labels.
#include "text/normalizing/normalizer.h"

#include <algorithm>

#include "text/first_names.h"
#include "text/normalize_tables.h"

namespace narrate::normalizing {

size_t Normalizer::two_word_party_label(size_t i) {
  const Piece p = piece(i), second = piece(i + 1);
  const char* party = party_of_label(p.core);
  if (party == nullptr || !p.trail.empty() || !second.lead.empty() || !capitalized(second.core)) return 0;
  const std::string name = p.core.substr(2) + " " + second.core;
  if (!tables::us_state_name(name)) return 0;
  emit({p.lead, "", second.trail}, std::string(party) + " of " + name);
  return 2;
}

std::optional<std::string> Normalizer::initialism(size_t i, const std::string& whole) const {
  // "the WHO's chief": the possessive after the letters.
  const size_t found = possessive_ending(whole), ending = found == whole.size() ? 0 : found;
  const std::string core = whole.substr(0, whole.size() - ending), possessive = ending ? "'s" : "";
  if (core.size() < 2 || core.size() > 5 || !all_capitals(core)) return std::nullopt;
  auto word_of_capitals = [](std::string_view w) { return w.size() >= 2 && all_capitals(w); };
  // A credit in brackets is spelled even after a capitalized dateline: "LONDON (AP)".
  if (!in_brackets(i) && ((i > 0 && word_of_capitals(piece(i - 1).core) && !spelled_as_letters(piece(i - 1).core)) ||
                          (word_of_capitals(piece(i + 1).core) && !spelled_as_letters(piece(i + 1).core)))) {
    return std::nullopt;
  }
  // A word in capitals is a word ("NOT", "NEW", "the ONLY one": emphasis), but a
  // pronoun or other function word after "the" names something: "the WHO", "the US",
  // "the IT department".
  static constexpr std::array<std::string_view, 24> function_words = {
      "WHO", "US", "IT", "UP", "AS", "AT", "BY", "HE", "IF", "IN", "IS", "ME", "MY", "OF", "ON", "OR", "SO", "TO", "WE",
      "HER", "HIM", "HIS", "SHE", "YOU"};
  const bool after_the = i > 0 && (piece(i - 1).core == "the" || piece(i - 1).core == "The") && piece(i - 1).trail.empty() &&
                         std::find(function_words.begin(), function_words.end(), core) != function_words.end();
  if (!spelled_as_letters(core) && !after_the) return std::nullopt;
  return spelled_letters(core) + possessive;
}

bool Normalizer::ruler_named(size_t i) const {
  constexpr size_t kRulerNameBearers = 100'000;
  if (i == 0) return false;
  if (first_name_bearers(piece(i - 1).core) >= kRulerNameBearers) return true;
  return i > 1 && regnal_title(piece(i - 2).core);
}

std::optional<std::string> Normalizer::world_war(std::string_view core) {
  const size_t ending = possessive_ending(core);
  const std::string possessive = ending ? "'s" : "";
  core.remove_suffix(ending);
  if (core == "WWI" || core == "WW1") return "World War one" + possessive;
  if (core == "WWII" || core == "WW2") return "World War two" + possessive;
  return std::nullopt;
}

bool Normalizer::regnal_title(std::string_view word, bool reigning) {
  static constexpr std::array<std::string_view, 18> titles = {
      "Pope", "King", "Queen", "Emperor", "Empress", "Tsar", "Czar", "Tsarina", "Sultan", "Shah", "Pharaoh", "Kaiser",
      "Prince", "Princess", "Duke", "Duchess", "Saint", "St."};
  const auto end = reigning ? titles.begin() + 12 : titles.end();
  return std::find(titles.begin(), end, word) != end;
}

bool Normalizer::generation_of_person(size_t i) const {
  constexpr size_t kGenerationNameBearers = 10'000;
  const std::string& numeral = piece(i).core;
  if ((numeral != "II" && numeral != "III" && numeral != "IV") || i < 2) return false;
  // A capitalized word or an initial, with nothing between it and the next; the given
  // name may open a bracket or a quotation.
  const auto in_name = [&](size_t k, bool first) {
    const Piece p = piece(k);
    return capitalized(p.core) && (first || p.lead.empty()) && (p.trail.empty() || (p.trail == "." && p.core.size() == 1));
  };
  if (!in_name(i - 1, false) || !piece(i).lead.empty()) return false;
  for (size_t back = 2; back <= 3 && back <= i; ++back) {
    if (!in_name(i - back, true)) return false;
    if (first_name_bearers(piece(i - back).core) >= kGenerationNameBearers) return true;
    if (!piece(i - back).lead.empty()) return false;
  }
  return false;
}

bool Normalizer::spelled_as_letters(std::string_view w) {
  static constexpr std::array<std::string_view, 58> words = {
      "A", "I", "AN", "AS", "AT", "BE", "BY", "DO", "GO", "HE", "IF", "IN", "IS", "IT", "ME", "MY", "NO", "OF",
      "OH", "OK", "ON", "OR", "SO", "TO", "UP", "WE", "ALL", "AND", "ARE", "BUT", "CAN", "FOR", "GET", "HAS",
      "HER", "HIM", "HIS", "HOW", "ITS", "MAN", "MEN", "NEW", "NOT", "NOW", "OLD", "ONE", "OUR", "OUT", "SHE",
      "THE", "TWO", "WAR", "WAS", "WHO", "WHY", "YES", "YOU", "DAY"};
  for (const auto word : words) {
    if (w == word) return false;
  }
  if (w.size() == 2) return true;  // longer: only what no English word could be ("AFP", not "MAX")
  // Three letters with a Q not before U make no English word: "AQI", "QIP", "IRQ"
  // (eSpeak NG says "acky"; longer ones may be names, "QATAR", "IQBAL").
  // (Q before a vowel opens a word: "QAT", "QOM".)
  for (size_t k = 0; k < w.size() && w.size() == 3; ++k) {
    if (w[k] == 'Q' && (k + 1 == w.size() || w[k + 1] != 'U') && !(k == 0 && std::string_view("AEIO").find(w[1]) != std::string_view::npos)) {
      return true;
    }
  }
  auto vowel = [](char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U' || c == 'Y'; };
  size_t first = 0, last = w.size();
  while (first < w.size() && !vowel(w[first])) ++first;
  if (first == w.size()) return true;
  while (last > 0 && !vowel(w[last - 1])) --last;
  static constexpr std::array<std::string_view, 25> onsets = {
      "", "B", "C", "D", "F", "G", "H", "J", "K", "L", "M", "N", "P", "Q", "R", "S", "T", "V", "W", "X", "Z",
      "BR", "CR", "DR", "FR"};
  static constexpr std::array<std::string_view, 22> more_onsets = {
      "GR", "PR", "TR", "BL", "CL", "FL", "GL", "PL", "SL", "SC", "SK", "SM", "SN", "SP", "ST", "SW", "TW",
      "TH", "SH", "CH", "WH", "PH"};
  static constexpr std::array<std::string_view, 20> codas = {
      "", "B", "C", "D", "F", "G", "K", "L", "M", "N", "P", "R", "S", "T", "X", "Z", "CK", "ND", "NT", "ST"};
  static constexpr std::array<std::string_view, 16> more_codas = {
      "SK", "MP", "NG", "NK", "PS", "TS", "DS", "LD", "LT", "RD", "RT", "RN", "RM", "RS", "SH", "TH"};
  const std::string_view onset = w.substr(0, first), coda = w.substr(last);
  bool onset_ok = false, coda_ok = false;
  for (const auto o : onsets) onset_ok = onset_ok || onset == o;
  for (const auto o : more_onsets) onset_ok = onset_ok || onset == o;
  for (const auto c : codas) coda_ok = coda_ok || coda == c;
  for (const auto c : more_codas) coda_ok = coda_ok || coda == c;
  // (A final Q, as names from Arabic and indices end: "IRAQ", "ISEQ"; three letters were
  // asked above.)
  coda_ok = coda_ok || (coda == "Q" && w.size() >= 4);
  return !onset_ok || !coda_ok;
}

std::optional<std::string> Normalizer::undotted_title(size_t i) const {
  const std::string& core = piece(i).core;
  const Piece& before = piece(i - 1);
  const bool after_name_word = i > 0 && before.trail.empty();
  // "Rt Hon Lisa Nandy": the Right Honourable.
  if (core == "Rt" && piece(i).trail.empty() && piece(i + 1).core == "Hon") return std::string("Right");
  if (core == "Hon" && after_name_word && (before.core == "Rt" || before.core == "Rt.")) return std::string("Honourable");
  // A rank's second word after its first, without stops: "Lt Col", "Maj Gen", "Brig Gen".
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 4> second = {
      {{"Col", "Colonel"}, {"Gen", "General"}, {"Cdr", "Commander"}, {"Cmdr", "Commander"}}};
  for (const auto& [written, said] : second) {
    if (core == written && after_name_word && (before.core == "Lt" || before.core == "Lt." || before.core == "Maj" || before.core == "Maj." ||
                                               before.core == "Brig" || before.core == "Brig.")) {
      return std::string(said);
    }
  }
  // "in Co Kerry", "Co Down, Co Antrim", "Co Kerry and Co Cork": a county, as Irish and
  // British papers write it, after a word of place; not a company after its name
  // ("Samsung Electronics Co Chairman", "Smith & Co Ltd") nor a headline's lost hyphen
  // ("to Co Star").
  static constexpr std::array<std::string_view, 8> place_words = {"in", "of", "from", "near", "at", "across", "throughout", "around"};
  if (core == "Co" && piece(i).trail.empty() && capitalized(piece(i + 1).core) && i > 0 &&
      ((after_name_word && listed(before.core, place_words)) || (before.trail == "," && i >= 2 && piece(i - 2).core == "Co") ||
       (after_name_word && (before.core == "and" || before.core == "or") && i >= 3 && piece(i - 3).core == "Co"))) {
    return std::string("County");
  }
  return std::nullopt;
}

}  // namespace narrate::normalizing
