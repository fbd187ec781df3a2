// Dates: month-first and day-first dates, their ranges, life dates and datelines.
#include "text/normalizing/normalizer.h"

#include <cctype>
#include <cstdlib>

#include "text/number_words.h"

namespace narrate::normalizing {

std::vector<std::string> Normalizer::days_of(const std::string& core) {
  auto day = [](std::string text) -> std::optional<std::string> {
    if (ordinal(text) && text.size() > 2) text = text.substr(0, text.size() - 2);
    if (!all_digits(text) || text.size() > 2) return std::nullopt;
    const int d = std::stoi(text);
    if (d < 1 || d > 31) return std::nullopt;
    return ordinal_words(text);
  };
  if (const auto one = day(core)) return {*one};
  const auto [dash, length] = range_dash(core);
  if (dash == std::string::npos) return {};
  const auto from = day(core.substr(0, dash)), to = day(core.substr(dash + length));
  if (!from || !to) return {};
  return {*from, *to};
}

std::optional<std::pair<std::string, std::string>> Normalizer::day_into_month(const std::string& core) {
  const auto [dash, length] = range_dash(core);
  if (dash == std::string::npos) return std::nullopt;
  const auto from = days_of(core.substr(0, dash));
  const auto to_month = month_name(core.substr(dash + length));
  if (from.size() != 1 || !to_month) return std::nullopt;
  return std::make_pair(from[0], *to_month);
}

size_t Normalizer::emit_date(size_t i, size_t day_at, const std::string& words) {
  const Piece day = piece(day_at), year = piece(day_at + 1);
  if ((day.trail.empty() || day.trail == ",") && all_digits(year.core) && year.core.size() == 4) {
    emit({piece(i).lead, "", year.trail}, words + (day.trail.empty() ? " " : ", ") + date_year(year.core));
    return day_at + 2 - i;
  }
  emit({piece(i).lead, "", day.trail}, words);
  return day_at + 1 - i;
}

size_t Normalizer::month_first_date(size_t i, const std::string& month) {
  const Piece first = piece(i);
  const Piece day = piece(i + 1);
  if (!day.lead.empty()) return 0;  // "July (4)": not a date
  if (const auto days = days_of(day.core); !days.empty()) {
    return emit_date(i, i + 1, month + " " + days[0] + (days.size() == 2 ? " " + std::string(range_word(i)) + " " + days[1] : ""));
  }
  // "Nov. 5-Dec. 3": a range into another month. (The second month's stop is peeled as
  // the token's trail.)
  if (const auto into = day_into_month(day.core); into && (day.trail.empty() || day.trail == ".")) {
    const Piece to_day = piece(i + 2);
    const auto to = days_of(to_day.core);
    if (to.size() == 1 && to_day.lead.empty()) return emit_date(i, i + 2, month + " " + into->first + " to " + into->second + " " + to[0]);
  }
  if (all_digits(day.core) && day.core.size() == 4) {  // "July 1876"
    emit({first.lead, "", day.trail}, month + " " + date_year(day.core));
    return 2;
  }
  if (first.core.size() > 3 && !(month == "May" || month == "March")) {
    // "in Dec. The": an abbreviation's stop before a capital (not a day) or at the end
    // is the sentence's too.
    emit(first, month + (kept_stop_ends_sentence(i) ? "." : ""));
    return 1;
  }
  return 0;
}

size_t Normalizer::date_range_end(size_t i, size_t j, bool month_day) {
  if (!piece(j - 1).trail.empty() || !is_dash(token(j))) return 0;
  const Piece after = piece(j + 1);
  const bool month_first = month_name(after.core) && (!days_of(piece(j + 2).core).empty() ||
                                                       (all_digits(piece(j + 2).core) && piece(j + 2).core.size() == 4));
  const bool day_first = after.trail.empty() && !days_of(after.core).empty() && month_name(piece(j + 2).core);
  if (after.lead.empty() && (month_first || day_first)) {
    join(out_, std::string(range_word(i)));
    return 1;
  }
  if (const auto days = days_of(after.core); month_day && after.lead.empty() && days.size() == 1) {
    emit({"", "", after.trail}, std::string(range_word(i)) + " " + days[0]);
    return 2;
  }
  return 0;
}

size_t Normalizer::day_after_word(size_t i, size_t j) {
  const Piece joiner = piece(j), after = piece(j + 1);
  static constexpr std::array<std::string_view, 7> joiners = {"to", "through", "thru", "and", "or", "until", "till"};
  const std::string word = lower(joiner.core);
  if (!piece(j - 1).trail.empty() || !joiner.lead.empty() || !joiner.trail.empty() || !listed(word, joiners) ||
      !after.lead.empty()) {
    return 0;
  }
  // (Days or spans of days: "March 5-7 and 12-14".)
  const auto first = days_of(piece(j - 1).core), second = days_of(after.core);
  const auto last_day = [](const std::string& core) {
    const auto [dash, length] = range_dash(core);
    return std::atoi(core.c_str() + (dash == std::string::npos ? 0 : dash + length));
  };
  if (first.empty() || second.empty() || !is_digit(after.core[0]) || std::atoi(after.core.c_str()) <= last_day(piece(j - 1).core) ||
      (first.size() == 1 && second.size() == 2 && word == "to")) {
    return 0;
  }
  const std::string following = piece(j + 2).core;
  std::string marker;
  // ("July 4 and 5 Republicans", "Aug. 2 and 3 of the victims": a count.)
  const bool plural_name = capitalized(following) && following.ends_with('s') && !month_name(following) && !weekday_name(following);
  if (after.trail.empty() && !following.empty() &&
      (is_am_pm(following, marker) || (is_lowercase_word(following) && !is_function_word(following)) || following == "p.m." ||
       following == "a.m." || following == "of" || plural_name)) {
    return 0;
  }
  const std::string days = second[0] + (second.size() == 2 ? " " + std::string(range_word(i)) + " " + second[1] : "");
  emit({"", "", after.trail}, (word == "to" ? std::string(range_word(i)) : word) + " " + days);
  return 2;
}

bool Normalizer::day_listed_before_month(size_t i) const {
  for (size_t k = i; k < i + 12; ++k) {
    const Piece d = piece(k), next = piece(k + 1);
    if (days_of(d.core).size() != 1 || !all_digits(d.core) || !d.lead.empty() || (k > i && !next.lead.empty())) return false;
    if (k > i && std::atoi(d.core.c_str()) <= std::atoi(piece(k - 1).core.c_str())) return false;
    if (d.trail == ",") continue;
    const Piece last = piece(k + 2);
    return k > i && d.trail.empty() && (next.core == "and" || next.core == "or") && next.trail.empty() && last.lead.empty() &&
           last.trail.empty() && all_digits(last.core) && days_of(last.core).size() == 1 &&
           std::atoi(last.core.c_str()) > std::atoi(d.core.c_str()) && month_name(piece(k + 3).core) &&
           (piece(k + 3).core != "may" || (all_digits(piece(k + 4).core) && piece(k + 4).core.size() == 4)) &&  // "6 may be"
           !said_last({"aged", "ages", "age"});
  }
  return false;
}

size_t Normalizer::day_first_date(size_t i) {
  const Piece first = piece(i);
  auto days = days_of(first.core);
  if (first.trail == "," && day_listed_before_month(i)) {
    emit(first, (out_.ends_with("the") || out_.ends_with("The") ? "" : "the ") + days[0]);
    return 1;
  }
  // "6 - 8 January", "from 6 to 8 March", "5 and 6 March": a range or a pair of days in
  // three tokens, read as "6-8 January" is. `d` is the piece of the last day.
  size_t d = i;
  const Piece between = piece(i + 1);
  // (The second day after the first, and no day after the month: "voted 6 to 3 June 24",
  // "open 10 to 6 April through October" are no span.)
  const auto day_number = [&](size_t k) { return std::atoi(piece(k).core.c_str()); };
  if (days.size() == 1 && first.trail.empty() && between.lead.empty() && between.trail.empty() &&
      (is_dash(token(i + 1)) || between.core == "to" || between.core == "and" || between.core == "or" || between.core == "through") &&
      piece(i + 2).lead.empty() && month_name(piece(i + 3).core) &&
      day_number(i + 2) > day_number(i) && days_of(piece(i + 4).core).empty() && !said_last({"aged", "ages", "age"})) {
    if (const auto to = days_of(piece(i + 2).core); to.size() == 1) {
      days.push_back(to[0]);
      d = i + 2;
    }
  }
  const Piece day = piece(d);
  // "Volume 5, July 2001": a comma parts a number from the month that follows, unless
  // the number opens the sentence or a bracket ("(13, July, 2013)").
  if (days.empty() || (!day.trail.empty() && (day.trail != "," || !(first.lead.starts_with('(') || opens_sentence(i))))) return 0;
  const Piece month_piece = piece(d + 1);
  const auto month = month_name(month_piece.core);
  const Piece year = piece(d + 2);
  const bool has_year = month_piece.trail.empty() && all_digits(year.core) && year.core.size() == 4;
  // "5 may" is more often a number and a verb, unless a year follows.
  if (!month || !month_piece.lead.empty() || (month_piece.core == "may" && !has_year)) return 0;
  const bool after_the = out_.ends_with("the") || out_.ends_with("The");
  std::string words = (after_the ? "" : "the ") + days[0];
  const bool listed_day = d > i && (between.core == "and" || between.core == "or" || between.core == "through");  // "5 and 6 March"
  if (days.size() == 2) words += " " + (listed_day ? between.core : std::string(range_word(i))) + " the " + days[1];
  words += " of " + *month;
  if (has_year) {
    emit({first.lead, "", year.trail}, words + " " + date_year(year.core));
    return d - i + 3;
  }
  emit({first.lead, "", month_piece.trail}, words + (kept_stop_ends_sentence(d + 1) ? "." : ""));  // "on 12 Apr."
  return d - i + 2;
}

size_t Normalizer::life_date(size_t i) {
  const Piece p = piece(i);
  if ((p.core != "b" && p.core != "d") || p.trail != ".") return 0;
  // Where a life is given: opening a bracket, after a name and a comma ("Smith, b.
  // 1808"), or "d." a few words after such a "b." ("(b. Eisenach, 1685; d. Leipzig,
  // 1750)"; not a list's letters: "a. 1944 b. 1945", "plan b. 2024", "vitamin d.").
  const auto opens_life = [&](size_t k) {
    const bool after_name = k > 0 && (piece(k - 1).trail == "," || piece(k - 1).trail == ";") && capitalized(piece(k - 1).core);
    return piece(k).lead.starts_with('(') || after_name;
  };
  bool after_birth = false;
  for (size_t k = i; p.core == "d" && k > 0 && k + 5 > i; --k) {
    after_birth = after_birth || (piece(k - 1).core == "b" && piece(k - 1).trail == "." && opens_life(k - 1));
  }
  if (!(opens_life(i) || after_birth)) return 0;
  const Piece next = piece(i + 1);
  const auto year = [](const Piece& t) { return (t.core.size() == 3 || t.core.size() == 4) && all_digits(t.core) && t.core[0] != '0'; };
  const bool circa = next.core == "c." || next.core == "ca." || next.core == "circa";
  // A year with nothing after it but a pause, "or" or "in" ("b. 1923 or 1924"; not "b.
  // 400 volts"), or a day and a month.
  const std::string after_year = lower(piece(i + 2).core);
  const bool dated = (year(next) && (!next.trail.empty() || after_year == "or" || after_year == "in" || after_year.empty() ||
                                     piece(i + 2).core == "d")) ||
                     (!days_of(next.core).empty() && month_name(piece(i + 2).core)) ||
                     (month_name(next.core) && next.core.size() > 2 && !days_of(piece(i + 2).core).empty());
  // A place, a comma and a year: "b. Eisenach, 1685".
  const bool placed = capitalized(next.core) && next.trail == "," && year(piece(i + 2));
  if (!next.lead.empty() || !(circa || dated || placed)) return 0;
  emit({p.lead, "", ""}, p.core == "b" ? "born" : "died");
  return 1;
}

std::optional<std::string> Normalizer::slashed_year_span(std::string_view core) {
  const size_t start = core.starts_with("FY") ? 2 : 0;
  const size_t slash = core.find('/');
  if (slash != start + 4 || !all_digits(core.substr(start, 4)) || !all_digits(core.substr(slash + 1))) return std::nullopt;
  const int year = std::stoi(std::string(core.substr(start, 4)));
  const std::string_view end = core.substr(slash + 1);
  if (year < 1900 || year > 2099 || (end.size() != 2 && end.size() != 4)) return std::nullopt;
  const int next = std::stoi(std::string(end));
  if (next != (end.size() == 2 ? (year + 1) % 100 : year + 1)) return std::nullopt;
  std::string hyphenated(core);
  hyphenated[slash] = '-';
  return hyphenated;
}

bool Normalizer::in_dateline(size_t i) const {
  constexpr size_t kLongestPlace = 4;
  if (i >= kLongestPlace) return false;
  for (size_t k = 0; k < kLongestPlace; ++k) {
    const Piece p = piece(k);
    if (p.core.size() < 2 || !all_capitals(p.core) || (k > 0 && !p.lead.empty())) return false;
    // A wire credit in brackets before the dash ("(AP) —"), or the dash itself.
    const auto is_long_dash = [&](size_t j) { return is_dash(piece(j).core) || piece(j).core == "\xE2\x80\x94"; };
    const auto credit_or_dash = [&](size_t j) {
      const Piece after = piece(j);
      return is_long_dash(j) || (after.lead == "(" && after.trail == ")" && is_long_dash(j + 1));
    };
    if (p.trail.empty() && credit_or_dash(k + 1)) return i <= k;  // "NEW YORK (AP) —"
    if (p.trail == ",") {  // "KYIV, Ukraine (AP) —": a region, then the credit or the dash
      for (size_t j = k + 2; j <= k + 4; ++j) {
        if (credit_or_dash(j)) return i <= k;
        if (!piece(j - 1).trail.empty() && piece(j - 1).trail != ".") return false;
      }
      return false;
    }
    if (!p.trail.empty()) return false;
  }
  return false;
}

std::string Normalizer::dateline_word(const std::string& capitals) {
  std::string out = capitals;
  for (size_t k = 1; k < out.size(); ++k) out[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[k])));
  return out;
}

}  // namespace narrate::normalizing
