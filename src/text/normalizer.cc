#include "text/normalizer.h"

#include <array>
#include <cctype>
#include <optional>
#include <utility>
#include <vector>

#include "text/number_words.h"
#include "text/written_forms.h"

namespace narrate {
namespace {

using namespace written;

// ---- The token stream ----------------------------------------------------------------

// A token split into leading punctuation, the word, and trailing punctuation.
struct Piece {
  std::string lead, core, trail;
};

bool keeps_final_dot(std::string_view core) {
  static constexpr std::array<std::string_view, 40> abbreviations = {
      "Mr.", "Mrs.", "Ms.", "Dr.", "Jr.", "Sr.", "St.", "Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "Col.", "Sgt.",
      "Capt.", "Prof.", "Rev.", "Pres.", "vs.", "etc.", "approx.", "Ave.", "Blvd.", "Rd.", "Inc.", "Corp.",
      "Ltd.", "Dept.", "Mt.", "Ft.", "No.", "no.", "Nos.", "a.m.", "p.m.", "A.M.", "P.M.", "e.g.", "i.e.", "Co."};
  for (const auto a : abbreviations) {
    if (core == a) return true;
  }
  if (month_name(core) && core.size() <= 5) return true;  // "Jan.", "sept."
  // U.S., U.N., e.s.t.: single letters with full stops.
  return core.size() >= 4 && core[1] == '.' && is_alpha(core[0]);
}

Piece peel(std::string_view token) {
  Piece piece;
  size_t begin = 0, end = token.size();
  auto leading = [&](std::string_view mark) {
    if (token.substr(begin, end - begin).starts_with(mark)) {
      piece.lead += mark;
      begin += mark.size();
      return true;
    }
    return false;
  };
  while (begin < end && (leading("(") || leading("\"") || leading("\xE2\x80\x9C") || leading("\xE2\x80\x98"))) {
  }
  auto trailing = [&](std::string_view mark) {
    if (token.substr(begin, end - begin).ends_with(mark) && end - begin > mark.size()) {
      piece.trail.insert(0, mark);
      end -= mark.size();
      return true;
    }
    return false;
  };
  while (begin < end && (trailing(",") || trailing(";") || trailing(":") || trailing("!") || trailing("?") ||
                         trailing(")") || trailing("\"") || trailing("\xE2\x80\x9D") || trailing("\xE2\x80\x99"))) {
  }
  std::string_view core = token.substr(begin, end - begin);
  if (core.size() > 1 && core.back() == '.' && !keeps_final_dot(core)) {
    piece.trail.insert(0, ".");
    core.remove_suffix(1);
  }
  piece.core = std::string(core);
  return piece;
}

bool is_am_pm(std::string_view token, std::string& out) {
  const std::string key = lower(token);
  if (key == "a.m." || key == "am" || key == "a.m") out = "AM";
  else if (key == "p.m." || key == "pm" || key == "p.m") out = "PM";
  else return false;
  return true;
}

bool is_time_zone(std::string_view token, std::string& out) {
  std::string key;
  for (const char c : token) {
    if (c != '.') key += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  static constexpr std::array<std::string_view, 12> zones = {"EST", "EDT", "CST", "CDT", "MST", "MDT",
                                                             "PST", "PDT", "GMT", "UTC", "BST", "CET"};
  for (const auto z : zones) {
    if (key == z) {
      out = key;
      return true;
    }
  }
  return false;
}

// "10:30" → "ten thirty", "01:00" → "one o'clock" (or "one" before AM/PM), "10:05" → "ten oh five".
Words clock_time(std::string_view token, bool before_am_pm) {
  const size_t colon = token.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 2 || token.size() - colon - 1 != 2) return std::nullopt;
  const std::string_view h = token.substr(0, colon), m = token.substr(colon + 1);
  if (!all_digits(h) || !all_digits(m)) return std::nullopt;
  const int hours = std::stoi(std::string(h)), minutes = std::stoi(std::string(m));
  if (hours > 24 || minutes > 59) return std::nullopt;
  std::string out = cardinal_words(std::to_string(hours));
  if (minutes == 0) return before_am_pm ? out : out + " o'clock";
  if (minutes < 10) return out + " oh " + cardinal_words(std::to_string(minutes));
  return out + " " + cardinal_words(std::to_string(minutes));
}

class Normalizer {
 public:
  explicit Normalizer(std::string_view text) {
    std::string cleaned;
    cleaned.reserve(text.size());
    for (const char c : text) {
      if (c == '[' || c == ']' || c == '{' || c == '}') continue;  // editorial brackets; never phoneme markup
      cleaned += c;
    }
    size_t i = 0;
    while (i < cleaned.size()) {
      while (i < cleaned.size() && std::isspace(static_cast<unsigned char>(cleaned[i]))) ++i;
      size_t j = i;
      while (j < cleaned.size() && !std::isspace(static_cast<unsigned char>(cleaned[j]))) ++j;
      if (j > i) tokens_.push_back(cleaned.substr(i, j - i));
      i = j;
    }
  }

  std::string run() {
    size_t i = 0;
    while (i < tokens_.size()) i += step(i);
    return out_;
  }

 private:
  const std::string& token(size_t i) const {
    static const std::string empty;
    return i < tokens_.size() ? tokens_[i] : empty;
  }
  Piece piece(size_t i) const { return peel(token(i)); }

  void emit(const Piece& p, std::string_view words) { join(out_, p.lead + std::string(words) + p.trail); }

  // Handles the tokens at `i`; returns how many it used.
  size_t step(size_t i) {
    const Piece p = piece(i);
    const Piece next = piece(i + 1);
    const std::string& core = p.core;

    // Dates with a month name: "Jan 15 2020", "July 1876", "25 July 2012", "the 26th May".
    // "may" and "march" in lower case are verbs unless a full date follows.
    const bool verb_like = core == "may" || core == "march";
    const bool full_date_follows = all_digits(piece(i + 2).core) && piece(i + 2).core.size() == 4;
    if (const auto month = month_name(core); month && p.trail.empty() && (!verb_like || full_date_follows) &&
                                             (core.size() > 3 || core.back() == '.' || all_digits(next.core) ||
                                              ordinal(next.core))) {
      if (const size_t used = month_first_date(i, *month)) return used;
    }
    if (p.trail.empty() || p.trail == ",") {
      if (const size_t used = day_first_date(i)) return used;
    }
    // Times: "1:59 p.m. est", "1 a.m.", "2pm-5pm", "10am".
    if (const size_t used = time_of_day(i)) return used;
    // Money with a scale word: "$45 billion", "US$76.3 trillion".
    if (p.trail.empty()) {
      if (const auto scale = scale_word(next.core); scale && next.core.size() > 1) {
        if (const auto words = money(core, scale)) {
          emit({p.lead, "", next.trail}, *words);
          return 2;
        }
      }
    }
    // A number with a unit in the next token: "100 kg", "1 mbps", "100 million kg".
    if (p.trail.empty()) {
      if (const size_t used = measure(i)) return used;
    }
    // Telephone: "+1 123-123-5678", "(123) 123-5678".
    if (core == "+1" && p.trail.empty()) {
      if (const auto phone = phone_or_address(next.core)) {
        emit({p.lead, "", next.trail}, "plus one, " + *phone);
        return 2;
      }
      if (next.lead == "(" ) {
        if (const auto phone = phone_or_address(token(i + 1))) {
          emit({"", "", ""}, "plus one, " + *phone);
          return 2;
        }
      }
    }
    if (p.lead == "(" && p.trail == ")" && core.size() == 3 && all_digits(core)) {
      if (const auto phone = phone_or_address(core + "-" + next.core)) {
        emit({"", "", next.trail}, *phone);
        return 2;
      }
    }
    if (p.lead.starts_with("(") && core.size() > 4 && core[3] == ')') {
      if (const auto phone = phone_or_address("(" + core)) {
        emit({p.lead.substr(1), "", p.trail}, *phone);
        return 1;
      }
    }
    // A whole number and a fraction: "3 5/2" → "three and five halves".
    if (all_digits(core) && p.trail.empty()) {
      if (const auto f = fraction(next.core)) {
        emit({p.lead, "", next.trail}, cardinal_words(core) + " and " + *f);
        return 2;
      }
    }
    // House numbers: "1428 Elm St", "708 N 1st St".
    if (const size_t used = address(i)) return used;
    emit(p, word(i, p));
    return 1;
  }

  size_t month_first_date(size_t i, const std::string& month) {
    const Piece first = piece(i);
    const Piece day = piece(i + 1);
    std::string day_digits = day.core;
    if (ordinal(day.core) && day.core.size() > 2) day_digits = day.core.substr(0, day.core.size() - 2);
    if (all_digits(day_digits) && day_digits.size() <= 2) {
      const int d = std::stoi(day_digits);
      if (d < 1 || d > 31) return 0;
      std::string words = month + " " + ordinal_words(day_digits);
      const Piece year = piece(i + 2);
      if ((day.trail.empty() || day.trail == ",") && all_digits(year.core) && year.core.size() == 4) {
        emit({first.lead, "", year.trail}, words + (day.trail.empty() ? " " : ", ") + date_year(year.core));
        return 3;
      }
      emit({first.lead, "", day.trail}, words);
      return 2;
    }
    if (all_digits(day.core) && day.core.size() == 4) {  // "July 1876"
      emit({first.lead, "", day.trail}, month + " " + date_year(day.core));
      return 2;
    }
    if (first.core.size() > 3 && !(month == "May" || month == "March")) {
      emit(first, month);
      return 1;
    }
    return 0;
  }

  size_t day_first_date(size_t i) {
    const Piece day = piece(i);
    std::string digits = day.core;
    if (ordinal(day.core) && day.core.size() > 2) digits = day.core.substr(0, day.core.size() - 2);
    if (!all_digits(digits) || digits.size() > 2) return 0;
    const Piece month_piece = piece(i + 1);
    const auto month = month_name(month_piece.core);
    const Piece year = piece(i + 2);
    const bool has_year = month_piece.trail.empty() && all_digits(year.core) && year.core.size() == 4;
    // "5 may" is more often a number and a verb, unless a year follows.
    if (!month || (month_piece.core == "may" && !has_year)) return 0;
    const int d = std::stoi(digits);
    if (d < 1 || d > 31) return 0;
    const bool after_the = out_.ends_with("the") || out_.ends_with("The");
    std::string words = (after_the ? "" : "the ") + ordinal_words(digits) + " of " + *month;
    if (has_year) {
      emit({day.lead, "", year.trail}, words + " " + date_year(year.core));
      return 3;
    }
    emit({day.lead, "", month_piece.trail}, words);
    return 2;
  }

  size_t time_of_day(size_t i) {
    const Piece p = piece(i);
    std::string am_pm, zone;
    // "2pm-5pm"
    const size_t dash = p.core.find('-');
    if (dash != std::string::npos) {
      const std::string a = p.core.substr(0, dash), b = p.core.substr(dash + 1);
      const auto left = attached_am_pm(a), right = attached_am_pm(b);
      if (left && right) {
        emit(p, *left + " to " + *right);
        return 1;
      }
    }
    if (const auto attached = attached_am_pm(p.core)) {
      std::string words = *attached;
      size_t used = 1;
      Piece last = p;
      if (p.trail.empty() && is_time_zone(piece(i + 1).core, zone)) {
        words += " " + zone;
        last = piece(i + 1);
        used = 2;
      }
      emit({p.lead, "", last.trail}, words);
      return used;
    }
    const Piece next = piece(i + 1);
    if (!p.trail.empty()) {
      if (const auto clock = clock_time(p.core, false)) {
        emit(p, *clock);
        return 1;
      }
      return 0;
    }
    // "p.m.est": the zone glued to the marker.
    std::string marker = next.core, glued_zone;
    for (const std::string_view m : {"a.m.", "p.m.", "A.M.", "P.M."}) {
      if (next.core.size() > m.size() && next.core.starts_with(m) && is_time_zone(next.core.substr(m.size()), glued_zone)) {
        marker = std::string(m);
      }
    }
    if (!is_am_pm(marker, am_pm)) {
      if (const auto clock = clock_time(p.core, false)) {
        emit(p, *clock);
        return 1;
      }
      return 0;
    }
    std::string hour_words;
    if (const auto clock = clock_time(p.core, true)) {
      hour_words = *clock;
    } else if (all_digits(p.core) && p.core.size() <= 2 && std::stoi(p.core) <= 12) {
      hour_words = cardinal_words(p.core);
    } else {
      return 0;
    }
    std::string words = hour_words + " " + am_pm;
    size_t used = 2;
    Piece last = next;
    // "10:30 a.m." ending a sentence: the marker's full stop was the sentence's too.
    if (marker.ends_with('.') && next.trail.empty() && (token(i + 2).empty() || capitalized(piece(i + 2).core))) {
      last.trail = ".";
    }
    if (!glued_zone.empty()) {
      words += " " + glued_zone;
    } else if (next.trail.empty() && is_time_zone(piece(i + 2).core, zone)) {
      words += " " + zone;
      last = piece(i + 2);
      used = 3;
    }
    emit({p.lead, "", last.trail}, words);
    return used;
  }

  // "2pm" → "two PM", "10:30am" → "ten thirty AM".
  static std::optional<std::string> attached_am_pm(const std::string& text) {
    const std::string key = lower(text);
    for (const std::string_view suffix : {"am", "pm", "a.m.", "p.m."}) {
      if (key.size() > suffix.size() && key.ends_with(suffix)) {
        const std::string time = text.substr(0, text.size() - suffix.size());
        const std::string marker = suffix[0] == 'a' ? "AM" : "PM";
        if (all_digits(time) && time.size() <= 2 && std::stoi(time) <= 12) return cardinal_words(time) + " " + marker;
        if (const auto clock = clock_time(time, true)) return *clock + " " + marker;
      }
    }
    return std::nullopt;
  }

  size_t measure(size_t i) {
    const Piece p = piece(i);
    // "2x8 m2": two by eight square meters.
    if (const size_t x = p.core.find('x'); x != std::string::npos && x > 0 && all_digits(p.core.substr(0, x)) &&
                                           all_digits(p.core.substr(x + 1))) {
      const Piece unit_piece = piece(i + 1);
      if (const auto unit = unit_words(unit_piece.core, true); unit && unit_piece.core.size() >= 2) {
        emit({p.lead, "", unit_piece.trail},
             cardinal_words(p.core.substr(0, x)) + " by " + cardinal_words(p.core.substr(x + 1)) + " " + *unit);
        return 2;
      }
    }
    const auto number = parse_number(p.core);
    if (!number) return 0;
    size_t k = i + 1;
    std::string scale;
    if (const auto s = scale_word(piece(k).core); s && piece(k).core.size() > 1 && piece(k).trail.empty()) {
      scale = *s;
      ++k;
    }
    const Piece unit_piece = piece(k);
    const bool plural = !(number->whole == "1" && !number->has_point && scale.empty());
    const auto unit = unit_words(unit_piece.core, plural);
    if (!unit || unit_piece.core.size() < 2 || unit_piece.core == "in" || unit_piece.core == "am") {
      // "m" and "in" alone are too often words.
      return 0;
    }
    std::string words = quantity_words(*number);
    if (!scale.empty()) words += " " + scale;
    emit({p.lead, "", unit_piece.trail}, words + " " + *unit);
    return k - i + 1;
  }

  size_t address(size_t i) {
    const Piece p = piece(i);
    if (!all_digits(p.core) || p.core.size() < 3 || p.core.size() > 4 || !p.trail.empty()) return 0;
    // Up to three capitalized words, directions or ordinals, then a street word.
    for (size_t k = i + 1; k <= i + 4 && k < tokens_.size(); ++k) {
      const Piece w = piece(k);
      static constexpr std::array<std::string_view, 12> streets = {"St", "St.", "Street", "Ave", "Ave.", "Avenue",
                                                                   "Rd", "Rd.", "Road", "Blvd", "Expy", "Way"};
      bool street = false;
      for (const auto s : streets) street = street || w.core == s;
      if (street && k > i + 1) {
        const std::string& d = p.core;
        std::string number;
        if (d.size() == 4) {
          number = cardinal_words(d.substr(0, 2)) + " " + (d[2] == '0' ? (d[3] == '0' ? "hundred" : "oh " + digit_words(d.substr(3))) : cardinal_words(d.substr(2)));
        } else {
          number = digit_words(d.substr(0, 1)) + " " + (d[1] == '0' ? "oh " + digit_words(d.substr(2)) : cardinal_words(d.substr(1)));
        }
        emit({p.lead, "", ""}, number);
        return 1;
      }
      const bool part = capitalized(w.core) || ordinal(w.core).has_value();
      if (!part || !w.trail.empty()) return 0;
    }
    return 0;
  }

  // One token on its own.
  std::string word(size_t i, const Piece& p) {
    const std::string& core = p.core;
    if (core.empty()) return core;
    const std::string previous = i > 0 ? piece(i - 1).core : "";
    const std::string next = piece(i + 1).core;
    if (const auto a = abbreviation(core, previous, next)) {
      // A street name's full stop also ended the sentence when a capital follows.
      // The abbreviation's full stop may also have ended the sentence: at the end of the
      // text, or before a capital (but titles come before names, and "the U.S. Senate"
      // goes on).
      static constexpr std::array<std::string_view, 17> titles = {
          "Mister", "Missus", "Miz", "Doctor", "Saint", "Senator", "Representative", "Governor", "General",
          "Lieutenant", "Colonel", "Sergeant", "Captain", "Professor", "Reverend", "President", "number"};
      bool title = false;
      for (const auto t : titles) title = title || *a == t;
      const bool spelled = a->size() >= 3 && (*a)[1] == ' ';
      if (core.ends_with('.') && !title && (next.empty() || (!spelled && capitalized(next)))) return *a + ".";
      return *a;
    }
    if (i > 0 && piece(i - 1).trail == ",") {
      if (const auto state = state_name(core); state && (next.empty() || all_digits(next))) return *state;
    }
    if (i > 0 && all_digits(previous) && core.size() == 1 && std::string_view("NSEW").find(core[0]) != std::string_view::npos &&
        (capitalized(next) || ordinal(next))) {
      return core == "N" ? "North" : core == "S" ? "South" : core == "E" ? "East" : "West";
    }
    if (is_roman(core) && core != "I" && i > 0) {
      static constexpr std::array<std::string_view, 16> counted = {
          "War", "Chapter", "Part", "Volume", "Act", "Phase", "Book", "Article", "Title", "Section",
          "Level", "Stage", "Round", "Type", "Class", "Bowl"};
      for (const auto c : counted) {
        if (previous == c) return cardinal_words(std::to_string(roman_value(core)));
      }
      if (capitalized(previous) && core.size() >= 2) return "the " + ordinal_words(std::to_string(roman_value(core)));
    }
    if (const auto m = money(core)) return *m;
    if (const size_t dash = core.find('-'); dash != std::string::npos && dash > 0) {
      if (const auto r = range(core.substr(0, dash), core.substr(dash + 1))) return *r;
    }
    if (const auto o = ordinal(core)) return *o;
    if (const auto d = decade(core)) return *d;
    if (const auto d = numeric_date(core)) return *d;
    if (const auto f = fraction(core)) return *f;
    if (const auto phone = phone_or_address(core)) return *phone;
    if (const auto n = parse_number(core)) return number_words(*n);
    if (const auto q = attached_quantity(core)) return *q;
    if (looks_electronic(core)) return electronic(core);
    if (core.find('/') != std::string::npos) {
      if (const auto s = slashed(core)) return *s;
    }
    if (const auto a = alphanumeric(core)) return *a;
    if (core == "x" && i > 0 && all_digits(previous)) return core;
    return symbols_as_words(core);
  }

  // "12kg", "30°C", "12%", "5km/h", "4.4x", "2x8", "12kg/kg", "12/kg".
  static std::optional<std::string> attached_quantity(const std::string& core) {
    size_t split = 0;
    if (core[0] == '-' || core[0] == '.') split = 1;
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
    if (const auto unit = unit_words(rest, plural)) return quantity_words(*number) + " " + *unit;
    if (rest == "x" || rest == "X") return quantity_words(*number) + " x";
    if (rest[0] == 'x' && all_digits(rest.substr(1))) return quantity_words(*number) + " x " + cardinal_words(rest.substr(1));
    if (const auto s = scale_word(rest); s && rest.size() <= 2) return quantity_words(*number) + " " + *s;
    return std::nullopt;
  }

  // "2010-2014", "1960s-1980s", "$50.00-$100.00", "2-5lb", "2x8 m2" handled elsewhere.
  static std::optional<std::string> range(const std::string& a, const std::string& b) {
    if (money(a) && money(b)) return *money(a) + " to " + *money(b);
    if (decade(a) && decade(b)) return *decade(a) + " to " + *decade(b);
    if (all_digits(a) && all_digits(b) && a.size() == 4 && b.size() == 4) {
      return year_words(std::stoi(a)) + " to " + year_words(std::stoi(b));
    }
    if (all_digits(a) && a.size() <= 3) {
      if (const auto q = attached_quantity(b)) return cardinal_words(a) + " to " + *q;
      if (all_digits(b) && b.size() <= 3) return cardinal_words(a) + "-" + cardinal_words(b);
    }
    return std::nullopt;
  }

  // "upgrade/update", "31/31/100", "123/261788/2021".
  static std::optional<std::string> slashed(const std::string& core) {
    const auto parts = split(core, '/');
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
    if (words && core != "and/or") {
      for (const auto part : parts) join(out, (out.empty() ? "" : "slash ") + std::string(part));
      return out;
    }
    if (core == "and/or") return std::string("and or");
    return std::nullopt;
  }

  std::vector<std::string> tokens_;
  std::string out_;
};

}  // namespace

std::string normalize_text(std::string_view text) { return Normalizer(text).run(); }

}  // namespace narrate
