#include "text/normalizing/pieces.h"

#include <algorithm>
#include <cstdlib>

#include "text/normalize_tables.h"
#include "text/number_words.h"

namespace narrate::normalizing {
namespace {

bool letters_with_stops(std::string_view core) {  // "U.S.", "e.s.t.", "U.K."
  if (core.size() < 4 || core.size() % 2 != 0) return false;
  for (size_t k = 0; k < core.size(); k += 2) {
    if (!is_alpha(core[k]) || core[k + 1] != '.') return false;
  }
  return true;
}

bool keeps_final_dot(std::string_view core) {
  if (core == "St." || core == "Dr.") return true;
  if (tables::us_state(core) || party_label(core)) return true;  // "Calif.", "D-N.Y."
  const std::string key = lower(core);
  if (key.ends_with("a.m.") || key.ends_with("p.m.")) return true;  // "10:30a.m." too
  if (tables::abbreviation(core)) return true;
  // "Oct.-Dec.", "Mon.–Fri.": a range of months or days ending in an abbreviation.
  for (const std::string_view dash_mark : {std::string_view("-"), std::string_view("\xE2\x80\x93")}) {
    const size_t dash = core.find(dash_mark);
    if (dash == std::string_view::npos || dash == 0) continue;
    const std::string_view first = core.substr(0, dash), last = core.substr(dash + dash_mark.size());
    // ("Sun." and "Sat." are not in the abbreviations table: alone they are too often words.)
    if ((month_name(first) || weekday_name(first)) && (keeps_final_dot(last) || weekday_name(last))) return true;
  }
  // "Jan.", "sept.": an abbreviation's stop; "July." and "June." end a sentence.
  if (const auto month = month_name(core); month && core.size() <= 5 && lower(core.substr(0, core.size() - 1)) != lower(*month)) {
    return true;
  }
  return letters_with_stops(core);
}

constexpr std::array<std::string_view, 10> kOpening = {"(", "\"", "\xE2\x80\x9C", "\xE2\x80\x98", "\xC2\xAB",
                                                       "\xE2\x80\xB9", "\xE2\x80\x9E", "'", "\xC2\xBF", "\xC2\xA1"};

constexpr std::array<std::string_view, 15> kClosing = {"\xE2\x80\x94", "...", ",", ";", ":", "!", "?", ")", "\"", "\xE2\x80\x9D",
                                                       "\xE2\x80\x99", "\xC2\xBB", "\xE2\x80\xBA", "'",
                                                       "\xE2\x80\xA6"};

}  // namespace

thread_local bool t_day_first_text = false;

const char* party_of_label(std::string_view core) {
  if (core.size() < 4 || core[1] != '-') return nullptr;
  return core[0] == 'D' ? "Democrat" : core[0] == 'R' ? "Republican" : core[0] == 'I' ? "Independent" : nullptr;
}

std::optional<std::string> party_label(std::string_view core) {
  const char* party = party_of_label(core);
  if (party == nullptr) return std::nullopt;
  if (tables::us_state_name(core.substr(2))) return std::string(party) + " of " + std::string(core.substr(2));
  const auto state = tables::us_state(core.substr(2));
  if (!state) return std::nullopt;
  return std::string(party) + " of " + state->name;
}

const LeadSign* lead_sign(std::string_view text) {
  for (const auto& s : kLeadSigns) {
    if (text.starts_with(s.sign)) return &s;
  }
  return nullptr;
}

double amount_value(std::string_view text) {
  size_t k = 0;
  while (k < text.size() && !is_digit(text[k])) ++k;
  size_t end = k;
  while (end < text.size() && (is_digit(text[end]) || text[end] == ',' || text[end] == '.')) ++end;
  const auto number = parse_number(text.substr(k, end - k));
  if (!number) return 0;
  std::string digits = number->whole + (number->has_point ? "." + number->fraction : "");
  double value = std::strtod(digits.c_str(), nullptr);
  if (end == text.size()) return value;
  static constexpr std::array<std::pair<std::string_view, double>, 6> kScales = {
      {{"thousand", 1e3}, {"lakh", 1e5}, {"million", 1e6}, {"crore", 1e7}, {"billion", 1e9}, {"trillion", 1e12}}};
  const auto scale = scale_word(text.substr(end));
  for (const auto& [word, factor] : kScales) {
    if (scale == word) return value * factor;
  }
  return value;
}

bool starts_amount(std::string_view text) {
  if (text.empty()) return false;
  if (is_digit(text[0]) || (text[0] == '.' && text.size() > 1 && is_digit(text[1]))) return true;
  for (const auto& sign : tables::currency_signs()) {
    if (!sign.after && text.size() > sign.sign.size() && text.starts_with(sign.sign) && is_digit(text[sign.sign.size()])) return true;
  }
  return false;
}

bool currency_word(std::string_view word) {
  if (word.empty()) return false;
  const std::string lowered = lower(word);
  const auto last_word = [](std::string_view name) { return name.substr(name.rfind(' ') == std::string_view::npos ? 0 : name.rfind(' ') + 1); };
  return std::any_of(tables::currency_signs().begin(), tables::currency_signs().end(), [&](const tables::CurrencySign& sign) {
    return last_word(sign.currency.one) == lowered || last_word(sign.currency.many) == lowered;
  });
}

bool scaled_size(const Number& number, std::string_view scale) {
  return scale.size() > 1 || number.whole.size() <= 3 || number.whole.ends_with("00");
}

size_t possessive_ending(std::string_view word) {
  for (const std::string_view s : {"'s", "\xE2\x80\x99s"}) {
    if (word.ends_with(s)) return s.size();
  }
  return 0;
}

size_t century_apostrophe(std::string_view text) {
  for (const std::string_view mark : {std::string_view("'"), std::string_view("\xE2\x80\x99")}) {
    const size_t m = mark.size();
    if (text.starts_with(mark) && text.size() >= m + 2 && is_digit(text[m]) && is_digit(text[m + 1]) && (text.size() == m + 2 || !is_digit(text[m + 2]))) {
      return m;
    }
  }
  return 0;
}

Piece peel(std::string_view token) {
  Piece piece;
  size_t begin = 0, end = token.size();
  auto leading = [&](std::string_view mark) {
    if (end - begin > mark.size() && token.substr(begin, end - begin).starts_with(mark)) {
      piece.lead += mark;
      begin += mark.size();
      return true;
    }
    return false;
  };
  // An apostrophe eliding a year's century is unsaid ("the '90s", "class of '99", "in
  // '23", "('90s-era)"): not kept as an opening mark, which eSpeak NG would pause on.
  auto elision = [&] {
    const size_t mark = century_apostrophe(token.substr(begin, end - begin));
    if (mark == 0) return false;
    piece.elided = std::string(token.substr(begin, mark));
    begin += mark;
    return true;
  };
  for (bool more = true; more;) {
    more = false;
    if (elision()) break;
    for (const auto mark : kOpening) more = more || leading(mark);
    // "~6%", "(≈$5 billion)": a sign of "about" before an amount is said before its
    // words; so is the section sign before a number ("§175.10").
    if (const std::string_view rest = token.substr(begin, end - begin); const LeadSign* s = lead_sign(rest)) {
      const std::string_view amount = rest.substr(std::min(rest.size(), s->sign.size()));
      const bool money_sign = !amount.empty() && !is_digit(amount[0]) && amount[0] != '.';
      if (starts_amount(amount) && (!s->money_only || money_sign)) more = leading(s->sign) || more;
    }
  }
  auto trailing = [&](std::string_view mark) {
    if (end - begin > mark.size() && token.substr(begin, end - begin).ends_with(mark)) {
      piece.trail.insert(0, mark);
      end -= mark.size();
      return true;
    }
    return false;
  };
  for (bool more = true; more;) {
    more = false;
    for (const auto mark : kClosing) {
      // The inch mark of a height stays: "6'2\"".
      if (mark == "\"" || mark == "\xE2\x80\x9D") {
        const std::string_view inside = token.substr(begin, end - begin);
        const size_t foot = inside.find_first_of("'\xE2");
        if (inside.size() >= 4 && foot == 1 && is_digit(inside[0]) && is_digit(inside[inside.size() - mark.size() - 1])) continue;
      }
      // A ")" that closes a "(" inside the word stays: "401(k)", "+1(555)".
      if (mark == ")") {
        const std::string_view inside = token.substr(begin, end - begin);
        if (std::count(inside.begin(), inside.end(), '(') >= std::count(inside.begin(), inside.end(), ')')) continue;
      }
      more = more || trailing(mark);
    }
    const std::string_view core = token.substr(begin, end - begin);
    // A full stop before a comma or colon cannot end the sentence: it is the word's ("Ct.,").
    const bool clause_follows = !piece.trail.empty() && std::string_view(",;:").find(piece.trail[0]) != std::string_view::npos;
    if (core.size() > 1 && core.back() == '.' && !keeps_final_dot(core) && !core.ends_with("..") && !clause_follows) {
      piece.trail.insert(0, ".");
      --end;
      more = true;
    }
  }
  std::string_view core = token.substr(begin, end - begin);
  if (const size_t s = possessive_ending(core); s && core.size() > s + 1) {
    const std::string_view stem = core.substr(0, core.size() - s);
    // (Letters with stops, an abbreviation's stop, letters and an ampersand: "U.S.'s",
    // "Apple Inc.'s", "King Jr.'s", "AT&T's", "Texas A&M's".)
    const size_t amp = stem.find('&');
    const bool ampersand = amp != std::string_view::npos && amp > 0 && amp + 1 < stem.size() &&
                           std::all_of(stem.begin(), stem.end(), [](char c) { return c == '&' || (c >= 'A' && c <= 'Z'); });
    if (letters_with_stops(stem) || (stem.ends_with('.') && tables::abbreviation(stem)) || ampersand) {
      piece.possessive = "'s";
      core = stem;
    }
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

bool is_time_zone(std::string_view token, std::string& out, bool after_clock) {
  const bool small = std::any_of(token.begin(), token.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  const size_t point = token.find('.');
  if (small && !after_clock && (point == std::string_view::npos || point + 1 == token.size())) return false;
  // "GMT+1", "UTC-5", "UTC+5:30": a zone and an offset in hours.
  std::string offset;
  if (const size_t sign = token.find_first_of("+-"); sign != std::string_view::npos && sign > 0) {
    const std::string_view hours = token.substr(sign + 1);
    const auto clock = clock_time(hours, true);
    if (!(all_digits(hours) && !hours.empty() && hours.size() <= 2) && !clock) return false;
    offset = std::string(token[sign] == '+' ? " plus " : " minus ") + (clock ? *clock : cardinal_words(hours));
    token = token.substr(0, sign);
  }
  const auto zone = tables::time_zone(token);
  if (!zone) return false;
  out = spelled_letters(*zone) + offset;
  return true;
}

Words clock_time(std::string_view token, bool before_am_pm) {
  const size_t colon = token.find_first_of(before_am_pm ? ":." : ":");
  if (colon == std::string_view::npos || colon == 0 || colon > 2) return std::nullopt;
  const std::string_view h = token.substr(0, colon);
  std::string_view m = token.substr(colon + 1), s;
  if (m.size() == 5 && m[2] == token[colon]) {
    s = m.substr(3);
    m = m.substr(0, 2);
  }
  if (m.size() != 2 || !all_digits(h) || !all_digits(m) || (!s.empty() && !all_digits(s))) return std::nullopt;
  const int hours = std::stoi(std::string(h)), minutes = std::stoi(std::string(m));
  const int seconds = s.empty() ? 0 : std::stoi(std::string(s));
  if (hours > 24 || minutes > 59 || seconds > 59) return std::nullopt;
  std::string out = cardinal_words(std::to_string(hours));
  if (!s.empty() && seconds == 0) s = {};  // "10:30:00" is half past ten
  if (minutes == 0 && seconds == 0 && !before_am_pm && (hours >= 13 || hours == 0)) {
    return out + " hundred";  // the 24-hour clock: "14:00" is fourteen hundred
  }
  if (!s.empty()) {
    out += minutes == 0 ? (hours >= 13 || hours == 0 ? " hundred" : " o'clock") : minutes < 10 ? " oh " + cardinal_words(std::to_string(minutes))
                                                     : " " + cardinal_words(std::to_string(minutes));
    return out + " and " + cardinal_words(std::to_string(seconds)) + (seconds == 1 ? " second" : " seconds");
  }
  if (minutes == 0) return before_am_pm ? out : out + " o'clock";
  if (minutes < 10) return out + " oh " + cardinal_words(std::to_string(minutes));
  return out + " " + cardinal_words(std::to_string(minutes));
}

Words elapsed_time(std::string_view token, bool taken) {
  size_t point = token.rfind('.');
  if (point == std::string_view::npos && taken && std::count(token.begin(), token.end(), ':') == 2) point = token.size();
  if (point == std::string_view::npos || point + 1 == token.size() ||
      (point < token.size() && !all_digits(token.substr(point + 1)))) {
    return std::nullopt;
  }
  const std::vector<std::string_view> fields = split(token.substr(0, point), ':');
  if (fields.size() < 2 || fields.size() > 3 || fields[0].empty() || fields[0].size() > 2) return std::nullopt;
  for (size_t k = 0; k < fields.size(); ++k) {
    if (!all_digits(fields[k]) || (k > 0 && (fields[k].size() != 2 || fields[k][0] > '5'))) return std::nullopt;
  }
  static constexpr std::array<std::string_view, 3> units = {"hour", "minute", "second"};
  std::string out;
  const size_t first = 3 - fields.size();
  for (size_t k = 0; k + 1 < fields.size(); ++k) {
    const int value = std::stoi(std::string(fields[k]));
    if (value == 0) continue;
    join(out, cardinal_words(std::to_string(value)) + " " + std::string(units[first + k]) + (value == 1 ? "" : "s"));
  }
  std::string_view whole_seconds = fields.back();
  if (whole_seconds.size() == 2 && whole_seconds[0] == '0') whole_seconds.remove_prefix(1);  // "1:00:05"
  const auto seconds = parse_number(std::string(whole_seconds) + std::string(token.substr(point)));
  if (!seconds) return std::nullopt;
  if (!out.empty() && seconds->whole == "0" && !seconds->has_point) return out;  // "1:00:00": one hour
  join(out, number_words(*seconds) + " seconds");
  return out;
}

bool ends_with_word(std::string_view text, std::string_view word) {
  return text == word || (text.size() > word.size() && text.ends_with(word) && text[text.size() - word.size() - 1] == ' ');
}

}  // namespace narrate::normalizing
