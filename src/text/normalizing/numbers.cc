// Numbers: the classes a token can be (classify), scientific notation, quantities that
// describe a noun.
#include "text/normalizing/normalizer.h"

#include <algorithm>
#include <cctype>

#include "text/counted_nouns.h"
#include "text/joined_words.h"
#include "text/normalize_tables.h"
#include "text/number_words.h"

namespace narrate::normalizing {

std::optional<std::string> Normalizer::power_of_ten(std::string_view core) {
  if (!core.starts_with("10") || core.size() < 3) return std::nullopt;
  std::string_view rest = core.substr(2);
  bool minus = false;
  std::string digits;
  if (rest.starts_with('^')) {
    rest.remove_prefix(1);
    for (const std::string_view sign : {"-", "\xE2\x88\x92"}) {  // "-", "−"
      if (rest.starts_with(sign)) minus = true, rest.remove_prefix(sign.size());
    }
    if (rest.empty() || rest.size() > 3 || !all_digits(rest)) return std::nullopt;
    digits = rest;
  } else {
    // Superscripts: ⁻ U+207B; ¹ ² ³ in Latin-1; ⁰ and ⁴-⁹ from U+2070.
    if (rest.starts_with("\xE2\x81\xBB")) minus = true, rest.remove_prefix(3);
    while (!rest.empty()) {
      if (rest.starts_with("\xC2\xB9")) digits += '1', rest.remove_prefix(2);
      else if (rest.starts_with("\xC2\xB2")) digits += '2', rest.remove_prefix(2);
      else if (rest.starts_with("\xC2\xB3")) digits += '3', rest.remove_prefix(2);
      else if (rest.size() >= 3 && rest.starts_with("\xE2\x81") && (static_cast<unsigned char>(rest[2]) == 0xB0 ||
               (static_cast<unsigned char>(rest[2]) >= 0xB4 && static_cast<unsigned char>(rest[2]) <= 0xB9))) {
        digits += static_cast<char>(static_cast<unsigned char>(rest[2]) == 0xB0 ? '0' : '0' + (static_cast<unsigned char>(rest[2]) - 0xB0));
        rest.remove_prefix(3);
      } else {
        return std::nullopt;
      }
    }
    if (digits.empty() || digits.size() > 3) return std::nullopt;
  }
  const auto nth = ordinal_words(digits);
  return std::string("ten to the ") + (minus ? "minus " : "") + nth;
}

size_t Normalizer::scientific(size_t i) {
  const Piece p = piece(i);
  std::string mantissa, power;
  size_t used = 0;
  if (const auto [sign, length] = times_sign(p.core); sign != std::string::npos) {
    const auto tens = power_of_ten(std::string_view(p.core).substr(sign + length));
    if (!tens) return 0;
    mantissa = p.core.substr(0, sign), power = *tens, used = 1;
  } else if (p.trail.empty() && is_times_sign(token(i + 1))) {
    const auto tens = piece(i + 2).lead.empty() ? power_of_ten(piece(i + 2).core) : std::nullopt;
    if (!tens) return 0;
    mantissa = p.core, power = *tens, used = 3;
  } else if (const auto tens = power_of_ten(p.core)) {
    power = *tens, used = 1;
  } else {
    return 0;
  }
  const auto n = mantissa.empty() ? std::optional<Number>(Number{}) : parse_number(mantissa);
  if (!n) return 0;
  std::string words = mantissa.empty() ? power : quantity_words(*n) + " times " + power;
  Piece last = piece(i + used - 1);
  // A unit after it, in the plural: "3 × 10^8 m/s".
  const Piece unit_piece = unit_at(i + used);
  if (last.trail.empty() && unit_piece.core.size() >= 2 && unit_piece.lead.empty()) {
    if (const auto unit = tables::unit(unit_piece.core)) {
      words += " " + unit->many;
      last.trail = trail_of_unit(unit_piece, i + used);
      ++used;
    }
  }
  emit({p.lead, "", last.trail}, words);
  return used;
}

std::vector<std::string_view> Normalizer::hyphen_groups(std::string_view core) {
  std::vector<std::string_view> groups = split(core, '-');
  const bool numbers = std::all_of(groups.begin(), groups.end(), [](std::string_view g) { return !g.empty() && g.size() <= 2 && all_digits(g); });
  return numbers ? groups : std::vector<std::string_view>{};
}

std::optional<std::string> Normalizer::social_name(const std::string& core, const std::string& previous) {
  if (core.size() < 2 || (core[0] != '#' && core[0] != '@')) return std::nullopt;
  const std::string_view name = std::string_view(core).substr(1);
  const size_t digits_end = name.find_first_not_of("0123456789");
  if (core[0] == '#' && is_digit(name[0]) && (digits_end == std::string_view::npos || name.size() - digits_end <= 2) &&
      !ordinal(std::string(name))) {  // "Room #4B", "the #1A seed": a number
    std::string out = "number";
    for (const std::string& w : split_joined_words(name)) join(out, all_digits(w) ? cardinal_words(w) : w);
    return out;
  }
  bool letter = false, ascii = true;
  for (const char c : name) {
    const bool other_letter = static_cast<unsigned char>(c) >= 0x80;
    if (!(is_alpha(c) || is_digit(c) || c == '_' || other_letter)) return std::nullopt;
    letter = letter || is_alpha(c) || other_letter;
    ascii = ascii && !other_letter;
  }
  if (!letter) return std::nullopt;
  const std::string before = lower(previous);
  // No "hashtag" after the word itself, nor where the name is used as one ("the
  // #MeToo movement").
  std::string out = core[0] == '@' ? "at" : before == "hashtag" || before == "hashtags" || before == "the" ? "" : "hashtag";
  if (!ascii) {
    join(out, name);
    return out;
  }
  for (const std::string& w : split_joined_words(name)) {
    if (const auto o = ordinal(w)) join(out, *o);  // "#4thofJuly": "fourth of July"
    else join(out, all_digits(w) ? number_words(*parse_number(w)) : w);
  }
  return out;
}

std::optional<std::string> Normalizer::describing_quantity(const std::string& core, bool liquid) {
  const size_t dash = core.find('-');
  const std::string number_part = dash == std::string::npos ? core : core.substr(0, dash);
  size_t split = 0;
  while (split < number_part.size() && (is_digit(number_part[split]) || number_part[split] == '.' || number_part[split] == ',')) ++split;
  const auto number = parse_number(number_part.substr(0, split));
  if (!number) return std::nullopt;
  const std::string symbol = dash == std::string::npos ? number_part.substr(split) : core.substr(dash + 1);
  if (symbol.empty() || (dash != std::string::npos && split != number_part.size())) return std::nullopt;
  const auto unit = tables::unit(symbol);
  // One letter: hours, watts, volts, liters ("a 2.0L engine"), not "m" ("a 5m deal").
  const bool letter = symbol == "h" || symbol == "W" || symbol == "V" || symbol == "L";
  if (!unit || (symbol.size() < 2 && !letter && std::string_view("\xC2\xB0").find(symbol) == std::string_view::npos)) return std::nullopt;
  // "pt" joined to describe a noun is a point, a poll's, a game's or a type's ("a 10-pt
  // lead", "a 3-pt shot", "12-pt type"), as "pts" is points, unless what it describes
  // holds liquid ("a 2-pt dish", "a 1-pt jug": pints).
  if (symbol == "pt" && dash != std::string::npos && !liquid) {
    return quantity_words(*number) + "-point";
  }
  return quantity_words(*number) + (dash == std::string::npos ? " " : "-") + unit->one;
}

std::optional<std::string> Normalizer::attached_quantity(const std::string& core) {
  // A vulgar fraction before a percent sign: "3½%", "¾%".
  if (core.size() > 1 && core.ends_with('%') && core.find('/') == std::string::npos) {
    if (const auto f = fraction(std::string_view(core).substr(0, core.size() - 1))) return *f + " percent";
  }
  size_t split = 0;
  if (core[0] == '-' || core[0] == '.') split = 1;
  if (core.starts_with("\xE2\x88\x92")) split = 3;  // "−5°C": the minus sign
  while (split < core.size() && (is_digit(core[split]) || core[split] == ',' || core[split] == '.')) ++split;
  if (split == 0 || split == core.size()) return std::nullopt;
  const auto number = parse_number(core.substr(0, split));
  if (!number) return std::nullopt;
  const std::string rest = core.substr(split);
  const bool plural = !(number->whole == "1" && !number->has_point);
  if (rest.starts_with("/")) {
    if (const auto per = unit_name(rest.substr(1))) return quantity_words(*number) + " per " + per->first;
    return std::nullopt;
  }
  // One letter glued to a number is a unit only for meters, grams, liters and hours ("4s"
  // and "5K" are not seconds and kelvins; "24h" is hours; watts and volts, "65W", are
  // read where their context allows: see electric_context).
  // A time with a fraction of a second is seconds: "9.58s".
  const bool one_letter = rest.size() == 1 && is_alpha(rest[0]) && std::string_view("mgLlh").find(rest[0]) == std::string_view::npos &&
                          !(rest == "s" && number->has_point);
  // A scale's abbreviation in small letters before any unit: "2mn euros", "5tn yuan",
  // "3mln" (not meganewtons or teranewtons).
  if (const auto s = scale_word(rest); s && rest.size() >= 2 && rest.size() <= 3 && is_lowercase_word(rest)) {
    return quantity_words(*number) + " " + *s;
  }
  // Hundreds of meters past a thousand written without a comma are said as a race is
  // named: "1500m" fifteen hundred meters, "3200m" thirty two hundred (a round thousand
  // stays one: "3000m" three thousand).
  if (rest == "m" && !number->has_point && !number->grouped && number->whole.size() == 4 && number->whole.ends_with("00") &&
      number->whole[1] != '0') {
    return house_number_words(number->whole) + " meters";
  }
  if (const auto unit = unit_words(rest, plural); unit && !one_letter) return quantity_words(*number) + " " + *unit;
  // A latitude or longitude: "37.2°N", "122.4ºW".
  for (const std::string_view degree : {"\xC2\xB0", "\xC2\xBA"}) {
    if (const auto direction = rest.starts_with(degree) ? compass_direction(rest.substr(degree.size())) : std::nullopt) {
      return quantity_words(*number) + (plural ? " degrees " : " degree ") + *direction;
    }
  }
  if (rest == "x" || rest == "X") return quantity_words(*number) + " x";
  if (rest[0] == 'x' && all_digits(rest.substr(1))) return quantity_words(*number) + " x " + cardinal_words(rest.substr(1));
  // "K" alone is said as the letter, as people say it: "a 4K screen", "a 10K race" and
  // "50K followers" (money, "$50K", is read elsewhere: fifty thousand dollars). With a
  // fraction it can only be thousands: "1.2K likes".
  if ((rest == "K" || rest == "k") && !number->has_point) return quantity_words(*number) + " K";
  if (const auto s = scale_word(rest); s && rest.size() <= 2 && scaled_size(*number, rest)) return quantity_words(*number) + " " + *s;
  return std::nullopt;
}

std::optional<Normalizer::Reading> Normalizer::classify(const std::string& core) {
  if (core.empty()) return std::nullopt;
  if (const auto m = money(core)) return Reading{Kind::money, *m};
  if (const auto o = ordinal(core)) return Reading{Kind::ordinal, *o};
  if (const auto r = round_plural(core)) return Reading{Kind::number, *r};  // before "1000s" is a decade
  if (const auto d = decade(core)) return Reading{Kind::decade, *d};
  if (const auto n = number_plural(core)) return Reading{Kind::number, *n};
  if (const auto d = numeric_date(core, t_day_first_text)) return Reading{Kind::date, *d};
  if (const auto d = month_year(core)) return Reading{Kind::date, *d};
  if (const auto f = fraction(core)) return Reading{Kind::fraction, *f};
  if (const auto p = phone_or_address(core)) return Reading{Kind::telephone, *p};
  if (const auto n = parse_number(core)) {
    const bool year = !n->has_point && !n->grouped && !n->negative && n->whole.size() == 4 && n->whole[0] != '0';
    return Reading{year ? Kind::year : Kind::number, number_words(*n)};
  }
  if (const auto q = attached_quantity(core)) return Reading{Kind::quantity, *q};
  if (const auto t = clock_time(core, false)) return Reading{Kind::time, *t};
  if (const auto t = elapsed_time(core, false)) return Reading{Kind::time, *t};
  return std::nullopt;
}

std::string Normalizer::fraction_after_a(size_t i, const std::string& words) const {
  const bool after_a = i > 0 && lower(piece(i - 1).core) == "a" && piece(i - 1).trail.empty();
  return after_a && (words == "one half" || words == "one quarter") ? words.substr(4) : words;
}

std::optional<std::string> Normalizer::aged_range(const std::string& core) {
  for (const std::string_view unit : {"-year-old", "-month-old", "-week-old", "-day-old"}) {
    const size_t at = core.find(unit);
    if (at == std::string::npos || at == 0) continue;
    const std::string rest = core.substr(at + 1);
    if (rest != unit.substr(1) && rest != std::string(unit.substr(1)) + "s") continue;
    const auto [dash, length] = range_dash(std::string_view(core).substr(0, at));
    if (dash == std::string::npos) return std::nullopt;
    const std::string a = core.substr(0, dash), b = core.substr(dash + length, at - dash - length);
    if (!all_digits(a) || !all_digits(b) || a.size() > 3 || b.size() > 3) return std::nullopt;
    return cardinal_words(a) + " to " + cardinal_words(b) + " " + rest;
  }
  return std::nullopt;
}

bool Normalizer::counted_plural(const std::string& word) {
  // (Counted too, though WordNet's first sense of them is an object or an event, or they
  // are verbs more often.)
  static constexpr std::array<std::string_view, 12> also_counted = {"homes",  "cases",  "deaths",  "votes",    "downloads", "barrels",
                                                                    "litres", "shares", "devices", "vehicles", "cars",      "series"};
  return is_counted_plural(word) || listed(word, also_counted);
}

bool Normalizer::numbers_a_name(size_t i, bool any_case) const {
  if (i == 0 || !piece(i).lead.empty()) return false;
  // A list of them after the plural ("Sections 302, 307 and 120B", "Rooms 4 or 5"):
  // back over the list's numbers (eight at most) to the word before its first.
  static constexpr std::array<std::string_view, 14> plural_namers = {
      "sections", "routes", "highways", "interstates", "flights", "rooms", "suites", "gates",
      "forms", "channels", "platforms", "terminals", "units", "seats"};
  for (size_t k = i, hops = 0; k > 0 && hops < 8 && !piece(k).core.empty() && is_digit(piece(k).core[0]); ++hops) {
    const Piece& before = piece(k - 1);
    if (before.trail.empty() && listed(before.core, plural_namers)) return true;
    const bool joined = before.trail.empty() && (before.core == "and" || before.core == "or");
    if (joined && k >= 2 && piece(k - 2).trail.empty()) k -= 2;
    else if (before.trail == "," && before.lead.empty()) k -= 1;
    else break;
  }
  if (!piece(i - 1).trail.empty()) return false;
  static constexpr std::array<std::string_view, 70> namers = {
      "Highway", "Hwy.",   "Hwy",     "Route", "Rte.",     "Interstate", "Freeway", "Flight", "Room",  "Rm.",    "Suite",  "Ste.", "Ste", "Gate",
      "Section", "Form",   "Boeing",  "Boeing's", "Proposition", "Prop.", "Resolution", "Channel", "Bus",   "Pier",  "Porsche", "Peugeot",
      // (Aircraft by their makers: "Cessna 172", "Embraer 190", "Tupolev 154".)
      "Cessna",  "Embraer", "Piper",  "Beechcraft", "Bombardier", "Tupolev", "Ilyushin", "Antonov", "Sukhoi", "Learjet", "Gulfstream",
      "H.R.",    "HR",     "S.B.",    "SB",    "H.B.",     "HB",         "A.B.",    "AB",     "S.",    "Precinct", "Apt.",
      "Apt",     "Apartment", "Exit", "Unit",  "Terminal", "Platform",   "Building", "Bldg.", "Courtroom", "Ward",
      "Row",     "Bay",     "Hall",    "Floor", "Block",    "Bed",        "Seat",   "Flat",  "Level",  "Locker", "Berth", "Cabin"};
  std::string before = piece(i - 1).core;
  // In small letters only a place's word: "exit 42B", "seat 14B" (not "a level 3T", "a
  // floor 5M": amounts).
  static constexpr std::array<std::string_view, 16> places = {"exit", "seat", "gate", "row", "flat", "room", "suite", "unit",
                                                              "section", "platform", "terminal", "apartment", "apt", "ward", "bed", "pier"};
  if (any_case && before[0] >= 'a' && before[0] <= 'z' && listed(before, places)) before[0] = static_cast<char>(before[0] - 'a' + 'A');
  // "Flight UA 2371", "flight 6E 2131": an airline's two-character code (IATA), with
  // a capital letter in it, between.
  const bool airline = before.size() == 2 && std::all_of(before.begin(), before.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) || is_digit(c); }) &&
                       !all_digits(before) && i >= 2 && piece(i - 2).trail.empty() && lower(piece(i - 2).core) == "flight";
  return airline || std::find(namers.begin(), namers.end(), before) != namers.end();
}

std::optional<std::string> Normalizer::score_out_of(size_t i, const std::string& core) const {
  const size_t slash = core.find('/');
  if (slash == std::string::npos || slash == 0 || slash > 3 || core.size() - slash - 1 > 3 || core.size() == slash + 1) return std::nullopt;
  const std::string top = core.substr(0, slash), bottom = core.substr(slash + 1);
  if (!all_digits(bottom) || bottom[0] == '0') return std::nullopt;
  const auto top_number = parse_number(top);  // a decimal score too: "rated 4.5/5"
  if (!top_number || top_number->negative || top_number->grouped || top_number->whole.empty() || top[0] == '0' || top.back() == '.') {
    return std::nullopt;  // (".5/10" has no whole)
  }
  const int x = std::stoi(top_number->whole), y = std::stoi(bottom);
  if (x > y || y < 2 || (top_number->has_point && x >= y)) return std::nullopt;
  static constexpr std::array<std::string_view, 18> rating = {"scored", "scores", "score",  "scoring", "rated", "rates",
                                                              "rating", "gave",   "gives",  "got",     "gets",  "earned",
                                                              "earns",  "marks",  "mark",   "grade",   "graded", "awarded"};
  const std::string before = i > 0 && piece(i - 1).trail.empty() ? lower(piece(i - 1).core) : "";
  // (The word of scoring just before, or before "of" or what is scored: "a mark of",
  // "rated it".)
  static constexpr std::array<std::string_view, 6> between = {"of", "it", "them", "him", "her", "this"};
  const bool rated = listed(before, rating) ||
                     (listed(before, between) && i >= 2 && piece(i - 2).trail.empty() && listed(piece(i - 2).core, rating));
  // (Any total after a word of scoring, but not a share of something: "got 1/3 of the
  // vote".)
  const bool share = piece(i).trail.empty() && lower(piece(i + 1).core) == "of";
  if (rated && !share) return quantity_words(*top_number) + " out of " + cardinal_words(bottom);
  if (x != y || top_number->has_point) return std::nullopt;
  // N/N is never a fraction: "went 4/4 from the line" four for four, "the events of 7/7"
  // seven seven, "in 4/4 time"; after a word of dates, the same day and month in either
  // order ("scheduled for 8/8" August eighth).
  static constexpr std::array<std::string_view, 5> going = {"went", "goes", "going", "shot", "shooting"};
  static constexpr std::array<std::string_view, 11> dating = {"on", "for", "by", "until", "till", "since", "before", "after", "from", "dated", "through"};
  if (x <= 12 && listed(before, dating)) return month_of(x) + " " + ordinal_words(top);
  if (listed(before, going)) return cardinal_words(top) + " for " + cardinal_words(bottom);
  // (Only where it would be read as a fraction: "12/12" is a date, "20/20" a sight.)
  if (!fraction(core) || x > 10) return std::nullopt;
  return cardinal_words(top) + " " + cardinal_words(bottom);
}

}  // namespace narrate::normalizing
