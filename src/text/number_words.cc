#include "text/number_words.h"

#include <array>

namespace narrate {
namespace {

constexpr std::array<std::string_view, 20> kOnes = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::array<std::string_view, 10> kTens = {"", "", "twenty", "thirty", "forty", "fifty",
                                                    "sixty", "seventy", "eighty", "ninety"};
constexpr std::array<std::string_view, 7> kScales = {"", "thousand", "million", "billion", "trillion",
                                                     "quadrillion", "quintillion"};

thread_local Dialect t_dialect = Dialect::american;

void append(std::string& out, std::string_view word) {
  if (!out.empty()) out += ' ';
  out += word;
}

// 0 < n < 1000.
void below_thousand(int n, std::string& out) {
  if (n >= 100) {
    append(out, kOnes[n / 100]);
    append(out, "hundred");
    n %= 100;
    if (n > 0 && t_dialect == Dialect::british) append(out, "and");
  }
  if (n >= 20) {
    append(out, kTens[n / 10]);
    if (n % 10) append(out, kOnes[n % 10]);
  } else if (n > 0) {
    append(out, kOnes[n]);
  }
}

}  // namespace

Dialect dialect_of_voice(std::string_view espeak_voice) {
  const bool british = espeak_voice == "en" || espeak_voice.starts_with("en-gb") || espeak_voice.starts_with("en-029");
  return british ? Dialect::british : Dialect::american;
}

DialectScope::DialectScope(Dialect dialect) : before_(t_dialect) { t_dialect = dialect; }
DialectScope::~DialectScope() { t_dialect = before_; }

bool all_digits(std::string_view text) {
  if (text.empty()) return false;
  for (const char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::string digit_words(std::string_view digits) {
  std::string out;
  for (const char c : digits) {
    if (c >= '0' && c <= '9') append(out, kOnes[c - '0']);
  }
  return out;
}

std::string cardinal_words(std::string_view digits) {
  while (digits.size() > 1 && digits.front() == '0') digits.remove_prefix(1);
  if (digits.empty()) return {};
  if (digits.size() > 3 * kScales.size()) return digit_words(digits);
  if (digits == "0") return "zero";
  std::string out;
  const size_t groups = (digits.size() + 2) / 3;
  size_t first = digits.size() - (groups - 1) * 3;  // digits in the leading group
  size_t at = 0;
  for (size_t g = groups; g-- > 0;) {
    const size_t length = at == 0 ? first : 3;
    int value = 0;
    for (size_t k = 0; k < length; ++k) value = value * 10 + (digits[at + k] - '0');
    at += length;
    if (value == 0) continue;
    if (g == 0 && value < 100 && !out.empty() && t_dialect == Dialect::british) append(out, "and");  // "two thousand and six"
    below_thousand(value, out);
    if (g > 0) append(out, kScales[g]);
  }
  return out;
}

std::string ordinal_words(std::string_view digits) {
  std::string words = cardinal_words(digits);
  const size_t space = words.rfind(' ');
  const std::string last = words.substr(space == std::string::npos ? 0 : space + 1);
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 12> irregular = {{
      {"one", "first"}, {"two", "second"}, {"three", "third"}, {"five", "fifth"}, {"eight", "eighth"},
      {"nine", "ninth"}, {"twelve", "twelfth"}, {"zero", "zeroth"}, {"twenty", "twentieth"},
      {"thirty", "thirtieth"}, {"forty", "fortieth"}, {"fifty", "fiftieth"}}};
  std::string ordinal;
  for (const auto& [word, form] : irregular) {
    if (last == word) ordinal = form;
  }
  if (ordinal.empty()) {
    if (last.ends_with("ty")) {
      ordinal = last.substr(0, last.size() - 1) + "ieth";  // sixty → sixtieth
    } else {
      ordinal = last + "th";
    }
  }
  return words.substr(0, space == std::string::npos ? 0 : space + 1) + ordinal;
}

std::string year_words(int year) {
  if (year < 1000 || year > 9999 || year % 1000 == 0 || (year >= 2000 && year < 2010)) {
    return cardinal_words(std::to_string(year));
  }
  const int high = year / 100, low = year % 100;
  std::string out = cardinal_words(std::to_string(high));
  if (low == 0) return out + " hundred";
  if (low < 10) return out + " oh " + std::string(kOnes[low]);
  return out + " " + cardinal_words(std::to_string(low));
}

std::string plural_ordinal(const std::string& ordinal) {
  if (ordinal.ends_with("half")) return ordinal.substr(0, ordinal.size() - 4) + "halves";
  return ordinal + "s";
}

}  // namespace narrate
