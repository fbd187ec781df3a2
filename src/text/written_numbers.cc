#include "text/written_forms.h"

#include "util/strings.h"

#include <array>
#include <cctype>
#include <optional>
#include <utility>
#include <vector>

#include "text/normalize_tables.h"
#include "text/number_words.h"

namespace narrate::written {
namespace {
}  // namespace

// ---- Small text helpers ------------------------------------------------------------

std::string lower(std::string_view text) { return ascii_lowercase(text); }

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool capitalized(std::string_view w) { return !w.empty() && std::isupper(static_cast<unsigned char>(w[0])); }

void join(std::string& out, std::string_view words) {
  if (words.empty()) return;
  if (!out.empty()) out += ' ';
  out += words;
}

// Digits with thousands separators ("18,925,000") made plain, or nullopt when the
// commas are not in thousands places.
std::optional<std::string> plain_integer(std::string_view text) {
  if (text.empty()) return std::nullopt;
  if (text.find(',') == std::string_view::npos) {
    return all_digits(text) ? std::optional<std::string>(text) : std::nullopt;
  }
  std::string digits;
  size_t group = 0;
  bool first = true;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == ',') {
      if (group == 0 || group > 3 || (!first && group != 3)) return std::nullopt;
      first = false;
      group = 0;
      continue;
    }
    if (!is_digit(text[i])) return std::nullopt;
    digits += text[i];
    ++group;
  }
  return digits;
}


// Digits grouped as South Asia writes them, a last group of three and groups of two
// before it: "5,00,000" (five lakh), "1,25,00,000" (one crore twenty five lakh); two
// commas at least, so "12,000" stays thousands.
std::optional<std::string> indian_grouping(std::string_view text) {
  const auto parts = split(text, ',');
  if (parts.size() < 3 || parts.back().size() != 3 || parts[0].empty() || parts[0].size() > 2) return std::nullopt;
  std::string digits;
  for (size_t k = 0; k < parts.size(); ++k) {
    if (!all_digits(parts[k]) || (k > 0 && k + 1 < parts.size() && parts[k].size() != 2)) return std::nullopt;
    digits += parts[k];
  }
  return digits.size() <= 15 ? std::optional<std::string>(digits) : std::nullopt;
}

// Digits grouped in threes by full stops, as much of Europe writes them: "10.000.000"
// (two stops at least, so "1.500" stays a decimal).
std::optional<std::string> dotted_thousands(std::string_view text) {
  const auto parts = split(text, '.');
  if (parts.size() < 3 || parts[0].empty() || parts[0].size() > 3 || !all_digits(parts[0])) return std::nullopt;
  std::string digits(parts[0]);
  for (size_t k = 1; k < parts.size(); ++k) {
    if (parts[k].size() != 3 || !all_digits(parts[k])) return std::nullopt;
    digits += parts[k];
  }
  return digits;
}

std::optional<Number> parse_number(std::string_view text) {
  Number n;
  if (!text.empty() && (text[0] == '-' || text.starts_with("\xE2\x88\x92"))) {
    n.negative = true;
    text.remove_prefix(text[0] == '-' ? 1 : 3);
  }
  if (const auto digits = dotted_thousands(text)) {
    n.whole = *digits;
    n.grouped = true;
    return n;
  }
  const size_t point = text.find('.');
  const std::string_view whole = text.substr(0, point);
  if (!whole.empty()) {
    auto digits = plain_integer(whole);
    if (!digits && (digits = indian_grouping(whole))) n.indian = true;
    if (!digits) return std::nullopt;
    n.grouped = whole.find(',') != std::string_view::npos;
    n.whole = *digits;
  }
  if (point != std::string_view::npos) {
    n.has_point = true;
    n.fraction = std::string(text.substr(point + 1));
    if (!all_digits(n.fraction)) return std::nullopt;
  }
  if (n.whole.empty() && !n.has_point) return std::nullopt;
  return n;
}

// A number read as a quantity: "thirteen thousand", "zero point zero zero four".
std::string quantity_words(const Number& n) {
  std::string out = n.negative ? "minus" : "";
  if (n.indian) {
    // Crores (ten million) and lakhs (a hundred thousand), then the rest.
    const std::string& d = n.whole;
    const std::string crores = d.size() > 7 ? d.substr(0, d.size() - 7) : "";
    const std::string lakhs = d.size() > 5 ? d.substr(d.size() > 7 ? d.size() - 7 : 0, d.size() > 7 ? 2 : d.size() - 5) : "";
    const std::string rest = d.substr(d.size() - 5);
    if (!crores.empty() && crores.find_first_not_of('0') != std::string::npos) join(out, cardinal_words(crores) + " crore");
    if (lakhs.find_first_not_of('0') != std::string::npos) join(out, cardinal_words(lakhs) + " lakh");
    if (rest.find_first_not_of('0') != std::string::npos) join(out, cardinal_words(rest));
    if (d.find_first_not_of('0') == std::string::npos) join(out, "zero");
  } else if (!n.whole.empty()) {
    join(out, cardinal_words(n.whole));
  }
  if (n.has_point) {
    join(out, "point");
    join(out, digit_words(n.fraction));
  }
  return out;
}

// A number standing alone: years for 1100-2099, digit by digit for long bare numbers
// (codes, zip codes), otherwise a quantity.
std::string number_words(const Number& n) {
  if (!n.has_point && !n.negative && !n.grouped) {
    const std::string& d = n.whole;
    if (d.size() > 1 && d[0] == '0') return digit_words(d);
    if (d.size() >= 5) return digit_words(d);
    if (d.size() == 4) {
      const int value = std::stoi(d);
      if (value >= 1100 && value < 2100 && value % 1000 != 0) return year_words(value);
    }
  }
  return quantity_words(n);
}

// ---- Word lists ----------------------------------------------------------------------

constexpr std::array<std::string_view, 12> kMonths = {"January", "February", "March",     "April",
                                                     "May",     "June",     "July",      "August",
                                                     "September", "October", "November", "December"};

std::optional<std::string> month_name(std::string_view token) {
  if (token.ends_with('.')) token.remove_suffix(1);
  if (token.size() < 3 || token.size() > 9) return std::nullopt;  // "May" .. "September"; called for every word
  const std::string key = lower(token);
  static const std::array<std::string, 12> lowercase = [] {
    std::array<std::string, 12> out;
    for (size_t m = 0; m < kMonths.size(); ++m) out[m] = lower(kMonths[m]);
    return out;
  }();
  for (size_t m = 0; m < kMonths.size(); ++m) {
    const std::string_view month = lowercase[m];
    if (key == month || key == month.substr(0, 3) || (m == 8 && key == "sept")) return std::string(kMonths[m]);
  }
  return std::nullopt;
}

std::optional<std::string> weekday_name(std::string_view token) {
  static constexpr std::array<std::string_view, 7> days = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  if (token.ends_with('.')) token.remove_suffix(1);
  if (token.size() < 3 || token.size() > 9) return std::nullopt;
  if (token == "Weds") return std::string("Wednesday");
  for (const auto day : days) {
    if (day.starts_with(token)) return std::string(day);  // "Wed", "Thurs", "Friday"
  }
  return std::nullopt;
}

int month_number(const std::string& name) {
  for (size_t m = 0; m < kMonths.size(); ++m) {
    if (name == kMonths[m]) return static_cast<int>(m) + 1;
  }
  return 0;
}

std::string month_of(int number) {
  return std::string(kMonths[static_cast<size_t>(number - 1)]);
}

// Units of measure (data/units.tsv, with SI prefixes, powers and "per"): symbol →
// {singular, plural}.
std::optional<std::pair<std::string, std::string>> unit_name(std::string_view symbol) {
  const auto unit = tables::unit(symbol);
  if (!unit) return std::nullopt;
  return std::pair<std::string, std::string>{unit->one, unit->many};
}

std::optional<std::string> unit_words(std::string_view symbol, bool plural) {
  const auto unit = tables::unit(symbol);
  if (!unit) return std::nullopt;
  return plural ? unit->many : unit->one;
}

std::optional<std::string> time_unit(std::string_view unit) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 12> units = {{
      {"mo", "month"}, {"month", "month"}, {"yr", "year"}, {"year", "year"}, {"wk", "week"}, {"week", "week"},
      {"hr", "hour"}, {"hour", "hour"}, {"h", "hour"}, {"day", "day"}, {"d", "day"}, {"min", "minute"}}};
  const std::string key = lower(unit);
  for (const auto& [symbol, word] : units) {
    if (key == symbol) return std::string(word);
  }
  return std::nullopt;
}

std::optional<std::string> scale_word(std::string_view token) {
  const std::string key = lower(token);
  if (key == "k" || key == "thousand") return "thousand";
  if (key == "m" || key == "mn" || key == "mln" || key == "million") return "million";
  if (key == "b" || key == "bn" || key == "bln" || key == "billion") return "billion";
  if (key == "t" || key == "tn" || key == "trn" || key == "tr" || key == "trillion") return "trillion";  // "Rs18.9tr"
  if (key == "crore" || key == "crores") return "crore";  // South Asian: ten million
  if (key == "lakh" || key == "lakhs") return "lakh";     // a hundred thousand
  return std::nullopt;
}


}  // namespace narrate::written
