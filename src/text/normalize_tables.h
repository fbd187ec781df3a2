// The word tables text normalization reads from data/ (ISO 4217 currencies, currency
// signs, SI and US units, time-zone abbreviations, USPS street suffixes and directionals,
// compass points, abbreviations). Each table is parsed once, on first use, from the copy
// built into the program (embedded_data.h); data/README.md names every table's source
// and license.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace narrate::tables {

// A currency as ISO 4217 lists it, with English names: "CHF" → Swiss franc(s), centime(s).
struct Currency {
  std::string code;
  std::string one, many;              // "US dollar", "US dollars"
  std::string minor_one, minor_many;  // "cent", "cents"; empty when not spoken
};
// By ISO code ("CHF", "HRK"), or nullptr.
const Currency* currency(std::string_view code);

// A written currency sign and where it stands: "$", "US$", "€" before; "zł" after. A
// sign may name its currency more plainly than ISO does ("$": dollars, not US dollars).
struct CurrencySign {
  std::string sign;
  Currency currency;
  bool after;
  bool scaled_only;  // read only with a scale letter: "N500m" (naira), not "N500"
};
// Every sign, longest first (so "US$" is tried before "$").
const std::vector<CurrencySign>& currency_signs();

// A unit of measure: "km²" → square kilometer(s), "km/h" → kilometer(s) per hour,
// "µg" → microgram(s). SI prefixes combine with the units the table marks; "²"/"³" (or
// a trailing 2/3 after letters) make squares and cubes; "/" makes "per".
struct Unit {
  std::string one, many;
};
std::optional<Unit> unit(std::string_view symbol);
// Whether `word` is a unit's name as units.tsv spells it, one or many ("inch", "cups",
// "teaspoon"): a unit written out.
bool unit_name_word(std::string_view word);

// A time-zone abbreviation the tz database (or North American usage: ET, PT) knows,
// in capitals without full stops ("e.s.t." → "EST"), or nullopt.
std::optional<std::string> time_zone(std::string_view written);
// Whether `words` (one space between words) are a zone's name in time_zones.tsv, case
// aside: "Eastern time", "Pacific Daylight Time", "Greenwich Mean Time".
bool time_zone_name(std::string_view words);

// USPS street suffix ("Ln", "HWY", "Ct." → "Lane", "Highway", "Court") and directional
// ("NE" → "Northeast"), matched without regard to case or a final full stop.
std::optional<std::string> street_suffix(std::string_view written);
std::optional<std::string> directional(std::string_view written);
// A three-letter point of the compass, as written ("NNE" → "north-northeast").
std::optional<std::string> compass_point(std::string_view written);

// A US state, the District of Columbia or a territory (us_states.tsv), by its USPS code
// ("CA") or by an older abbreviation with its full stops ("Calif.", "N.Y."): its name
// ("California"; "D C"), and whether the written form is also a word or another
// abbreviation ("Miss.", "Del.", "IN", "OR": every code counts as one), to be read as
// the state only where a state is expected. Case matters: "ca" and "calif." are not.
struct UsState {
  std::string name;
  bool ambiguous;
};
std::optional<UsState> us_state(std::string_view written);
// Whether `written` is a state's (or the District's, a territory's) name as the table
// gives it: "Texas", "Ohio".
bool us_state_name(std::string_view written);

// Abbreviations with a full stop, and what they say. `kind` tells the reader whether the
// stop can end a sentence: a title stands before a name ("Dr.", "Sen."), a connector
// joins ("vs.", "e.g."), a number word stands before a number only ("No.", "pp."), and a
// final one may end the sentence ("Inc.", "etc.").
struct Abbreviation {
  std::string spoken;
  enum class Kind { title, connector, number, final } kind;
};
const Abbreviation* abbreviation(std::string_view written);

}  // namespace narrate::tables
