#include "text/normalizer.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <initializer_list>
#include <numeric>
#include <optional>
#include <set>
#include <span>
#include <utility>
#include <vector>

#include "text/counted_nouns.h"
#include "text/first_names.h"
#include "text/joined_words.h"
#include "text/number_words.h"
#include "text/normalize_tables.h"
#include "text/written_forms.h"
#include "util/strings.h"

namespace narrate {
namespace {

// Whether the text being normalized reads its ambiguous numeric dates day first (see
// Normalizer's constructor), for classify(), which sees one token only; set while a
// Normalizer runs, by DayFirstText.
thread_local bool t_day_first_text = false;
class DayFirstText {
 public:
  explicit DayFirstText(bool day_first) : before_(t_day_first_text) { t_day_first_text = day_first; }
  ~DayFirstText() { t_day_first_text = before_; }
  DayFirstText(const DayFirstText&) = delete;
  DayFirstText& operator=(const DayFirstText&) = delete;

 private:
  bool before_;
};

using namespace written;

// ---- The token stream ----------------------------------------------------------------

// A token split into leading punctuation, the word, and trailing punctuation. Any run of
// brackets, quotation marks and clause punctuation is peeled, in any order ("(1994).",
// "“2012”),"), so the word inside is read the same wherever it stands; a final full stop
// stays on the word only when the word is an abbreviation. A possessive "'s" after an
// abbreviation or number ("U.K.'s", "1990's") is kept apart and said after its words.
struct Piece {
  std::string lead, core, trail;
  std::string possessive{};
  std::string elided{};  // the apostrophe before the core that stood for a year's century ("'05")
};

bool letters_with_stops(std::string_view core) {  // "U.S.", "e.s.t.", "U.K."
  if (core.size() < 4 || core.size() % 2 != 0) return false;
  for (size_t k = 0; k < core.size(); k += 2) {
    if (!is_alpha(core[k]) || core[k + 1] != '.') return false;
  }
  return true;
}

// A party and a state as news writes them after a politician's name: "D-Calif.",
// "R-N.Y.", "I-Vt." (Democrat, Republican, Independent); the state is an older
// abbreviation with its full stops, a USPS code ("R-TX") or, as AP writes the short ones,
// its name ("R-Texas", "D-Ohio").
// The party of a label's letter ("D-", "R-", "I-"), or nullptr.
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

constexpr std::string_view kAbout = "\xE2\x89\x88";    // ≈
constexpr std::string_view kSection = "\xC2\xA7";       // §

// Signs said before the amount they stand before ("~6%", "§ 230", "<30", "±3.1",
// "+/-3.1"); "about" is said as about_word() decides.
struct LeadSign {
  std::string_view sign;
  std::string_view words;
  bool comparison = false;  // "<", ">", "≤", "≥": also between a name and an amount ("P<.001")
  bool money_only = false;  // only glued before a currency sign ("-$5", "−€3bn")
};
constexpr std::array<LeadSign, 12> kLeadSigns = {{{"~", "about"},
                                                  {"+/-", "plus or minus"},
                                                  {kAbout, "about"},
                                                  {kSection, "section"},
                                                  {"<", "less than", true},
                                                  {">", "more than", true},
                                                  {"\xE2\x89\xA4", "at most", true},    // ≤
                                                  {"\xE2\x89\xA5", "at least", true},   // ≥
                                                  {"\xC2\xB1", "plus or minus"},       // ±
                                                  {"-", "minus", false, true},
                                                  {"\xE2\x88\x92", "minus", false, true},  // −
                                                  // An en dash before money is a pause: "the plan –$5 a month– is".
                                                  {"\xE2\x80\x93", "\xE2\x80\x93", false, true}}};

const LeadSign* lead_sign(std::string_view text) {
  for (const auto& s : kLeadSigns) {
    if (text.starts_with(s.sign)) return &s;
  }
  return nullptr;
}

// The value of an amount as written, its sign and scale letters taken in: "$1.2bn" 1.2e9,
// "£5" 5, "2022" 2022, "Rs 5crore" 5e7; 0 when none.
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

// Whether `text` begins with a number or a currency sign before one: "6%", "$5", "€3".
bool starts_amount(std::string_view text) {
  if (text.empty()) return false;
  if (is_digit(text[0]) || (text[0] == '.' && text.size() > 1 && is_digit(text[1]))) return true;
  for (const auto& sign : tables::currency_signs()) {
    if (!sign.after && text.size() > sign.sign.size() && text.starts_with(sign.sign) && is_digit(text[sign.sign.size()])) return true;
  }
  return false;
}

// Whether `word` (any case) is a currency's name, or its name's last word: "dollars",
// "won", "yen", "rupiah", "euro".
bool currency_word(std::string_view word) {
  if (word.empty()) return false;
  const std::string lowered = lower(word);
  const auto last_word = [](std::string_view name) { return name.substr(name.rfind(' ') == std::string_view::npos ? 0 : name.rfind(' ') + 1); };
  return std::any_of(tables::currency_signs().begin(), tables::currency_signs().end(), [&](const tables::CurrencySign& sign) {
    return last_word(sign.currency.one) == lowered || last_word(sign.currency.many) == lowered;
  });
}

// Whether `number` is of a size written before the scale letters `scale`: a single
// letter follows at most three whole digits, as "10M", "1.2B" and "450K" do, or a round
// number of hundreds ("1500B won", "2000M"); "2315B" and "2301A" are codes.
bool scaled_size(const Number& number, std::string_view scale) {
  return scale.size() > 1 || number.whole.size() <= 3 || number.whole.ends_with("00");
}

// The length of a possessive ending, "'s" or "’s", at the end of `word`; 0 when none.
size_t possessive_ending(std::string_view word) {
  for (const std::string_view s : {"'s", "\xE2\x80\x99s"}) {
    if (word.ends_with(s)) return s.size();
  }
  return 0;
}

// The length of an apostrophe eliding a year's century at the start of `text` ("'90s",
// "’08", "'23"): the mark, then two digits and no third; 0 when there is none.
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

Words clock_time(std::string_view token, bool before_am_pm);

// Zones that are also words or abbreviations in small letters ("the eat/wet season",
// "(2003 est.)", "24.00 pt").
constexpr std::array<std::string_view, 9> kZoneWords = {"eat", "wet", "cat", "met", "est", "wit", "west", "ist", "pt"};

// A time-zone abbreviation as letters: "EST", "e.s.t." → "E.S.T." (eSpeak NG reads "ET"
// as a word otherwise). A zone in small letters without points between them ("est",
// "pt", "eat", "wet": words and abbreviations first) is one only after what can be
// nothing but a time, AM or PM or hours and minutes with a colon ("8pm est", "10:30
// est."; not "(2003 est.)", an estimate, nor "at 1400 pt"): `after_clock` says so.
bool is_time_zone(std::string_view token, std::string& out, bool after_clock = false) {
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

// "10:30" → "ten thirty", "01:00" → "one o'clock" (or "one" before AM/PM), "10:05" → "ten
// oh five", "3:45:10" → "three forty five and ten seconds". Before AM/PM a full stop may
// part hours and minutes too ("5.30 pm").
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

// A time taken: "1:31:44.742" → "one hour thirty one minutes forty four point seven four
// two seconds", "1:44.7" → "one minute forty four point seven seconds". Without a fraction
// of a second only when `taken` (after "in": "won in 2:03:23"); else that is a clock.
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

class Normalizer {
 public:
  explicit Normalizer(std::string_view text) {
    std::string cleaned;
    cleaned.reserve(text.size());
    for (size_t k = 0; k < text.size(); ++k) {
      const char c = text[k];
      if (c == '[' || c == ']' || c == '{' || c == '}') continue;  // editorial brackets; never phoneme markup
      cleaned += c;
    }
    size_t i = 0;
    while (i < cleaned.size()) {
      while (i < cleaned.size() && std::isspace(static_cast<unsigned char>(cleaned[i]))) ++i;
      size_t j = i;
      while (j < cleaned.size() && !std::isspace(static_cast<unsigned char>(cleaned[j]))) ++j;
      // "9 a.m.-5 p.m.": the marker, the dash and the next time written close.
      for (const std::string_view marker : {"a.m.", "p.m.", "A.M.", "P.M."}) {
        const std::string_view rest = std::string_view(cleaned).substr(i, j - i);
        if (rest.size() <= marker.size() || !rest.starts_with(marker)) continue;
        const std::string_view after = rest.substr(marker.size());
        for (const std::string_view dash : {"-", "\xE2\x80\x93"}) {
          if (after.size() > dash.size() && after.starts_with(dash) && is_digit(after[dash.size()])) {
            for (const std::string_view part : {marker, dash, after.substr(dash.size())}) {
              tokens_.emplace_back(part);
              glued_.push_back(false);
            }
            i = j;
          }
        }
      }
      if (i == j) continue;
      // "No.5" and "CHF100" are "No. 5" and "CHF 100" written close; a code before a
      // number of one or two digits is a name ("COP28", the climate conference).
      const std::string_view whole = std::string_view(cleaned).substr(i, j - i);
      size_t glued_number = std::string::npos;
      for (const std::string_view mark : {"No.", "no.", "Nos.", "s.", "ss."}) {
        if (whole.size() > mark.size() && whole.starts_with(mark) && is_digit(whole[mark.size()])) glued_number = mark.size();
      }
      const bool short_number = whole.size() <= 5 && whole.find_first_not_of("0123456789", 3) == std::string_view::npos;
      if (whole.size() > 3 && is_digit(whole[3]) && tables::currency(whole.substr(0, 3)) && !short_number) glued_number = 3;
      // The 24-hour clock glued to its "hrs" ("at 1400hrs"): the time, then the word.
      if (whole.size() >= 7 && all_digits(whole.substr(0, 4)) && whole.substr(4, 3) == "hrs" &&
          (whole.size() == 7 || std::string_view(".,;:)").find(whole[7]) != std::string_view::npos)) {
        glued_number = 4;
      }
      // A set's score with its tie-break glued on, "7-6(4)", "(6–7(10-8),": a set that
      // went to a tie-break was won 7-6; the score, then the tie-break in its brackets.
      for (const std::string_view set : {"7-6(", "6-7(", "7\xE2\x80\x93" "6(", "6\xE2\x80\x93" "7("}) {
        const size_t open = whole.find(set);
        if (open > 1 || (open == 1 && whole[0] != '(')) continue;
        const std::string_view points = whole.substr(open + set.size());
        const size_t close = points.find(')');
        const std::string_view inside = points.substr(0, close);
        const size_t dash = inside.find('-');
        const auto number = [](std::string_view n) { return !n.empty() && n.size() <= 2 && all_digits(n); };
        if (close != std::string_view::npos && (number(inside) || (dash != std::string_view::npos && number(inside.substr(0, dash)) &&
                                                                    number(inside.substr(dash + 1))))) {
          glued_number = open + set.size() - 1;
        }
      }
      // A dash glued to the second amount of a range ("$20 -$30", "£5 –£10", "10 –40"): a
      // dash apart, as "$20 - $30" is written; not a minus.
      for (const std::string_view dash : {"-", "\xE2\x80\x93", "\xE2\x88\x92"}) {
        if (tokens_.empty() || !whole.starts_with(dash) || whole.size() <= dash.size()) continue;
        if (is_digit(whole[dash.size()]) && dash != "\xE2\x80\x93") continue;  // "-5" is read as a negative number
        // (Only up to a larger amount: "2022 -$1.2bn" and "Subtotal $50 -$20 coupon" are
        // minus.)
        const Piece before = peel(tokens_.back());
        // (And of one kind: "2022 -$1.2bn" is a year, then a loss.)
        const std::string second = peel(whole.substr(dash.size())).core;
        const double from = amount_value(before.core), to = amount_value(second);
        const bool same_kind = !before.core.empty() && !second.empty() && (is_digit(before.core[0]) == is_digit(second[0]));
        if (before.trail.empty() && starts_amount(before.core) && starts_amount(second) && same_kind && to > from) glued_number = dash.size();
      }
      // An amount in brackets after its currency's sign is a loss, as accounts write it:
      // "$(0.12)", "£(1.5) million" are "−$0.12", "−£1.5 million".
      // (A sign of letters may be a function's name: "R(2)".)
      if (const size_t open = whole.find('('); open != std::string_view::npos && open > 0 && !is_digit(whole[0]) && !is_alpha(whole[0]) &&
                                                starts_amount(std::string(whole.substr(0, open)) + "1")) {
        const size_t close = whole.find(')', open);
        const std::string_view amount = whole.substr(open + 1, close == std::string_view::npos ? 0 : close - open - 1);
        const std::string_view after = close == std::string_view::npos ? "" : whole.substr(close + 1);
        if (!amount.empty() && is_digit(amount[0]) && amount.find_first_not_of("0123456789.,") == std::string_view::npos &&
            after.find_first_not_of(".,;:") == std::string_view::npos) {
          tokens_.push_back("\xE2\x88\x92" + std::string(whole.substr(0, open)) + std::string(amount) + std::string(after));
          glued_.push_back(false);
          i = j;
          continue;
        }
      }
      // An en dash glued before a number, with no amount before it, is a minus written
      // with the wrong mark ("feels like –40"; eSpeak NG would say "forty").
      if (glued_number == std::string::npos && whole.size() > 3 && whole.starts_with("\xE2\x80\x93") && is_digit(whole[3])) {
        tokens_.push_back("\xE2\x88\x92" + std::string(whole.substr(3)));
        glued_.push_back(false);
        i = j;
        continue;
      }
      if (glued_number != std::string::npos) {
        tokens_.emplace_back(whole.substr(0, glued_number));
        tokens_.emplace_back(whole.substr(glued_number));
        glued_.push_back(false);
        glued_.push_back(false);
        i = j;
        continue;
      }
      // "8 p.m. ET/PT", "8:15 p.m. ET/5:15 p.m. PT": a zone, then another zone or a time,
      // written close, or two prices ("$19.99/£16.99"): the slash between stands apart,
      // said "or" between prices.
      if (const size_t slash = whole.find('/'); slash != std::string_view::npos && slash > 0 && slash + 1 < whole.size()) {
        std::string zone;
        const std::string_view after = whole.substr(slash + 1);
        // (Two zones, or a zone and a time, joined: their letters may be small, "et/pt",
        // unless a side is a word in small letters: "the eat/wet season".)
        const auto small_word = [](std::string_view side) { return side != "pt" && std::find(kZoneWords.begin(), kZoneWords.end(), side) != kZoneWords.end(); };
        const bool word_side = small_word(whole.substr(0, slash)) || small_word(peel(after).core);
        const bool zones = is_time_zone(whole.substr(0, slash), zone, !word_side) &&
                           (is_digit(after[0]) || is_time_zone(peel(after).core, zone, !word_side));
        const bool prices = money(peel(whole.substr(0, slash)).core) && money(peel(after).core);  // "$19.99/£16.99"
        // Two measures, each a number with its unit glued on: "4K/120Hz", "16GB/512GB".
        const Piece first = peel(whole.substr(0, slash)), second = peel(after);
        const bool measures = glued_measure(first.core) && glued_measure(second.core) && second.core.find('/') == std::string::npos;
        if (zones || prices || measures) {
          for (const std::string_view part : {whole.substr(0, slash), whole.substr(slash, 1), after}) {
            tokens_.emplace_back(part);
            glued_.push_back(false);
          }
          i = j;
          continue;
        }
      }
      // An em dash parts words even when written close up ("2014—and"): the word after
      // it is a token of its own, glued to the one before when it is said.
      for (size_t from = i; from < j;) {
        const size_t dash = std::string_view(cleaned).substr(from, j - from).find("\xE2\x80\x94");  // within the token only
        const size_t end = dash == std::string_view::npos || from + dash + 3 >= j ? j : from + dash + 3;
        tokens_.push_back(cleaned.substr(from, end - from));
        glued_.push_back(from != i);
        from = end;
      }
      i = j;
    }
    pieces_.reserve(tokens_.size());
    for (const std::string& t : tokens_) pieces_.push_back(peel(t));
    // An apostrophe that a closing one follows within a few words opened a quotation, not
    // an elision: "'23 Skidoo'", "wrote '20' on", "'12 Angry Men'".
    for (size_t k = 0; k < pieces_.size(); ++k) {
      Piece& q = pieces_[k];
      if (q.elided.empty()) continue;
      for (size_t m = k; m < std::min(pieces_.size(), k + 6); ++m) {
        const std::string& closing = pieces_[m].trail;
        if (closing.find(q.elided) != std::string::npos) {
          q.lead += q.elided;
          q.elided.clear();
          break;
        }
      }
    }
    // The text's own dates decide the order of its ambiguous ones: "opens 1/4/2025 and
    // closes 31/3/2026" is day first throughout, where no date is only month first.
    bool day_first = false, month_first = false;
    // (Only dates with slashes and a year of four digits decide: a hockey record
    // "25-12-10" or a version "16.7.10" is no date.)
    for (const Piece& piece : pieces_) {
      const std::string& c = piece.core;
      if (std::count(c.begin(), c.end(), '/') != 2 || c.size() < 8 || c.rfind('/') != c.size() - 5) continue;
      day_first = day_first || only_day_first(c);
      month_first = month_first || only_month_first(c);
    }
    day_first_text_ = day_first && !month_first;
  }

  std::string run() {
    const DayFirstText scope(day_first_text_);
    size_t i = 0;
    while (i < tokens_.size()) {
      glue_ = glued_[i];
      i += step(i);
    }
    return out_;
  }

 private:
  const std::string& token(size_t i) const {
    static const std::string empty;
    return i < tokens_.size() ? tokens_[i] : empty;
  }
  // Each token peeled once, in the constructor: the rules look at pieces around them
  // many times over.
  const Piece& piece(size_t i) const {
    static const Piece empty;
    return i < pieces_.size() ? pieces_[i] : empty;
  }

  // "about", but not after an article ("A ~2,000-word essay": "a roughly"; "an ~8-hour
  // flight": "an approximately").
  std::string about_word() const { return said_last({"a"}) ? "roughly" : said_last({"an"}) ? "approximately" : "about"; }

  // A piece's leading marks as said: the signs of kLeadSigns ("~", "§", "<", "±") become
  // words.
  std::string spoken_lead(const std::string& lead) const {
    std::string out;
    for (size_t k = 0; k < lead.size();) {
      const std::string_view rest = std::string_view(lead).substr(k);
      const LeadSign* sign = lead_sign(rest);
      if (sign == nullptr) {
        out += lead[k++];
        continue;
      }
      out += (sign->words == "about" ? about_word() : std::string(sign->words)) + " ";
      k += sign->sign.size();
    }
    return out;
  }

  void emit(const Piece& p, std::string_view words) {
    // "N.B.A." before the sentence's own full stop keeps one.
    if (words.ends_with('.') && p.possessive.empty() && p.trail.starts_with('.')) words.remove_suffix(1);
    // A single letter's stop goes before a possessive: "A.T. and T's", not "T.'s" (eSpeak
    // NG says "dots"); "e.v.'s" keeps it (eSpeak NG reads "e.v's" as "e dot v's").
    const bool single_letter = words.size() >= 3 && words.ends_with('.') && is_alpha(words[words.size() - 2]) && words[words.size() - 3] == ' ';
    if (single_letter && !p.possessive.empty()) words.remove_suffix(1);
    const std::string said = spoken_lead(p.lead) + std::string(words) + p.possessive + p.trail;
    if (glue_ && !said.empty()) {
      out_ += said;
    } else {
      join(out_, said);
    }
    glue_ = false;
  }

  // Handles the tokens at `i`; returns how many it used.
  size_t step(size_t i) {
    const Piece p = piece(i);
    const Piece next = piece(i + 1);
    const std::string& core = p.core;
    // "I <3 NY": the heart, not "less than three" (but "<3 years").
    if (p.lead == "<" && core == "3" && !is_lowercase_word(next.core)) {
      emit({"", "", p.trail}, "love");
      return 1;
    }

    if (const size_t used = degrees_minutes_seconds(i)) return used;
    // Primes apart: "6' 2\"" is a height (six foot two), "6' 17\"" a time behind (six
    // minutes seventeen seconds: inches stop at eleven).
    if (const size_t used = primes_apart(i)) return used;
    if (const size_t used = feet_by_feet(i)) return used;
    // An inch mark after a number: 'a 14" display', 'totals near 6".' (spoken_form has
    // made each straight quote that is one a double prime, "14″").
    if (const auto inches = inch_mark(i)) {
      // The measure read as it would be without the mark ("two to four", "one half", "two
      // by four"), then the unit: singular for one, a proper fraction, or before a noun.
      // A product's size before its name is described too ('a new 75" TV'), and a noun
      // after a fraction ('1/2" drywall': half inch). Seconds after a time word ('won by
      // 22"', '3" behind').
      const auto n = parse_number(inches->first);
      const auto part = fraction(inches->first);
      const bool noun_after = is_lowercase_word(next.core) && !is_function_word(next.core);
      const bool describes = inches->second.empty() &&
                             (describes_noun(next.core) || (capitalized(next.core) && !weekday_name(next.core) && !month_name(next.core)) ||
                              (noun_after && !is_size_word(next.core) && part));
      const std::string before = i > 0 ? lower(piece(i - 1).core) : "", two_before = i > 1 ? lower(piece(i - 2).core) : "";
      const bool won_by = before == "by" && (two_before == "won" || two_before == "lost" || two_before == "leads" || two_before == "led");
      const bool behind = won_by || time_behind(before, inches->second.empty() ? next.core : "");
      if (n && behind) {
        const bool one_second = n->whole == "1" && !n->has_point;
        emit({p.lead, "", inches->second}, quantity_words(*n) + (one_second ? " second" : " seconds"));
        return 1;
      }
      const bool proper = part && inches->first.find('/') != std::string::npos && part->find(" and ") == std::string::npos;
      if (proper && !describes) {  // '3/4" wide': three quarters of an inch
        emit({p.lead, "", inches->second}, *part + " of an inch");
        return 1;
      }
      const bool one = describes || (n && n->whole == "1" && !n->has_point);
      const auto [x, x_length] = times_sign(inches->first);
      const auto left = x == std::string::npos ? std::nullopt : parse_number(inches->first.substr(0, x));
      const auto right = x == std::string::npos ? std::nullopt : parse_number(inches->first.substr(x + x_length));
      const std::string words = n ? quantity_words(*n) : left && right ? quantity_words(*left) + " by " + quantity_words(*right)
                                                                        : word(i, Piece{"", inches->first, "", ""});
      emit({p.lead, "", inches->second}, words + (one ? " inch" : " inches"));
      return 1;
    }
    // Dates with a month name: "Jan 15 2020", "July 1876", "25 July 2012", "the 26th May".
    // "may" and "march" in lower case are verbs unless a full date follows.
    const bool verb_like = core == "may" || core == "march";
    const bool full_date_follows = all_digits(piece(i + 2).core) && piece(i + 2).core.size() == 4;
    // "in Dec., unchanged": a month's abbreviation before a comma is the month.
    if (const auto month = month_name(core); month && p.trail == "," && core.ends_with('.') && core.size() > 3) {
      emit(p, *month);
      return 1;
    }
    if (const auto month = month_name(core); month && p.trail.empty() && (!verb_like || full_date_follows) &&
                                             (core.size() > 3 || core.back() == '.' || !days_of(next.core).empty() || day_into_month(next.core) ||
                                              (all_digits(next.core) && next.core.size() == 4))) {
      if (const size_t used = month_first_date(i, *month)) {
        if (const size_t more = used == 2 ? day_after_word(i, i + 2) : 0) return used + more;  // (not after a year)
        return used + date_range_end(i, i + used, used >= 2);
      }
    }
    if (p.trail.empty() || p.trail == ",") {
      if (const size_t used = day_first_date(i)) return used + date_range_end(i, i + used, false);
    }
    if (const size_t used = life_date(i)) return used;
    if (const size_t used = statute_section(i)) return used;
    if (const size_t used = scientific(i)) return used;
    // Dimensions: "4 x 4", "2 × 3 metres", "4.25 x 5.0 inches", "a 4x4", "2×4s": "by". The
    // first number is read here, the second by whatever reads it (its unit too).
    if (p.trail.empty() && is_times_sign(token(i + 1))) {
      const Piece second = piece(i + 2);
      const auto first = parse_number(core);
      if (first && !second.core.empty() && second.lead.empty() && std::isdigit(static_cast<unsigned char>(second.core[0]))) {
        emit({p.lead, "", ""}, number_words(*first) + " by");
        return 2;
      }
    }
    // (A unit after it is read with it below: "2x8 m2".)
    if (const auto [sign, length] = times_sign(core);
        sign != std::string::npos && !(piece(i + 1).core.size() >= 2 && unit_words(piece(i + 1).core, true))) {
      const std::string left = core.substr(0, sign), right = core.substr(sign + length);
      const bool plural = right.size() > 1 && right.back() == 's' && parse_number(right.substr(0, right.size() - 1));
      const auto a = parse_number(left);
      const auto b = parse_number(plural ? right.substr(0, right.size() - 1) : right);
      if (a && b && !a->negative && !b->negative) {
        emit(p, number_words(*a) + " by " + number_words(*b) + (plural ? "s" : ""));
        return 1;
      }
      // The second with a length's unit glued on: "the 4x100m relay", "a 20x20cm tin"
      // (the unit in the singular before a noun). Not a pack's count ("24x330ml cans",
      // "2x16GB", "2x500mg tablets").
      if (a && !a->negative && !right.empty() && is_digit(right[0])) {
        size_t digits_end = 0;
        while (digits_end < right.size() && (is_digit(right[digits_end]) || right[digits_end] == '.')) ++digits_end;
        const auto unit = tables::unit(right.substr(digits_end));
        const bool length = unit && (unit->one.ends_with("meter") || unit->one == "inch" || unit->one == "foot" || unit->one == "yard" || unit->one == "mile");
        const bool noun_after = is_lowercase_word(piece(i + 1).core) && !is_function_word(piece(i + 1).core) && p.trail.empty();
        const auto second = length ? parse_number(right.substr(0, digits_end)) : std::nullopt;
        if (second && !second->negative) {
          const bool one = noun_after || (second->whole == "1" && !second->has_point);
          emit(p, number_words(*a) + " by " + quantity_words(*second) + " " + (one ? unit->one : unit->many));
          return 1;
        }
      }
    }
    // A decade written with an apostrophe after "the", "early", "late" or "mid": "the
    // 1990's" (without them it is a year's possessive: "2020's pandemic").
    if (const size_t mark = possessive_ending(core); mark && core.size() == 4 + mark && said_last({"the", "early", "late", "mid"})) {
      if (const auto d = decade(core.substr(0, 4) + "s")) {
        emit({p.lead, "", p.trail}, *d);
        return 1;
      }
    }
    // A page's time since: "3d ago", "5m ago", "2w ago", "45s ago" (a letter after the
    // number is a unit of time before "ago": "5m" is minutes, not meters).
    if (const auto since = p.trail.empty() && next.core == "ago" ? time_since(core) : std::nullopt) {
      emit({p.lead, "", ""}, *since);
      return 1;
    }
    // A century written short after its ordinal: "the 9th c. AD", "12th-c." is left.
    if (const auto nth = p.trail.empty() && (next.core == "c." || next.core == "cent.") ? ordinal(core) : std::nullopt) {
      const std::string era = lower(piece(i + 2).core);
      const bool era_follows = era == "ad" || era == "a.d." || era == "bc" || era == "b.c." || era == "bce" || era == "b.c.e." || era == "ce" || era == "c.e.";
      emit({p.lead, "", next.trail}, *nth + (kept_stop_ends_sentence(i + 1) && !era_follows ? " century." : " century"));
      return 2;
    }
    // A range of amounts that share the end's scale word: "$12.3 to $12.8 billion",
    // "$5 - $7 million", "between $5 and $7 million": the start is said as a number.
    if (const auto start = shared_scale_start(i)) {
      emit({p.lead, "", ""}, *start);
      return 2;
    }
    // A range written with spaces: "1957 - 1962", "9:00 – 10:30 a.m.", "10 - 15 tonnes".
    // The start is read here, the end by whatever reads it.
    // A start with its own AM or PM ("1pm - 4pm") is a time of day, read below.
    if (p.trail.empty() && is_dash(token(i + 1)) && !attached_am_pm(core)) {
      const Piece end = piece(i + 2);
      const auto start = classify(core);
      const bool code_follows = end.core.size() > 2 && end.core[0] == '0' && all_digits(end.core);
      if (start && start->kind != Kind::telephone && end.lead.empty() && !code_follows && compose_range(core, end.core)) {
        const std::string_view to = range_word(i);
        const auto right = classify(end.core);
        // The end reads only with the start: "2008 - 09" (a year's last two digits),
        // "$50 - 100" (the same currency).
        if ((start->kind == Kind::year && end.core.size() == 2) || start->kind == Kind::money) {
          emit({p.lead, "", end.trail}, *compose_range(core, end.core, to));
          return 3;
        }
        const bool bare = start->kind == Kind::number || start->kind == Kind::year;
        const auto number = parse_number(core);
        std::string words = start->words;
        if (bare && number && right && (right->kind == Kind::quantity || right->kind == Kind::money)) {
          words = quantity_words(*number);
        }
        emit({p.lead, "", ""}, words + " " + std::string(to));
        return 2;
      }
    }
    // A single letter's direction before a street's name and its suffix, with no house
    // number: "on W. Madison St.", "near E Main Street", "at E. 14th St." (not "John W.
    // Madison Jr."); its stop unsaid.
    if ((core == "N" || core == "S" || core == "E" || core == "W") && (p.trail.empty() || p.trail == ".") &&
        ((capitalized(next.core) && !all_capitals(next.core)) || ordinal(next.core)) && next.lead.empty() && next.trail.empty() && capitalized(piece(i + 2).core) &&
        tables::street_suffix(piece(i + 2).core) && !(i > 0 && capitalized(piece(i - 1).core) && piece(i - 1).trail.empty()) &&
        !(i > 0 && piece(i - 1).core.size() == 1 && piece(i - 1).trail == ".")) {  // ("U. S. District Court")
      if (const auto d = tables::directional(core)) {
        emit({p.lead, "", ""}, *d);
        return 1;
      }
    }
    if (const size_t used = per_square_unit(i)) return used;
    if (const size_t used = spaced_temperature(i)) return used;
    if (const size_t used = international_number(i)) return used;
    if (const size_t used = national_number(i)) return used;
    if (const size_t used = spaced_phone_number(i)) return used;
    if (const size_t used = uk_postcode(i)) return used;
    if (const size_t used = two_word_party_label(i)) return used;
    // Times: "1:59 p.m. est", "1 a.m.", "2pm-5pm", "10am"; "9 a.m. - 5 p.m." is a range.
    if (const size_t used = time_of_day(i)) {
      if (is_dash(token(i + used)) && starts_time(i + used + 1)) {
        join(out_, std::string(range_word(i)));
        return used + 1;
      }
      return used;
    }
    // A house number with a letter, or a number with a letter that names a thing ("Exit
    // 12B", "Apt. 4B"), before "221B" is read as billions.
    if (core.size() >= 2 && std::isupper(static_cast<unsigned char>(core.back())) && is_digit(core[0])) {
      if (const size_t used = address(i)) return used;
      const std::string digits = core.substr(0, core.size() - 1);
      // After a name's word ("Exit 12B", "Courtroom 4B"); with a letter that is no scale's,
      // after any capitalized word inside a sentence ("Series 2C"; not "Apple's 4B", nor
      // "the European Union 750B fund", billions).
      const Piece name = i > 0 ? piece(i - 1) : Piece{};
      const bool possessive = !name.possessive.empty() || possessive_ending(name.core) > 0;
      const bool after_name = name_before(i) && name.trail.empty() && !possessive && p.lead.empty() && !money(name.core);
      const bool scale_letter = core.back() == 'B' || core.back() == 'M' || core.back() == 'T' || core.back() == 'K';
      if (all_digits(digits) && digits.size() <= 4 && (numbers_a_name(i, true) || (after_name && !scale_letter))) {
        emit(p, house_number_words(digits) + " " + letter_name(core.back()));
        return 1;
      }
    }
    // Money with a scale word: "$45 billion", "US$76.3 trillion"; two of them, "₹295 lakh crore".
    if (p.trail.empty()) {
      const Piece second = piece(i + 2);
      const auto second_scale = next.trail.empty() && second.core.size() > 1 ? scale_word(second.core) : std::nullopt;
      if (const auto scale = scale_word(next.core); scale && second_scale && next.core.size() > 1 && *second_scale != *scale) {
        if (const auto words = money(core, *scale + " " + *second_scale)) {
          emit({p.lead, "", second.trail}, describing_money(core, *words, i + 3, second.trail));
          return 3;
        }
      }
      if (const auto scale = scale_word(next.core); scale && next.core.size() > 1) {
        if (const auto words = money(core, scale)) {
          emit({p.lead, "", next.trail}, describing_money(core, money_range(i, *words), i + 2, next.trail));
          return 2;
        }
      }
      // The scale joined to words: "a $5 billion-a-year industry", "a $1 million-plus deal".
      if (const size_t dash = next.core.find('-'); dash != std::string::npos && dash > 1 && dash + 1 < next.core.size()) {
        std::string rest = next.core.substr(dash + 1);
        const bool words_after = std::all_of(rest.begin(), rest.end(), [](char c) { return is_alpha(c) || c == '-'; });
        const auto scale = scale_word(next.core.substr(0, dash));
        if (const auto words = words_after && scale ? money(core, scale) : std::nullopt) {
          std::replace(rest.begin(), rest.end(), '-', ' ');
          emit({p.lead, "", next.trail}, without_repeated_currency(describing_money(core, *words, i + 2, next.trail), rest) + " " + rest);
          return 2;
        }
      }
    }
    // A length of time in hours and minutes: "2h 15m", "1h30m", "2h 15min".
    if (const auto taken = hours_and_minutes(core, p.trail.empty() ? next.core : "")) {
      const bool two = taken->second;
      emit({p.lead, "", two ? next.trail : p.trail}, taken->first);
      return two ? 2 : 1;
    }
    // "1.5+ million people": the scale word, then "plus".
    if (p.trail.empty() && core.size() > 1 && core.ends_with('+') && (next.core == "million" || next.core == "billion" ||
                                                                        next.core == "trillion" || next.core == "thousand")) {
      if (const auto n = parse_number(std::string_view(core).substr(0, core.size() - 1)); n && !n->negative) {
        emit({p.lead, "", next.trail}, quantity_words(*n) + " " + next.core + " plus");
        return 2;
      }
    }
    // A number with a unit in the next token: "100 kg", "1 mbps", "100 million kg".
    if (p.trail.empty()) {
      if (const size_t used = measure(i)) return used;
    }
    // A currency sign written apart from its amount ("Rs 100", "HK$ 100"), or an ISO code
    // after it ("100 USD"); not an airline's code after "flight" ("flight QR 817").
    // (Two capitals before up to four digits: "flight QR 2,500" and "flight $ 99" are fares.)
    const bool flight_code = i > 0 && lower(piece(i - 1).core) == "flight" && piece(i - 1).trail.empty() && core.size() == 2 &&
                             all_capitals(core) && all_digits(next.core) && next.core.size() <= 4;
    if ((p.trail.empty() || p.trail == ".") && !next.core.empty() && is_digit(next.core[0]) && !flight_code) {
      for (const auto& sign : tables::currency_signs()) {
        if (sign.after || sign.scaled_only || core != sign.sign) continue;
        const Piece after = piece(i + 2);
        // ("Rs 450 cr": crore, as Indian papers shorten it after rupees alone.)
        const auto scale = after.core == "cr" && sign.currency.code == "INR" ? std::optional<std::string>("crore") : scale_word(after.core);
        // Two scale words, "Rs 1.2 lakh crore", as the sign written close has them.
        const Piece last = piece(i + 3);
        if (const auto second = after.trail.empty() && last.core.size() > 1 ? scale_word(last.core) : std::nullopt;
            scale && second && *second != *scale && next.trail.empty() && after.core.size() > 1) {
          if (const auto words = money(core + next.core, *scale + " " + *second)) {
            emit({p.lead, "", last.trail}, *words);
            return 4;
          }
        }
        if (scale && next.trail.empty() && after.core.size() > 1) {
          if (const auto words = money(core + next.core, scale)) {  // "Rs 5 crore"
            emit({p.lead, "", after.trail}, *words);
            return 3;
          }
        }
        if (const auto words = money(core + next.core)) {
          emit({p.lead, "", next.trail}, *words);
          return 2;
        }
      }
    }
    // "100 zł", "100 USD", "2.5 billion zł", "5 million CHF": the sign or code after the
    // amount, with a scale word between them or not. Not the year of a copyright line
    // ("Copyright 2024 NPR" names a radio network, not Nepalese rupees; "2000 USD" is money).
    const std::string before_amount = i > 0 ? lower(piece(i - 1).core) : "";
    const bool copyright_year = core.size() == 4 && (before_amount == "copyright" || before_amount == "\xC2\xA9" || p.lead.ends_with("\xC2\xA9"));
    if (p.trail.empty() && parse_number(core) && !copyright_year) {
      size_t k = i + 1;
      std::optional<std::string> scale;
      if (const auto s = scale_word(next.core); s && next.core.size() > 1 && next.trail.empty()) {
        scale = s;
        ++k;
      }
      const Piece after = piece(k);
      std::optional<std::string> words = coded_money(after.core, core, scale);
      for (const auto& sign : tables::currency_signs()) {
        if (!words && sign.after && after.core == sign.sign) words = money(core + sign.sign, scale);
      }
      if (words) {
        emit({p.lead, "", after.trail}, *words);
        return k - i + 1;
      }
    }
    // An ISO 4217 code before an amount: "CHF 100", "HRK 5,000", "USD 2 billion".
    if (p.trail.empty() && core.size() == 3 && !next.core.empty() && is_digit(next.core[0])) {
      const Piece after = piece(i + 2);
      if (const auto scale = scale_word(after.core); scale && next.trail.empty() && after.core.size() > 1) {
        if (const auto words = coded_money(core, next.core, scale)) {
          emit({p.lead, "", after.trail}, *words);
          return 3;
        }
      }
      if (const auto words = coded_money(core, next.core)) {
        emit({p.lead, "", next.trail}, *words);
        return 2;
      }
    }
    // An interview's turns: "Q:" and "A:" opening the text are Question and Answer.
    if (i == 0 && p.lead.empty() && p.trail == ":" && (core == "Q" || core == "A")) {
      emit(p, core == "Q" ? "Question" : "Answer");
      return 1;
    }
    // "+1(555) 123-4567": a country code glued to the area code.
    if (core.starts_with("+1(") && p.trail.empty()) {
      if (const auto phone = phone_or_address(core.substr(2) + "-" + next.core)) {
        emit({p.lead, "", next.trail}, "plus one, " + *phone);
        return 2;
      }
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
    // A whole number and a fraction of an inch: '1 1/2" of rain' (one and one half inches).
    if (const auto inches = all_digits(core) && p.trail.empty() ? inch_mark(i + 1) : std::nullopt) {
      if (const auto f = inches->first.find('/') != std::string::npos ? fraction(inches->first) : std::nullopt) {
        const bool describes = inches->second.empty() && (describes_noun(piece(i + 2).core) || capitalized(piece(i + 2).core));
        emit({p.lead, "", inches->second}, mixed_number_words(core, *f) + (describes ? " inch" : " inches"));
        return 2;
      }
    }
    // A whole number and a fraction joined to the words it describes: "a 2 1/2-year-old",
    // "3 1/2-inch nails" ("two and a half-year-old").
    if (all_digits(core) && p.trail.empty() && next.lead.empty()) {
      if (const size_t dash = next.core.find('-'); dash != std::string::npos && dash + 1 < next.core.size() && next.core.find('/') < dash) {
        const std::string rest = next.core.substr(dash + 1);
        const bool words = std::all_of(rest.begin(), rest.end(), [](char c) { return is_alpha(c) || c == '-'; });
        if (const auto f = words ? fraction(next.core.substr(0, dash)) : std::nullopt) {
          emit({p.lead, "", next.trail}, mixed_number_words(core, *f) + "-" + rest);
          return 2;
        }
      }
    }
    // A whole number and a fraction: "3 5/2" → "three and five halves".
    if (all_digits(core) && p.trail.empty()) {
      if (const auto f = fraction(next.core)) {
        // A unit after it is said in the plural ("2 1/4 tsp", "3 1/2 in. long"), but before
        // a noun it describes in the singular.
        const Piece unit_piece = piece(i + 2);
        const bool symbol = next.trail.empty() && unit_piece.core.size() >= 2 && (unit_piece.core != "in" || unit_piece.trail.starts_with("."));
        if (const auto unit = symbol ? tables::unit(unit_piece.core) : std::nullopt) {
          const std::string unit_trail = trail_of_unit(unit_piece, i + 2);
          const bool describes = unit_trail.empty() && describes_noun(piece(i + 3).core);  // "a 3 1/2 in. floppy disk"
          emit({p.lead, "", unit_trail}, mixed_number_words(core, *f) + " " + (describes ? unit->one : unit->many));
          return 3;
        }
        emit({p.lead, "", next.trail}, mixed_number_words(core, *f));
        return 2;
      }
    }
    // House numbers: "1428 Elm St", "708 N 1st St".
    if (const size_t used = address(i)) return used;
    Piece q = p;
    if (address_direction_.count(i) && q.trail == "." && i + 1 < tokens_.size()) q.trail.clear();  // "N. Main"
    // "$3.29/gal. nationwide": the unit's own stop before a small letter ends nothing.
    if (const size_t slash = core.rfind('/'); slash != std::string::npos && slash + 1 < core.size() &&
                                              is_alpha(core[slash + 1]) && money(core)) {
      q.trail = trail_of_unit(q, i);
    }
    // So in a compound ending in a unit, the stop peeled or kept: "a 2,400-sq.-ft. house",
    // "a 5-ft. wall" (five-foot).
    if (const size_t dash = core.rfind('-'); dash != std::string::npos && dash + 2 < core.size() && is_digit(core[0])) {
      const bool kept_stop = core.ends_with('.');
      if (tables::unit(core.substr(dash + 1, core.size() - dash - 1 - (kept_stop ? 1 : 0)))) {
        Piece unit = p;
        if (kept_stop) unit.core.pop_back(), unit.trail.insert(0, ".");
        unit.trail = q.trail = trail_of_unit(unit, i);
        emit(q, word(i, unit));
        return 1;
      }
    }
    emit(q, word(i, p));
    return 1;
  }

  // A day of the month or a range of days ("5", "5th", "5-7", "5th–7th"): the ordinal
  // words of each day, or nothing when `core` is not one.
  static std::vector<std::string> days_of(const std::string& core) {
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

  // A day, a dash and another month in one token ("5-Dec", "30–Jan"): the day's words and
  // the month's name.
  static std::optional<std::pair<std::string, std::string>> day_into_month(const std::string& core) {
    const auto [dash, length] = range_dash(core);
    if (dash == std::string::npos) return std::nullopt;
    const auto from = days_of(core.substr(0, dash));
    const auto to_month = month_name(core.substr(dash + length));
    if (from.size() != 1 || !to_month) return std::nullopt;
    return std::make_pair(from[0], *to_month);
  }

  // Says `words`, a date opening at piece `i` whose day is piece `day_at`, with the year
  // after the day when one follows ("May 5, 2024"); returns the tokens used.
  size_t emit_date(size_t i, size_t day_at, const std::string& words) {
    const Piece day = piece(day_at), year = piece(day_at + 1);
    if ((day.trail.empty() || day.trail == ",") && all_digits(year.core) && year.core.size() == 4) {
      emit({piece(i).lead, "", year.trail}, words + (day.trail.empty() ? " " : ", ") + date_year(year.core));
      return day_at + 2 - i;
    }
    emit({piece(i).lead, "", day.trail}, words);
    return day_at + 1 - i;
  }

  size_t month_first_date(size_t i, const std::string& month) {
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

  // After a date that opened at `i` and ended before `j`: a dash and a second date make a
  // range ("30 March 1960 - 23 April 1960", "5 May – June 9"); after a month and a day
  // (`month_day`), a dash and a day alone do too ("March 13 - 15, 2020"). Says "to" ("and"
  // after "between") and the day, and returns the tokens used; 0 when no range follows.
  size_t date_range_end(size_t i, size_t j, bool month_day) {
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

  // After a month and a day that ended before `j`, a word that joins a second day ("March
  // 5 to 7", "Jan. 3 through 5", "Nov. 1 and 2", "May 3 or 4"): the word and the day as
  // a day, and the tokens used; 0 when none follows. The second day comes after the
  // first, and no clock, unit or noun follows it ("June 3 and 4 p.m.", "May 3 and 40
  // people", "March 5 and 6 more").
  size_t day_after_word(size_t i, size_t j) {
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

  // Whether piece `i` is a day in a list of days before a month: "on 29, 30 and 31
  // August", "the 5, 12 or 19 May"; each day after the one before.
  bool day_listed_before_month(size_t i) const {
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

  size_t day_first_date(size_t i) {
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

  // "b." and "d." before the year or the date of a life, as reference pages give it:
  // "(b. 1769, d. 1821)", "b. 2 Oct 1869", "(b. c. 1450)", "(b. Eisenach, 1685; d.
  // Leipzig, 1750)": born and died. Returns the tokens used, or 0.
  size_t life_date(size_t i) {
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

  // A clock written with a point, "18.45", "7.30": its words as the same clock with a colon
  // ("eighteen forty five"), or nullopt when `core` has no such shape.
  static std::optional<std::string> point_clock(const std::string& core) {
    const size_t point = core.find('.');
    if (point == std::string::npos || point < 1 || point > 2 || core.size() != point + 3) return std::nullopt;
    std::string colon = core;
    colon[point] = ':';
    return clock_time(colon, false);
  }

  // A clock written with a point at piece `i`, British style, where a time is spoken of
  // (see the call), or nullopt. `in_list`: also the second of two clocks joined by "and",
  // "or" or "to" ("at 07.15 and 17.45").
  std::optional<std::string> dotted_clock(size_t i, bool in_list = true) const {
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

  // A section of a statute as British and Commonwealth courts cite it: "s.18 of the
  // Offences Against the Person Act", "under s 47 of the Act", "ss. 3-5": "section
  // eighteen", only with an Act, a Code or an Ordinance named near. Returns the tokens
  // used (the mark alone; the number is read after it), or 0.
  size_t statute_section(size_t i) {
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

  // "2h" and "15m" (or "15min") as two tokens, or "1h30m" as one: the words, and whether
  // the minutes were the next token.
  static std::optional<std::pair<std::string, bool>> hours_and_minutes(const std::string& core, const std::string& next) {
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

  // An hour or a clock time as said before AM or PM: "7" → "seven", "7:30" → "seven thirty".
  static std::optional<std::string> hour_before_am_pm(const std::string& written) {
    if (const auto clock = clock_time(written, true)) return clock;
    if (all_digits(written) && !written.empty() && written.size() <= 2 && std::stoi(written) <= 12) return cardinal_words(written);
    return std::nullopt;
  }

  // A telephone number with its country code, in groups: "+44 20 7946 0958", "+33 1 42
  // 68 53 00", "+1 202-555-0123", "+49 30 901820". The code and every group digit by
  // digit, a pause between groups. Returns the tokens used, or 0.
  size_t international_number(size_t i) {
    const Piece p = piece(i);
    if (p.core.size() < 2 || p.core.size() > 4 || p.core[0] != '+' || !all_digits(p.core.substr(1)) || !p.trail.empty()) return 0;
    // Country codes (ITU-T E.164): 1 and 7 alone; others of two or three digits from 2 to
    // 9 ("+3 72 68 70" is a golfer's score and rounds).
    const std::string code = p.core.substr(1);
    if (code.size() == 1 ? (code != "1" && code != "7") : (code[0] == '0' || code[0] == '1' || code[0] == '7')) return 0;
    std::vector<std::string> groups;
    size_t digits = 0, k = i + 1;
    if (token(k) == "(0)") ++k;  // "+44 (0) 20 7946 0958": the trunk nought in brackets is unsaid
    for (;; ++k) {
      Piece g = piece(k);
      if (groups.empty() && g.lead == "(" && g.core.starts_with("0)")) {  // "+44 (0)20 7946 0958"
        g.lead.clear();
        g.core = g.core.substr(2);
      }
      if (!g.lead.empty() || g.core.empty()) break;
      const std::vector<std::string_view> parts = split(g.core, '-');
      const bool digit_groups = std::all_of(parts.begin(), parts.end(), [](std::string_view d) { return !d.empty() && d.size() <= 8 && all_digits(d); });
      if (!digit_groups) break;
      for (const auto d : parts) groups.emplace_back(d), digits += d.size();
      if (!g.trail.empty()) {
        ++k;
        break;
      }
    }
    const bool long_group = std::any_of(groups.begin(), groups.end(), [](const std::string& g) { return g.size() >= 3; });
    if (groups.size() < 2 || digits < 6 || digits > 14 || (!long_group && groups.size() < 4)) return 0;
    std::string words = "plus " + digit_words(p.core.substr(1));
    for (const std::string& g : groups) words += ", " + digit_words(g);
    emit({p.lead, "", piece(k - 1).trail}, words);
    return k - i;
  }

  // A national telephone number in groups after its trunk zero: "020 7946 0958", "0300
  // 123 4567", "(02) 9876 5432", read digit by digit in its groups. Nine to eleven digits
  // in all, the groups after the first of three or four. Australia's numbers for the
  // whole country, "1300 555 123", "1800 123 456", open with their prefix said as people
  // say it ("thirteen hundred", "one eight hundred"), and may have a group of two, apart or
  // joined by hyphens: "1300 22 4636", "1800-11-4000".
  size_t national_number(size_t i) {
    const Piece p = piece(i);
    const bool bracketed = p.lead == "(" && p.trail == ")";
    const auto nationwide_prefix = [](std::string_view prefix) { return prefix == "1300" || prefix == "1800" || prefix == "1900"; };
    const auto nationwide_words = [](std::string_view prefix) {
      return std::string(prefix == "1300" ? "thirteen hundred" : prefix == "1800" ? "one eight hundred" : "one nine hundred");
    };
    if (const auto parts = p.core.size() > 5 && p.core[4] == '-' && nationwide_prefix(std::string_view(p.core).substr(0, 4))
                               ? split(p.core, '-')
                               : std::vector<std::string_view>{};
        parts.size() == 3) {
      std::string words = nationwide_words(parts[0]);
      size_t digits = 4;
      for (size_t g = 1; g < parts.size(); ++g) {
        if (parts[g].size() < 2 || parts[g].size() > 4 || !all_digits(parts[g])) return 0;
        words += ", " + digit_words(parts[g]), digits += parts[g].size();
      }
      if (digits < 10 || digits > 11) return 0;
      emit({p.lead, "", p.trail}, words);
      return 1;
    }
    const bool nationwide = nationwide_prefix(p.core);
    if (p.core.size() < 2 || p.core.size() > 5 || (p.core[0] != '0' && !nationwide) || !all_digits(p.core) ||
        !(bracketed || (p.lead.empty() && p.trail.empty()))) {
      return 0;
    }
    std::vector<std::string> groups = {p.core};
    size_t digits = p.core.size(), k = i + 1;
    for (; groups.size() < 4; ++k) {
      const Piece g = piece(k);
      if (!g.lead.empty() || g.core.size() < (nationwide ? 2 : 3) || g.core.size() > 4 || !all_digits(g.core)) break;
      groups.push_back(g.core), digits += g.core.size();
      if (!g.trail.empty()) {
        ++k;
        break;
      }
    }
    // (Nationwide numbers: ten digits in Australia, "1300 555 123"; eleven in India's
    // toll-free "1800 180 1551".)
    if (groups.size() < 2 || digits < 9 || digits > 11 || (nationwide && (digits < 10 || groups.size() != 3))) return 0;
    std::string words;
    for (const std::string& g : groups) words += (words.empty() ? "" : ", ") + digit_words(g);
    if (nationwide) words = nationwide_words(p.core) + words.substr(words.find(','));
    emit({bracketed ? "" : p.lead, "", piece(k - 1).trail}, words);
    return k - i;
  }

  // A North American number written in groups apart: "555 123 4567", "1 800 555 0199",
  // read as "555-123-4567" is. Not inside a longer run of numbers.
  size_t spaced_phone_number(size_t i) {
    const bool country = token(i) == "1";
    const size_t a = country ? i + 1 : i;
    const Piece area = piece(a), exchange = piece(a + 1), line = piece(a + 2);
    const auto digits_of = [](const Piece& g, size_t n) { return g.core.size() == n && all_digits(g.core); };
    if (!digits_of(area, 3) || area.core[0] < '2' || !digits_of(exchange, 3) || !digits_of(line, 4)) return 0;
    if (!piece(i).lead.empty() || !area.trail.empty() || !exchange.lead.empty() || !exchange.trail.empty() || !line.lead.empty() ||
        (country && (!piece(i).trail.empty() || !area.lead.empty()))) {
      return 0;
    }
    if ((i > 0 && piece(i - 1).trail.empty() && all_digits(piece(i - 1).core)) || (line.trail.empty() && all_digits(piece(a + 3).core))) return 0;
    // Only where a telephone is spoken of: a verb of calling or a telephone's label just
    // before, or before "us at", "me on" ("call 555 123 4567", "Tel: 1 800 555 0199",
    // "contact us at"; not "the 400 800 1500 treble", nor a table's row, "Number of
    // employees 250 310 1200").
    static constexpr std::array<std::string_view, 11> calling = {"call", "calling", "phone", "telephone", "tel", "tel.", "fax", "dial",
                                                                 "text", "ring", "contact"};
    size_t k = i;
    if (k > 0 && (lower(piece(k - 1).core) == "at" || lower(piece(k - 1).core) == "on")) --k;
    if (k > 0 && (piece(k - 1).core == "us" || piece(k - 1).core == "me")) --k;
    if (k == 0 || !listed(lower(piece(k - 1).core), calling)) return 0;
    const auto phone = phone_or_address((country ? "1-" : "") + area.core + "-" + exchange.core + "-" + line.core);
    if (!phone) return 0;
    emit({"", "", line.trail}, *phone);
    return a + 3 - i;
  }

  // A party label with a state's name of two words: "(D-New York)", "R-West Virginia,".
  size_t two_word_party_label(size_t i) {
    const Piece p = piece(i), second = piece(i + 1);
    const char* party = party_of_label(p.core);
    if (party == nullptr || !p.trail.empty() || !second.lead.empty() || !capitalized(second.core)) return 0;
    const std::string name = p.core.substr(2) + " " + second.core;
    if (!tables::us_state_name(name)) return 0;
    emit({p.lead, "", second.trail}, std::string(party) + " of " + name);
    return 2;
  }

  // A British postcode, its outward and inward codes ("SW1A 2AA", "NW1 6XE", "M1 1AE"):
  // letters spelled, the district's number said whole ("CF10" "C.F. ten") and the inward
  // digit alone, as a postcode is read out.
  size_t uk_postcode(size_t i) {
    const Piece out = piece(i), in = piece(i + 1);
    // After a town on an address's line ("10 Downing St, London SW1A 2AA"), or after the
    // line's comma ("..., SW1A 2AA"); not a model's code ("Hilux SR5 4WD") nor a number of
    // bytes ("an A1 4GB"). The inward code's letters are never C, I, K, M, O or V.
    if (!out.trail.empty() || !in.lead.empty() || !out.lead.empty() || i < 2) return 0;
    const bool after_line = piece(i - 1).trail == "," || (capitalized(piece(i - 1).core) && piece(i - 1).trail.empty() && piece(i - 2).trail == ",");
    if (!after_line) return 0;
    if (in.core.size() == 3 && (tables::unit(in.core.substr(1)) || in.core.find_first_of("CIKMOV", 1) != std::string::npos)) return 0;
    const std::string& a = out.core;
    const std::string& b = in.core;
    const auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
    size_t letters = 0;
    while (letters < a.size() && upper(a[letters])) ++letters;
    const bool outward = (letters == 1 || letters == 2) && a.size() >= letters + 1 && a.size() <= letters + 2 && is_digit(a[letters]) &&
                         (a.size() == letters + 1 || is_digit(a.back()) || upper(a.back()));
    const bool inward = b.size() == 3 && is_digit(b[0]) && upper(b[1]) && upper(b[2]);
    if (!outward || !inward) return 0;
    const auto said = [](std::string_view code) {  // "SW1A": "S.W. one A."
      std::string words;
      for (size_t k = 0; k < code.size();) {
        size_t end = k + 1;
        while (end < code.size() && is_digit(code[end]) == is_digit(code[k])) ++end;
        const std::string run(code.substr(k, end - k));
        // (A lone "A." before the comma would be the article to eSpeak NG: "A" alone is the letter.)
        join(words, is_digit(code[k]) ? cardinal_words(run) : run == "A" ? run : spelled_letters(run));  // "CF10": "C.F. ten"
        k = end;
      }
      return words;
    };
    emit({out.lead, "", in.trail}, said(a) + ", " + said(b));
    return 2;
  }

  size_t time_of_day(size_t i) {
    const Piece p = piece(i);
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

  // An amount's words without their currency where the words joined after it name it
  // again: "$2 million-dollar home" is "two million dollar home", not "dollar dollar".
  static std::string without_repeated_currency(const std::string& words, const std::string& rest) {
    const size_t space = words.rfind(' ');
    if (space == std::string::npos) return words;
    const std::string last = words.substr(space + 1), first = rest.substr(0, rest.find(' '));
    return first == last || last == first + "s" || first == last + "s" ? words.substr(0, space) : words;
  }

  // `words` ending with one full stop: "Incorporated.", "P.H.D." (not "P.H.D..").
  static std::string with_stop(const std::string& words) { return words.ends_with('.') ? words : words + "."; }

  // Whether piece `k` is a time zone read with the clock before it; `out` is what is said,
  // with the opening bracket the zone may have ("8 p.m. (EST)." is "eight PM (E.S.T.).").
  bool zone_at(size_t k, std::string& out, bool after_clock) const {
    const Piece& z = piece(k);
    if ((!z.lead.empty() && z.lead != "(") || !is_time_zone(z.core, out, after_clock)) return false;
    out = z.lead + out;
    return true;
  }

  // Whether piece `i` keeps a full stop of its own ("Inc.", "Dec.", "Calif.", "D-Ore.")
  // with nothing after it, and that stop is also the sentence's (sentence_ends_before).
  bool kept_stop_ends_sentence(size_t i) const {
    const Piece p = piece(i);
    return p.core.ends_with('.') && p.trail.empty() && sentence_ends_before(i + 1);
  }

  // Whether a full stop kept on the word before piece `next` ("a.m.", "Inc.", "Dec.",
  // "Calif.", "D-Ore.") is also the sentence's: at the end of the text, before a
  // quotation, or before a capital that is no day, no month before its day, no title
  // ("Gov.", "Mayor") and not in brackets ("at 9 a.m. The vote", "D-Ore. The vote"; not
  // "at 9 a.m. Wednesday", "Tues. Nov. 5", "Mass. Gov. Maura Healey", "Apple Inc. (AAPL)").
  bool sentence_ends_before(size_t next) const {
    if (token(next).empty()) return true;
    const Piece p = piece(next);
    if (p.lead.starts_with('(')) return false;
    if (!p.lead.empty()) return true;
    if (weekday_name(p.core)) return false;  // "Wed.", "Thurs."
    if (month_name(p.core)) return days_of(piece(next + 1).core).empty();  // "5 p.m. May is busy" ends; "Jan. 5" goes on
    static constexpr std::array<std::string_view, 16> titles = {
        "Mayor", "Governor", "Senator", "Representative", "President", "Judge", "Sheriff", "Police",
        "Attorney", "Secretary", "Chief", "Officer", "Councilman", "Councilwoman", "Commissioner", "Superintendent"};
    if (tables::abbreviation(p.core) || std::find(titles.begin(), titles.end(), p.core) != titles.end()) return false;
    // A zone's name goes on from a clock: "at 3 p.m. Eastern time", "5 p.m. Pacific
    // Daylight Time".
    // (Unless a new sentence opens with the name: "at 8 p.m. British Summer Time begins",
    // "Greenwich Mean Time was used": the name then ends a clause or a small word follows.)
    static constexpr std::array<std::string_view, 14> goes_on = {"on", "in", "at", "and", "or", "to", "for", "from", "until",
                                                                 "when", "with", "today", "tomorrow", "tonight"};
    std::string name = p.core;
    for (size_t k = next; k < next + 4 && piece(k).lead.empty(); ++k) {
      if (k > next) name += " " + piece(k).core;
      const bool clause_goes_on = !piece(k).trail.empty() || token(k + 1).empty() || listed(piece(k + 1).core, goes_on);
      if (k > next && tables::time_zone_name(name) && clause_goes_on) return false;
      if (!piece(k).trail.empty() || !piece(k).possessive.empty()) break;
    }
    return capitalized(p.core);
  }

  // Whether the words said so far end with one of `words` (as written, or capitalized).
  bool said_last(std::initializer_list<std::string_view> words) const { return said_last(std::span(words.begin(), words.size())); }
  bool said_last(std::span<const std::string_view> words) const {
    for (const std::string_view w : words) {
      const std::string capital = std::string(1, static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])))) + std::string(w.substr(1));
      for (const std::string& form : {std::string(w), capital}) {
        if (out_ == form || (out_.size() > form.size() && out_.ends_with(form) && out_[out_.size() - form.size() - 1] == ' ')) return true;
      }
    }
    return false;
  }

  // A percentage as British papers write it, "pc" glued to its number, where a change or
  // a level is spoken of: "rose 5pc", "by 2.5pc", "to 0.25pc", "a 3.5pc rise" (a number
  // with a point); not "a 3pc suite" (pieces), nor "PC" (a computer). Else nullopt.
  std::optional<std::string> british_percent(size_t i, const std::string& core) const {
    if (core.size() < 3 || !core.ends_with("pc")) return std::nullopt;
    const auto number = parse_number(std::string_view(core).substr(0, core.size() - 2));
    if (!number) return std::nullopt;
    static constexpr std::array<std::string_view, 28> changes = {
        "rose", "fell", "up", "down", "by", "of", "to", "at", "jumped", "grew", "dropped", "slipped", "climbed", "gained",
        "lost", "cut", "rise", "fall", "about", "around", "nearly", "almost", "just", "than", "from", "some", "only", "increased"};
    const bool change = i > 0 && piece(i - 1).trail.empty() && listed(piece(i - 1).core, changes);
    if (!change && !number->has_point) return std::nullopt;
    return number_words(*number) + " percent";
  }

  // `core` with its slash made a hyphen when it joins a year (1900-2099, after "FY" or
  // nothing) and the next one, in two digits or four ("2024/25", "FY2023/24",
  // "1999/2000"), else nullopt.
  static std::optional<std::string> slashed_year_span(std::string_view core) {
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

  // A cricket score written with a slash, where a word only cricket uses is near, else
  // nullopt: runs for wickets, "287/6" two hundred eighty seven for six, and wickets
  // first as Australia writes them, "6/287"; bowling figures after a word of taking,
  // "took 5/27". Never what may be a date (runs first up to a month's days, "on 15/3",
  // "24/7"; wickets first up to 31 but as figures, "starts 7/13", "9/11"). A hyphen
  // ("287-6") is left a range: every other sport's scores are written so.
  // (`top` and `bottom`: the numbers before and after the slash, slashed_numbers.)
  std::optional<std::string> runs_for_wickets(size_t i, int top, int bottom) const {
    if (top > 999) return std::nullopt;
    static constexpr std::array<std::string_view, 8> taking = {"took", "takes", "taking", "claimed", "returned", "figures", "of", "with"};
    const bool figures = said_last(taking) && bottom > 12;
    const bool runs_first = bottom <= 10 && top > 31;
    const bool wickets_first = top <= 10 && (bottom > 31 || figures);
    if ((runs_first || wickets_first) && (cricket_near(i) || innings_words_before(i))) {
      return cardinal_words(std::to_string(top)) + " for " + cardinal_words(std::to_string(bottom));
    }
    return std::nullopt;
  }

  // Whether only cricket's figures can follow the words before piece `i`: "figures of",
  // "declared at", "declared on" ("finished with figures of 6/45", "declared at 8/487").
  bool innings_words_before(size_t i) const {
    if (i < 2 || !piece(i - 1).trail.empty() || !piece(i - 2).trail.empty()) return false;
    const std::string first = lower(piece(i - 2).core), second = lower(piece(i - 1).core);
    return (first == "figures" && second == "of") || (first == "declared" && (second == "at" || second == "on"));
  }

  // The two whole numbers of `core` joined by a slash, neither opening with a nought,
  // up to four digits before it and three after ("287/6", "13/2", "5000/1"), else nullopt.
  static std::optional<std::pair<int, int>> slashed_numbers(std::string_view core) {
    const size_t slash = core.find('/');
    if (slash == std::string_view::npos || slash == 0 || slash > 4 || core.size() - slash - 1 > 3 || core[0] == '0' ||
        slash + 1 == core.size() || core[slash + 1] == '0' || !all_digits(core.substr(0, slash)) || !all_digits(core.substr(slash + 1))) {
      return std::nullopt;
    }
    return std::pair{std::stoi(std::string(core.substr(0, slash))), std::stoi(std::string(core.substr(slash + 1)))};
  }

  // Whether a word only cricket uses is among the 40 pieces either side of piece `i`
  // (not in an idiom: "a sticky wicket", "stumps up"), or an innings' "155 all out".
  bool cricket_near(size_t i) const {
    static constexpr std::array<std::string_view, 15> cricket = {
        "wicket", "wickets", "stumps", "overs", "bowler", "bowlers", "batsman", "batsmen", "cricket", "ODI", "T20", "T20I", "IPL", "Ashes",
        "innings"};
    constexpr size_t reach = 40;
    const size_t end = std::min(pieces_.size(), i + reach + 1);
    for (size_t k = i > reach ? i - reach : 0; k < end; ++k) {
      if (!listed(pieces_[k].core, cricket)) continue;
      const std::string word = lower(pieces_[k].core);
      if (word == "wicket" && k > 0 && lower(pieces_[k - 1].core) == "sticky") continue;
      if (word == "stumps" && lower(piece(k + 1).core) == "up") continue;
      return true;
    }
    // "155 all out": an innings' end.
    for (size_t k = i > reach ? i - reach : 0; k + 2 < end; ++k) {
      if (all_digits(pieces_[k].core) && pieces_[k].trail.empty() && pieces_[k + 1].core == "all" && pieces_[k + 1].trail.empty() &&
          pieces_[k + 2].core == "out") {
        return true;
      }
    }
    return false;
  }

  // Betting odds written as a fraction, said "thirteen to two", else nullopt:
  //  - a price on a contest's outcome after its verb, "City are 4/6 to win" (not "need
  //    7/10 to qualify", nor after a word of dates, "by 31/10 to claim");
  //  - any price before "favourite" or after "odds of";
  //  - an improper one before a word of chance, "a 100/1 outsider", "a 13/2 shot" ("a
  //    1/3 chance" is a chance); these come before cricket's scores (runs_for_wickets):
  //    "100/1 outsiders for the T20 World Cup";
  //  - an improper one after a word of price where its phrase ends, with a word of
  //    winning or pricing near, "won at 13/2.", "backed into 9/2 on" (not "the meeting
  //    is at 11/4."), or near a word only betting uses ("bookmakers", "punters").
  // Never a fraction of something ("4/5 of voters"), 24/7, nor halves, thirds and
  // quarters but before "favourite" or after "odds". A split of a hundred is said as
  // one: "a 60/40 chance" sixty forty.
  std::optional<std::string> runs_or_odds(size_t i, const std::string& core, const std::string& next) const {
    const auto numbers = slashed_numbers(core);
    if (!numbers) return std::nullopt;
    const auto [top, bottom] = *numbers;
    const std::string after = lower(next);
    if (top == bottom || core == "24/7" || (after == "of" && piece(i).trail.empty())) return std::nullopt;  // "50/50", "4/5 of"
    const std::string said = cardinal_words(std::to_string(top)), said_bottom = cardinal_words(std::to_string(bottom));
    if (top + bottom == 100 && top >= 5 && bottom >= 5) return said + " " + said_bottom;  // a split: "a 60/40 chance"
    const std::string odds = said + " to " + said_bottom;
    const bool common_fraction = top < bottom && bottom <= 4 && std::gcd(top, bottom) == 1;
    const bool dated = said_last({"on", "by", "until", "since", "before", "after", "from", "dated"});
    static constexpr std::array<std::string_view, 9> outcomes = {"win", "lift", "finish", "score", "claim", "qualify", "beat", "retain", "top"};
    const bool on_outcome = after == "to" && piece(i + 1).trail.empty() && said_last({"are", "is", "were", "was", "be", "now", "at", "into", "to"}) &&
                            std::find(outcomes.begin(), outcomes.end(), lower(piece(i + 2).core)) != outcomes.end();
    if (on_outcome && !common_fraction && !dated) return odds;
    static constexpr std::array<std::string_view, 8> favourites = {"favourite", "favourites", "favorite", "favorites", "fav",
                                                                   "joint-favourite", "joint-favorite", "co-favourite"};
    if (std::find(favourites.begin(), favourites.end(), after) != favourites.end() || said_last({"odds", "odds of"})) return odds;
    static constexpr std::array<std::string_view, 6> chances = {"shot", "shots", "outsider", "outsiders", "chance", "odds"};
    if (top > bottom && std::find(chances.begin(), chances.end(), after) != chances.end()) return odds;
    if (const auto runs = runs_for_wickets(i, top, bottom)) return runs;
    // "at 140/90": a blood pressure, no price; "at 45/1 Park Street": an address.
    if (common_fraction || top <= bottom || bottom > 20 || capitalized(next)) return std::nullopt;
    // After a word of price, where the phrase ends ("won at 13/2.", "at 9/2 and"), not
    // before a verb ("the meeting at 11/4 was").
    static constexpr std::array<std::string_view, 10> phrase_goes_on = {"and", "with", "on", "for", "in", "after", "before", "from", "to", "against"};
    const bool phrase_ends = !piece(i).trail.empty() || next.empty() ||
                             std::find(phrase_goes_on.begin(), phrase_goes_on.end(), after) != phrase_goes_on.end();
    static constexpr std::array<std::string_view, 16> prices = {"won", "win", "wins", "winning", "finished", "sent", "priced", "backed",
                                                                "available", "offered", "went", "goes", "returned", "started", "drifted", "shortened"};
    if (phrase_ends && said_last({"at", "into", "out to", "in to"}) && word_near(i, 4, prices)) return odds;
    static constexpr std::array<std::string_view, 6> betting = {"bookmakers", "bookmaker", "bookies", "punters", "each-way", "odds-on"};
    if (!dated && word_near(i, 15, betting)) return odds;
    return std::nullopt;
  }

  // A fraction of one written with three places and no whole, where sport's averages and
  // gunsmiths' calibers are written so, said as those are: "hitting .310" three ten,
  // ".285 average" two eighty five, "batting .305" three oh five, ".300 hitter" three
  // hundred, "a .308 rifle" three oh eight, "a .223-caliber rifle". Elsewhere (a blood
  // alcohol of ".158", "a correlation of .452", ".350 seconds") the point stays.
  std::optional<std::string> three_places(size_t i, const std::string& core, const std::string& next) const {
    for (const std::string_view caliber : {"-caliber", "-calibre"}) {  // "a .223-caliber rifle"
      if (core.size() == 4 + caliber.size() && core.ends_with(caliber) && is_average(core.substr(0, 4))) {
        return average_words(core.substr(0, 4)) + std::string(caliber);
      }
    }
    if (!is_average(core)) return std::nullopt;
    static constexpr std::array<std::string_view, 7> hitting = {"hitting", "batting", "batted", "hit", "hits", "slugging", "slugged"};
    static constexpr std::array<std::string_view, 16> named = {
        "average", "avg", "hitter", "hitters", "batting", "caliber", "calibre", "rifle", "pistol", "revolver",
        "cartridge", "cartridges", "Winchester", "Remington", "Magnum", "ACP"};
    const std::string before = i > 0 && piece(i - 1).trail.empty() ? lower(piece(i - 1).core) : "";
    const bool after_hitting = std::find(hitting.begin(), hitting.end(), before) != hitting.end();
    const bool before_name = piece(i).trail.empty() && std::find(named.begin(), named.end(), next) != named.end();
    if (!after_hitting && !before_name) return std::nullopt;
    return average_words(core);
  }

  // Whether `core` is three places and no whole, the first not nought: ".310".
  static bool is_average(std::string_view core) {
    return core.size() == 4 && core[0] == '.' && core[1] >= '1' && core[1] <= '9' && is_digit(core[2]) && is_digit(core[3]);
  }
  // An average's words (is_average): ".310" three ten, ".305" three oh five, ".300" three hundred.
  static std::string average_words(std::string_view core) {
    const std::string first = cardinal_words(core.substr(1, 1));
    if (core.substr(2) == "00") return first + " hundred";
    if (core[2] == '0') return first + " oh " + cardinal_words(core.substr(3, 1));
    return first + " " + cardinal_words(core.substr(2, 2));
  }

  // Whether the words said so far end with the article "a" or "an".
  bool article_before() const { return said_last({"a", "an"}); }

  // Whether the words said so far end with an article and a hyphenated word and its comma:
  // "a four-year, $120M deal", whose amount describes the deal too.
  bool article_before_compound() const {
    if (!out_.ends_with(',')) return false;
    const size_t space = out_.rfind(' ');
    if (space == std::string::npos || out_.find('-', space) == std::string::npos) return false;
    const std::string_view before = std::string_view(out_).substr(0, space);
    for (const std::string_view article : {"a", "an", "the", "A", "An", "The"}) {
      if (before == article || (before.size() > article.size() && before.ends_with(article) && before[before.size() - article.size() - 1] == ' ')) return true;
    }
    return false;
  }

  // Whether a measure said now, with `noun` after it, describes that noun and so is said
  // in the singular: after "a" or "an" before any small word ("a 10 km race"), after
  // another determiner before a small word that is no function word ("the 155mm shells",
  // "these 10-km races"; not "the 5 km of road", "the 100 m to the line").
  bool describes_noun(const std::string& noun) const {
    // After an article a name describes too: "a 512GB SSD", "a 65W USB-C charger" (not
    // a day or a month: "ran a 5 km Tuesday"; nor after "the": "in the 200 m Lyles ran").
    const bool name = capitalized(noun) && !weekday_name(noun) && !month_name(noun);
    if (name && article_before()) return true;
    if (!is_lowercase_word(noun)) return false;
    if (article_before()) return true;
    // After a possessive, not before a word that says how the measure stands ("the car's
    // 4.5 m long": "'s" may be "is").
    static constexpr std::array<std::string_view, 10> standing = {"apart", "away", "old", "across", "ahead", "behind", "short", "still", "ago", "further"};
    if (possessive_before() && (is_size_word(noun) || std::find(standing.begin(), standing.end(), noun) != standing.end())) return false;
    return (said_last(kDeterminers) || possessive_before()) && !is_function_word(noun) && noun != "away";
  }

  // Whether the last word said is a possessive: "TSMC's 3nm process", "the storm's 150 mph winds".
  bool possessive_before() const {
    const size_t space = out_.rfind(' ');
    const std::string_view last = space == std::string::npos ? std::string_view(out_) : std::string_view(out_).substr(space + 1);
    const size_t ending = possessive_ending(last);
    if (ending == 0 || ending == last.size()) return false;
    const size_t mark = last.size() - ending;
    // "It's 5 km long": a verb's contraction, not a possessive.
    static constexpr std::array<std::string_view, 11> contracted = {"it", "that", "there", "here", "he", "she", "who", "what", "where", "let", "this"};
    const std::string stem = lower(last.substr(0, mark));
    return std::find(contracted.begin(), contracted.end(), stem) == contracted.end();
  }

  // Whether `w` is an adjective of size, which says how a measure stands ("6 ft tall", "a
  // 5m-long wall") rather than naming what it describes.
  static bool is_size_word(std::string_view w) {
    static constexpr std::array<std::string_view, 6> sizes = {"long", "wide", "high", "tall", "deep", "thick"};
    return std::find(sizes.begin(), sizes.end(), w) != sizes.end();
  }

  // Determiners other than the articles: a number after one describes what follows.
  static constexpr std::array<std::string_view, 10> kDeterminers = {"the", "this", "that", "these", "those", "its", "their", "his", "her", "our"};
  // Units of time after "a" or "per": "a day", "an hour".
  static constexpr std::array<std::string_view, 8> kTimeUnits = {"second", "minute", "hour", "day", "week", "month", "year", "decade"};
  // Words of price: "costs 30c a day", "a fare of".
  static constexpr std::array<std::string_view, 16> kPriceWords = {"cost", "costs", "price", "prices", "pay", "paid", "charge", "charged",
                                                                   "fee", "fare", "fares", "subscription", "EPS", "earnings", "dividend", "share"};
  // Words that name a thing by its number, as laws, cases and issues are named: "Law
  // 3/2018", "Bill 25-345", "No. 2024-117".
  static constexpr std::array<std::string_view, 21> kNumberedNames = {
      "Law",   "Decree",    "Decree-Law", "Resolution", "Act",  "Order",      "Regulation",   "Directive", "Ordinance", "Circular", "Issue",
      "Case",  "No.",       "no.",        "Vol.",       "Bill", "Guidelines", "Guideline",    "Rule",      "Notification", "Petition"};
  static bool is_determiner(std::string_view w) {
    return w == "a" || w == "an" || std::find(kDeterminers.begin(), kDeterminers.end(), w) != kDeterminers.end();
  }

  // A latitude or longitude in degrees and minutes, and seconds: "40° 26' 46\" N",
  // "51°30′26″N", "40°26′N". How many pieces it used, 0 when it is none.
  size_t degrees_minutes_seconds(size_t i) {
    const Piece first = piece(i);
    if (first.core.empty() || !is_digit(first.core[0]) || first.core.find("\xC2\xB0") == std::string::npos) return 0;
    if (!first.trail.empty()) {  // "51°30′26″N," alone
      const auto words = dms_words(first.core);
      if (words) emit(first, *words);
      return words ? 1 : 0;
    }
    // The pieces written close, each but the first as written, less the last one's marks.
    const auto joined = [&](size_t count, std::string* trail) {
      std::string text = first.core;
      for (size_t k = 1; k < count; ++k) text += token(i + k);
      std::string marks;
      while (!text.empty() && std::string_view(",;:.)").find(text.back()) != std::string_view::npos) marks.insert(0, 1, text.back()), text.pop_back();
      if (trail) *trail = marks;
      return text;
    };
    for (size_t used = std::min<size_t>(4, tokens_.size() - i); used >= 2; --used) {
      std::string trail;
      if (const auto words = dms_words(joined(used, &trail))) {
        emit({first.lead, "", trail}, *words);
        return used;
      }
    }
    std::string trail;
    if (const auto words = dms_words(joined(1, &trail))) {  // "51°30′26″N"
      emit({first.lead, "", trail}, *words);
      return 1;
    }
    return 0;
  }

  // "forty degrees twenty six minutes forty six seconds north" for "40°26'46\"N" (minutes
  // required; the seconds and the direction may be left out), or nothing.
  static std::optional<std::string> dms_words(std::string_view text) {
    const auto take_number = [&](std::string_view& rest) -> std::optional<Number> {
      size_t n = 0;
      while (n < rest.size() && (is_digit(rest[n]) || rest[n] == '.')) ++n;
      auto number = n ? parse_number(rest.substr(0, n)) : std::nullopt;
      rest.remove_prefix(n);
      return number;
    };
    const auto take_mark = [&](std::string_view& rest, std::initializer_list<std::string_view> marks) {
      for (const auto mark : marks) {
        if (rest.starts_with(mark)) {
          rest.remove_prefix(mark.size());
          return true;
        }
      }
      return false;
    };
    std::string_view rest = text;
    const auto degrees = take_number(rest);
    if (!degrees || !take_mark(rest, {"\xC2\xB0"})) return std::nullopt;
    const auto minutes = take_number(rest);
    if (!minutes || !take_mark(rest, {"'", "\xE2\x80\xB2", "\xE2\x80\x99"})) return std::nullopt;
    std::string words = quantity_words(*degrees) + (degrees->whole == "1" && !degrees->has_point ? " degree " : " degrees ") +
                        quantity_words(*minutes) + (minutes->whole == "1" && !minutes->has_point ? " minute" : " minutes");
    if (!rest.empty() && is_digit(rest[0])) {
      const auto seconds = take_number(rest);
      if (!seconds || !take_mark(rest, {"\"", "\xE2\x80\xB3", "\xE2\x80\x9D"})) return std::nullopt;
      words += " " + quantity_words(*seconds) + (seconds->whole == "1" && !seconds->has_point ? " second" : " seconds");
    }
    if (!rest.empty()) {
      const auto direction = compass_direction(rest);
      if (!direction) return std::nullopt;
      words += " " + *direction;
    }
    return words;
  }

  // A prime after a number at piece `i` and an inch mark after the next ("6' 2″", "6′
  // 17″"): feet and inches up to eleven inches, else (or with words of a time behind)
  // minutes and seconds. How many pieces it used, 0 when it is none.
  size_t primes_apart(size_t i) {
    const Piece p = piece(i);
    std::string first = p.core;
    const bool peeled_prime = p.trail == "'" || p.trail == "\xE2\x80\x99";  // taken off as a closing quotation mark
    if (!peeled_prime) {
      if (!first.ends_with("\xE2\x80\xB2") || !p.trail.empty()) return 0;  // ′
      first.resize(first.size() - 3);
    }
    const auto second = inch_mark(i + 1);
    if (first.empty() || first.size() > 2 || !all_digits(first) || !second || second->first.size() > 2 || !all_digits(second->first) ||
        !piece(i + 1).lead.empty()) {
      return 0;
    }
    const int big = std::stoi(first), small = std::stoi(second->first);
    // A time behind, by its words ("trails by 3' 10\"", "4' 05\" back") or its seconds' zero.
    const std::string before = i > 0 ? lower(piece(i - 1).core) : "", after = piece(i + 2).core;
    const bool time_cue = second->first.size() == 2 && second->first[0] == '0';
    const bool timed = time_cue || before == "by" || time_behind(before, second->second.empty() ? after : "");
    std::string words;
    if (small <= 11 && !timed) {
      words = cardinal_words(first) + " foot" + (small == 0 ? "" : " " + cardinal_words(second->first));
    } else if (small < 60) {
      words = cardinal_words(first) + (big == 1 ? " minute " : " minutes ") + cardinal_words(second->first) + (small == 1 ? " second" : " seconds");
    } else {
      return 0;
    }
    emit({p.lead, "", second->second}, words);
    return 2;
  }

  // The number before a prime at piece `i` (a prime, or an apostrophe peeled as a closing
  // quotation mark), and the marks after that; nullopt when there is none.
  std::optional<std::pair<Number, std::string>> feet_mark(size_t i) const {
    const Piece p = piece(i);
    std::string number = p.core, trail = p.trail;
    if (p.trail.starts_with("'") || p.trail.starts_with("\xE2\x80\x99")) {
      trail = p.trail.substr(p.trail[0] == '\'' ? 1 : 3);
    } else if (number.ends_with("\xE2\x80\xB2")) {  // ′
      number.resize(number.size() - 3);
    } else {
      return std::nullopt;
    }
    const auto parsed = number.size() <= 4 && p.lead.empty() ? parse_number(number) : std::nullopt;
    if (!parsed) return std::nullopt;
    return std::pair{*parsed, trail};
  }

  // Two lengths in feet by primes with "x" or "by" between, a plot's or a room's size:
  // "50' x 120'", "10′ × 12′" ("fifty by one hundred twenty feet").
  size_t feet_by_feet(size_t i) {
    const auto first = feet_mark(i);
    const Piece by = piece(i + 1);
    if (!first || !first->second.empty() || !by.lead.empty() || !by.trail.empty() ||
        !(by.core == "x" || by.core == "X" || by.core == "\xC3\x97" || by.core == "by")) {
      return 0;
    }
    const auto second = feet_mark(i + 2);
    if (!second) return 0;
    const bool one = second->first.whole == "1" && !second->first.has_point;
    emit({piece(i).lead, "", second->second}, quantity_words(first->first) + " by " + quantity_words(second->first) + (one ? " foot" : " feet"));
    return 3;
  }

  // The written measure before a double prime at piece `i` (spoken_form turns an inch
  // mark into one) and the marks after it, or nothing: "14″", "2-4″", "1/2″", "2x4″".
  std::optional<std::pair<std::string, std::string>> inch_mark(size_t i) const {
    const Piece p = piece(i);
    constexpr std::string_view kDoublePrime = "\xE2\x80\xB3";
    if (!p.core.ends_with(kDoublePrime) || p.core.size() == kDoublePrime.size() || !is_digit(p.core[0])) return std::nullopt;
    const std::string measure = p.core.substr(0, p.core.size() - kDoublePrime.size());
    if (measure.find_first_of("'\xE2") != std::string::npos) return std::nullopt;  // a height ("6'2″") or primes: read elsewhere
    return std::pair{measure, p.trail};
  }

  // The words for the start of a range of amounts at piece `i` whose end has the scale
  // word ("$12.3 to $12.8 billion": "twelve point three to"), or nothing.
  std::optional<std::string> shared_scale_start(size_t i) const {
    const Piece p = piece(i), joint = piece(i + 1), end = piece(i + 2), scale = piece(i + 3);
    const bool dash = is_dash(token(i + 1));
    const bool joined = dash || joint.core == "to" || (joint.core == "and" && said_last({"between"}));
    if (!p.trail.empty() || !joined || !joint.trail.empty() || !end.lead.empty() || !end.trail.empty() || scale.core.size() < 2 ||
        !scale_word(scale.core)) {
      return std::nullopt;
    }
    for (const auto& sign : tables::currency_signs()) {
      if (sign.after || sign.scaled_only || !p.core.starts_with(sign.sign) || !end.core.starts_with(sign.sign)) continue;
      const auto from = parse_number(std::string_view(p.core).substr(sign.sign.size()));
      const auto to = parse_number(std::string_view(end.core).substr(sign.sign.size()));
      // Only a start below the end and below a thousand shares the scale: not "between
      // $500,000 and $1 million".
      if (!from || !to || from->negative || to->negative || from->grouped || from->whole.size() > 3) continue;
      const auto value = [](const Number& n) {
        std::string digits = "0";
        for (const char c : n.whole) {
          if (is_digit(c)) digits += c;
        }
        return std::strtod((digits + "." + n.fraction).c_str(), nullptr);  // no throw: a long number is HUGE_VAL
      };
      if (value(*from) < value(*to)) return quantity_words(*from) + " " + (dash ? "to" : joint.core);
    }
    return std::nullopt;
  }

  // "ten to the eighth" for a power of ten written "10^8", "10^-9", "10²³" or "10⁻⁹", or nothing.
  static std::optional<std::string> power_of_ten(std::string_view core) {
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

  // A number in scientific notation at piece `i` ("3 × 10^8 m/s", "6.02×10²³"), with a
  // unit after it: how many pieces it used, 0 when it is none.
  size_t scientific(size_t i) {
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

  // "three days" for "3d" before "ago", and so on for s, m, h, w, mo and y; or nothing.
  static std::optional<std::string> time_since(std::string_view core) {
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

  // The numbers of "4-3-3" (each of one or two digits, joined by hyphens), or none.
  static std::vector<std::string_view> hyphen_groups(std::string_view core) {
    std::vector<std::string_view> groups = split(core, '-');
    const bool numbers = std::all_of(groups.begin(), groups.end(), [](std::string_view g) { return !g.empty() && g.size() <= 2 && all_digits(g); });
    return numbers ? groups : std::vector<std::string_view>{};
  }

  // Whether a "W" or "V" with the number at piece `i` can be watts or volts: not a road's
  // direction or a name's letter ("Interstate 80 W", "Grade 12 V"), not a storm's number
  // in brackets or with a leading zero ("(27W)", "08 W"), not a size ("size 9W"), not a
  // longitude after a latitude ("25.3N 71.2W").
  bool electric_context(size_t i) const {
    const Piece p = piece(i);
    if (!p.lead.empty() || p.core.starts_with('0') || name_before(i) || numbers_a_name(i)) return false;
    if (i == 0) return true;
    const Piece before = piece(i - 1);
    const std::string word_before = lower(before.core);
    const bool latitude = before.core.size() >= 2 && (before.core.back() == 'N' || before.core.back() == 'S') && is_digit(before.core[before.core.size() - 2]);
    static constexpr std::array<std::string_view, 9> namers = {"size", "designated", "system", "exit", "route", "highway", "interstate", "depression", "storm"};
    return std::find(namers.begin(), namers.end(), word_before) == namers.end() && !latitude;
  }

  // "north" for "N" after a degree sign, and so on for S, E and W.
  static std::optional<std::string> compass_direction(std::string_view letter) {
    if (letter == "N") return "north";
    if (letter == "S") return "south";
    if (letter == "E") return "east";
    if (letter == "W") return "west";
    return std::nullopt;
  }

  // "square" or "cubic" for the word or its abbreviation before a unit ("sq ft", "cu. in.").
  static std::optional<std::string> power_word(std::string_view w) {
    if (w == "sq" || w == "sq." || w == "square") return "square";
    if (w == "cu" || w == "cu." || w == "cubic") return "cubic";
    return std::nullopt;
  }

  // Whether a number is glued to letters after it, a measure or an ordinal ("4K", "120Hz",
  // "3rd"), not a plain number.
  static bool glued_measure(std::string_view w) {
    return !w.empty() && is_digit(w[0]) && std::any_of(w.begin(), w.end(), [](char c) { return is_alpha(c); });
  }

  // Whether the words around a time say it is a time behind a leader: "trails 3"",
  // "3" behind", "4' 05" back" (`before`: the word before, lowercased; `after`: the word
  // after, or empty when punctuation parts it).
  static bool time_behind(std::string_view before, std::string_view after) {
    return before == "trails" || before == "trailed" || after == "behind" || after == "back" || after == "ahead";
  }

  static bool is_function_word(std::string_view w) {
    static constexpr std::array<std::string_view, 24> words = {"of",   "to",  "in",   "on",   "at",   "from", "and",  "or",
                                                               "but",  "between", "per", "each", "for", "by", "with", "than",
                                                               "that", "which", "is",  "was",  "are",  "a",    "an",   "the"};
    return std::find(words.begin(), words.end(), w) != words.end();
  }
  // Whether `w` is ASCII capitals only, and at least one.
  static bool all_capitals(std::string_view w) {
    if (w.empty()) return false;
    for (const char c : w) {
      if (c < 'A' || c > 'Z') return false;
    }
    return true;
  }
  static bool is_lowercase_word(std::string_view w) {
    if (w.empty()) return false;
    for (const char c : w) {
      if (!std::islower(static_cast<unsigned char>(c))) return false;
    }
    return true;
  }

  // Whether a time of day starts at token `i`: "5 p.m.", "5pm", "17:30".
  bool starts_time(size_t i) const {
    const Piece p = piece(i);
    std::string marker;
    if (attached_am_pm(p.core) || clock_time(p.core, false)) return true;
    return all_digits(p.core) && p.core.size() <= 2 && is_am_pm(piece(i + 1).core, marker);
  }

  // A time range's end: "2pm", "10:30am", or noon, midday or midnight.
  static std::optional<std::string> clock_end(const std::string& text) {
    const std::string key = lower(text);
    if (key == "noon" || key == "midday" || key == "midnight") return key;
    return attached_am_pm(text);
  }

  // "2pm" → "two PM", "10:30am" → "ten thirty AM".
  static std::optional<std::string> attached_am_pm(const std::string& text) {
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

  size_t measure(size_t i) {
    const Piece p = piece(i);
    // "30° C": a degree sign, then the scale apart; "37.2° N": a latitude.
    for (const std::string_view degree : {"\xC2\xB0", "\xC2\xBA"}) {
      const Piece scale = piece(i + 1);
      if (!p.core.ends_with(degree) || !p.trail.empty()) continue;
      const auto number = parse_number(std::string_view(p.core).substr(0, p.core.size() - degree.size()));
      const auto unit = tables::unit(std::string(degree) + scale.core);
      const auto direction = compass_direction(scale.core);
      if (!number || (!direction && (!unit || (scale.core != "C" && scale.core != "F")))) continue;
      const bool one = number->whole == "1" && !number->has_point;
      if (direction) {
        emit({p.lead, "", scale.trail}, quantity_words(*number) + (one ? " degree " : " degrees ") + *direction);
      } else {
        emit({p.lead, "", scale.trail}, quantity_words(*number) + " " + (one ? unit->one : unit->many));
      }
      return 2;
    }
    // "57 sq ft", "57 square km", "67 cu in", "1.2 million sq ft": a square or cubic unit
    // written with a word.
    const auto scale_at = [&](size_t k) { return piece(k).trail.empty() && piece(k).core.size() > 1 ? scale_word(piece(k).core) : std::nullopt; };
    const auto power_scale = p.trail.empty() ? scale_at(i + 1) : std::nullopt;
    const size_t at = i + 1 + (power_scale ? 1 : 0);
    if (const Piece sq = piece(at); p.trail.empty() && sq.trail.empty() && power_word(sq.core)) {
      const auto number = parse_number(p.core);
      const Piece unit_piece = unit_at(at + 1);
      if (const auto unit = tables::unit(unit_piece.core); number && unit) {
        // "a 2,000 sq. ft. home": describing a noun, in the singular.
        const std::string unit_trail = trail_of_unit(unit_piece, at + 1);
        const bool describes = unit_trail.empty() && describes_noun(piece(at + 2).core);
        const bool one = describes || (number->whole == "1" && !number->has_point && !power_scale);
        const std::string amount = quantity_words(*number) + (power_scale ? " " + *power_scale : "");
        emit({p.lead, "", unit_trail}, amount + " " + *power_word(sq.core) + " " + (one ? unit->one : unit->many));
        return at - i + 2;
      }
    }
    // A fraction before a unit: "1/4 mi." is "one quarter of a mile", "140/90 mmHg" "one
    // hundred forty over ninety millimeters of mercury".
    if (const size_t slash = p.core.find('/'); slash != std::string::npos && p.trail.empty() && piece(i + 1).lead.empty()) {
      size_t k = i + 1;
      const Piece unit_piece = unit_symbol_at(k, false);
      const auto words = fraction(p.core);
      const auto unit = tables::unit(unit_piece.core);
      // Not "24/7 a day", "50/50 in the end": a proper fraction, or numbers over numbers,
      // before a symbol of two letters or more ("in" only with its stop).
      const bool symbol = unit_piece.core.size() >= 2 && (unit_piece.core != "in" || unit_piece.trail.starts_with("."));
      if (words && unit && symbol && all_digits(p.core.substr(0, slash)) && all_digits(p.core.substr(slash + 1)) &&
          slash <= 9 && p.core.size() - slash <= 10) {
        const long long top = std::stoll(p.core.substr(0, slash)), bottom = std::stoll(p.core.substr(slash + 1));
        const bool proper = top < bottom;
        if (!proper && (top < 100 || words->find(" over ") == std::string::npos)) return 0;
        // No fraction of a rate: "27/35 mpg" is two figures, city and highway ("1/250 sec."
        // and "1/20 oz" are fractions of a unit).
        if (proper && unit->one.find(" per ") != std::string::npos) return 0;
        const bool vowel = std::string_view("aeiou").find(unit->one[0]) != std::string_view::npos || unit->one.starts_with("hour");
        emit({p.lead, "", trail_of_unit(unit_piece, k)}, *words + (proper ? (vowel ? " of an " : " of a ") + unit->one : " " + unit->many));
        return k - i + 1;
      }
    }
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
    std::optional<Number> number = parse_number(p.core);
    std::string range_start;  // "10-15 kg": the words for "10 to"
    std::string glued_scale;  // "225M km": the scale written on the number
    if (!number) {
      size_t letters = p.core.size();
      while (letters > 0 && is_alpha(p.core[letters - 1])) --letters;
      if (const auto s = letters < p.core.size() && p.core.size() - letters <= 2 ? scale_word(p.core.substr(letters)) : std::nullopt) {
        number = parse_number(p.core.substr(0, letters));
        if (number && !scaled_size(*number, p.core.substr(letters))) number.reset();
        if (number && !number->negative) glued_scale = *s;
      }
    }
    if (!number) {
      const auto [dash, length] = range_dash(p.core);
      if (dash == std::string::npos) return 0;
      const auto from = parse_number(p.core.substr(0, dash));
      number = parse_number(p.core.substr(dash + length));
      if (!from || !number) return 0;
      range_start = quantity_words(*from) + " " + std::string(range_word(i)) + " ";
    }
    size_t k = i + 1;
    std::string scale = glued_scale;
    if (const auto s = glued_scale.empty() ? scale_at(k) : std::nullopt) {
      scale = *s;
      ++k;
    }
    const Piece unit_piece = unit_symbol_at(k);
    if (tables::currency(unit_piece.core)) return 0;  // "100 USD" is money
    // "pp" after a whole number of fifty or more is pages ("368 pp.", a book's length);
    // after a smaller one, a fraction or a word of change, percentage points ("rose 3pp",
    // "0.5 pp.").
    if (const Piece pp = piece(k); (pp.core == "pp" || pp.core == "pp.") && scale.empty()) {
      // (After a word of change it is points whatever the number: "Turnout rose 55 pp".)
      static constexpr std::array<std::string_view, 14> change = {"rose", "fell", "up", "down", "by", "gained", "lost", "jumped",
                                                                 "dropped", "slipped", "climbed", "widened", "narrowed", "cut"};
      const bool changed = i > 0 && std::find(change.begin(), change.end(), lower(piece(i - 1).core)) != change.end();
      const bool pages = !changed && !number->has_point && number->whole.size() >= 2 && std::stoi(number->whole.substr(0, 4)) >= 50;
      const std::string trail = pp.core == "pp." ? (kept_stop_ends_sentence(k) ? "." + pp.trail : pp.trail) : trail_of_unit(pp, k);
      const bool describes_page = pages && trail.empty() && describes_noun(piece(k + 1).core);  // "a 240 pp. book"
      emit({p.lead, "", trail}, range_start + quantity_words(*number) + (describes_page ? " page" : pages ? " pages" : " percentage points"));
      return k - i + 1;
    }
    for (const auto& sign : tables::currency_signs()) {
      if (unit_piece.core == sign.sign) return 0;  // "100 TL"
    }
    const std::string unit_trail = trail_of_unit(unit_piece, k);
    // "a 10 km race": a measure between "a" and a noun describes the noun, in the singular.
    const bool describes = unit_trail.empty() && describes_noun(piece(k + 1).core);
    const bool plural = !describes && !(number->whole == "1" && !number->has_point && scale.empty());
    auto unit = unit_words(unit_piece.core, plural);
    // "kt" is a knot near a word of wind or speed ("winds of 45 kt", "flew at 120 kt"),
    // else a kilotonne ("a 15 kt bomb").
    static constexpr std::array<std::string_view, 8> windy = {"wind", "winds", "gusts", "gusting", "sustained", "speed", "knots", "flew"};
    if (unit_piece.core == "kt" && !word_near(i, 4, windy)) unit = plural ? "kilotonnes" : "kilotonne";
    // "bps" is basis points, but a thousand and more are a line's bits ("a 9600 bps modem").
    if (unit_piece.core == "bps" && number->whole.size() >= 4) unit = plural ? "bits per second" : "bit per second";
    // Symbols that are also common words ("in", "am", "as") are words when they stand apart.
    static constexpr std::array<std::string_view, 10> word_like = {"in", "am", "as", "at", "an", "pm", "PM", "AM", "TV", "PV"};
    bool word = false;
    for (const auto w : word_like) word = word || unit_piece.core == w;
    // "22.76 in (578 mm)", "3 in.": inches when no word follows.
    const Piece after = piece(k + 1);
    if (unit_piece.core == "in" && (!unit_piece.trail.empty() || after.core.empty() || after.lead.starts_with("("))) word = false;
    // "6 ft 4 in tall", "5 ft. 10 in.": inches after feet, before a word of size or the
    // phrase's end (not "12 feet 6 in the shade", "6 ft 4 in his socks", "in heels").
    static constexpr std::array<std::string_view, 6> sizes = {"tall", "high", "long", "wide", "deep", "thick"};
    const bool size_after = std::find(sizes.begin(), sizes.end(), after.core) != sizes.end() || after.core.empty() ||
                            !unit_piece.trail.empty() || after.lead.starts_with("(");
    if (unit_piece.core == "in" && i >= 2 && (piece(i - 1).trail.empty() || piece(i - 1).trail == ".") &&
        parse_number(piece(i - 2).core) && size_after) {
      static constexpr std::array<std::string_view, 4> feet = {"ft", "ft.", "feet", "foot"};
      if (std::find(feet.begin(), feet.end(), piece(i - 1).core) != feet.end()) word = false;
    }
    // One letter apart from its number is a unit only for meters, grams and liters, and
    // hours before minutes.
    // So are watts and volts before "of", "per", "RMS", "each" or a noun they describe
    // ("110 W of power", "100 W per channel", "a 65 W charger"; "110 W Main" is a street,
    // "at 700 W and 1300 S" a grid address, "8 W and 2 L" a record), and seconds after a
    // fraction ("a 0-60 time of 4.8 s").
    const Piece after_unit = piece(k + 1);
    const bool letter_unit = unit_piece.core.size() == 1 &&
                             (std::string_view("mgL").find(unit_piece.core[0]) != std::string_view::npos ||
                              ((unit_piece.core == "W" || unit_piece.core == "V") && electric_context(i) && unit_piece.trail.empty() &&
                               (describes || after_unit.core == "of" || after_unit.core == "per" || after_unit.core == "RMS" || after_unit.core == "each")) ||
                              (unit_piece.core == "s" && number->has_point && scale.empty()) ||
                              // hours before minutes: "5 h 20 min"
                              (unit_piece.core == "h" && unit_piece.trail.empty() && after_unit.trail.empty() && all_digits(after_unit.core) &&
                               (piece(k + 2).core == "min" || piece(k + 2).core == "min." || piece(k + 2).core == "mins")));
    // A year before capitals is a year before a name ("the 1988 SEC Tournament").
    const bool capitals = unit_piece.core.size() >= 2 && all_capitals(unit_piece.core);
    const bool year_like = !number->has_point && !number->grouped && number->whole.size() == 4 && scale.empty();
    if (!unit || (unit_piece.core.size() < 2 && !letter_unit) || word || (year_like && capitals)) {
      // "m" and "in" alone are too often words.
      return 0;
    }
    std::string words = range_start + quantity_words(*number);
    if (!scale.empty()) words += " " + scale;
    emit({p.lead, "", unit_trail}, words + " " + *unit);
    return k - i + 1;
  }

  // A price or a rate per a square or cubic unit written with a word, the amount and "per"
  // apart or joined by a slash: "$40 per sq. ft.", "HK$12,000 per sq ft", "$625/sq ft",
  // "40/sq m" ("per square foot").
  size_t per_square_unit(size_t i) {
    const Piece p = piece(i);
    const bool apart = p.core.size() == 3 && lower(p.core) == "per" && p.trail.empty() && i + 2 < pieces_.size();
    const size_t slash = apart ? std::string::npos : p.core.rfind('/');
    const std::string power_written = apart ? piece(i + 1).core : slash == std::string::npos ? "" : p.core.substr(slash + 1);
    const auto power = power_word(power_written);
    const std::string power_trail = apart ? piece(i + 1).trail : p.trail;  // (the abbreviation's stop may be peeled: "sq.")
    if (!power || power_written == "square" || power_written == "cubic" || (power_trail != "" && power_trail != ".") ||
        (!apart && (slash == 0 || !is_digit(p.core[slash - 1])))) {
      return 0;
    }
    const size_t at = apart ? i + 2 : i + 1;
    const Piece unit_piece = unit_at(at);
    const auto unit = unit_piece.lead.empty() ? tables::unit(unit_piece.core) : std::nullopt;
    if (!unit) return 0;
    std::string amount;
    if (!apart) {
      const std::string before = p.core.substr(0, slash);
      const auto words = money(before);
      const auto number = words ? std::nullopt : parse_number(before);
      if (!words && !number) return 0;
      amount = words ? *words : quantity_words(*number);
    }
    emit({p.lead, "", trail_of_unit(unit_piece, at)}, (amount.empty() ? "" : amount + " ") + "per " + *power + " " + unit->one);
    return at - i + 1;
  }

  // The unit's symbol at `k` (unit_at; as written when not `trimmed`), joined with the next
  // piece where the table lists the two as one, the second a capital's: "130/80 mm Hg",
  // "29.92 in Hg" ("millimeters of mercury"). `k` moves to the last piece used.
  Piece unit_symbol_at(size_t& k, bool trimmed = true) const {
    Piece unit = trimmed ? unit_at(k) : piece(k);
    if (const Piece second = unit_at(k + 1); unit.trail.empty() && unit.lead.empty() && second.lead.empty() && !second.core.empty() &&
                                             std::isupper(static_cast<unsigned char>(second.core[0])) && tables::unit(unit.core) &&
                                             tables::unit(unit.core + second.core)) {
      unit.core += second.core;
      unit.trail = second.trail;
      ++k;
    }
    return unit;
  }

  // The piece at `k` as a unit's symbol: an abbreviated unit's stop, which peel keeps on
  // the word before a comma ("180 lbs., fled", "sq. ft.,"), is not the symbol's.
  Piece unit_at(size_t k) const {
    Piece unit = piece(k);
    if (unit.core.size() > 2 && unit.core.ends_with('.') && !unit.core.ends_with("..") && !unit.trail.empty() &&
        std::string_view(",;:").find(unit.trail[0]) != std::string_view::npos) {
      unit.core.pop_back();
    }
    return unit;
  }

  // The marks after the unit at `k`: the full stop of an abbreviated unit ("ft.", "lbs.")
  // ends the sentence only at the end of the text or before a capital or a quotation,
  // not before a lowercase word or a number ("a 12 ft. wall").
  std::string trail_of_unit(const Piece& unit, size_t k) const {
    if (!unit.trail.starts_with('.') || unit.trail.starts_with("..")) return unit.trail;
    const Piece after = piece(k + 1);
    if (after.lead.starts_with('(')) return unit.trail.substr(1);  // "2.6 mi. (4.2 km)": the stop was the unit's
    if (token(k + 1).empty() || !after.lead.empty() || after.core.empty() || capitalized(after.core)) return unit.trail;
    const char first = after.core[0];
    if (!std::islower(static_cast<unsigned char>(first)) && !is_digit(first)) return unit.trail;
    return unit.trail.substr(1);
  }

  size_t address(size_t i) {
    const Piece p = piece(i);
    // "221B": a house number may carry a capital letter.
    std::string digits = p.core, letter;
    if (digits.size() >= 2 && std::isupper(static_cast<unsigned char>(digits.back())) && all_digits(digits.substr(0, digits.size() - 1))) {
      letter = " " + digits.substr(digits.size() - 1);
      digits.pop_back();
    }
    if (!all_digits(digits) || digits.size() > 5 || !p.trail.empty()) return 0;
    // Up to three capitalized words, directions ("N.") or ordinals, then a street word,
    // then perhaps a direction ("Ave NW").
    std::vector<size_t> directions;
    for (size_t k = i + 1; k <= i + 4 && k < tokens_.size(); ++k) {
      const Piece w = piece(k);
      // A USPS street suffix ("St", "Ave.", "Expy", "Ln", "Hwy") after at least one name.
      const auto street = capitalized(w.core) ? tables::street_suffix(w.core) : std::nullopt;  // not "is", "way"
      // A suffix written out after four digits is too often a year before a name ("in
      // early 2009 Mizuno Garden launched"); its reading differs little ("fourteen
      // twenty eight Elm Street" either way).
      const bool written_out = street && ascii_lowercase(*street) == ascii_lowercase(w.core);
      if (written_out && digits.size() == 4 && letter.empty()) return 0;
      // ...and one written out must end the address: what follows is no noun it describes
      // ("125 Rikers Island detainees", "350 Times Square revelers").
      if (written_out && w.trail.empty() && is_lowercase_word(piece(k + 1).core)) {
        static constexpr std::array<std::string_view, 12> goes_on = {"in", "on", "at", "near", "and", "or", "where", "which", "to", "from", "was", "is"};
        if (std::find(goes_on.begin(), goes_on.end(), piece(k + 1).core) == goes_on.end()) return 0;
      }
      if (street && k > i + 1 && !tables::directional(w.core)) {
        if (ascii_lowercase(*street) != ascii_lowercase(w.core)) street_suffix_at_ = k;
        if (w.trail.empty() || w.trail == ".") {
          if (tables::directional(piece(k + 1).core)) directions.push_back(k + 1);
        }
        for (const size_t d : directions) address_direction_.insert(d);
        emit({p.lead, "", ""}, house_number_words(digits) + letter);
        return 1;
      }
      if (tables::directional(w.core) && (w.trail.empty() || w.trail == ".")) {
        directions.push_back(k);
        continue;
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
    // A currency's symbol after an amount written apart, as much of Europe writes it: "20 €".
    if (i > 0 && piece(i - 1).trail.empty() && !is_alpha(core[0]) && !is_digit(core[0])) {
      for (const auto& sign : tables::currency_signs()) {
        if (sign.after || sign.sign != core) continue;
        const auto n = parse_number(previous);
        if (!n) break;
        // (Once, as a modifier, between an article and a noun: "a 50 € fine".)
        const std::string article = i > 1 ? lower(piece(i - 2).core) : "";
        const bool modifier = (article == "a" || article == "an" || article == "the") && p.trail.empty() && is_lowercase_word(next) &&
                              !is_function_word(next);
        return (n->whole == "1" && !n->has_point) || modifier ? sign.currency.one : sign.currency.many;
      }
    }
    // "ext" without its stop, after a telephone number: "555-123-4567 ext 22" (not "ext 4",
    // a file system).
    if (core == "ext" && !next.empty() && all_digits(next) && i > 0 && piece(i - 1).trail.empty() && phone_or_address(previous)) {
      return "extension";
    }
    // An extension after a telephone number: "555-123-4567 x45".
    if (core.size() >= 2 && core.size() <= 6 && (core[0] == 'x' || core[0] == 'X') && all_digits(core.substr(1)) && i > 0 &&
        piece(i - 1).trail.empty() && phone_or_address(previous) && previous.find('.') == std::string::npos) {
      return "extension " + cardinal_words(core.substr(1));
    }
    // Cricket's figures with a hyphen, as with a slash, where only cricket's words can be
    // around them: after a word of taking, or before "at stumps", "at lunch", "at tea" or
    // "declared" ("taking 4-45", "302-7 at stumps": "four for forty five", "three hundred
    // two for seven"; not a rugby score near cricket, "beat Wales 35-7").
    if (const size_t dash = core.find('-'); dash != std::string::npos && dash > 0 && dash <= 3 && dash + 1 < core.size() &&
                                            core.size() - dash - 1 <= 3 && all_digits(core.substr(0, dash)) && all_digits(core.substr(dash + 1)) &&
                                            core[0] != '0' && core[dash + 1] != '0') {
      static constexpr std::array<std::string_view, 5> taking = {"took", "takes", "taking", "claimed", "figures"};
      static constexpr std::array<std::string_view, 3> breaks = {"stumps", "lunch", "tea"};
      const bool innings_cue = said_last(taking) || innings_words_before(i) || (p.trail.empty() && next == "declared") ||
                               (p.trail.empty() && next == "at" && listed(lower(piece(i + 2).core), breaks));
      const auto runs = innings_cue ? runs_for_wickets(i, std::stoi(core.substr(0, dash)), std::stoi(core.substr(dash + 1))) : std::nullopt;
      if (runs) return *runs;
    }
    if (!p.elided.empty() && core.size() == 2 && all_digits(core)) {  // "class of '05": "oh five"
      return core[0] == '0' ? "oh " + cardinal_words(core.substr(1)) : cardinal_words(core);
    }
    if (const auto percent = british_percent(i, core)) return *percent;
    // A year and the next written with a slash, as fiscal, tax and school years and
    // seasons are ("2024/25", "FY2023/24", "2023/2024"): said as with a hyphen.
    if (const auto span = slashed_year_span(core)) {
      Piece hyphenated = p;
      hyphenated.core = *span;
      return word(i, hyphenated);
    }
    // A sign standing alone before an amount: "≈ 300", "~ $5"; a comparison only after a
    // variable ("p < 0.05", "n > 100"), not in a trail of links ("Home > News > 2024").
    if (const LeadSign* sign = lead_sign(core); sign && !sign->money_only && core.size() == sign->sign.size() && starts_amount(next)) {
      const bool variable = i > 0 && piece(i - 1).trail.empty() && (is_lowercase_word(previous) || (previous.size() == 1 && is_alpha(previous[0])));
      if (!sign->comparison || variable) return sign->words == "about" ? about_word() : std::string(sign->words);
    }
    // "P<.001", "eGFR<30", "1<2": a name or a number, then a comparison.
    for (const LeadSign& sign : kLeadSigns) {
      const size_t at = sign.comparison ? core.find(sign.sign) : std::string::npos;
      if (at == std::string::npos || at == 0 || !starts_amount(std::string_view(core).substr(at + sign.sign.size()))) continue;
      const auto left = classify(core.substr(0, at)), right = classify(core.substr(at + sign.sign.size()));
      if (right) return (left ? left->words : core.substr(0, at)) + " " + std::string(sign.words) + " " + right->words;
    }
    if (in_dateline(i)) return dateline_word(core);
    if (core == kSection) return "section";  // "§ 175.10"
    if (core == std::string(kSection) + std::string(kSection)) return "sections";
    // A point of the compass where a direction is spoken of ("winds from the NNE", "10 km
    // NNE of Tokyo", "NNE at 15 mph"), not a name ("Shares of SSE rose").
    if (const auto point = core.size() == 3 ? tables::compass_point(core) : std::nullopt) {
      static constexpr std::array<std::string_view, 9> before = {"from", "to", "toward", "towards", "heading", "moving", "blowing", "the", "and"};
      const std::string after = lower(next);
      if (std::find(before.begin(), before.end(), lower(previous)) != before.end() || after == "of" || after == "at" ||
          all_digits(previous) || tables::unit(previous)) {
        return *point;
      }
    }
    // Two letters of the compass after a distance and before "of": "120 miles SW of Tampa"
    // (not "SW Florida", "the NE corridor": read elsewhere as places).
    if (core.size() == 2 && lower(next) == "of" && p.trail.empty() && i > 0 && piece(i - 1).trail.empty() &&
        (core == "NE" || core == "NW" || core == "SE" || core == "SW")) {
      static constexpr std::array<std::string_view, 10> lengths = {"miles", "mile", "kilometres", "kilometers", "km", "mi",
                                                                   "metres", "meters", "feet", "yards"};
      if (all_digits(previous) || tables::unit(previous) || listed(previous, lengths)) {
        if (const auto d = tables::directional(core)) return lower(*d);
      }
    }
    if (i == street_suffix_at_) {
      const auto street = tables::street_suffix(core);
      const bool direction_follows = address_direction_.count(i + 1) > 0;
      return core.ends_with('.') && p.trail.empty() && !direction_follows && (next.empty() || capitalized(next)) ? *street + "."
                                                                                                                 : *street;
    }
    if (address_direction_.count(i)) return *tables::directional(core);
    // A road's abbreviation that is nothing else, after the road's name or before its
    // number, without a house number before: "Sunset Blvd", "St Kilda Rd", "the Pacific
    // Hwy", "Hwy 401" (USPS's names, street_suffixes.tsv). (Not "Ave", also a word:
    // "Schubert's Ave Maria"; "Ter", a Dutch name's, "Ter Haar"; "Cir.", a court's circuit.)
    static constexpr std::array<std::string_view, 10> road_only = {"Rd", "Hwy", "Blvd", "Pkwy", "Ln", "Ct", "Fwy", "Expy", "Tpke", "Rte"};
    if (listed(core, road_only) && i > 0) {
      const Piece before = piece(i - 1);
      const bool named = before.trail.empty() && capitalized(before.core) && !opens_sentence(i - 1) && !all_capitals(before.core);
      const bool numbered = p.trail.empty() && !next.empty() && is_digit(next[0]) && (core == "Hwy" || core == "Rte" || core == "Fwy");
      if (named || numbered) {
        if (const auto road = tables::street_suffix(core == "Rte" ? "RTE" : core)) return *road;
      }
    }
    // "est." before a year after a name and its comma is established ("Smith & Sons, est.
    // 1890"); elsewhere an estimate ("(2003 est.)", "(est. 2023)", "Completion: est. 2026").
    // (The year ends the clause: not "est. 2030 completion".)
    if (core == "est." && next.size() == 4 && all_digits(next) && i > 0 && piece(i - 1).trail == "," && capitalized(previous) &&
        p.lead.empty() && (!piece(i + 1).trail.empty() || token(i + 2).empty())) {
      return "established";
    }
    if (const auto* a = tables::abbreviation(core)) {
      using Kind = tables::Abbreviation::Kind;
      // ("No. I won't": the word no and the pronoun, not the numeral one, where a sentence,
      // a quotation or a clause opens; "Symphony No. I in D", "Vol. I of" are numbered.)
      const std::string& after_numeral = piece(i + 2).core;
      const bool clause_opens = opens_sentence(i) || !p.lead.empty() || (i > 0 && !piece(i - 1).trail.empty());
      const bool pronoun = (core == "No." || core == "no.") && clause_opens && next == "I" && piece(i + 1).trail.empty() && !after_numeral.empty() &&
                           after_numeral[0] >= 'a' && after_numeral[0] <= 'z';
      if (a->kind == Kind::number && !(is_digit(next[0]) || (is_roman(next) && !pronoun))) return core;
      // A title not before a number, capitals or a small word other than a name's particle:
      // "Det. 3 of the 22nd Air Force" is a detachment, "Brig. HQ" and "the 3rd Inf. Brig.
      // deployed" a brigade; "Mr. de Vos" goes on.
      static constexpr std::array<std::string_view, 14> particles = {"and", "de", "van", "von", "da", "del", "di", "la", "le",
                                                                     "du", "bin", "al", "el", "ter"};
      const bool small_word_after = is_lowercase_word(next) && !listed(next, particles);
      if (a->kind == Kind::title && !next.empty() && (is_digit(next[0]) || (next.size() > 1 && all_capitals(next)) || small_word_after)) {
        return core;
      }
      // Only a final abbreviation's full stop may also end the sentence: at the end of
      // the text, or before a capital.
      // "Bros." goes on into a company's name ("Warner Bros. Discovery", "Warner Bros.
      // Pictures") and ends a sentence only before a word that opens one ("made by Warner
      // Bros. It opens").
      static constexpr std::array<std::string_view, 14> openers = {"it", "he", "she", "they", "we", "i", "his", "her", "their",
                                                                    "its", "this", "both", "but", "in"};
      const bool opens = is_function_word(lower(next)) || std::find(openers.begin(), openers.end(), lower(next)) != openers.end();
      const bool name_goes_on = core == "Bros." && !opens;
      if (a->kind == Kind::final && kept_stop_ends_sentence(i) && !name_goes_on) {
        return with_stop(a->spoken);  // "Acme Inc. The ...", not "Apple Inc. (AAPL)" nor "Tues. Nov. 5"
      }
      // Any stop kept on the text's last word is the text's end: "made by Warner Bros."
      if (core.ends_with('.') && p.trail.empty() && token(i + 1).empty()) return with_stop(a->spoken);
      return a->spoken;
    }
    // A weekday's short name before a date or a time: "Fri March 1", "Thu 05 Dec 2024",
    // "Wed, Dec. 4", "Sat., Jan. 20", "Sat 1-3 PM" (not "the Sun", nor "Sat down"); with
    // its stop only before a comma ("reported by The Sun.").
    const std::string_view short_day =
        core.ends_with('.') && p.trail == "," ? std::string_view(core).substr(0, core.size() - 1) : std::string_view(core);
    if (short_day.size() >= 3 && short_day.size() <= 5 && capitalized(short_day) && (p.trail.empty() || p.trail == "," || p.trail == ".") &&
        short_day.find('.') == std::string::npos) {
      // (Right after a capitalized word it names a paper: "the Toronto Sun, March 3"; not
      // after a comma: "7:02 AM GMT+1, Mon December 2".)
      const bool in_name = name_before(i) && piece(i - 1).trail.empty();
      if (const auto day = weekday_name(short_day); day && *day != short_day && lower(previous) != "the" && !in_name) {
        std::string marker;
        const auto [dash, length] = range_dash(next);
        const bool time_follows = p.trail.empty() && (starts_time(i + 1) || (dash != std::string::npos && (is_am_pm(piece(i + 2).core, marker) ||
                                                                                                          attached_am_pm(next.substr(dash + length)))));
        const bool date_follows = (month_name(next) && !days_of(piece(i + 2).core).empty()) || (!days_of(next).empty() && month_name(piece(i + 2).core)) ||
                                  time_follows;
        // A forecast's or a listing's day after its figure: "20% Tue, 60% Wed", "High 72
        // Sat.", "72 Mon, 75 Tue" (a percentage or degrees, a high or a low, or another day
        // after the next figure; not a ranking, "world No. 2 Sun, 4-1").
        const std::string figure = i > 0 ? piece(i - 1).core : "";
        const std::string before_figure = i > 1 ? lower(piece(i - 2).core) : "";
        static constexpr std::array<std::string_view, 6> forecast = {"high", "low", "highs", "lows", "max", "min"};
        const bool figure_cued = figure.ends_with('%') || figure.ends_with("\xC2\xB0") ||
                                 std::find(forecast.begin(), forecast.end(), before_figure) != forecast.end() ||
                                 (!next.empty() && is_digit(next[0]) && weekday_name(piece(i + 2).core)) ||
                                 (i > 1 && piece(i - 2).trail == "," && weekday_name(piece(i - 2).core));  // "75 Tue, 68 Wed"
        const bool after_figure = i > 0 && piece(i - 1).trail.empty() && !figure.empty() && is_digit(figure[0]) &&
                                  (!p.trail.empty() || next.empty()) && figure_cued;
        if ((date_follows && p.trail != ".") || after_figure) return *day;
      }
    }
    // A rent's or a rate's period after an amount, as British listings write it: "£1,285
    // pcm" (per calendar month), "£300 pw", "4.5% p.a." (a year).
    struct Period {
      std::string_view bare, dotted, words;
      bool after_percentage;  // also after a rate in percent
    };
    static constexpr std::array<Period, 3> periods = {{{"pcm", "p.c.m.", "per calendar month", false},
                                                       {"pw", "p.w.", "per week", false},
                                                       {"pa", "p.a.", "a year", true}}};
    const auto period = std::find_if(periods.begin(), periods.end(), [&](const Period& d) { return core == d.bare || core == d.dotted; });
    if (period != periods.end() && i > 0 && piece(i - 1).trail.empty() && p.lead.empty()) {
      const std::string& amount = piece(i - 1).core;
      const bool rate = amount.size() > 1 && amount.back() == '%' && parse_number(amount.substr(0, amount.size() - 1));
      if (money(amount) || (period->after_percentage && rate)) {
        return std::string(period->words) + (core.back() == '.' && kept_stop_ends_sentence(i) ? "." : "");
      }
    }
    // "No 10 Downing Street", "Control: No 44 Wing": "No" without its stop, inside a
    // sentence, before a whole number ("No 2 cases are alike" opens one and says no).
    if (core == "No" && p.trail.empty() && all_digits(next) && !opens_sentence(i) && !tally_near(i)) return "number";
    if (core == "St." || core == "St" || core == "st") {
      // Street after a house number or a street's name ("12 Elm St.", "Elm St"); Saint
      // before a name otherwise ("St. Croix", "the St. Louis Cardinals").
      static constexpr std::array<std::string_view, 12> function_words = {
          "The", "A", "An", "In", "On", "At", "From", "To", "Of", "And", "Near", "Via"};
      bool street = (capitalized(previous) || all_digits(previous) || ordinal(previous)) && piece(i - 1).trail.empty();
      for (const auto w : function_words) street = street && previous != w;
      // ...or a house number before the street's name ("12 Elm St."; not "1853 of St. John").
      size_t name = i;
      while (name > 0 && i - name < 4 && capitalized(piece(name - 1).core) && piece(name - 1).trail.empty()) --name;
      street = street || (name > 0 && name < i && all_digits(piece(name - 1).core));
      if (street) return core.ends_with('.') && (next.empty() || capitalized(next)) ? "Street." : "Street";
      if (capitalized(next) && piece(i).trail.empty()) return "Saint";  // "St. Croix", "st Louis"
      return core;
    }
    if (const auto label = party_label(core)) {  // "(D-Calif.)": "(Democrat of California)"
      return *label + (kept_stop_ends_sentence(i) ? "." : "");
    }
    // A state's older abbreviation ("Calif.", "N.Y."): the state, wherever it stands;
    // one that is also a word ("Miss.", "Mo.") only after a place and a comma. After a
    // place its stop may end the sentence, when a capital follows that is no title
    // ("in St. Louis, Mo. The", not "Boston, Mass. Gov. Maura Healey").
    if (const auto state = tables::us_state(core); state && core.ends_with('.')) {
      // A place: a capitalized word before the comma, which opens the sentence only when
      // it is no word said to someone ("Boston, Mass., police"; "Yes, Miss." is no place).
      static constexpr std::array<std::string_view, 16> addressing = {"Yes", "No", "Oh", "Okay", "OK", "Well", "Thanks", "Sorry",
                                                                      "Please", "Hi", "Hello", "Hey", "Excuse", "Pardon", "Sure", "Now"};
      const bool said_to = std::find(addressing.begin(), addressing.end(), previous) != addressing.end();
      // A place opening the sentence needs the state's closing comma too, or the end of
      // the line ("Boston, Mass., police", "Olympia, Wash."; not "Meanwhile, Del. Danica
      // Roem", a delegate).
      const bool closed = p.trail == "," || token(i + 1).empty();
      const bool after_place = i > 0 && piece(i - 1).trail == "," && capitalized(previous) &&
                               (!opens_sentence(i - 1) || in_dateline(i - 1) || (!said_to && closed));
      if (after_place || !state->ambiguous) return state->name + (kept_stop_ends_sentence(i) ? "." : "");
    }
    if (const auto a = abbreviation(core, previous, next)) {
      // "U.S.", "Dr.": the full stop may have ended the sentence, at the end of the text or
      // before a capital (but a title comes before a name, and "the U.S. Senate" goes on).
      const bool spelled = a->size() >= 3 && (*a)[1] == ' ';
      if (core.ends_with('.') && *a != "Doctor" && p.possessive.empty() && (next.empty() || (!spelled && capitalized(next)))) {
        return *a + ".";
      }
      return *a;
    }
    if (i > 0 && piece(i - 1).trail == ",") {
      // A state's code after a place: before a ZIP code or at the end ("Sacramento, CA
      // 95814"), or closing a phrase ("Wheaton, IL: Crossway", "born in Austin, TX, he")
      // unless the code is also a word ("Thanks, Sam, OK?").
      // Not after a person's name either ("Jane Doe, MD, said", "Jane Doe, MA, LPC": a
      // degree), nor LA (Los Angeles) or NE (a direction after a street).
      const auto state = tables::us_state(core);
      static constexpr std::array<std::string_view, 8> also_words = {"OK", "OR", "IN", "ME", "HI", "OH", "LA", "NE"};
      // (A person: a known given name, or a doctor's or professor's title, before the
      // name: "Dr Mehta, MD,"; "Mr Lee, WA," keeps the state.)
      static constexpr std::array<std::string_view, 4> titles = {"Dr", "Dr.", "Prof", "Prof."};
      const bool person = i >= 2 && piece(i - 2).trail.empty() &&
                          (!gender_of_first_name(piece(i - 2).core).empty() || listed(piece(i - 2).core, titles));
      const bool closes = !p.trail.empty() && capitalized(previous) && !person &&
                          std::find(also_words.begin(), also_words.end(), core) == also_words.end();
      if (state && !core.ends_with('.') && (next.empty() || all_digits(next) || zip_plus_four(next) || closes)) return state->name;
    }
    // A direction between a house number and a street ("123 S. Main St."), not an initial
    // before another ("in 1961 S. M. Cramer").
    const bool next_is_initial = ((next.size() == 2 && next[1] == '.') || (next.size() == 1 && piece(i + 1).trail.starts_with('.'))) &&
                                 next[0] >= 'A' && next[0] <= 'Z';
    if (i > 0 && all_digits(previous) && core.size() == 1 && std::string_view("NSEW").find(core[0]) != std::string_view::npos &&
        (capitalized(next) || ordinal(next)) && !next_is_initial) {
      return core == "N" ? "North" : core == "S" ? "South" : core == "E" ? "East" : "West";
    }
    // NE, NW, SE and SW before a place's or a street's name or an ordinal street, after a
    // preposition of place or a house number: "in SE Portland", "on SW 8th St", "2200 NE
    // Broadway" (a state, "Omaha, NE 68102", is read above). Not "Siemens SE Chief
    // Executive", "the iPhone SE Plus", "head of SW Development", "the 2019 SE Sport".
    if ((core == "NE" || core == "NW" || core == "SE" || core == "SW") && p.trail.empty() && piece(i + 1).lead.empty() &&
        ((capitalized(next) && !all_capitals(next)) || ordinal(next))) {
      static constexpr std::array<std::string_view, 8> toward = {"in", "into", "across", "throughout", "from", "near", "around", "to"};
      const bool house_number = all_digits(previous) && previous.size() >= 2 && previous.size() <= 5 &&
                                !(previous.size() == 4 && (previous.starts_with("19") || previous.starts_with("20")));  // (not "the 2019 SE Sport")
      const auto d = house_number || (i > 0 && listed(previous, toward)) ? tables::directional(core) : std::nullopt;
      if (d) return *d;
    }
    // "WWII", "WW1": the war's name.
    if (const auto war = world_war(core)) return *war;
    // A century by its Roman numeral: "the XXI century", "the XVIII and XIX centuries".
    if (is_roman(core) && core.size() > 1 && p.trail.empty()) {
      const auto century_at = [&](size_t k) {
        const std::string w = lower(piece(k).core);
        return w == "century" || w == "centuries";
      };
      if (century_at(i + 1) || ((next == "and" || next == "or" || next == "to") && is_roman(piece(i + 2).core) && century_at(i + 3))) {
        return ordinal_words(std::to_string(roman_value(core)));
      }
    }
    // A numeral joined to a word: "World War II-era", "the XIX-century house", "WWII-era":
    // the numeral as read alone, then the word.
    if (const size_t dash = core.find('-'); dash != std::string::npos && dash > 0 && dash + 1 < core.size() && p.possessive.empty()) {
      const std::string numeral = core.substr(0, dash), rest = core.substr(dash + 1);
      if (is_lowercase_word(rest) && (is_roman(numeral) || world_war(numeral))) {
        std::string said = rest == "century" && is_roman(numeral) && numeral.size() > 1 ? ordinal_words(std::to_string(roman_value(numeral)))
                                                                                       : word(i, Piece{p.lead, numeral, "", ""});
        if (said != numeral) return said + "-" + rest;
      }
    }
    // A numeral's possessive, "Henry VIII's", "King Charles I's": the numeral as read
    // alone (a single letter only after a regnal title: "Frank I's lawyers").
    const bool titled_name = i > 1 && regnal_title(piece(i - 2).core, true);
    if (const size_t s = possessive_ending(core); s && p.possessive.empty() && core.size() > s && is_roman(core.substr(0, core.size() - s)) &&
        (core.size() - s > 1 || titled_name) &&
        !(i > 0 && (listed(lower(previous), kDeterminers) || lower(previous) == "a" || lower(previous) == "an"))) {  // "The IV's drip"
      const std::string numeral = core.substr(0, core.size() - s);
      const std::string said = word(i, Piece{p.lead, numeral, p.trail, "'s"});
      return said == numeral ? core : said + "'s";
    }
    if (is_roman(core) && i > 0 && (core.size() > 1 || core.find_first_not_of("IVX") == std::string::npos)) {
      // (A model's "Mark" too: "the EOS R5 Mark II", "Mark V".)
      static constexpr std::array<std::string_view, 31> counted = {
          "War", "Chapter", "Part", "Volume", "Act", "Phase", "Book", "Article", "Title", "Section",
          "Level", "Stage", "Round", "Type", "Class", "Bowl", "Olympiad", "Vatican", "Schedule", "Amendment",
          "Episode", "Page", "Vol.", "Vol", "Appendix", "Art.", "Sec.", "Ch.", "Mark", "Category", "Grade"};
      // "I" is the pronoun unless a capitalized counted noun names it and nothing follows
      // but punctuation, a capital or a noun it names ("Volume I,", "World War I.", "Level I
      // Trauma Center", "Type I diabetes"; not "in this chapter I argue", "after the Super
      // Bowl I went"). "World War I" is one wherever it stands.
      // A counted noun's abbreviation in small letters before punctuation names it too
      // ("vol I:", "ch. I,").
      const std::string counter = lower(previous);
      const bool small_counter = (counter == "vol" || counter == "vol." || counter == "ch.") && !p.trail.empty();
      // (Before a noun that the counted thing names, it is one: "a Phase I trial", "Type I
      // diabetes", "a Schedule I drug", "a Grade I listed building".)
      static constexpr std::array<std::string_view, 22> named = {
          "trial", "trials", "study", "studies", "diabetes", "drug",    "drugs",  "substance", "substances", "hurricane", "storm",
          "cancer", "listed", "error", "errors",  "felony",   "offense", "offence", "narcotic", "narcotics", "tumor",    "tumors"};
      const bool pronoun = core == "I" && previous != "War" && !small_counter &&
                           (!capitalized(previous) || (p.trail.empty() && !next.empty() && !capitalized(next) && !listed(lower(next), named)));
      // (Not a name's initial before an age: "named as Mark V, 29,".)
      const bool age_follows = p.trail == "," && !next.empty() && next.size() <= 2 && all_digits(next);
      for (const auto c : counted) {
        if (!pronoun && !age_follows && lower(previous) == lower(c)) return cardinal_words(std::to_string(roman_value(core)));  // "chapter VI"
      }
      // "Ferdinand I,", "Elizabeth I's": a given name's first, where punctuation or a
      // possessive follows at once ("when I met Elizabeth I was" keeps the pronoun), and
      // no article makes the name a thing's ("Keep the Promise I", a committee).
      constexpr size_t kGivenNameBearers = 1'000;
      const std::string before_name = i > 1 ? lower(piece(i - 2).core) : "";
      const bool named_thing = before_name == "the" || before_name == "a" || before_name == "an";
      // After a comma a capital that is no numeral must follow ("Ferdinand I, Holy Roman
      // Emperor"; not "in Austin I, like many", "Rocky I, II and III").
      const bool aside_follows = p.trail == "," && !next.empty() && (!capitalized(next) || is_roman(next));
      if (core == "I" && (!p.trail.empty() || !p.possessive.empty()) && piece(i - 1).trail.empty() && piece(i - 1).possessive.empty() &&
          capitalized(previous) && !named_thing && !aside_follows && (ruler_named(i) || first_name_bearers(previous) >= kGivenNameBearers)) {
        return "the first";
      }
      // A regnal title, a name, then V or X ("King Charles V", "Pope Pius X"), or I before
      // "of" or a pause before a relative or a capital ("King Charles I of England", "Queen
      // Elizabeth I, who"; "when I met Pope Francis I was" keeps the pronoun). Without the
      // title a single letter stays one: an initial ("Luis V Gutierrez"), an anonymized
      // name ("Thomas V, 34"), a chef's ("Johnny V of Las Olas"), "v" for versus
      // ("Lawrence V Texas"), "Malcolm X".
      if (core.size() == 1 && capitalized(previous) && piece(i - 1).trail.empty() && !named_thing) {
        const bool of_follows = p.trail.empty() && next == "of";
        const bool aside = p.trail.starts_with(',') || p.trail.starts_with(';') || p.trail.starts_with(')') || !p.possessive.empty();
        // (After "I," a relative, an article or a capital: "King Charles I, who"; not "I met
        // King Charles I, and we", "Having met Pope Leo I, I can say".)
        const std::string after_pause = lower(next);
        const bool clause_follows = p.trail != "," || after_pause == "who" || after_pause == "whose" || after_pause == "the" ||
                                    (capitalized(next) && next != "I");
        const bool titled = titled_name && piece(i - 2).trail.empty() &&
                            (core != "I" || of_follows || (aside && clause_follows));
        if (titled) return "the " + ordinal_words(std::to_string(roman_value(core)));
      }
      if (core == "I") return core;
      // After a capitalized word, only numerals of I, V and X ("MD" and "DC" are far more
      // often letters) of two letters or more ("Malcolm X"): a ruler's ordinal after a
      // given name or a name after a regnal title ("Henry VIII", "John Paul II", "Pope
      // Pius XII"), else the number of a sequel, a grade or a team ("Star Trek II",
      // "Grade II", "Apollo XIII", "the Second XI").
      const bool small = core.find_first_not_of("IVX") == std::string::npos;
      if (small && capitalized(previous) && core.size() >= 2) {
        const std::string value = std::to_string(roman_value(core));
        return ruler_named(i) || generation_of_person(i) ? "the " + ordinal_words(value) : cardinal_words(value);
      }
      // After a word in small letters that no article or determiner is, such a numeral is
      // still a number, as eSpeak NG reads it ("roman two"), never its letters spelled
      // ("a sowerby II, 1848", "cranial nerve VIII"); not "IV" (a drip: "receiving IV
      // fluids"), "VI" or after "with" (a visual impairment: "children with VI"), nor X
      // alone repeated ("XX chromosomes", "XXX").
      const bool determined = listed(counter, kDeterminers) || counter == "a" || counter == "an";
      if (small && core.size() >= 2 && is_lowercase_word(previous) && piece(i - 1).trail.empty() && !determined && core != "IV" &&
          core != "VI" && previous != "with" &&
          core.find_first_not_of('X') != std::string::npos) {
        return cardinal_words(std::to_string(roman_value(core)));
      }
    }
    if (previous == "per" && core.size() >= 2) {
      if (const auto u = tables::unit(core)) return u->one;  // "57 per km²"
    }
    // A lone capital A after a word that names by letter, before a word in small letters,
    // is the letter: "Category A cars", "Vitamin A deficiency", "Group A of". Not a
    // headline's article, "Signs A Bill", nor one whose stop before it was lost, "Getty
    // Images A man walks"; before a mark ("Plan A.", "Exhibit A,") eSpeak NG says the letter.
    static constexpr std::array<std::string_view, 40> lettered = {
        "Vitamin", "Category", "Class",  "Grade",   "Type",    "Group",     "Plan",   "Section", "Part",     "Level",
        "Tier",    "Division", "Schedule", "Appendix", "Exhibit", "Annex",   "Concourse", "Terminal", "Pool", "Row",
        "Block",   "Wing",     "Building", "Hepatitis", "Haemophilia", "Hemophilia", "Influenza", "Series", "Model", "Option",
        "Team",    "Side",     "League", "Phase",   "Stage",   "Form",      "Size",   "Zone",    "Sector",   "Ward"};
    if (core == "A" && p.lead.empty() && p.trail.empty() && i > 0 && piece(i - 1).trail.empty() && listed(previous, lettered) &&
        is_lowercase_word(next)) {
      return letter_name('A');
    }
    if (const auto spelled = initialism(i, core)) return *spelled;
    if (const auto m = money(core)) return describing_money(core, money_range(i, *m), i + 1, p.trail);
    // Four-digit line counts are always video ("1080p"), and so is interlace ("480i");
    // three digits and p are pence too ("fell to 240p"): video only beside a word of
    // video ("a 720p stream").
    if (const auto v = video_format(core); v && (core.size() > 4 || core.back() == 'i' || video_near(i))) return *v;
    if (const auto m = minor_money(core)) return *m;
    // Cents written with a small c, as Australian and Irish papers do, before a price's
    // "a", "per" or "each": "up 52c a litre" ("fifty two cents"; not "a 14c chip").
    // (Not a temperature, as British papers write one, "reached 40c a few times", "31c a
    // day before" (per a time only where a price is spoken of), nor a label's, "Flat 4c",
    // "stage 3c".)
    static constexpr std::array<std::string_view, 16> warm = {"temperature", "temperatures", "heat", "heatwave", "weather", "degrees",
                                                              "hottest", "warmest", "coldest", "highs", "lows", "sun", "sunshine",
                                                              "forecast", "mercury", "thermometer"};
    if (core.size() >= 2 && core.size() <= 3 && core.back() == 'c' && all_digits(core.substr(0, core.size() - 1)) && p.trail.empty() &&
        (next == "a" || next == "per" || next == "each" || next == "an") && !word_near(i, 8, warm) && !(i > 0 && capitalized(previous)) &&
        !numbers_a_name(i, true) && lower(previous) != "stage" && lower(previous) != "size" && lower(previous) != "graded" &&
        !(listed(lower(piece(i + 2).core), kTimeUnits) && !word_near(i, 10, kPriceWords))) {
      return cardinal_words(core.substr(0, core.size() - 1)) + (core == "1c" ? " cent" : " cents");
    }
    // "a 10-km race", "a 90° turn", "130-mph winds": a measure before a noun describes it.
    const bool plain_compound = core.find('-') != std::string::npos && !core.ends_with("-in");  // (not "a 3-in-1 deal")
    const bool electric = (core.ends_with('W') || core.ends_with('V')) && core.size() >= 2 &&
                          (is_digit(core[core.size() - 2]) || core[core.size() - 2] == '-');  // "65W", "65-W"
    if ((describes_noun(next) || (plain_compound && is_lowercase_word(next))) && p.trail.empty() && (!electric || electric_context(i))) {
      // (A vessel in the next two words: "a 2-pt ovenproof dish", "a 2-pt loaf tin".)
      static constexpr std::array<std::string_view, 24> vessels = {
          "jug", "dish", "saucepan", "casserole", "bowl", "basin", "pudding", "carton", "bottle", "glass", "mug", "pan",
          "pot", "tin", "jar", "kettle", "teapot", "flask", "stockpot", "container", "containers", "pack", "milk", "water"};
      const bool liquid = listed(lower(next), vessels) || (piece(i + 1).trail.empty() && listed(lower(piece(i + 2).core), vessels));
      if (const auto q = describing_quantity(core, liquid)) return *q;
    }
    // Watts and volts glued to a number: "draws 450W", "a 12V battery".
    if (const auto n = electric && electric_context(i) && is_digit(core[core.size() - 2]) ? parse_number(core.substr(0, core.size() - 1)) : std::nullopt;
        n && !n->negative) {
      const bool one = n->whole == "1" && !n->has_point;
      return quantity_words(*n) + (core.back() == 'W' ? (one ? " watt" : " watts") : (one ? " volt" : " volts"));
    }
    if (const auto a = aged_range(core)) return *a;
    // A scale written short on a number joined to a word: "the 1.5m-strong workforce", "a
    // 10bn-euro plan"; "m" only after a fraction ("100m-freestyle" and "a 5m-long wall"
    // are meters), and never "K", a letter as people say it ("4K-capable").
    if (const size_t dash = core.find('-'); dash != std::string::npos && dash > 1 && dash + 1 < core.size() && is_lowercase_word(core.substr(dash + 1))) {
      size_t letters = dash;
      while (letters > 0 && is_alpha(core[letters - 1])) --letters;
      const std::string symbol = core.substr(letters, dash - letters);
      const std::string after_dash = core.substr(dash + 1);
      const bool size_word = is_size_word(after_dash) || after_dash == "square" || after_dash == "diameter" || after_dash == "across";
      const auto scale = symbol.size() == 2 && letters < dash ? scale_word(symbol) : std::nullopt;
      const auto number = scale || symbol == "m" ? parse_number(core.substr(0, letters)) : std::nullopt;
      if (number && !number->negative && scale) return quantity_words(*number) + " " + *scale + core.substr(dash);
      if (number && !number->negative && symbol == "m" && number->has_point && !size_word) return quantity_words(*number) + " million" + core.substr(dash);
      if (number && !number->negative && symbol == "m" && !number->has_point) return quantity_words(*number) + " meter" + core.substr(dash);  // "100m-freestyle"
      // A unit before a word of size: "a 5m-long wall", "a 10km-wide crater".
      const auto unit = size_word && letters < dash ? tables::unit(symbol) : std::nullopt;
      if (const auto length = unit ? parse_number(core.substr(0, letters)) : std::nullopt; length && !length->negative) {
        return quantity_words(*length) + " " + unit->one + core.substr(dash);
      }
    }
    // "a 2,400-sq-ft home", "a 500-sq.-ft. unit": a square or cubic measure joined to a noun.
    if (const size_t dash = core.find('-'); dash != std::string::npos && dash > 0) {
      const size_t second = core.find('-', dash + 1);
      const auto number = parse_number(core.substr(0, dash));
      const auto power = second == std::string::npos ? std::nullopt : power_word(core.substr(dash + 1, second - dash - 1));
      const std::string symbol = second == std::string::npos ? "" : core.substr(second + 1);
      const auto unit = symbol.empty() ? std::nullopt : tables::unit(symbol.ends_with('.') ? symbol.substr(0, symbol.size() - 1) : symbol);
      if (number && !number->negative && power && unit) return quantity_words(*number) + "-" + *power + "-" + unit->one;
    }
    // "20-yr-old", "a 10-yr Treasury", "a 2-hr, 45-min movie": a count of years, hours or
    // minutes joined to a word.
    for (const auto& [short_form, unit] : {std::pair<std::string_view, std::string_view>{"-yr", "-year"}, {"-hr", "-hour"}, {"-min", "-minute"}}) {
      const size_t at = core.find(short_form);
      const size_t end = at + short_form.size();
      if (at != std::string::npos && at > 0 && is_digit(core[at - 1]) && (end == core.size() || core[end] == '-')) {
        std::string written_out = core;
        written_out.replace(at, short_form.size(), unit);
        return word(i, Piece{p.lead, written_out, p.trail, p.possessive});
      }
    }
    // A number with a vulgar fraction joined to a word: "a 2½-hour set".
    if (const size_t dash = core.find('-'); dash != std::string::npos && dash + 1 < core.size() && is_lowercase_word(core.substr(dash + 1)) &&
                                             dash >= 2 && static_cast<unsigned char>(core[dash - 1]) >= 0x80) {
      if (const auto f = fraction(core.substr(0, dash))) return fraction_after_a(i, *f) + core.substr(dash);
    }
    // "2nd-largest", "3rd-quarter": an ordinal joined to a word.
    if (const size_t dash = core.find('-'); dash != std::string::npos && dash + 1 < core.size() && is_alpha(core[dash + 1])) {
      if (const auto o = ordinal(core.substr(0, dash))) return *o + core.substr(dash);
    }
    // "Oct.-Dec.", "Jan-March", "Mon.–Fri.": a range of months or of days.
    if (const auto [dash, length] = range_dash(core); dash != std::string::npos) {
      const std::string first = core.substr(0, dash), last = core.substr(dash + length);
      auto from = month_name(first), to = month_name(last);
      if (!from || !to) from = weekday_name(first), to = weekday_name(last);
      if (from && to && last.find('-') == std::string::npos) return *from + " " + std::string(range_word(i)) + " " + *to + (kept_stop_ends_sentence(i) ? "." : "");
    }
    // Numbers joined by a hyphen after "No." or a name's word name a thing, not a range:
    // "Ordinance No. 2024-117", "case No. 23-719" (twenty three dash seven nineteen), "Bill
    // 25-345", "Public Law 117-58".
    // (Not a span written with a slash, "Directive 2019/2020"; nor a range before what it
    // counts or measures, "Order 24-48 hours ahead", "Issue 10-15 tickets"; nor a vote's
    // tally, "Senate Passes Bill 51-49", "approved the Bill 14-9".)
    static constexpr std::array<std::string_view, 14> voting = {"passes", "passed", "pass", "backed", "approved", "approves", "voted",
                                                                "vote", "votes", "rejected", "rejects", "defeated", "cleared", "backs"};
    const auto range_or_tally = [&] {
      const std::string then_word = p.trail.empty() ? lower(next) : "";
      static constexpr std::array<std::string_view, 12> spans = {"vote", "majority", "tally", "split", "margin", "decision",
                                                                 "victory", "defeat", "budget", "period", "season", "term"};
      const bool counts_next = is_lowercase_word(then_word) &&
                               (then_word.ends_with('s') || tables::unit(then_word) || then_word == "percent" || listed(then_word, spans));
      // (A span of years: "the Act 2010-11 budget", "1998-2004".)
      const size_t dash = core.find('-');
      const std::string left = core.substr(0, dash), right = dash == std::string::npos ? "" : core.substr(dash + 1);
      const bool years = all_digits(left) && all_digits(right) && left.size() == 4 && (left.starts_with("19") || left.starts_with("20")) &&
                         ((right.size() == 2 && std::stoi(right) > std::stoi(left) % 100) ||
                          (right.size() == 4 && std::stoi(right) > std::stoi(left) && std::stoi(right) - std::stoi(left) < 100));
      return counts_next || years || (i >= 2 && listed(piece(i - 2).core, voting)) || (i >= 3 && listed(piece(i - 3).core, voting));
    };
    if (const size_t dash = core.find('-'); dash != std::string::npos && dash > 0 && i > 0 && piece(i - 1).trail.empty() &&
                                             listed(previous, kNumberedNames) && piece(i).core.find('/') == std::string::npos &&
                                             (previous == "No." || previous == "no." || !range_or_tally())) {
      const std::string left = core.substr(0, dash), right = core.substr(dash + 1);
      // (Two digits or more before the hyphen or three after it: "No. 1-2" and "No. 5-7"
      // are ranks, a range.)
      if (all_digits(left) && all_digits(right) && !right.empty() && left.size() <= 4 && right.size() <= 5 && (left.size() >= 2 || right.size() >= 3)) {
        const int first = std::stoi(left);
        const std::string left_words = left.size() == 4 && first >= 1900 && first < 2100 ? year_words(first)
                                       : left[0] == '0'                                  ? digit_words(left)
                                                                                         : house_number_words(left);
        return left_words + " dash " + (right.size() <= 4 ? house_number_words(right) : digit_words(right));
      }
    }
    // A clock written with an "h", as French and much of Europe write it: "10h30", "18h05".
    // (After a word of time only: "ran 2h15" is a time taken.)
    if (const size_t h = core.find('h'); (h == 1 || h == 2) && core.size() == h + 3 && all_digits(core.substr(0, h)) && all_digits(core.substr(h + 1)) &&
                                         said_last({"at", "from", "to", "until", "till", "by", "before", "after", "since"})) {
      if (const auto clock = clock_time(core.substr(0, h) + ":" + core.substr(h + 1), false)) return *clock;
    }
    // An ISO 8601 timestamp: "2024-12-05T14:30:00Z" is the date, then the clock and U.T.C.;
    // an offset from it is left unsaid.
    if (const size_t t = core.find('T'); t == 10 && core.size() >= 16 && core[13] == ':') {
      const auto date = numeric_date(core.substr(0, 10));
      std::string time = core.substr(11);
      const bool utc = time.ends_with('Z');
      if (utc) time.pop_back();
      if (const size_t offset = time.find_first_of("+-"); offset != std::string::npos) time.resize(offset);
      if (const size_t fraction = time.find('.'); fraction != std::string::npos) time.resize(fraction);
      const bool clock_form = (time.size() == 5 || (time.size() == 8 && time[5] == ':')) && all_digits(time.substr(0, 2)) && all_digits(time.substr(3, 2));
      const auto clock = clock_form ? clock_time(time.substr(0, 5), false) : std::nullopt;
      if (date && clock) return *date + ", " + *clock + (utc ? " U.T.C." : "");
    }
    // An airliner's model and variant after a hyphen: "Boeing 747-8", "Boeing 737-800"
    // ("seven thirty seven eight hundred"), not a range. (After other names a hyphen may
    // join a score: "Seton Hall 101-98".) Without "Boeing" the model is one of its
    // jetliners' (707 to 787) and the variant a round hundred, 7 to 10, or one with
    // letters ("777-300ER"), near a word of flying ("the 737-800 jet", "its 787-9 fleet";
    // not "About 747-800 households", "402 U.S. 717-20").
    if (const size_t dash = core.find('-'); dash == 3 && all_digits(core.substr(0, dash)) && core[0] == '7' && core[2] == '7' &&
                                            (previous == "Boeing" ? numbers_a_name(i) : true)) {
      // (The variant may carry its letters: "777-300ER", "737-800NG".)
      size_t digits_end = dash + 1;
      while (digits_end < core.size() && is_digit(core[digits_end])) ++digits_end;
      const std::string variant = core.substr(dash + 1, digits_end - dash - 1);
      std::string letters = core.substr(digits_end);
      const bool plural = letters.ends_with('s') && letters.size() <= 3;  // "737-800s", "777-300ERs"
      if (plural) letters.pop_back();
      // (A page's or a year's range ends in two digits, "717-20", "757-96": a variant is a
      // round hundred or one of 7 to 10, "787-9", "737-10".)
      const int variant_number = !variant.empty() && variant.size() <= 3 ? std::stoi(variant) : 0;
      const bool no_range_end = variant_number > 0 && p.lead.empty() &&
                                (!letters.empty() || variant_number % 100 == 0 || (variant_number >= 7 && variant_number <= 10));
      if (!variant.empty() && variant.size() <= 4 && variant[0] != '0' && letters.size() <= 3 && (letters.empty() || all_capitals(letters)) &&
          (previous == "Boeing" || (no_range_end && (!letters.empty() || word_near(i, 8, kAviation))))) {
        const std::string model = house_number_words(core.substr(0, dash)) + " ";
        if (plural) return model + (letters.empty() ? plural_of_number(house_number_words(variant)) : house_number_words(variant) + " " + letters + "s");
        return model + house_number_words(variant) + (letters.empty() ? "" : " " + letters);
      }
    }
    if (const auto r = single_token_range(core, range_word(i))) return *r;
    // Three or more small numbers joined by hyphens, a formation or a layout: "a 4-3-3",
    // "a 3-3-3 layout" (not a date: "on 10-12-24").
    if (const auto groups = hyphen_groups(core); groups.size() >= 3 && !numeric_date(core)) {
      std::string words;
      for (const auto& g : groups) join(words, cardinal_words(g));
      return words;
    }
    if (all_digits(core) && core.size() >= 2 && core.size() <= 6 && identifier_end(i)) return digit_words(core);
    // A year from 1000 to 1099 where a year is named ("in 1085", "since 1066", "AD 1014",
    // "1066 AD"): said as a year, though a bare 1050 is a count ("1050 people").
    if (core.size() == 4 && core.starts_with("10") && all_digits(core)) {
      static constexpr std::array<std::string_view, 9> cues = {"in", "since", "until", "till", "circa", "c.", "ca.", "ad", "a.d."};
      const bool after_cue = i > 0 && piece(i - 1).trail.empty() && std::find(cues.begin(), cues.end(), lower(previous)) != cues.end() &&
                             !(i > 1 && parse_number(piece(i - 2).core));  // not "1 in 1000"
      // A count's noun follows at once ("in 1050 cases"); a year is followed by a pause, a
      // capital or a word that opens a clause ("In 1085 the king", "in 1066 and").
      static constexpr std::array<std::string_view, 14> clause = {"the", "a", "an", "he", "she", "it", "they", "was", "when", "and", "after", "before", "with", "as"};
      const bool counted = p.trail.empty() && is_lowercase_word(next) && std::find(clause.begin(), clause.end(), next) == clause.end();
      const std::string era = lower(next);
      if ((after_cue && !counted) || (p.trail.empty() && (era == "ad" || era == "a.d." || era == "ce" || era == "bc" || era == "b.c."))) return year_words(std::stoi(core));
    }
    // The second of two zones written close, "et/pt": a zone in small letters too.
    if (std::string zone; i >= 2 && piece(i - 1).core == "/" && is_time_zone(piece(i - 2).core, zone, true) && is_time_zone(core, zone, true) &&
                          (core == "pt" || !listed(core, kZoneWords))) {
      return zone;
    }
    // A number of a year after a name's word, as laws and issues are numbered ("Law
    // 3/2018", "Decree 5/2020", "Issue 4/2021", "No. 2/2020"), or after a case's capitals
    // ("W.P.(C) 5/2024", "BA 3/2024", "CRL.M.C. 12/2023"): "three of twenty eighteen", no
    // month.
    const bool case_letters = previous.size() >= 2 && std::isupper(static_cast<unsigned char>(previous[0])) &&
                              std::none_of(previous.begin(), previous.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (month_year(core) && i > 0 && (piece(i - 1).trail.empty() || (case_letters && piece(i - 1).trail == ".")) &&
        (listed(previous, kNumberedNames) || case_letters)) {
      const size_t slash = core.find('/');
      return cardinal_words(std::to_string(std::stoi(core.substr(0, slash)))) + " of " + year_words(std::stoi(core.substr(slash + 1)));
    }
    // "1/YYYY" without its nought is a fraction ("a shutter speed of 1/2048", "1/1920 of
    // the width") unless a word of dates stands before it ("Expires 1/2027").
    if (core.size() == 6 && core.starts_with("1/") && month_year(core) &&
        !said_last({"expires", "expiry", "exp", "exp.", "valid", "until", "since", "from", "by", "before", "after", "in", "on", "through",
                    "thru", "to", "date", "dated"})) {
      if (const auto f = fraction(core)) return *f;
    }
    // An episode of a season, "S02E05", "s1e10": "season two, episode five".
    if (const auto episode = season_episode(core); episode && !(i > 0 && (lower(previous) == "model" || previous == "No."))) return *episode;
    // A ZIP+4 code after a state or "ZIP", digit by digit in its two groups: "CA
    // 90028-1234" "nine zero zero two eight, one two three four" (not "10000-8000 BC").
    if (zip_plus_four(core) && i > 0 && (tables::us_state(previous) || lower(previous) == "zip" || lower(previous) == "zip:" ||
                                         lower(previous) == "code")) {
      return digit_words(core.substr(0, 5)) + ", " + digit_words(core.substr(6));
    }
    if (service_number(i, core)) {  // digit by digit, a nought among others "oh": "one oh one"
      if (core.find_first_not_of('0') == std::string::npos) return digit_words(core);
      std::string said;
      for (const char c : core) join(said, c == '0' ? std::string("oh") : digit_words(std::string(1, c)));
      return said;
    }
    // A street's block is named by its first house number, as police reports give it: "the
    // 2700 block of W. Madison St." ("twenty seven hundred").
    const auto street_block = [&] {
      return p.trail.empty() && lower(piece(i + 1).core) == "block" && piece(i + 1).trail.empty() && lower(piece(i + 2).core) == "of";
    };
    // A long number after the word of a law or an order is its count, as eSpeak NG says it
    // too: "Executive Order 14110" (fourteen thousand one hundred ten), "Resolution 60251";
    // not a code's digits. (A case's or a petition's number stays a code.)
    static constexpr std::array<std::string_view, 10> enacted = {"Order", "Resolution", "Law", "Decree", "Bill", "Directive",
                                                                 "Ordinance", "Regulation", "Act", "Rule"};
    // (An order only after its issuer's word, "Executive Order": "Your Order 10234", "Order
    // 98765 shipped" are a shop's.)
    static constexpr std::array<std::string_view, 10> issuing = {"Executive", "Presidential", "Ministerial", "Royal", "Administrative",
                                                                 "General", "Standing", "Court", "Judicial", "Emergency"};
    const bool named_order = previous != "Order" || (i > 1 && piece(i - 2).trail.empty() && listed(piece(i - 2).core, issuing));
    if (all_digits(core) && (core.size() == 5 || core.size() == 6) && core[0] != '0' && i > 0 && piece(i - 1).trail.empty() &&
        listed(previous, enacted) && named_order) {
      return cardinal_words(core);
    }
    // A model's number after its letters, four digits said in pairs: "the RTX 4090" forty
    // ninety, "GTX 1080", "RX 7900" (not before a plural, which it may count: "NYPD 1500
    // officers", "the UK 2350 deaths"; nor a year in brackets, "Reinders AA (2008)").
    const auto model = [&] {
      const std::string said_next = p.trail.empty() ? lower(piece(i + 1).core) : "";
      return core.size() == 4 && i > 0 && p.lead.empty() && piece(i - 1).trail.empty() && piece(i - 1).lead.empty() &&
             piece(i - 1).core.size() >= 2 && piece(i - 1).core.size() <= 4 && all_capitals(piece(i - 1).core) &&
             spelled_as_letters(piece(i - 1).core) && !(said_next.ends_with('s') && is_lowercase_word(said_next));
    };
    // (Those two are asked only of a number that could be either.)
    if (all_digits(core) && (core.size() == 3 || core.size() == 4) && core[0] != '0' && (numbers_a_name(i) || street_block() || model())) {
      return house_number_words(core);  // "Highway 101": "one oh one"
    }
    // The same with a letter or two after a hyphen: "Form 1099-K", "Route 9-W".
    if (const size_t dash = core.find('-'); dash >= 3 && dash <= 4 && dash + 1 < core.size() && core.size() - dash - 1 <= 2 &&
                                             all_digits(core.substr(0, dash)) && core[0] != '0' && all_capitals(core.substr(dash + 1)) && numbers_a_name(i)) {
      const std::string letters = core.substr(dash + 1);
      return house_number_words(core.substr(0, dash)) + " " + (letters.size() == 1 ? letter_name(letters[0]) : letters);
    }
    // A year and the letter of an estimate or an actual figure: "2025E EPS", "FY2024A".
    // (Before a figure's capitals only: "The 2012A model" is a model's name.)
    if (core.size() == 5 && (core.back() == 'E' || core.back() == 'A') && all_digits(core.substr(0, 4)) &&
        (core.starts_with("19") || core.starts_with("20")) && next.size() >= 2 && all_capitals(next)) {
      return year_words(std::stoi(core.substr(0, 4))) + " " + core.back();
    }
    // An earthquake's magnitude: "the M7.8 earthquake" (after "an" the letter stays, as
    // the article was written for it: "an M6.2 quake").
    if (core.size() >= 4 && core[0] == 'M' && is_digit(core[1]) && core[2] == '.' && !said_last({"an"})) {
      static constexpr std::array<std::string_view, 6> quakes = {"quake", "earthquake", "tremor", "aftershock", "temblor", "shock"};
      const auto number = parse_number(std::string_view(core).substr(1));
      if (number && std::find(quakes.begin(), quakes.end(), lower(next)) != quakes.end()) return "magnitude " + number_words(*number);
    }
    if (const auto h = height(core)) return *h;
    // A count of its whole after a word that counts: "lap 12/57", "Game 3/7", "hole
    // 9/18" (twelve of fifty seven); not before a measure ("Step 1/2 cup").
    if (const size_t slash = core.find('/'); slash != std::string::npos && slash > 0 && slash <= 3 && core.size() - slash - 1 <= 3 && i > 0 &&
                                              piece(i - 1).trail.empty() && all_digits(core.substr(0, slash)) && all_digits(core.substr(slash + 1))) {
      static constexpr std::array<std::string_view, 10> counters = {"lap", "stage", "game", "round", "episode", "part", "match",
                                                                    "hole", "question", "slide"};
      const int top = std::stoi(core.substr(0, slash)), bottom = std::stoi(core.substr(slash + 1));
      const bool measure_follows = p.trail.empty() && (tables::unit(next) || is_lowercase_word(next)) && !is_function_word(next);
      if (std::find(counters.begin(), counters.end(), lower(previous)) != counters.end() && top >= 1 && top <= bottom && !measure_follows) {
        return cardinal_words(core.substr(0, slash)) + " of " + cardinal_words(core.substr(slash + 1));
      }
    }
    if (const auto said = runs_or_odds(i, core, next)) return *said;
    if (const auto said = three_places(i, core, next)) return *said;
    // A month and a day after a word of time ("on 12/31", "by 3/15"), not a fraction
    // ("on 3/4 of the land"), nor "since 9/11", the day that has its own name.
    if (const size_t slash = core.find('/'); slash != std::string::npos && slash <= 2 && core.size() - slash - 1 <= 2 &&
                                              lower(next) != "of" && core != "9/11" && core != "24/7" && all_digits(core.substr(0, slash)) &&
                                              all_digits(core.substr(slash + 1))) {
      // After "by", "before" and "after" a fraction is as likely ("cut by 1/3"): a date
      // only with a day past the twelfth ("by 3/15").
      // After a verb of scheduling, a date: "opens 12/20", "premieres 1/10".
      static constexpr std::array<std::string_view, 20> dated = {
          "on", "until", "through", "since", "opens", "premieres", "airs", "debuts", "starts", "begins", "ends", "launches",
          "arrives", "returns", "releases", "closes", "expires", "due", "scheduled", "dated"};
      static constexpr std::array<std::string_view, 3> maybe_dated = {"by", "before", "after"};
      const int month = std::stoi(core.substr(0, slash)), day = std::stoi(core.substr(slash + 1));
      const std::string word_before = lower(previous);
      // (After a verb, not before a measure: "closes 1/2 hour early", "due 1/2 now".)
      const bool verb = std::find(dated.begin() + 4, dated.end(), word_before) != dated.end();
      const bool plain_next = next.empty() || !p.trail.empty() || capitalized(next) || is_function_word(next);
      const bool date = (std::find(dated.begin(), dated.end(), word_before) != dated.end() && (!verb || plain_next)) ||
                        (day > 12 && std::find(maybe_dated.begin(), maybe_dated.end(), word_before) != maybe_dated.end());
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31 && date) return date_words(month, day, "", false);
      // Written day first, as most of the world writes it, when the first is no month and
      // the month has two digits, at the end of a phrase: "on 14/02", "until 25/12." (the
      // fourteenth of February). Not a cricket score or odds ("resumed on 15/2 after lunch",
      // "is on 13/8 to win"), nor "on 24/7 duty".
      // (A month of one digit where the phrase ends at a mark: "starts on 29/7.")
      // (Nor odds, "The outsider was on 20/1.")
      static constexpr std::array<std::string_view, 13> betting = {"backed", "odds", "favourite", "favorite", "bookmakers", "punters",
                                                                   "bet", "shortened", "drifted", "price", "outsider", "tipped", "shot"};
      const bool two_digit_month = core.size() - slash - 1 == 2 ||
                                   (!p.trail.empty() && p.trail[0] != '/' && !cricket_near(i) && !word_near(i, 8, betting));
      if (month > 12 && month <= 31 && day >= 1 && day <= 12 && date && two_digit_month && plain_next) return date_words(day, month, "", true);
    }
    // "the 49ers", "the 76ers": "forty niners", "seventy sixers".
    if (core.size() > 3 && core.ends_with("ers") && all_digits(core.substr(0, core.size() - 3))) {
      const std::string number = cardinal_words(core.substr(0, core.size() - 3));
      return number + (number.ends_with('e') ? "rs" : "ers");
    }
    // "20,000+ people", "10M+ copies", "$5bn+": so many or more.
    if (core.size() > 1 && core.ends_with('+')) {
      const std::string amount = core.substr(0, core.size() - 1);
      if (const auto n = parse_number(amount); n && !n->negative) return quantity_words(*n) + " plus";
      if (const auto r = classify(amount); r && (r->kind == Kind::quantity || r->kind == Kind::money)) return r->words + " plus";
    }
    if (const auto t = glued_temperature(i, core)) return *t;
    // A model's number and letter after an Apple product's name, not a plural: "iPhone 6s".
    if (core.size() == 2 && is_digit(core[0]) && core[1] == 's' && previous.size() > 2 && previous[0] == 'i' &&
        std::isupper(static_cast<unsigned char>(previous[1]))) {
      return cardinal_words(core.substr(0, 1)) + " S";
    }
    // Millions glued as "m" to a fraction, before a count of things: "3.2m people",
    // "1.5m barrels" (a length is "3.2m tall", "the 1.5m gap"; a whole number, "the 400m
    // hurdles", stays a length).
    const bool counted_next = is_lowercase_word(next) && ((next.size() > 3 && next.back() == 's') || next == "people" || next == "children" ||
                                                         next == "men" || next == "women");
    if (core.size() >= 4 && core.back() == 'm' && p.trail.empty() && counted_next) {
      if (const auto n = parse_number(std::string_view(core).substr(0, core.size() - 1)); n && n->has_point && !n->negative) {
        return quantity_words(*n) + " million";
      }
    }
    // A whole number too, before the plural of a thing counted (people, groups, messages,
    // acts, possessions, quantities: counted_nouns.h): "14m voters", "2m jobs", "10m
    // records" ("fourteen million"). Before anything else it stays a length: "20m waves",
    // "30m yachts"; so where each thing counted is measured ("two 4m pythons", "2 x 100m
    // titles"), and before "men" and "women", a race ("the 200m women").
    if (core.size() >= 2 && core.size() <= 4 && core.back() == 'm' && p.trail.empty() && all_digits(core.substr(0, core.size() - 1)) &&
        core[0] != '0') {
      // (Counted too, though WordNet's first sense of them is an object or an event, or they
      // are verbs more often.)
      static constexpr std::array<std::string_view, 11> also_counted = {"homes", "cases",  "deaths",  "votes",    "downloads", "barrels",
                                                                        "litres", "shares", "devices", "vehicles", "cars"};
      static constexpr std::array<std::string_view, 18> counting = {"two",   "three",  "four",    "five", "six", "seven", "eight", "nine", "ten",
                                                                    "dozen", "dozens", "several", "many", "few", "both",  "x",     "\xC3\x97", "these"};
      const bool each_measured = i > 0 && piece(i - 1).trail.empty() && (all_digits(piece(i - 1).core) || listed(piece(i - 1).core, counting));
      if (is_lowercase_word(next) && next != "men" && next != "women" && !each_measured && (is_counted_plural(next) || listed(next, also_counted))) {
        return cardinal_words(core.substr(0, core.size() - 1)) + " million";
      }
    }
    // A television listing's hour, Eastern and then Central: "airs at 9/8c" is "nine, eight
    // central" (the Central hour is the Eastern one less one).
    if (core.size() >= 4 && core.back() == 'c') {
      const size_t slash = core.find('/');
      const std::string eastern = core.substr(0, slash), central = slash == std::string::npos ? "" : core.substr(slash + 1, core.size() - slash - 2);
      if (slash != std::string::npos && !eastern.empty() && eastern.size() <= 2 && !central.empty() && central.size() <= 2 && all_digits(eastern) &&
          all_digits(central) && (std::stoi(eastern) + 11) % 12 == std::stoi(central) % 12) {
        return cardinal_words(eastern) + ", " + cardinal_words(central) + " central";
      }
    }
    // A bare rate per a currency: "the rupee fell to 84.5/$" (as "₦1,500/$" is money), "4.47/USD".
    if (const size_t slash = core.rfind('/'); slash != std::string::npos && slash > 0 && slash + 1 < core.size()) {
      if (const auto n = parse_number(core.substr(0, slash))) {
        for (const auto& sign : tables::currency_signs()) {
          if (core.compare(slash + 1, std::string::npos, sign.sign) == 0 && !sign.scaled_only) return quantity_words(*n) + " per " + sign.currency.one;
        }
        // Or per a currency's ISO 4217 code: "4.47/USD".
        if (const auto* code = core.size() - slash == 4 ? tables::currency(core.substr(slash + 1)) : nullptr) return quantity_words(*n) + " per " + code->one;
      }
    }
    // A number of times before a comparison: "20x larger", "3x more", "10x the cost"; or,
    // with a small x, after a verb of growth or a word of about: "sales rose 3x", "trades
    // at 25x forward earnings". Alone ("4.4x", as NeMo reads it), after a determiner ("a
    // 10x engineer"), a name ("Nexus 5X", "Ryzen 7950X") or another word ("in 1X, 2X
    // sizes", "y equals 2x") it is the letter.
    if (core.size() >= 2 && (core.back() == 'x' || core.back() == 'X')) {
      const std::string after = lower(next);
      static constexpr std::array<std::string_view, 24> comparisons = {
          "more",   "less",    "fewer",  "as",      "the",    "larger",  "bigger", "faster", "higher", "greater", "cheaper", "smaller",
          "better", "stronger", "lower", "longer", "slower", "heavier", "wider",  "deeper", "costlier", "likelier", "worse",  "over"};
      const bool comparison = p.trail.empty() && std::find(comparisons.begin(), comparisons.end(), after) != comparisons.end();
      // (Not "at": "play it at 2x speed" is "two x".)
      static constexpr std::array<std::string_view, 21> growth = {
          "by", "about", "around", "roughly", "nearly", "almost", "over", "rose", "grew", "jumped", "increased",
          "surged", "soared", "climbed", "expanded", "rise", "grow", "jump", "rising", "growing", "multiplied"};
      const bool after_verb = i > 0 && piece(i - 1).trail.empty() && core.back() == 'x' &&
                              std::find(growth.begin(), growth.end(), previous) != growth.end();
      // A valuation's multiple: "trades at 25x forward earnings", "a P/E of 28x".
      static constexpr std::array<std::string_view, 7> measured = {"earnings", "sales", "revenue", "revenues", "ebitda", "book", "forward"};
      static constexpr std::array<std::string_view, 4> multiples = {"p/e", "multiple", "valuation", "ratio"};
      const bool valuation = core.back() == 'x' && (std::find(measured.begin(), measured.end(), after) != measured.end() ||
                                                    (i >= 2 && (previous == "of" || previous == "at") && piece(i - 1).trail.empty() &&
                                                     std::find(multiples.begin(), multiples.end(), lower(piece(i - 2).core)) != multiples.end()));
      if (const auto n = parse_number(std::string_view(core).substr(0, core.size() - 1)); n && !n->negative && (comparison || after_verb || valuation)) {
        return quantity_words(*n) + " times";
      }
    }
    // A scale's abbreviation after a bare number: "28 bn transistors", "3.2 mln people".
    if (const auto scale = scale_word(core); scale && (core.size() == 2 || core.size() == 3) && lower(core) != *scale && i > 0 &&
                                             piece(i - 1).trail.empty() && parse_number(previous)) {
      return *scale;
    }
    if (const auto section = code_section(core)) return *section;
    // After a name a chapter and verse ("Genesis 1:1"); a function word opening the
    // sentence is no name ("At 3:1 odds").
    const bool cited = i > 0 && capitalized(previous) && !(opens_sentence(i - 1) && is_function_word(lower(previous)));
    if (const auto r = colon_ratio(core, cited)) return *r;  // "a 3:1 margin", "Genesis 1:1"
    if (core == "1000s" && next == "of") return "thousands";  // "1000s of people" (alone, a century)
    // A long number written without commas is a count where one is spoken of: after a word
    // of about or more ("about 10000 fans", "some 250000 people") or before a plural noun
    // ("150000 votes"); standing alone or naming a thing it stays a code's digits ("13000",
    // "ZIP 10001", "Flight 12345 passengers").
    if (all_digits(core) && core.size() >= 5 && core.size() <= 9 && core[0] != '0' && !(i > 0 && numbers_a_name(i, true))) {
      static constexpr std::array<std::string_view, 14> about = {"about", "some", "nearly", "over", "almost", "around", "approximately",
                                                                 "roughly", "than", "least", "estimated", "only", "just", "another"};
      static constexpr std::array<std::string_view, 6> people = {"people", "men", "women", "children", "staff", "police"};
      const std::string after = lower(next);
      // (After a function word other than an article, "in" or "for", or none: "PMID 16522072
      // shows", "train 12951 departs", "zip code 10001 voters", "the 90210 postcodes" name a
      // thing, and a verb in -s is no plural.)
      const std::string before = lower(previous);
      const bool counted_before = i == 0 || !piece(i - 1).trail.empty() ||
                                  ((is_function_word(before) || is_determiner(before)) && before != "the" && before != "a" && before != "an" &&
                                   before != "in" && before != "for");
      const bool plural_after = counted_before && p.trail.empty() && piece(i + 1).lead.empty() && is_lowercase_word(next) &&
                                ((after.size() > 3 && after.ends_with('s') && !after.ends_with("ss")) || listed(after, people));
      if ((i > 0 && piece(i - 1).trail.empty() && listed(lower(previous), about)) || plural_after) {
        if (const auto n = parse_number(core)) return quantity_words(*n);
      }
    }
    // A scale's capital after four digits or more, a code's letter elsewhere ("lot 2315B"),
    // is the scale before a currency's name or after a word of money: "1234B won", "Sales
    // totalled 3475M".
    if (core.size() >= 5 && (core.back() == 'B' || core.back() == 'M' || core.back() == 'T') && all_digits(core.substr(0, core.size() - 1))) {
      static constexpr std::array<std::string_view, 12> money_words = {"revenue", "revenues", "sales", "profit", "profits", "budget",
                                                                       "worth", "totalled", "totaled", "raised", "valued", "debts"};
      if (currency_word(next) || (i > 0 && listed(previous, money_words)) || (i > 1 && listed(piece(i - 2).core, money_words))) {
        return cardinal_words(core.substr(0, core.size() - 1)) + " " + *scale_word(core.substr(core.size() - 1));
      }
    }
    if (const auto reading = classify(core)) return reading->words;
    // "+32 points", "+1.5%": a gain or a lead.
    if (core.size() > 1 && core[0] == '+' && (is_digit(core[1]) || core[1] == '.')) {
      if (const auto r = classify(core.substr(1)); r && (r->kind == Kind::number || r->kind == Kind::quantity || r->kind == Kind::year)) {
        return "plus " + r->words;
      }
    }
    // An amount joined to words: "a 150,000-square-foot home", "$15-an-hour jobs".
    if (const size_t dash = core.find('-'); dash != std::string::npos && dash > 0 && dash + 2 < core.size() && is_alpha(core[dash + 1])) {
      const std::string amount = core.substr(0, dash), rest = core.substr(dash + 1);
      const bool words = std::all_of(rest.begin(), rest.end(), [](char c) { return is_alpha(c) || c == '-'; });
      const auto r = classify(amount);
      if (words && r && (r->kind == Kind::decade || (r->kind == Kind::number && amount.back() == 's'))) {
        return r->words + "-" + rest;  // "1960s-era", "'90s-style", "747s-only"
      }
      // A proper fraction joined to a unit: "a 1/2-inch pipe" (a half-inch pipe), "3/4-inch
      // plywood", "a 1/4-mile track"; after "a" a half and a quarter are said without "one".
      const std::string unit_word = rest.substr(0, rest.find('-'));
      if (const auto pair = slashed_numbers(amount);
          words && r && r->kind == Kind::fraction && pair && pair->first < pair->second && tables::unit_name_word(unit_word)) {
        return fraction_after_a(i, r->words) + "-" + rest;
      }
      if (words && r && (r->kind == Kind::number || r->kind == Kind::money)) {
        if (r->kind == Kind::money) {  // "$400-million-a-year": the scale word goes with the amount
          std::string spaced = rest;
          std::replace(spaced.begin(), spaced.end(), '-', ' ');
          const size_t space = spaced.find(' ');
          const std::string first = spaced.substr(0, space);
          // Before a noun the currency is said once, as a modifier's is: "a $100-million
          // deal", "a $15-an-hour wage" ("a fifteen dollar an hour wage").
          if (const auto scale = scale_word(first); scale && first.size() > 1) {
            if (const auto scaled = money(amount, scale)) {
              return describing_money(amount, *scaled, i + 1, p.trail) + (space == std::string::npos ? "" : spaced.substr(space));
            }
          }
          return describing_money(amount, r->words, i + 1, p.trail) + " " + spaced;
        }
        if (const auto n = parse_number(amount); n && (n->grouped || n->has_point)) return r->words + "-" + rest;  // "1.5-degree"
      }
    }
    // A prefix before a number: "pre-2008", "post-9/11", "anti-5G", "late-'80s" (the
    // apostrophe of an elided century unsaid).
    const auto elided = [&](size_t at) { return at < core.size() ? century_apostrophe(std::string_view(core).substr(at)) : size_t{0}; };
    if (const size_t dash = core.find('-'); dash != std::string::npos && dash >= 2 && dash + 1 < core.size() &&
                                            (is_digit(core[dash + 1]) || elided(dash + 1) > 0)) {
      const std::string prefix = core.substr(0, dash), rest = core.substr(dash + 1 + elided(dash + 1));
      const bool lower_prefix = std::all_of(prefix.begin(), prefix.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      if (lower_prefix && elided(dash + 1) > 0 && rest.size() == 2 && all_digits(rest)) return prefix + "-" + date_year(rest);  // "pre-'08"
      if (lower_prefix) {
        if (const auto r = classify(rest)) {
          const bool year = r->kind == Kind::year && rest.size() == 4;
          return prefix + "-" + (year ? year_words(std::stoi(rest)) : r->words);
        }
        if (const auto a = alphanumeric(rest)) return prefix + "-" + *a;
      }
    }
    if (const auto s = social_name(core, previous)) return *s;
    if (looks_electronic(core)) return electronic(core);
    if (core.find('/') != std::string::npos) {
      if (const auto s = slashed(core)) return *s;
    }
    if (const auto a = alphanumeric(core)) return *a;
    // Between two measures, a dimension: "4cm x 3cm" (each measure is read by itself).
    if (core == "x" && i > 0 && glued_measure(previous) && piece(i - 1).trail.empty() && glued_measure(next)) return "by";
    if (core == "x" && i > 0 && all_digits(previous)) return core;
    if (const auto s = symbol_word(i, core, next)) return *s;
    return symbols_as_words(core);
  }

  // A hashtag or a handle: "#MeToo" → "hashtag Me Too" (no second "hashtag" after the
  // word), "@realDonaldTrump" → "at real Donald Trump": the words run together apart
  // (joined_words.h), digits as a number standing alone ("#COVID19": "COVID nineteen";
  // "#2020Election": "twenty twenty Election"). A name
  // with letters beyond ASCII is said whole.
  static std::optional<std::string> social_name(const std::string& core, const std::string& previous) {
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

  // A quantity that describes a noun: "10-km" → "ten-kilometer", "90°" → "ninety degree".
  // `liquid`: what it describes holds liquid, which makes "pt" a pint, not a point.
  static std::optional<std::string> describing_quantity(const std::string& core, bool liquid = false) {
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

  // "12kg", "30°C", "12%", "5km/h", "4.4x", "2x8", "12kg/kg", "12/kg".
  static std::optional<std::string> attached_quantity(const std::string& core) {
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

  // ---- Recognize, then verbalize ----------------------------------------------------

  // What one token is and the words for it: the classes a range can join.
  enum class Kind { money, ordinal, decade, date, fraction, telephone, year, number, quantity, time };
  struct Reading {
    Kind kind;
    std::string words;
  };

  static std::optional<Reading> classify(const std::string& core) {
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

  // Whether a token is a multiplication sign standing alone: "x" or "×".
  static bool is_times_sign(std::string_view token) { return token == "x" || token == "\xC3\x97"; }

  // The "x" or "×" between two digits inside one token ("4x4", "2×4s"): its byte offset
  // and length, or npos.
  static std::pair<size_t, size_t> times_sign(std::string_view core) {
    for (size_t i = 1; i + 1 < core.size(); ++i) {
      if (!std::isdigit(static_cast<unsigned char>(core[i - 1]))) continue;
      const size_t length = core[i] == 'x' ? 1 : core.substr(i).starts_with("\xC3\x97") ? 2 : 0;
      if (length && i + length < core.size() && std::isdigit(static_cast<unsigned char>(core[i + length]))) return {i, length};
    }
    return {std::string::npos, 0};
  }

  // The dash of a range inside one token ("2010-2014", "10–15%", "9:00-10:30"): the
  // byte offset and length of the dash, or npos.
  static std::pair<size_t, size_t> range_dash(std::string_view core) {
    for (size_t i = 1; i + 1 < core.size(); ++i) {
      if (core[i] == '-') return {i, 1};
      if (core.substr(i).starts_with("\xE2\x80\x93") || core.substr(i).starts_with("\xE2\x80\x94")) {
        return i + 3 < core.size() ? std::pair<size_t, size_t>{i, 3} : std::pair<size_t, size_t>{std::string::npos, 0};
      }
    }
    return {std::string::npos, 0};
  }

  // One range rule for every class: two readings of the same class, or a bare number and
  // a reading that carries its unit ("10-15%", "$50-100"), are joined with "to".
  // `to` is the word between the ends ("and" after "between").
  static std::optional<std::string> compose_range(const std::string& a, const std::string& b, std::string_view to = "to") {
    const std::string joined = " " + std::string(to) + " ";
    const auto left = classify(a);
    auto right = classify(b);
    if (!left || !right) return std::nullopt;
    // "26/12/2024–5/1/2025": the end's day first, as the start's can only be.
    if (left->kind == Kind::date && right->kind == Kind::date && only_day_first(a)) {
      if (const auto end = numeric_date(b, true)) right->words = *end;
    }
    // "2011-12", "1980-04": a year and the last two digits of another.
    if (left->kind == Kind::year && b.size() == 2 && all_digits(b)) {
      if (b == "00") return left->words + joined + year_words((std::stoi(a) / 100 + 1) * 100);  // "1999-00"
      // A start said "two thousand ..." ends as a whole year: "2007-22" is "two thousand
      // seven to twenty twenty two", "2008-09" "two thousand eight to two thousand nine".
      const int start = std::stoi(a);
      if (start >= 2000 && start <= 2009 && std::stoi(b) > start % 100) return left->words + joined + year_words(start / 100 * 100 + std::stoi(b));
      return left->words + joined + (b[0] == '0' ? "oh " + cardinal_words(b.substr(1)) : cardinal_words(b));
    }
    if (left->kind == Kind::number && right->kind == Kind::year && a.size() == 4) {
      return year_words(std::stoi(a)) + joined + right->words;
    }
    // (A number and a vulgar fraction too: "1–1½ hours", "½-1 cup".)
    const bool vulgar = static_cast<unsigned char>(a.back()) >= 0x80 || static_cast<unsigned char>(b.back()) >= 0x80;
    const bool number_and_fraction = vulgar && ((left->kind == Kind::number && right->kind == Kind::fraction) ||
                                                (left->kind == Kind::fraction && right->kind == Kind::number));
    if (left->kind == right->kind || (left->kind == Kind::year && right->kind == Kind::number) ||
        (left->kind == Kind::number && right->kind == Kind::year) || number_and_fraction) {
      if (left->kind == Kind::telephone) return std::nullopt;
      return left->words + joined + right->words;
    }
    const bool left_bare = left->kind == Kind::number || left->kind == Kind::year;
    if (left_bare && (right->kind == Kind::quantity || right->kind == Kind::money)) {
      const auto n = parse_number(a);
      return (n ? quantity_words(*n) : left->words) + joined + right->words;
    }
    if (left->kind == Kind::money && (right->kind == Kind::number || right->kind == Kind::year)) {
      // "$50-100": the second amount in the same currency.
      for (const auto& sign : tables::currency_signs()) {
        if (!sign.after && a.starts_with(sign.sign)) {
          if (const auto m = money(sign.sign + b)) return left->words + joined + *m;
        }
      }
    }
    return std::nullopt;
  }

  static std::optional<std::string> single_token_range(const std::string& core, std::string_view to = "to") {
    const auto [dash, length] = range_dash(core);
    if (dash == std::string::npos) return std::nullopt;
    const std::string a = core.substr(0, dash), b = core.substr(dash + length);
    // A number with a leading zero is a code ("2-011812"), not the end of a range.
    if (b.size() > 2 && b[0] == '0' && all_digits(b)) return std::nullopt;
    // Digits that are a local telephone number or a ZIP+4 code, not a range; "1-800" is
    // a toll-free prefix.
    if (all_digits(a) && all_digits(b) && ((a.size() == 3 && b.size() == 4) || a.size() >= 5)) return std::nullopt;
    if (a == "1" && b.size() == 3 && b[0] == '8' && b[1] == b[2]) return "one-" + cardinal_words(b);
    // The same number twice is no range: "a 50-50 call", "tied 2-2" (fifty fifty, two two).
    if (a == b && all_digits(a) && a.size() <= 3) return cardinal_words(a) + " " + cardinal_words(b);
    return compose_range(a, b, to);
  }

  // The word that joins the ends of a range opening at piece `i`: "and" after "between"
  // ("between 2015-2018" is "between twenty fifteen and twenty eighteen"), else "to".
  // Not when an "and" follows that joins two ranges ("between 2019-20 and 2021-22": each
  // says "to").
  std::string_view range_word(size_t i) const {
    if (i == 0 || !piece(i - 1).trail.empty() || lower(piece(i - 1).core) != "between") return "to";
    for (size_t k = i; k < i + 5 && piece(k).trail.empty() && !piece(k).core.empty(); ++k) {
      if (piece(k + 1).core == "and") return "to";
    }
    return "and";
  }

  // An amount read at `i` as `words`, a range in one scale when it has a dash ("$5-10
  // million", "€3-4m": "five to ten million dollars"), with the range's joining word.
  std::string money_range(size_t i, std::string words) const {
    if (const size_t to = words.find(" to "); to != std::string::npos && range_dash(piece(i).core).first != std::string::npos) {
      words.replace(to, 4, " " + std::string(range_word(i)) + " ");
    }
    return words;
  }

  // A fraction's words at `i`, without "one" for a half or a quarter after "a": "a
  // half-inch pipe", "a quarter-mile track".
  std::string fraction_after_a(size_t i, const std::string& words) const {
    const bool after_a = i > 0 && lower(piece(i - 1).core) == "a" && piece(i - 1).trail.empty();
    return after_a && (words == "one half" || words == "one quarter") ? words.substr(4) : words;
  }

  // A season's episode, "S02E05", "s1e10": "season two, episode five", or nullopt.
  static std::optional<std::string> season_episode(std::string_view core) {
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

  // Five digits, a hyphen and four: a ZIP+4 code ("90028-1234").
  static bool zip_plus_four(std::string_view core) {
    return core.size() == 10 && core[5] == '-' && all_digits(core.substr(0, 5)) && all_digits(core.substr(6));
  }

  static bool is_dash(std::string_view token) {
    return token == "-" || token == "\xE2\x80\x93";  // not an em dash: "in 1957 — 10 years later"
  }

  // A section of a code with its letter, as a plan is named after it: "401(k)", "457(b)s"
  // (the number as a code is said, then the letter), and the retirement plans written
  // without brackets, "401k", "403b", "457b" (before "401k" is read as thousands).
  static std::optional<std::string> code_section(const std::string& core) {
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

  // Tokens with symbols inside: "#5" → "number five", "AT&T" → "A.T. and T.", "M*A*S*H" →
  // "MASH"; a "/" standing alone between words is a pause, between prices "or", between
  // two measures "slash" ("4K/120Hz", "3rd/4th", as a reader says what is written close).
  std::optional<std::string> symbol_word(size_t i, const std::string& core, const std::string& next) {
    if (core == "#" && !next.empty() && is_digit(next[0])) return std::string("number");
    if (core.size() > 1 && core[0] == '#' && all_digits(core.substr(1))) return "number " + cardinal_words(core.substr(1));
    // "#1-ranked", "#2-seeded": the number joined to its word.
    if (const size_t dash = core.find('-'); core.size() > 1 && core[0] == '#' && dash != std::string::npos && dash > 1 &&
                                            all_digits(core.substr(1, dash - 1)) && is_lowercase_word(core.substr(dash + 1))) {
      return "number " + cardinal_words(core.substr(1, dash - 1)) + "-" + core.substr(dash + 1);
    }
    if (core == "/" && i > 0) {
      const std::string& before = piece(i - 1).core;
      if (money(before) && money(next)) return std::string("or");
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

  // "upgrade/update", "his/her", "31/31/100", "123/261788/2021".
  static std::optional<std::string> slashed(const std::string& core) {
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

  // Capitals that a reader spells ("AP", "FBI", "AFP", "JWHA", "ISBN"): two capitals
  // that are not a common word, or three to five that no English word could begin or end
  // with ("ACBL", but not "MAX", "NASA", "OPEC", "AIDS": those are left to eSpeak NG). Not inside a run of
  // capitals (a heading), where they are words.
  std::optional<std::string> initialism(size_t i, const std::string& whole) const {
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

  // Words near a jetliner's model and variant ("the 737-800 jet", "its 787-9 fleet").
  static constexpr std::array<std::string_view, 20> kAviation = {
      "jet",   "jets",    "plane",   "planes",  "aircraft", "airliner", "airliners", "jetliner", "flight", "flights",
      "fleet", "Boeing",  "Airbus",  "airline", "airlines", "Dreamliner", "jumbo",   "pilots",   "crash",  "landed"};

  // Whether the numeral at `i` follows a ruler's name: a common given name (borne by at
  // least kRulerNameBearers in data/first_names.tsv: Henry, Louis, Elizabeth; not Rocky
  // or Apollo), or a name after a regnal title ("Pope Pius", "Tsar Nicholas").
  bool ruler_named(size_t i) const {
    constexpr size_t kRulerNameBearers = 100'000;
    if (i == 0) return false;
    if (first_name_bearers(piece(i - 1).core) >= kRulerNameBearers) return true;
    return i > 1 && regnal_title(piece(i - 2).core);
  }

  // "WWI", "WWII", "WW1", "WW2": "World War one", "World War two".
  static std::optional<std::string> world_war(std::string_view core) {
    const size_t ending = possessive_ending(core);
    const std::string possessive = ending ? "'s" : "";
    core.remove_suffix(ending);
    if (core == "WWI" || core == "WW1") return "World War one" + possessive;
    if (core == "WWII" || core == "WW2") return "World War two" + possessive;
    return std::nullopt;
  }

  // Whether `word` is a title that a ruler's name and number follow ("Pope", "Tsar");
  // `reigning`: only a monarch's or a pope's, whose name a single numeral follows
  // whatever comes next ("King Charles I was"; not "in St. Louis I saw", "Prince Edward
  // I.", an island).
  static bool regnal_title(std::string_view word, bool reigning = false) {
    static constexpr std::array<std::string_view, 18> titles = {
        "Pope", "King", "Queen", "Emperor", "Empress", "Tsar", "Czar", "Tsarina", "Sultan", "Shah", "Pharaoh", "Kaiser",
        "Prince", "Princess", "Duke", "Duchess", "Saint", "St."};
    const auto end = reigning ? titles.begin() + 12 : titles.end();
    return std::find(titles.begin(), end, word) != end;
  }

  // Whether the numeral at `i` (II, III or IV) is a person's generation after a full
  // name: a given name borne by at least kGenerationNameBearers (data/first_names.tsv),
  // then a surname, with a middle name or initial between them or not ("Martin Luther
  // King III", "John D. Rockefeller IV"; not "Star Trek II", nor "Thurston Howell III":
  // too rare a given name to tell from a title).
  bool generation_of_person(size_t i) const {
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

  // "18-29-year-olds", "3–5-month-old": a range of ages, "eighteen to twenty nine
  // year-olds".
  static std::optional<std::string> aged_range(const std::string& core) {
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

  // Whether the number at `i` is a three-digit service number ending in 11, said digit by
  // digit: "a 911 call", "called 911", "311 operators" (not "911 people").
  // Other lands' emergency and service numbers likewise where one is called (below).
  bool service_number(size_t i, const std::string& core) const {
    // Any three digits after a verb of calling, or after "on" with one a few words before,
    // where no noun follows: "by calling 139.", "ring 131 for help", "contact Police
    // Scotland on 101," (not "call 100 people", "called 112 staff", "call 500 or more").
    static constexpr std::array<std::string_view, 9> told = {"call", "calling", "dial", "dialling", "dialing", "ring", "ringing", "phone", "phoning"};
    if (core.size() == 3 && all_digits(core) && i > 0 && piece(i - 1).trail.empty()) {
      const std::string next = lower(piece(i + 1).core);
      const std::string then = lower(piece(i + 2).core);
      const bool more = (next == "or" || next == "and") && (then == "more" || then == "fewer" || then == "less" || then == "so");  // "call 500 or more"
      // (What follows ends the call: not "I'd call 150 a par score", "call 100 of them".)
      static constexpr std::array<std::string_view, 12> after_call = {"or", "and", "for", "to", "if", "from", "on", "at", "with", "now", "today", "free"};
      const bool clause_ends = !piece(i).trail.empty() || next.empty() || (listed(next, after_call) && !more);
      bool cued = listed(lower(piece(i - 1).core), told);
      // (Between them only a name or a pronoun: "contact Police Scotland on 101", "call us
      // on 131"; not "calling the shots on 150", "Contact tracing ended on 120".)
      for (size_t k = i - 1; !cued && lower(piece(i - 1).core) == "on" && k > 0 && k + 5 > i; --k) {
        if (!piece(k - 1).trail.empty()) break;
        const std::string w = lower(piece(k - 1).core);
        cued = listed(w, told) || w == "contact";
        if (!cued && !capitalized(piece(k - 1).core) && w != "us" && w != "me" && w != "them" && w != "him" && w != "her") break;
      }
      if (cued && clause_ends) return true;
    }
    static constexpr std::array<std::string_view, 9> elsewhere = {"999", "112", "000", "111", "101", "119", "110", "108", "995"};
    if (core.size() == 3 && std::find(elsewhere.begin(), elsewhere.end(), core) != elsewhere.end()) {
      // Told to call it ("call 999", "ring 101", "dial 112", "NHS 111"; not "called 112
      // staff", "a film called 101 Dalmatians"), or naming a call ("a 999 call", "the
      // 999 call handler", "999 calls").
      static constexpr std::array<std::string_view, 8> calling = {"call", "dial", "dialed", "dialled", "dialing", "dialling", "ring", "NHS"};
      static constexpr std::array<std::string_view, 5> a_call = {"call", "caller", "handler", "operator", "service"};
      const std::string next = piece(i + 1).core;
      if (i > 0 && piece(i - 1).trail.empty() && listed(piece(i - 1).core, calling) && !is_digit(next.empty() ? ' ' : next[0])) return true;
      if (piece(i).trail.empty() && (listed(next, a_call) || (core == "999" && next == "calls"))) return true;
    }
    // (The US numbers N11, and 988, the suicide and crisis line since 2022.)
    if (core.size() != 3 || !all_digits(core) || !(core.ends_with("11") || core == "988") || core[0] == '0' || core[0] == '1') return false;
    static constexpr std::array<std::string_view, 14> after = {
        "call",  "calls",   "caller", "callers", "dispatcher", "dispatchers", "operator", "operators",
        "center", "centers", "system", "line",    "lifeline",   "hotline"};
    // (The line's name: "the 988 Suicide and Crisis Lifeline"; not "988 suicide deaths".)
    if (core == "988" && piece(i).trail.empty() && piece(i + 1).core == "Suicide") return true;
    static constexpr std::array<std::string_view, 9> before = {"call", "called", "calling", "dial", "dialed", "dialing", "text", "texting", "texted"};
    const std::string next = lower(piece(i + 1).core), previous = i > 0 ? lower(piece(i - 1).core) : "";
    // "received 211 calls" counts calls: a plural after the number only for 911.
    const bool plural_count = next.ends_with('s') && core != "911";
    // ("text" a verb, not a noun after a determiner: "read the text 911 times".)
    const bool noun_text = previous.starts_with("text") && i > 1 && is_determiner(lower(piece(i - 2).core));
    return (piece(i).trail.empty() && !plural_count && std::find(after.begin(), after.end(), next) != after.end()) ||
           (i > 0 && piece(i - 1).trail.empty() && std::find(before.begin(), before.end(), previous) != before.end() && !noun_text);
  }

  // Whether piece `i` ("No") counts votes: "Yes", "Ayes", "Yea" or "Nays" within four
  // words, or a percentage after its number ("Yes 10, No 5", "and No 40 percent").
  bool tally_near(size_t i) const {
    static constexpr std::array<std::string_view, 6> tally = {"yes", "ayes", "aye", "yea", "yeas", "nays"};
    const std::string after = lower(piece(i + 2).core);
    return word_near(i, 4, tally) || after == "percent" || after == "%" || piece(i + 1).core.ends_with('%');
  }

  // Whether a word of video stands within two words of piece `i`: "a 720p stream",
  // "streams in 480p", "720p HD video".
  bool video_near(size_t i) const {
    static constexpr std::array<std::string_view, 16> video = {"video", "videos", "stream", "streams", "streaming", "streamed", "resolution",
                                                               "hd", "display", "screen", "footage", "camera", "recording", "tv", "monitor", "youtube"};
    return word_near(i, 2, video);
  }

  // Whether one of `words` (listed) stands within `reach` words of piece `i`, on either
  // side.
  template <size_t N>
  bool word_near(size_t i, size_t reach, const std::array<std::string_view, N>& words) const {
    for (size_t k = i >= reach ? i - reach : 0; k <= i + reach && k < pieces_.size(); ++k) {
      if (k != i && listed(piece(k).core, words)) return true;
    }
    return false;
  }
  // Whether a token within `reach` pieces of piece `i` (not `i`) holds the mark `mark`.
  bool word_near_mark(size_t i, size_t reach, char mark) const {
    for (size_t k = i >= reach ? i - reach : 0; k <= i + reach && k < tokens_.size(); ++k) {
      if (k != i && tokens_[k].find(mark) != std::string::npos) return true;
    }
    return false;
  }
  // Whether `word` is one of `words`: in any case, but as written for a word listed with
  // a capital ("Test", "ODI").
  template <size_t N>
  static bool listed(const std::string& word, const std::array<std::string_view, N>& words) {
    const std::string lowered = lower(word);
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) {
      return (std::any_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) ? word : lowered) == w;
    });
  }

  // Whether the word before piece `i` is capitalized inside its sentence: a name's, not
  // a sentence's first ("Courtroom 4B", "the Toronto Sun"; not "Updated Fri").
  bool name_before(size_t i) const { return i > 0 && capitalized(piece(i - 1).core) && !opens_sentence(i - 1); }

  // Whether piece `i` opens a sentence: the first of the text, or after a sentence's end.
  bool opens_sentence(size_t i) const {
    if (i == 0) return true;
    const Piece before = piece(i - 1);
    // "St." and "Dr." are decided in the code: before a name they are Saint and Doctor and
    // keep their stop; after a street's name ("Main St. No") they may end the sentence.
    const bool street_named = i >= 2 && piece(i - 2).trail.empty() && (capitalized(piece(i - 2).core) || all_digits(piece(i - 2).core));
    const bool kept_stop = ((before.core == "St." || before.core == "Dr.") && !street_named) || tables::abbreviation(before.core);
    return before.trail.ends_with('.') || before.trail.ends_with('!') || before.trail.ends_with('?') ||
           (before.trail.empty() && before.core.ends_with('.') && !kept_stop);
  }

  // Whether piece `i` is a word of a dateline's place written in capitals at the start of
  // the text: up to four words of capitals, the last before a comma, a bracket or a dash
  // ("KYIV, Ukraine (AP) —", "NEW YORK (AP) —", "NAIROBI —"). Such a place is a name, not
  // letters ("KYIV" is not "K.Y.I.V.").
  bool in_dateline(size_t i) const {
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

  // A dateline's word as a name: "KYIV" → "Kyiv", so the lexicon and eSpeak NG read it
  // as they read the place.
  static std::string dateline_word(const std::string& capitals) {
    std::string out = capitals;
    for (size_t k = 1; k < out.size(); ++k) out[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[k])));
    return out;
  }

  // An amount that describes the noun after it is said in the singular, as a reader says
  // "a five-dollar bill": "a $3,499 headset", "the $700 million deal" ("a three thousand
  // four hundred ninety nine dollar headset"). Only between "a", "an" or "the" and a noun (the
  // word at `noun`, after no punctuation: `trail` is the amount's), only whole amounts of
  // the main unit ("a $2.50 coffee" keeps its cents and plural).
  std::string describing_money(const std::string& written, const std::string& words, size_t noun, const std::string& trail) const {
    static constexpr std::array<std::string_view, 34> not_nouns = {
        "a", "an", "the", "of", "in", "to", "for", "per", "each", "and", "or", "from", "with", "on", "at", "by", "than",
        "more", "less", "apiece", "is", "was", "are", "were", "that", "which", "who", "they", "he", "she", "it", "we",
        "you", "i"};
    const std::string next = piece(noun).core;
    // After an article, or a possessive before a noun that is no verb in the past
    // ("Microsoft's $68.7 billion acquisition"; not "the firm's $5 million went").
    static constexpr std::array<std::string_view, 8> verbs = {"went", "came", "made", "paid", "will", "would", "could", "should"};
    const bool owned = possessive_before() && !next.ends_with("ed") && !listed(next, verbs);
    // (After "a" or "an", a name's word too: "a $150 million Series C", "a $2 billion
    // Pentagon contract", "a $40 million IPO".)
    const bool named = said_last({"a", "an"}) && !next.empty() && std::isupper(static_cast<unsigned char>(next[0])) &&
                       std::all_of(next.begin(), next.end(), [](char c) { return is_alpha(c); });
    if (!trail.empty() || !(said_last({"a", "an", "the"}) || article_before_compound() || owned) || !(is_lowercase_word(next) || named) ||
        !piece(noun).lead.empty() || listed(next, not_nouns)) {
      return words;
    }
    for (const auto& sign : tables::currency_signs()) {
      // (A symbol may follow the amount: "a 5£ note".)
      const bool symbol_after = !sign.after && symbol_after_amount(sign.sign, written);
      if (sign.after || symbol_after ? !written.ends_with(sign.sign) : !written.starts_with(sign.sign)) continue;
      const tables::Currency& c = sign.currency;
      const bool minor = !c.minor_one.empty() && (words.find(" " + c.minor_many) != std::string::npos ||
                                                  words.find(" " + c.minor_one) != std::string::npos);
      if (minor) {
        // "a $2.50 booking fee": "a two dollar fifty booking fee", the minor unit unsaid.
        for (const std::string& major : {c.many, c.one}) {
          const size_t at = words.find(" " + major + " ");
          if (at == std::string::npos) continue;
          std::string cents = words.substr(at + major.size() + 2);
          for (const std::string& unit : {c.minor_many, c.minor_one}) {
            if (!cents.ends_with(" " + unit)) continue;
            // "a $1.05 fare": "one dollar oh five".
            const size_t point = written.find('.');
            const bool under_ten = point != std::string::npos && point + 1 < written.size() && written[point + 1] == '0';
            return words.substr(0, at) + " " + c.one + (under_ten ? " oh " : " ") + cents.substr(0, cents.size() - unit.size() - 1);
          }
        }
        // "the $0.99 app": "the ninety nine cent app".
        if (words.ends_with(" " + c.minor_many)) return words.substr(0, words.size() - c.minor_many.size()) + c.minor_one;
        return words;
      }
      if (c.one == c.many || !words.ends_with(" " + c.many)) return words;
      return words.substr(0, words.size() - c.many.size()) + c.one;
    }
    return words;
  }

  // Whether the number at `i` is a name given by number to what the word before it
  // names, said in pairs as a house number is ("Highway 101" "one oh one", "Section 230"
  // "two thirty", "Form 1040" "ten forty", "Flight 370", "Boeing 737" "seven thirty
  // seven", "H.R. 3684", "SB 1070", "Proposition 187"); not a count ("Chapter 230" is read
  // as pages and chapters are, "page two hundred thirty").
  // `any_case`: the word may be written in small letters too ("exit 42B", "seat 14B").
  bool numbers_a_name(size_t i, bool any_case = false) const {
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
    static constexpr std::array<std::string_view, 58> namers = {
        "Highway", "Hwy.",   "Hwy",     "Route", "Rte.",     "Interstate", "Freeway", "Flight", "Room",  "Rm.",    "Suite",  "Ste.", "Ste", "Gate",
        "Section", "Form",   "Boeing",  "Proposition", "Prop.", "Resolution", "Channel", "Bus",   "Pier",  "Porsche", "Peugeot",
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

  // A temperature with its scale's letter apart, as Canadian papers write it: "Ottawa hit
  // 33 C, with a humidex of 41", "highs near 30 C today", "-5 C". Where glued_temperature
  // would read it glued and a word of weather is near (not "Grade 4 C", "pupils reached 3
  // C").
  size_t spaced_temperature(size_t i) {
    const Piece p = piece(i), scale = piece(i + 1);
    if (!p.trail.empty() || !scale.lead.empty() || (scale.core != "C" && scale.core != "F") || p.core.empty() ||
        !(is_digit(p.core[0]) || p.core[0] == '-')) {
      return 0;
    }
    static constexpr std::array<std::string_view, 16> weather = {
        "temperature", "temperatures", "heat", "heatwave", "weather", "degrees", "humidex", "windchill", "wind",
        "forecast", "hottest", "coldest", "warmest", "highs", "lows", "mercury"};
    // (Not before what it counts or grades: "reached 33 C units", "30 C students".)
    const std::string after = scale.trail.empty() ? lower(piece(i + 2).core) : "";
    if (is_lowercase_word(after) && !is_function_word(after) && after != "today" && after != "yesterday" && after != "tonight" &&
        after != "overnight") {
      return 0;
    }
    const bool cued = word_near(i, 8, weather);
    const auto words = cued ? glued_temperature(i, p.core + scale.core) : std::nullopt;
    if (!words) return 0;
    emit({p.lead, "", scale.trail}, *words);
    return 2;
  }

  // A temperature with its scale glued on, where a temperature is spoken of: "hit 40C",
  // "highs of 104F", "(104F)", "-5C", "0.5C" (up to 150 degrees); not "seat 14C", "the
  // iPhone 5C", "Exit 12C" (nor a letter after a name's number, read before this).
  // A range of them reads each end so: "highs of 30-35C", "29C-30C".
  std::optional<std::string> glued_temperature(size_t i, const std::string& core) const {
    if (core.size() < 2 || (core.back() != 'C' && core.back() != 'F')) return std::nullopt;
    if (const auto [dash, length] = range_dash(core); dash != std::string::npos) {
      // (After "highs" or "lows", or where weather is spoken of: not "cup sizes of 32-36C",
      // "move to 12-14F", "available from 32-36C".)
      static constexpr std::array<std::string_view, 8> weather = {"temperature", "temperatures", "highs", "lows", "weather", "forecast", "degrees", "heat"};
      const std::string cue = i > 0 ? lower(piece(i - 1).core) : "";
      const bool forecast_cue = cue == "high" || cue == "highs" || cue == "low" || cue == "lows";
      if (!forecast_cue && !word_near(i, 6, weather)) return std::nullopt;
      std::string from = core.substr(0, dash);
      if (from.back() == core.back()) from.pop_back();
      const auto start = parse_number(from);
      const auto end = glued_temperature(i, core.substr(dash + length));
      if (!start || start->whole.size() > 3 || !end) return std::nullopt;
      return quantity_words(*start) + " " + std::string(range_word(i)) + " " + *end;
    }
    const auto number = parse_number(std::string_view(core).substr(0, core.size() - 1));
    if (!number || number->whole.size() > 3 || (!number->whole.empty() && std::stoi(number->whole) > 150)) return std::nullopt;
    // After a word of reaching ("London saw 32C", "Melbourne recorded 43.2C"), after a
    // word of weather and a verb of being ("the high was 32C"), after "it" and a verb of
    // being before a place or a day ("It was 40C in London", "it is 32C today"), before a
    // word of weather ("40C heat", "a 1.5C rise"), or after "minus". Not a seat, a type,
    // a grade, a floor, a code, a battery's rate ("His seat was 14C", "It was 23F, a
    // middle seat", "see 4C below", "clause 4.2C", "2.5C fast charging").
    static constexpr std::array<std::string_view, 36> cues = {
        "to",    "of",      "near",  "around",  "about",   "hit",    "hits",   "reached", "reach",  "above", "below",
        "by",    "from",    "between", "and",   "than",    "high",   "low",    "highs",   "lows",   "fell",  "rose",
        "at",    "minus",   "saw",   "sees",    "touched", "topped", "peaked", "exceeded", "soared", "climbed", "dropped",
        "plunged", "recorded", "reaching"};
    static constexpr std::array<std::string_view, 13> weather = {
        "temperature", "temperatures", "heat", "heatwave", "weather", "warming", "degrees", "hottest", "coldest", "warmest",
        "rise", "increase", "mercury"};
    const std::string before = i > 0 && piece(i - 1).trail.empty() ? lower(piece(i - 1).core) : "";
    const std::string subject = i > 1 && piece(i - 2).trail.empty() ? lower(piece(i - 2).core) : "";
    static constexpr std::array<std::string_view, 7> where_or_when = {"in", "today", "yesterday", "outside", "overnight", "across", "this"};
    const bool it_is = subject == "it" && piece(i).trail.empty() && listed(lower(piece(i + 1).core), where_or_when);
    const bool being = (before == "is" || before == "was" || before == "were") && (listed(subject, weather) || subject == "high" ||
                                                                                   subject == "low" || it_is);
    const bool weather_after = piece(i).trail.empty() && listed(lower(piece(i + 1).core), weather);
    const bool cued = number->negative || piece(i).lead.starts_with('(') || listed(before, cues) || being || weather_after;
    if (!cued || (i > 0 && numbers_a_name(i, true))) return std::nullopt;
    const auto unit = tables::unit(std::string("\xC2\xB0") + core.back());
    const bool one = number->whole == "1" && !number->has_point;
    return quantity_words(*number) + " " + (one ? unit->one : unit->many);
  }

  // A height in feet and inches: "6'2\"", "5′10″": "six foot two", "five foot ten".
  static std::optional<std::string> height(const std::string& core) {
    for (const std::string_view foot : {"'", "\xE2\x80\xB2", "\xE2\x80\x99"}) {  // ' ′ ’
      const size_t at = core.find(foot);
      if (at != 1 || !is_digit(core[0]) || core[0] < '3' || core[0] > '8') continue;
      std::string inches = core.substr(at + foot.size());
      for (const std::string_view mark : {"\"", "\xE2\x80\xB3", "\xE2\x80\x9D"}) {  // " ″ ”
        if (inches.ends_with(mark)) inches.resize(inches.size() - mark.size());
      }
      if (inches.empty() || inches.size() > 2 || !all_digits(inches) || std::stoi(inches) > 11) continue;
      if (std::stoi(inches) == 0) return cardinal_words(core.substr(0, 1)) + " foot";  // "6'0\"": six foot
      return cardinal_words(core.substr(0, 1)) + " foot " + cardinal_words(inches);
    }
    return std::nullopt;
  }

  // Whether the number at `i` is the end of an identifier, read digit by digit: after
  // "ending in" (or "ends with", ...) with a card, account, telephone number, plate, code
  // or the like named just before ("a card ending in 8876", "the phone number that ends
  // in 0142"; not "the year ending in 2020").
  bool identifier_end(size_t i) const {
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

  bool in_brackets(size_t i) const {
    const Piece p = piece(i);
    return p.lead.ends_with("(") && p.trail.starts_with(")");
  }

  static bool spelled_as_letters(std::string_view w) {
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
    return !onset_ok || !coda_ok;
  }

  std::vector<std::string> tokens_;
  std::vector<Piece> pieces_;  // tokens_, peeled
  std::vector<bool> glued_;  // said with no space before it (the word after a close-up em dash)
  bool glue_ = false;
  bool day_first_text_ = false;  // the text's ambiguous numeric dates are day first (constructor)
  std::string out_;
  size_t street_suffix_at_ = std::string::npos;  // a street suffix address() found ("Expy")
  std::set<size_t> address_direction_;            // directions in an address ("N.", "NW")
};

}  // namespace

std::string normalize_text(std::string_view text) { return Normalizer(text).run(); }

}  // namespace narrate
