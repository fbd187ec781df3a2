// Times of day: clocks with colons and dots, a.m. and p.m., time zones.
#include "text/normalizing/normalizer.h"

#include <algorithm>

#include "text/normalize_tables.h"
#include "text/number_words.h"

namespace narrate::normalizing {

std::optional<std::string> Normalizer::point_clock(const std::string& core) {
  const size_t point = core.find('.');
  if (point == std::string::npos || point < 1 || point > 2 || core.size() != point + 3) return std::nullopt;
  std::string colon = core;
  colon[point] = ':';
  return clock_time(colon, false);
}

std::optional<std::string> Normalizer::dotted_clock(size_t i, bool in_list) const {
  const Piece p = piece(i);
  const auto clock = p.lead.empty() ? point_clock(p.core) : std::nullopt;
  const size_t point = p.core.find('.');
  if (!clock || !all_digits(p.core.substr(0, point)) || !all_digits(p.core.substr(point + 1)) || i == 0 || !piece(i - 1).trail.empty()) {
    return std::nullopt;
  }
  // An hour from one ("0.25" is a price or a rate).
  const int hour = std::stoi(p.core.substr(0, point)), minutes = std::stoi(p.core.substr(point + 1));
  if (hour < 1) return std::nullopt;
  // An hour written with its nought after a word of time, which no amount has: "until
  // 05.30" (even where a market's word is near: "closed until 05.30").
  static constexpr std::array<std::string_view, 6> time_words = {"at", "from", "until", "till", "before", "after"};
  const std::string before = lower(piece(i - 1).core);
  // (Not before what it measures or counts: "from 03.50 to 04.10 percent", "02.30 bar",
  // "after 01.05 installs", "from 23.00 points".)
  const std::string measured = p.trail.empty() ? lower(piece(i + 1).core) : "";
  const bool measure_after = measured == "percent" || measured == "million" || measured == "billion" || measured == "points" ||
                             measured == "per" || measured == "pct" || (tables::unit(measured) && !is_function_word(measured) &&
                                                                        measured != "am" && measured != "pm") || currency_word(measured) ||
                             (is_lowercase_word(measured) && measured.size() > 4 && measured.ends_with('s') && measured != "hours" &&
                              measured != "hrs" && measured != "these" && measured != "those");
  if (measure_after) return std::nullopt;
  // (Nor the start of a span whose end measures: "from 03.50 to 04.10 percent".)
  const auto measured_end = [&] {
    const std::string joint = lower(piece(i + 1).core);
    if (!p.trail.empty() || (joint != "to" && joint != "and" && joint != "until" && joint != "till")) return false;
    const std::string w = piece(i + 2).trail.empty() ? lower(piece(i + 3).core) : "";
    return w == "percent" || w == "points" || w == "per" || w == "a" || currency_word(w) || (tables::unit(w) && !is_function_word(w));
  };
  if (p.core[0] == '0' && point == 2 && listed(before, time_words) && !measured_end()) return clock;
  // The first of a span whose end is a clock: "from 23.00 on Saturday until 05.30".
  bool span_to_clock = false;
  for (size_t k = i + 1; in_list && before == "from" && k < i + 6 && k + 1 < pieces_.size() && !span_to_clock; ++k) {
    const std::string w = lower(piece(k).core);
    span_to_clock = (w == "until" || w == "till" || w == "to") && piece(k).trail.empty() && dotted_clock(k + 1, false);
  }
  if (span_to_clock) return clock;
  // Not where a price or a rate is spoken of ("the pound was at 1.25 this morning").
  static constexpr std::array<std::string_view, 42> market = {
      "pound", "euro", "dollar", "yen", "shares", "stock", "stocks", "price", "prices", "rate", "rates", "yield",
      "yields", "index", "sterling", "traded", "trading", "closed", "fell", "rose", "gilts", "bonds", "bond", "odds",
      "cable", "loonie", "aussie", "kiwi", "franc", "rupee", "inflation", "CPI", "gold", "silver", "oil", "copper",
      "real", "peso", "yuan", "rand", "unemployment", "came"};
  if (word_near(i, 8, market)) return std::nullopt;
  // (Nor near a percentage, a currency pair or an amount: "EUR/USD was at 1.10 this
  // morning".)
  for (size_t k = i >= 8 ? i - 8 : 0; k <= i + 8 && k < pieces_.size(); ++k) {
    const std::string& w = piece(k).core;
    if (k != i && (w.find('%') != std::string::npos || w.find('/') != std::string::npos || money(w))) return std::nullopt;
  }
  const Piece next = piece(i + 1);
  const std::string after = lower(next.core), then = lower(piece(i + 2).core);
  const auto part_of_day = [&](size_t k) {
    const std::string w = lower(piece(k).core);
    return w == "morning" || w == "afternoon" || w == "evening";
  };
  // After "at" (or "until", ...) and before a word of the day's time ("tonight", "this
  // morning", "in the afternoon", "local time"); a weekday or "today" says as well a
  // price's day and is not enough.
  const bool close = p.trail.empty() && next.trail.empty();
  const bool when_follows = p.trail.empty() && (after == "tonight" || (close && after == "this" && part_of_day(i + 2)) ||
                                                (close && after == "in" && then == "the" && piece(i + 2).trail.empty() && part_of_day(i + 3)) ||
                                                (close && after == "local" && then == "time"));
  // A train's: "the 18.05 service to Glasgow", "the 10.30 from Euston" (not "the 2.50
  // service fee", "the 1.25 from last year").
  const bool noun_after_service = close && is_lowercase_word(then) && then != "to" && then != "from" && then != "for" && then != "at";
  // A race's too: "the 3.15 at Cheltenham".
  const bool train = before == "the" && p.trail.empty() &&
                     (((after == "service" || after == "train" || after == "departure") && !noun_after_service) ||
                      (close && (after == "from" || after == "at") && capitalized(piece(i + 2).core)));
  // After a word of time with a verb of travel before it, "leaves at 8.10", "arrives at
  // 11.27", "due at 6.42".
  static constexpr std::array<std::string_view, 16> travel = {"leaves", "leave", "left", "leaving", "departs", "depart", "departed", "departing",
                                                              "arrives", "arrive", "arrived", "arriving", "due", "lands", "landed", "sails"};
  // (Not a rate or a price: "growth arrived at 2.45 percent", "arrives at 12.50 per head".)
  const bool rate_after = p.trail.empty() && (after == "percent" || after == "per" || after == "pct" || after == "points" ||
                                              (after == "a" && (then == "share" || then == "head" || then == "piece")));
  const bool timetable = listed(before, time_words) && !rate_after && i >= 2 && piece(i - 2).trail.empty() &&
                         listed(lower(piece(i - 2).core), travel);
  // (Not a level: "the yuan was at 7.25 this morning", "backed at 1.40 tonight",
  // "expected to peak at 5.40 this evening".)
  static constexpr std::array<std::string_view, 16> level_verbs = {"was", "were", "is", "are", "be", "been", "stood", "traded", "backed",
                                                                   "matched", "priced", "peak", "peaked", "hit", "reached", "remained"};
  const bool level = i >= 2 && piece(i - 2).trail.empty() && listed(lower(piece(i - 2).core), level_verbs);
  const bool listed_after_clock = in_list && i >= 2 && (before == "and" || before == "or" || before == "to") &&
                                  piece(i - 2).trail.empty() && dotted_clock(i - 2, false);
  if (train || timetable || listed_after_clock) return clock;
  // Elsewhere a clock's minutes are in fives ("at 1.27 tonight" is a price).
  if (listed(before, time_words) && when_follows && !level && minutes % 5 == 0) return clock;
  return std::nullopt;
}

std::optional<std::pair<std::string, bool>> Normalizer::hours_and_minutes(const std::string& core, const std::string& next) {
  const size_t h = core.find('h');
  if (h == 0 || h == std::string::npos || !all_digits(core.substr(0, h)) || h > 3) return std::nullopt;
  auto minutes_of = [](std::string_view m) -> std::optional<int> {
    for (const std::string_view unit : {"min", "m"}) {
      if (m.size() > unit.size() && m.ends_with(unit) && m.size() - unit.size() <= 2 && all_digits(m.substr(0, m.size() - unit.size()))) {
        return std::stoi(std::string(m.substr(0, m.size() - unit.size())));
      }
    }
    return std::nullopt;
  };
  const int hours = std::stoi(core.substr(0, h));
  const auto said = [&](int minutes) {
    return cardinal_words(std::to_string(hours)) + (hours == 1 ? " hour " : " hours ") + cardinal_words(std::to_string(minutes)) +
           (minutes == 1 ? " minute" : " minutes");
  };
  if (h + 1 < core.size()) {
    if (const auto m = minutes_of(std::string_view(core).substr(h + 1)); m && *m < 60) return std::make_pair(said(*m), false);
    return std::nullopt;
  }
  if (const auto m = minutes_of(next); m && *m < 60) return std::make_pair(said(*m), true);
  return std::nullopt;
}

std::optional<std::string> Normalizer::hour_before_am_pm(const std::string& written) {
  if (const auto clock = clock_time(written, true)) return clock;
  if (all_digits(written) && !written.empty() && written.size() <= 2 && std::stoi(written) <= 12) return cardinal_words(written);
  return std::nullopt;
}

bool Normalizer::ratio_at(size_t i) const {
  const std::string& core = piece(i).core;
  const size_t colon = core.find(':');
  if (colon == std::string::npos || colon == 0 || colon > 3 || core.size() - colon - 1 > 3 || core.size() == colon + 1 ||
      !all_digits(core.substr(0, colon)) || !all_digits(core.substr(colon + 1)) || core[colon + 1] == '0') {
    return false;
  }
  // (The ratio named first: not "At 10:35 the ratio fell"; nor a clock after a word of
  // time, "the ratio at 10:30", "by 3:45 p.m.".)
  static constexpr std::array<std::string_view, 9> timed = {"at", "by", "from", "until", "till", "before", "after", "since", "around"};
  std::string marker;
  if ((i > 0 && listed(lower(piece(i - 1).core), timed)) || is_am_pm(piece(i + 1).core, marker)) return false;
  for (size_t k = i; k > 0 && k + 4 > i; --k) {
    const std::string word = lower(piece(k - 1).core);
    if (word == "ratio" || word == "ratios") return true;
  }
  return false;
}

size_t Normalizer::time_of_day(size_t i) {
  const Piece p = piece(i);
  if (ratio_at(i)) return 0;  // "the ratio is 1:28"
  std::string am_pm, zone;
  static constexpr std::array<std::string_view, 10> time_words = {"at", "by", "from", "until", "till", "to", "before", "after", "around", "since"};
  // ("at about 1400 hrs": "at" and a word of about before it.)
  const bool at_about = i > 1 && piece(i - 2).trail.empty() && lower(piece(i - 2).core) == "at" &&
                        (lower(piece(i - 1).core) == "about" || lower(piece(i - 1).core) == "approximately");
  const bool after_time_word = i > 0 && piece(i - 1).trail.empty() &&
                               (at_about || std::find(time_words.begin(), time_words.end(), lower(piece(i - 1).core)) != time_words.end());
  // A time taken: "won in 2:03:23", "a 2:15:25 marathon", "(2:08:14)". Hours, minutes
  // and seconds with an hour of one digit are a clock only after a word of time or
  // before AM, PM, a zone or "local" ("at 1:32:15 p.m."); two digits are a clock
  // ("14:02:33", "23:59:59").
  std::string marker_after, zone_after;
  const bool in = i > 0 && piece(i - 1).trail.empty() && lower(piece(i - 1).core) == "in";
  const bool clock_follows = is_am_pm(piece(i + 1).core, marker_after) || lower(piece(i + 1).core) == "local" ||
                             (p.trail.empty() && zone_at(i + 1, zone_after, true));
  const bool one_digit_hour = p.core.size() > 1 && p.core[1] == ':';
  if (in || (std::count(p.core.begin(), p.core.end(), ':') == 2 && one_digit_hour && !after_time_word && !clock_follows)) {
    if (const auto taken = elapsed_time(p.core, true)) {
      emit(p, *taken);
      return 1;
    }
  }
  // The 24-hour clock in four digits before a zone: "0817 GMT" is "oh eight seventeen
  // G.M.T.", "1400 UTC" "fourteen hundred", "0900 GMT" "oh nine hundred".
  // So is one before "hrs" or "hours" ("at 1400 hrs", as the military writes it) and one
  // before "local time", where a time is spoken of ("at 0300 local time").
  const bool nought = p.core.size() == 4 && p.core[0] == '0';  // "0800 hours": no count has a leading nought
  const bool timed = p.lead == "(" || after_time_word || nought;
  const std::string after_clock = piece(i + 1).core;
  // (Not a count: "logged 2000 hours", "sentenced to 1000 hours of community service".)
  const bool hours_after = timed && (after_clock == "hrs" || after_clock == "hours") && piece(i + 2).core != "of" &&
                           (i == 0 || lower(piece(i - 1).core) != "to" || nought);
  const bool local_after = timed && after_clock == "local" && piece(i + 2).core == "time";
  // So is one with a leading nought after a word of time, alone ("at 0930 today", "At
  // 0400, troops"); not after "to" or "from", a code's words ("Set your PIN to 0123",
  // "switched from 0845 to 0345 numbers"), nor the hour 00 ("opens at 0000").
  const std::string time_word = i > 0 ? lower(piece(i - 1).core) : "";
  const bool clock_alone = nought && after_time_word && time_word != "to" && time_word != "from" && p.core[1] != '0';
  if (p.core.size() == 4 && all_digits(p.core) &&
      // (A zone in small letters after a word of time or a leading nought: "at 1400 gmt",
      // "0730 utc"; not "(2003 est.)".)
      ((p.trail.empty() && ((timed && zone_at(i + 1, zone, after_time_word || p.core[0] == '0')) || hours_after || local_after)) ||
       clock_alone)) {
    if (auto clock = clock_time(p.core.substr(0, 2) + ":" + p.core.substr(2), false)) {
      if (p.core.ends_with("00")) clock = cardinal_words(p.core.substr(0, 2)) + " hundred";
      const std::string words = p.core[0] == '0' && p.core[1] != '0' ? "oh " + *clock : *clock;
      if (local_after || (zone.empty() && !hours_after)) {  // "at 0300 local time", "at 0930 today"
        emit({p.lead, "", local_after ? "" : p.trail}, words);
        return 1;
      }
      emit({p.lead, "", piece(i + 1).trail}, words + " " + (hours_after ? std::string("hours") : zone));
      return 2;
    }
  }
  // A clock written with a point before a zone, as British papers do: "18.45 GMT",
  // "07.00 CET" (a decimal before a zone is nothing else).
  if (const auto clock = p.trail.empty() ? point_clock(p.core) : std::nullopt;
      clock && zone_at(i + 1, zone, after_time_word || !listed(piece(i + 1).core, kZoneWords))) {
    emit({p.lead, "", piece(i + 1).trail}, *clock + " " + zone);
    return 2;
  }
  // The same clock where a time is spoken of, as British papers write it: after "at"
  // (or another word of time) and before a word of the day's time ("at 22.00 tonight",
  // "until 3.30 in the afternoon", "at 7.20 local time"), or a train's ("the 18.05
  // service", "the 10.30 from Euston"). Not a price or a level ("the euro was at 1.08
  // this morning", "gilts at 4.15 this morning").
  if (const auto clock = dotted_clock(i)) {
    emit(p, *clock);
    return 1;
  }
  // "2pm-5pm", "9am–5pm", "noon-2pm", "6am-midnight"
  if (const auto [dash, length] = range_dash(p.core); dash != std::string::npos) {
    const std::string a = p.core.substr(0, dash), b = p.core.substr(dash + length);
    const auto left = clock_end(a), right = clock_end(b);
    if (left && right && (attached_am_pm(a) || attached_am_pm(b))) {
      emit(p, *left + " " + std::string(range_word(i)) + " " + *right);
      return 1;
    }
    if (const auto from = hour_before_am_pm(a); from && right) {  // "7-11pm": the marker once
      emit(p, *from + " " + std::string(range_word(i)) + " " + *right);
      return 1;
    }
  }
  if (const auto attached = attached_am_pm(p.core)) {
    std::string words = *attached;
    size_t used = 1;
    Piece last = p;
    if (p.trail.empty() && zone_at(i + 1, zone, true)) {
      words += " " + zone;
      last = piece(i + 1);
      used = 2;
    } else if (p.core.ends_with('.') && p.trail.empty() && sentence_ends_before(i + 1)) {
      last.trail = ".";  // "at 10:30a.m. Then": the marker's full stop was the sentence's too
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
  // "p.m.est": the zone glued to the marker; "a.m.-noon": a range's end.
  std::string marker = next.core, glued_zone, glued_end;
  for (const std::string_view m : {"a.m.", "p.m.", "A.M.", "P.M.", "am", "pm", "AM", "PM"}) {
    if (next.core.size() <= m.size() || !next.core.starts_with(m)) continue;
    const std::string rest = next.core.substr(m.size());
    if (m.ends_with('.') && is_time_zone(rest, glued_zone, true)) {
      marker = std::string(m);
    } else if (const size_t length = rest.starts_with('-') ? 1 : rest.starts_with("\xE2\x80\x93") ? 3 : 0) {
      if (const auto end = clock_end(rest.substr(length))) {
        marker = std::string(m);
        glued_end = " " + std::string(range_word(i)) + " " + *end;
      }
    }
  }
  if (!is_am_pm(marker, am_pm)) {
    // The 24-hour clock's hour nought after a word of time: "at 00:01" twelve oh one AM,
    // "from 00:00" midnight (not a length, "the video is 00:42 long").
    if (p.core.size() == 5 && p.core.starts_with("00:") && after_time_word) {
      if (const auto twelve = clock_time("12" + p.core.substr(2), true)) {  // "twelve oh one", as before AM
        emit(p, p.core == "00:00" ? "midnight" : *twelve + " AM");
        return 1;
      }
    }
    if (const auto clock = clock_time(p.core, false)) {
      if (zone_at(i + 1, zone, true)) {  // "10:30 AEST"
        emit({p.lead, "", next.trail}, *clock + " " + zone);
        return 2;
      }
      emit(p, *clock);
      return 1;
    }
    return 0;
  }
  std::string hour_words;
  if (const auto hour = hour_before_am_pm(p.core)) {
    hour_words = *hour;
  } else if (const auto [dash, length] = range_dash(p.core); dash != std::string::npos) {  // "7-11 p.m."
    const auto from = hour_before_am_pm(p.core.substr(0, dash)), to = hour_before_am_pm(p.core.substr(dash + length));
    if (!from || !to) return 0;
    hour_words = *from + " " + std::string(range_word(i)) + " " + *to;
  } else {
    return 0;
  }
  std::string words = hour_words + " " + am_pm;
  size_t used = 2;
  Piece last = next;
  // "10:30 a.m." ending a sentence: the marker's full stop was the sentence's too.
  if (marker.ends_with('.') && next.trail.empty() && sentence_ends_before(i + 2)) {
    last.trail = ".";
  }
  if (!glued_zone.empty()) {
    words += " " + glued_zone;
  } else if (!glued_end.empty()) {
    words += glued_end;
  } else if (next.trail.empty() && zone_at(i + 2, zone, true)) {
    words += " " + zone;
    last = piece(i + 2);
    used = 3;
  }
  emit({p.lead, "", last.trail}, words);
  return used;
}

bool Normalizer::zone_at(size_t k, std::string& out, bool after_clock) const {
  const Piece& z = piece(k);
  if ((!z.lead.empty() && z.lead != "(") || !is_time_zone(z.core, out, after_clock)) return false;
  out = z.lead + out;
  return true;
}

std::optional<std::string> Normalizer::time_since(std::string_view core) {
  size_t digits = 0;
  while (digits < core.size() && is_digit(core[digits])) ++digits;
  if (digits == 0 || digits > 4 || digits == core.size()) return std::nullopt;
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 7> units = {
      {{"s", "second"}, {"m", "minute"}, {"h", "hour"}, {"d", "day"}, {"w", "week"}, {"mo", "month"}, {"y", "year"}}};
  const std::string_view letters = core.substr(digits);
  for (const auto& [letter, unit] : units) {
    if (letters != letter) continue;
    const std::string n(core.substr(0, digits));
    return cardinal_words(n) + " " + std::string(unit) + (n == "1" ? "" : "s");
  }
  return std::nullopt;
}

bool Normalizer::time_behind(std::string_view before, std::string_view after) {
  return before == "trails" || before == "trailed" || after == "behind" || after == "back" || after == "ahead";
}

bool Normalizer::starts_time(size_t i) const {
  const Piece p = piece(i);
  std::string marker;
  if (attached_am_pm(p.core) || clock_time(p.core, false)) return true;
  return all_digits(p.core) && p.core.size() <= 2 && is_am_pm(piece(i + 1).core, marker);
}

std::optional<std::string> Normalizer::clock_end(const std::string& text) {
  const std::string key = lower(text);
  if (key == "noon" || key == "midday" || key == "midnight") return key;
  return attached_am_pm(text);
}

std::optional<std::string> Normalizer::attached_am_pm(const std::string& text) {
  const std::string key = lower(text);
  for (const std::string_view suffix : {"am", "pm", "a.m.", "p.m.", "a.m", "p.m"}) {
    if (key.size() > suffix.size() && key.ends_with(suffix)) {
      const std::string time = text.substr(0, text.size() - suffix.size());
      const std::string marker = suffix[0] == 'a' ? "AM" : "PM";
      if (all_digits(time) && time.size() <= 2 && std::stoi(time) <= 12) return cardinal_words(time) + " " + marker;
      if (const auto clock = clock_time(time, true)) return *clock + " " + marker;
    }
  }
  return std::nullopt;
}

}  // namespace narrate::normalizing
