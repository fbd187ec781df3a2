// Codes: statute sections, episodes, slashed forms, symbols and identifiers.
#include "text/normalizing/normalizer.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "text/normalize_tables.h"
#include "text/number_words.h"

namespace narrate::normalizing {

size_t Normalizer::statute_section(size_t i) {
  const Piece p = piece(i);
  const bool one = p.core == "s" && (p.trail.empty() || p.trail == ".");
  const bool many = p.core == "ss" && p.trail == ".";
  const Piece next = piece(i + 1);
  if (!(one || many) || !p.lead.empty() || next.core.empty() || !is_digit(next.core[0])) return 0;
  static constexpr std::array<std::string_view, 5> statutes = {"Act", "Acts", "Code", "Ordinance", "Constitution"};
  if (!word_near(i, 12, statutes)) return 0;
  emit({p.lead, "", ""}, many ? "sections" : "section");
  return 1;
}

std::optional<std::string> Normalizer::season_episode(std::string_view core) {
  if (core.size() < 4 || (core[0] != 'S' && core[0] != 's')) return std::nullopt;
  const size_t e = core.find_first_of("Ee", 1);
  if (e == std::string_view::npos) return std::nullopt;
  const std::string_view season = core.substr(1, e - 1), episode = core.substr(e + 1);
  if (season.empty() || season.size() > 2 || episode.empty() || episode.size() > 3 || !all_digits(season) || !all_digits(episode)) {
    return std::nullopt;
  }
  return "season " + cardinal_words(std::to_string(std::stoi(std::string(season)))) + ", episode " +
         cardinal_words(std::to_string(std::stoi(std::string(episode))));
}

std::optional<std::string> Normalizer::code_section(const std::string& core) {
  const std::string_view plan = core.ends_with(")s") ? std::string_view(core).substr(0, core.size() - 1) : std::string_view(core);
  if (const size_t open = plan.find('('); open != std::string::npos && open > 0 && open <= 4 && plan.size() == open + 3 &&
                                          plan.back() == ')' && is_alpha(plan[open + 1]) &&
                                          all_digits(plan.substr(0, open))) {
    const char letter = static_cast<char>(std::toupper(static_cast<unsigned char>(plan[open + 1])));
    return house_number_words(std::string(plan.substr(0, open))) + " " + letter + (plan.size() < core.size() ? "s" : "");
  }
  if (core.size() == 4 && (core.starts_with("401") || core.starts_with("403") || core.starts_with("457")) &&
      (core[3] == 'k' || core[3] == 'b' || core[3] == 'K' || core[3] == 'B')) {
    return house_number_words(core.substr(0, 3)) + " " + static_cast<char>(std::toupper(static_cast<unsigned char>(core[3])));
  }
  return std::nullopt;
}

std::optional<std::string> Normalizer::symbol_word(size_t i, const std::string& core, const std::string& next) {
  if (core == "#" && !next.empty() && is_digit(next[0])) return std::string("number");
  if (core.size() > 1 && core[0] == '#' && all_digits(core.substr(1))) return "number " + cardinal_words(core.substr(1));
  // "#1-ranked", "#2-seeded": the number joined to its word.
  if (const size_t dash = core.find('-'); core.size() > 1 && core[0] == '#' && dash != std::string::npos && dash > 1 &&
                                          all_digits(core.substr(1, dash - 1)) && is_lowercase_word(core.substr(dash + 1))) {
    return "number " + cardinal_words(core.substr(1, dash - 1)) + "-" + core.substr(dash + 1);
  }
  if (core == "/" && i > 0) {
    const std::string& before = piece(i - 1).core;
    // (An exchange rate against one unit: "N1,580/$1" naira to one dollar.)
    if (money(before) && money(next)) return std::string(next.size() >= 2 && next.ends_with('1') && !is_digit(next[next.size() - 2]) ? "to" : "or");
    // (Two plain numbers apart, "2009 / 10", a season, keep the pause.)
    return glued_measure(before) && glued_measure(next) ? "slash" : std::string();
  }
  if (const size_t amp = core.find('&'); amp != std::string::npos && amp > 0 && amp + 1 < core.size()) {
    const std::string a = core.substr(0, amp), b = core.substr(amp + 1);
    // (A lone "A." before "and" is the article to eSpeak NG: "A&E" "eigh and E.".)
    if (all_capitals(a) && a.size() <= 4 && all_capitals(b) && b.size() <= 4) {
      return (a == "A" ? letter_name('A') : spelled_letters(a)) + " and " + spelled_letters(b);
    }
  }
  // The top grade's star: "A*" "eigh star", as British exams write it.
  // (Not a footnote's mark: no other asterisk near, "Plan B* ... (*see below)".)
  if (core == "A*" && !word_near_mark(i, 40, '*')) return letter_name('A') + " star";
  // Asterisks: a run of them standing for letters ("f***ing") is a hyphen, as a reader
  // says "eff-ing"; single ones between letters ("M*A*S*H") and footnote marks go.
  if (core.find('*') != std::string::npos) {
    std::string out;
    for (size_t k = 0; k < core.size();) {
      if (core[k] != '*') {
        out += core[k++];
        continue;
      }
      size_t run = k;
      while (run < core.size() && core[run] == '*') ++run;
      if (run - k >= 2 && k > 0 && run < core.size()) out += '-';
      k = run;
    }
    return out;
  }
  return std::nullopt;
}

std::optional<std::string> Normalizer::slashed(const std::string& core) {
  const auto parts = split(core, '/');
  // A rate per a power of ten written with its commas, as health and crime figures are
  // given: "2.1/1,000 births", "12/100,000": "two point one per thousand". Not one over
  // it (a scale, "1/10,000"), nor a count over a count ("1,000/10,000"); a score over a
  // hundred is no rate ("87.5/100").
  if (parts.size() == 2) {
    const auto top = parse_number(parts[0]), bottom = parse_number(parts[1]);
    const std::string power = bottom && bottom->grouped && !bottom->has_point && !bottom->negative ? bottom->whole : "";
    const bool ten_power = power.size() >= 4 && power[0] == '1' && power.find_first_not_of('0', 1) == std::string::npos;
    // (A rate is small beside its power: "950/1,000" is a score out of a thousand.)
    const bool small = top && std::strtod(std::string(parts[0]).c_str(), nullptr) * 10 < std::strtod(power.c_str(), nullptr);
    if (top && !top->negative && !top->grouped && ten_power && parts[0] != "1" && small) {
      std::string per = cardinal_words(power);
      if (per.starts_with("one ")) per.erase(0, 4);
      return quantity_words(*top) + " per " + per;
    }
  }
  bool numbers = true, words = true;
  for (const auto part : parts) {
    numbers = numbers && all_digits(part);
    for (const char c : part) words = words && is_alpha(c);
    words = words && !part.empty();
  }
  std::string out;
  if (numbers) {
    for (const auto part : parts) {
      if (!out.empty()) out += '/';
      out += part.size() >= 5 ? digit_words(part) : cardinal_words(part);
    }
    return out;
  }
  // Words: "and/or", "his/her", "he/she" are read with "or"; other pairs written close
  // with "slash" ("writer slash producer"), as people say them (a "/" standing apart
  // between phrases is a pause).
  static constexpr std::array<std::string_view, 10> alternatives = {"and/or", "his/her", "he/she", "him/her", "she/he",
                                                                    "her/his", "s/he", "his/hers", "He/she", "His/her"};
  for (const auto a : alternatives) {
    if (core == a) return a == "and/or" ? std::string("and or") : std::string(parts[0]) + " or " + std::string(parts.back());
  }
  if (core == "w/o") return "without";
  // Lone letters joined by slashes, a name's parts: "P/E", "N/A", "F/A-18" (a model
  // number after the last). Spelled close with their stops: apart, eSpeak NG takes "A"
  // for the article and a stop for the sentence's end. (Pairs keep the slash: "AC/DC".)
  const auto capital = [](std::string_view part) { return part.size() == 1 && part[0] >= 'A' && part[0] <= 'Z'; };
  if (parts.size() >= 2 && std::all_of(parts.begin(), parts.end() - 1, capital)) {
    const std::string_view last = parts.back();
    const size_t dash = last.find('-');
    const std::string_view model = dash == std::string_view::npos ? "" : last.substr(dash + 1);
    if (capital(last.substr(0, dash)) && (model.empty() || (all_digits(model) && model.size() <= 4))) {
      for (const auto part : parts) out += spelled_letters(part.substr(0, 1));
      return model.empty() ? out : out + " " + cardinal_words(model);
    }
  }
  // A batting line of averages: ".310/.380/.510" three ten, three eighty, five ten.
  if (parts.size() >= 2 && std::all_of(parts.begin(), parts.end(), [](std::string_view part) { return is_average(part); })) {
    for (const auto part : parts) out += (out.empty() ? "" : ", ") + average_words(part);
    return out;
  }
  // A currency pair, two ISO 4217 codes ("EUR/USD", "USD/JPY"): the two currencies'
  // names, as a market report says them ("euro US dollar", "US dollar yen").
  if (parts.size() == 2 && parts[0].size() == 3 && parts[1].size() == 3 && all_capitals(parts[0]) && all_capitals(parts[1]) &&
      parts[0] != parts[1]) {
    const tables::Currency* first = tables::currency(parts[0]);
    const tables::Currency* second = tables::currency(parts[1]);
    if (first && second) return first->one + " " + second->one;
  }
  if (words) {
    for (const auto part : parts) join(out, (out.empty() ? "" : "slash ") + std::string(part));
    return out;
  }
  return std::nullopt;
}

bool Normalizer::identifier_end(size_t i) const {
  if (i < 3) return false;
  const std::string preposition = lower(piece(i - 1).core), verb = lower(piece(i - 2).core);
  if ((preposition != "in" && preposition != "with") || (verb != "ending" && verb != "ends" && verb != "end" && verb != "ended")) {
    return false;
  }
  static constexpr std::array<std::string_view, 20> identifiers = {
      "card",  "cards",  "account", "accounts", "number", "numbers", "phone",   "cellphone", "plate",      "plates",
      "code",  "codes",  "id",      "pin",      "serial", "license", "licence", "visa",      "mastercard", "amex"};
  // Not "cards ending in 30 days": no noun after the digits.
  if (piece(i).trail.empty() && is_lowercase_word(piece(i + 1).core)) return false;
  // The thing named right before the verb, or before "that": "card ending in", "the
  // number that ends in"; not "the number of accounts ending in 2023".
  for (size_t back = 3; back <= 4 && back <= i; ++back) {
    if (!piece(i - back).trail.empty()) return false;  // another clause
    const std::string word = lower(piece(i - back).core);
    if (back == 4 && lower(piece(i - 3).core) != "that") return false;
    if (std::find(identifiers.begin(), identifiers.end(), word) != identifiers.end()) {
      // A count of them is no identifier: "the number of accounts ending in 2023".
      const bool counted = i > back + 1 && lower(piece(i - back - 1).core) == "of" &&
                           (lower(piece(i - back - 2).core) == "number" || lower(piece(i - back - 2).core) == "numbers");
      return !counted;
    }
  }
  return false;
}

}  // namespace narrate::normalizing
