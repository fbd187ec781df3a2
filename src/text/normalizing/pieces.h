// The pieces the normalizer reads a token with: the token peeled of its punctuation
// (Piece), the signs said before an amount, amounts, clocks and time zones read alone.
// Internal to normalize_text (text/normalizer.h).
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "text/written_forms.h"

namespace narrate::normalizing {

// Whether the text being normalized reads its ambiguous numeric dates day first (see
// Normalizer's constructor), for classify(), which sees one token only; set while a
// Normalizer runs, by DayFirstText.
extern thread_local bool t_day_first_text;

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

// Whether `text` is `word` or ends with a space and `word`: the last word said was it.
bool ends_with_word(std::string_view text, std::string_view word);

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

// A party and a state as news writes them after a politician's name: "D-Calif.",
// "R-N.Y.", "I-Vt." (Democrat, Republican, Independent); the state is an older
// abbreviation with its full stops, a USPS code ("R-TX") or, as AP writes the short ones,
// its name ("R-Texas", "D-Ohio").
// The party of a label's letter ("D-", "R-", "I-"), or nullptr.
const char* party_of_label(std::string_view core);

std::optional<std::string> party_label(std::string_view core);

inline constexpr std::string_view kAbout = "\xE2\x89\x88";    // ≈

inline constexpr std::string_view kSection = "\xC2\xA7";       // §

// Signs said before the amount they stand before ("~6%", "§ 230", "<30", "±3.1",
// "+/-3.1"); "about" is said as about_word() decides.
struct LeadSign {
  std::string_view sign;
  std::string_view words;
  bool comparison = false;  // "<", ">", "≤", "≥": also between a name and an amount ("P<.001")
  bool money_only = false;  // only glued before a currency sign ("-$5", "−€3bn")
};

inline constexpr std::array<LeadSign, 12> kLeadSigns = {{{"~", "about"},
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

const LeadSign* lead_sign(std::string_view text);

// The value of an amount as written, its sign and scale letters taken in: "$1.2bn" 1.2e9,
// "£5" 5, "2022" 2022, "Rs 5crore" 5e7; 0 when none.
double amount_value(std::string_view text);

// Whether `text` begins with a number or a currency sign before one: "6%", "$5", "€3".
bool starts_amount(std::string_view text);

// Whether `word` (any case) is a currency's name, or its name's last word: "dollars",
// "won", "yen", "rupiah", "euro".
bool currency_word(std::string_view word);

// Whether `number` is of a size written before the scale letters `scale`: a single
// letter follows at most three whole digits, as "10M", "1.2B" and "450K" do, or a round
// number of hundreds ("1500B won", "2000M"); "2315B" and "2301A" are codes.
bool scaled_size(const Number& number, std::string_view scale);

// The length of a possessive ending, "'s" or "’s", at the end of `word`; 0 when none.
size_t possessive_ending(std::string_view word);

// The length of an apostrophe eliding a year's century at the start of `text` ("'90s",
// "’08", "'23"): the mark, then two digits and no third; 0 when there is none.
size_t century_apostrophe(std::string_view text);

Piece peel(std::string_view token);

bool is_am_pm(std::string_view token, std::string& out);

// Zones that are also words or abbreviations in small letters ("the eat/wet season",
// "(2003 est.)", "24.00 pt").
inline constexpr std::array<std::string_view, 9> kZoneWords = {"eat", "wet", "cat", "met", "est", "wit", "west", "ist", "pt"};

// A time-zone abbreviation as letters: "EST", "e.s.t." → "E.S.T." (eSpeak NG reads "ET"
// as a word otherwise). A zone in small letters without points between them ("est",
// "pt", "eat", "wet": words and abbreviations first) is one only after what can be
// nothing but a time, AM or PM or hours and minutes with a colon ("8pm est", "10:30
// est."; not "(2003 est.)", an estimate, nor "at 1400 pt"): `after_clock` says so.
bool is_time_zone(std::string_view token, std::string& out, bool after_clock = false);

// "10:30" → "ten thirty", "01:00" → "one o'clock" (or "one" before AM/PM), "10:05" → "ten
// oh five", "3:45:10" → "three forty five and ten seconds". Before AM/PM a full stop may
// part hours and minutes too ("5.30 pm").
Words clock_time(std::string_view token, bool before_am_pm);

// A time taken: "1:31:44.742" → "one hour thirty one minutes forty four point seven four
// two seconds", "1:44.7" → "one minute forty four point seven seconds". Without a fraction
// of a second only when `taken` (after "in": "won in 2:03:23"); else that is a clock.
Words elapsed_time(std::string_view token, bool taken);

}  // namespace narrate::normalizing
