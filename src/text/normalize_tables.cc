#include "text/normalize_tables.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <cctype>

#include "text/data_tables.h"
#include "util/strings.h"

namespace narrate::tables {
namespace {

std::vector<std::vector<std::string>> rows_of(std::string_view name) { return data_table_rows(name); }

std::string field(const std::vector<std::string>& row, size_t i) { return i < row.size() ? row[i] : std::string(); }

// Case-insensitive key without a final full stop: "Ct." → "ct".
std::string folded(std::string_view written) {
  if (written.ends_with('.')) written.remove_suffix(1);
  return ascii_lowercase(written);
}

// The SI prefixes composed with units, most common first: the rare ones (atto, exa,
// zepto...) would turn words into units ("as", "Es") and are read only where the unit
// table lists the symbol itself.
constexpr std::string_view kCommonPrefixes[] = {"k", "M", "G", "T", "c", "m", "\xC2\xB5", "\xCE\xBC", "u", "n", "P", "h", "d", "p"};

struct Tables {
  std::map<std::string, Currency, std::less<>> currencies;
  std::vector<CurrencySign> signs;
  struct UnitRow {
    Unit unit;
    std::string prefixes;  // "si": any SI prefix; "si+": multiples only (kB, MW); "si-": none past giga; "si<": submultiples only; "-": none
  };
  std::map<std::string, UnitRow, std::less<>> units;
  std::set<std::string, std::less<>> unit_names;             // "inch", "inches", "cup", "cups"
  std::map<std::string, Unit, std::less<>> folded_units;     // the table's own, lowercased: "mph", "hz"
  std::map<std::string, Unit, std::less<>> folded_prefixed;  // with a prefix: "kg", "mb", "ghz" (see fold_units)
  std::map<std::string, std::string, std::less<>> prefixes;
  std::map<std::string, std::string, std::less<>> zones;
  std::set<std::string, std::less<>> zone_names;  // in small letters: "eastern time"
  std::map<std::string, std::string, std::less<>> suffixes, directionals, compass_points;
  std::map<std::string, Abbreviation, std::less<>> abbreviations;
  std::map<std::string, UsState, std::less<>> states;  // by USPS code and by older abbreviation
  std::set<std::string, std::less<>> state_names;       // "Texas", "District of Columbia"

  Tables() {
    for (const char* file : {"currencies.tsv", "currencies-historic.tsv"}) {
      for (const auto& row : rows_of(file)) {
        if (row.size() < 3) continue;
        currencies.emplace(row[0], Currency{row[0], row[1], row[2], field(row, 3), field(row, 4)});
      }
    }
    for (const auto& row : rows_of("currency_symbols.tsv")) {
      if (row.size() < 2) continue;
      const auto found = currencies.find(row[1]);
      if (found == currencies.end()) continue;
      Currency named = found->second;
      if (!field(row, 3).empty()) named.one = field(row, 3);
      if (!field(row, 4).empty()) named.many = field(row, 4);
      signs.push_back({row[0], named, field(row, 2) == "after", field(row, 2) == "scaled"});
    }
    std::stable_sort(signs.begin(), signs.end(),
                     [](const CurrencySign& a, const CurrencySign& b) { return a.sign.size() > b.sign.size(); });
    for (const auto& row : rows_of("units.tsv")) {
      if (row.size() < 3) continue;
      units.emplace(row[0], UnitRow{{row[1], row[2]}, field(row, 3)});
      if (row[1].find(' ') == std::string::npos) unit_names.insert(row[1]);
      if (row[2].find(' ') == std::string::npos) unit_names.insert(row[2]);
    }
    for (const auto& row : rows_of("unit_prefixes.tsv")) {
      if (row.size() >= 2) prefixes.emplace(row[0], row[1]);
    }
    fold_units();
    for (const auto& row : rows_of("time_zones.tsv")) {
      if (!row.empty()) zones.emplace(row[0], field(row, 1));
      if (row.size() >= 2) zone_names.insert(ascii_lowercase(row[1]));
    }
    const auto street_rows = rows_of("street_suffixes.tsv");
    for (const auto& row : street_rows) {
      if (row.size() >= 2) suffixes.emplace(folded(row[0]), row[1]);
    }
    for (const auto& row : street_rows) {  // the names written out too ("Street"), after every abbreviation
      if (row.size() >= 2) suffixes.emplace(folded(row[1]), row[1]);
    }
    for (const auto& row : rows_of("directionals.tsv")) {
      if (row.size() >= 2) directionals.emplace(folded(row[0]), row[1]);
    }
    for (const auto& row : rows_of("compass_points.tsv")) {
      if (row.size() >= 2) compass_points.emplace(row[0], row[1]);
    }
    // Canada's provinces in the same map: their abbreviations stand after a place as
    // the states' do ("BRANDON, Man."). Their names are no state's (us_state_name).
    auto regions = rows_of("us_states.tsv");
    const size_t state_rows = regions.size();
    for (auto& row : rows_of("ca_provinces.tsv")) regions.push_back(std::move(row));
    for (size_t r = 0; r < regions.size(); ++r) {
      const auto& row = regions[r];
      if (row.size() < 2 || row[0].empty()) continue;
      // (A province's code is left out: "MB", "NS", "ON" are units and words before they
      // are provinces, and the states' codes stop a unit's prefixed reading.)
      if (r < state_rows) {
        states.emplace(row[1], UsState{row[0], true});
        state_names.emplace(row[0]);
      }
      const std::string written = field(row, 2), words = field(row, 3);
      const std::vector<std::string_view> ambiguous = table_fields(words, ',');
      for (const std::string_view form : table_fields(written, ',')) {
        if (form.empty()) continue;
        const bool also_a_word = std::find(ambiguous.begin(), ambiguous.end(), form) != ambiguous.end();
        states.emplace(std::string(form), UsState{row[0], also_a_word});
      }
    }
    for (const auto& row : rows_of("abbreviations.tsv")) {
      if (row.size() < 3) continue;
      const std::string& k = row[2];
      const auto kind = k == "title"       ? Abbreviation::Kind::title
                        : k == "connector" ? Abbreviation::Kind::connector
                        : k == "number"    ? Abbreviation::Kind::number
                                           : Abbreviation::Kind::final;
      abbreviations.emplace(row[0], Abbreviation{row[1], kind});
    }
  }

  static bool takes_prefix(const UnitRow& row, std::string_view prefix) {
    static constexpr std::string_view multiples[] = {"da", "h", "k", "M", "G", "T", "P", "E", "Z", "Y", "R", "Q"};
    if (row.prefixes == "si") return true;
    const bool multiple = std::find(std::begin(multiples), std::end(multiples), prefix) != std::end(multiples);
    if (row.prefixes == "si+") return multiple;
    // "si-": no multiple past giga (nobody writes petaliters; "6 PL games" is the Premier League).
    if (row.prefixes == "si-") return !multiple || prefix == "da" || prefix == "h" || prefix == "k" || prefix == "M" || prefix == "G";
    // "si<": submultiples only (seconds: "ms", "ns"; "9 Gs" are g-forces, not gigaseconds).
    if (row.prefixes == "si<") return !multiple;
    return false;
  }

  // Units written in other cases ("KG", "mbps", "Ghz"): lower-cased symbols, the table's
  // own units first, then prefixed ones, common prefixes first, so that the usual reading
  // wins a clash ("mb" is megabytes, not millibits, which take no prefix below kilo).
  //
  // Only the prefixes written in another case in practice fold: kilo, mega, giga, tera,
  // centi and milli ("KG", "MHZ", "Mbps"); the others would turn initialisms into units
  // ("UN" micronewtons, "HB" hectobytes). Grams, meters and liters take milli, never mega,
  // in another case ("MG", "ML", "MM"; the megagram is the tonne).
  void fold_units() {
    for (const auto& [symbol, row] : units) {
      // (Not the electronvolt: "EV" in capitals is an electric vehicle, "1,000 EV chargers".)
      if (row.unit.one != "-" && symbol != "eV") folded_units.emplace(ascii_lowercase(symbol), row.unit);
    }
    for (const std::string_view prefix : {"k", "M", "G", "T", "c", "m"}) {
      const auto word = prefixes.find(prefix);
      if (word == prefixes.end()) continue;
      for (const auto& [symbol, row] : units) {
        // Liters and seconds are not matched in another case with a prefix: "PL" is no
        // picoliter, "Ps" no picosecond.
        if (!takes_prefix(row, prefix) || row.prefixes == "si-" || row.prefixes == "si<") continue;
        if (prefix == "M" && (symbol == "g" || symbol == "m" || symbol == "L" || symbol == "l")) continue;
        folded_prefixed.emplace(ascii_lowercase(std::string(prefix) + symbol),
                             Unit{word->second + row.unit.one, word->second + row.unit.many});
      }
    }
  }

  // A unit without powers or "per": exact, else an SI prefix on a unit that takes it,
  // else the same letters in another case.
  std::optional<Unit> simple_unit(std::string_view symbol) const {
    if (const auto found = units.find(symbol); found != units.end()) {
      if (found->second.unit.one == "-") return std::nullopt;  // listed as no unit
      return found->second.unit;
    }
    // A state's code is no prefixed unit ("GA", "MA", "PA", "CA": not gigaamperes).
    const bool state = states.contains(symbol);
    for (const auto prefix : kCommonPrefixes) {
      if (state) break;
      const auto word = prefixes.find(prefix);
      if (word == prefixes.end() || symbol.size() <= prefix.size() || !symbol.starts_with(prefix)) continue;
      const auto base = units.find(symbol.substr(prefix.size()));
      if (base == units.end() || !takes_prefix(base->second, prefix)) continue;
      return Unit{word->second + base->second.unit.one, word->second + base->second.unit.many};
    }
    // Capitals and a small "s" are an initialism's plural ("24 HRs", "3 TDs"), not a unit
    // written in another case ("hrs").
    const bool initialisms = symbol.size() >= 3 && symbol.back() == 's' &&
                             std::all_of(symbol.begin(), symbol.end() - 1, [](char c) { return c >= 'A' && c <= 'Z'; });
    if (initialisms) return std::nullopt;
    const std::string folded = ascii_lowercase(symbol);
    // (A state's code is a unit written in capitals only when the unit is written in small
    // letters: "5 MI" miles, "6 FT 2 IN"; not "PA", pascals.)
    if (const auto found = folded_units.find(folded); found != folded_units.end() && (!state || units.contains(folded))) return found->second;
    if (const auto found = folded_prefixed.find(folded); !state && found != folded_prefixed.end()) return found->second;
    return std::nullopt;
  }

  std::optional<Unit> powered_unit(std::string_view symbol) const {
    std::string power;
    auto strip = [&](std::string_view mark, const char* word) {
      if (power.empty() && symbol.size() > mark.size() && symbol.ends_with(mark)) {
        symbol.remove_suffix(mark.size());
        power = word;
      }
    };
    strip("\xC2\xB2", "square");  // ²
    strip("\xC2\xB3", "cubic");   // ³
    strip("^2", "square");
    strip("^3", "cubic");
    // A digit for the power ("km2", "KM2", "cm3") only on a length: "24H2" is a version,
    // not square hours.
    bool digit_power = false;
    if (power.empty() && symbol.size() >= 2 && (symbol.back() == '2' || symbol.back() == '3') &&
        std::isalpha(static_cast<unsigned char>(symbol[symbol.size() - 2]))) {
      power = symbol.back() == '2' ? "square" : "cubic";
      symbol.remove_suffix(1);
      digit_power = true;
    }
    auto u = simple_unit(symbol);
    if (!u || power.empty()) return u;
    static constexpr std::array<std::string_view, 5> lengths = {"meter", "foot", "inch", "mile", "yard"};
    const bool length = std::any_of(lengths.begin(), lengths.end(), [&](std::string_view l) { return u->one.ends_with(l); });
    if (length) return Unit{power + " " + u->one, power + " " + u->many};
    if (digit_power) return std::nullopt;
    // Any other unit is raised after its name: "m/s²" is meters per second squared.
    const std::string raised = power == "square" ? " squared" : " cubed";
    return Unit{u->one + raised, u->many + raised};
  }
};

const Tables& tables() {
  static const Tables t;
  return t;
}

}  // namespace

const Currency* currency(std::string_view code) {
  const auto& t = tables().currencies;
  const auto found = t.find(code);
  return found == t.end() ? nullptr : &found->second;
}

const std::vector<CurrencySign>& currency_signs() { return tables().signs; }

std::optional<Unit> unit(std::string_view symbol) {
  const Tables& t = tables();
  if (symbol.empty()) return std::nullopt;
  if (const auto u = t.powered_unit(symbol)) return u;
  // "km/h", "people/km²", "mg/kg/day": each part after a slash is per one of it (a unit,
  // or a word of time or dose).
  const size_t slash = symbol.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash + 1 == symbol.size()) return std::nullopt;
  auto top = t.powered_unit(symbol.substr(0, slash));
  if (!top) return std::nullopt;
  std::string_view rest = symbol.substr(slash + 1);
  while (!rest.empty()) {
    const size_t next = rest.find('/');
    const std::string_view part = rest.substr(0, next);
    static constexpr std::array<std::string_view, 7> times = {"day", "week", "month", "year", "hour", "dose", "person"};
    std::optional<Unit> bottom = t.powered_unit(part);
    if (!bottom && std::find(times.begin(), times.end(), part) != times.end()) bottom = Unit{std::string(part), std::string(part)};
    if (!bottom || part.empty()) return std::nullopt;
    top = Unit{top->one + " per " + bottom->one, top->many + " per " + bottom->one};
    rest = next == std::string_view::npos ? std::string_view() : rest.substr(next + 1);
    if (next != std::string_view::npos && rest.empty()) return std::nullopt;
  }
  return top;
}

bool unit_name_word(std::string_view word) { return tables().unit_names.contains(word); }

std::optional<std::string> time_zone(std::string_view written) {
  std::string key;
  for (const char c : written) {
    if (c == '.') continue;
    if (!std::isalpha(static_cast<unsigned char>(c))) return std::nullopt;
    key += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  const auto& t = tables().zones;
  if (key.size() < 2 || t.find(key) == t.end()) return std::nullopt;
  return key;
}

bool time_zone_name(std::string_view words) { return tables().zone_names.contains(ascii_lowercase(words)); }

std::optional<std::string> street_suffix(std::string_view written) {
  const auto& t = tables().suffixes;
  const auto found = t.find(folded(written));
  return found == t.end() ? std::nullopt : std::optional<std::string>(found->second);
}

std::optional<std::string> directional(std::string_view written) {
  const auto& t = tables().directionals;
  const auto found = t.find(folded(written));
  return found == t.end() ? std::nullopt : std::optional<std::string>(found->second);
}

std::optional<std::string> compass_point(std::string_view written) {
  const auto& t = tables().compass_points;
  const auto found = t.find(written);
  return found == t.end() ? std::nullopt : std::optional<std::string>(found->second);
}

std::optional<UsState> us_state(std::string_view written) {
  const auto& t = tables().states;
  const auto found = t.find(written);
  return found == t.end() ? std::nullopt : std::optional<UsState>(found->second);
}

bool us_state_name(std::string_view written) { return tables().state_names.contains(written); }

const Abbreviation* abbreviation(std::string_view written) {
  const auto& t = tables().abbreviations;
  const auto found = t.find(written);
  return found == t.end() ? nullptr : &found->second;
}

}  // namespace narrate::tables
