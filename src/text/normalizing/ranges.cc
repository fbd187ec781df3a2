// Ranges: one rule joins any two readable classes with "to".
#include "text/normalizing/normalizer.h"

#include <cctype>

#include "text/normalize_tables.h"
#include "text/number_words.h"

namespace narrate::normalizing {

bool Normalizer::is_times_sign(std::string_view token) { return token == "x" || token == "\xC3\x97"; }

std::pair<size_t, size_t> Normalizer::times_sign(std::string_view core) {
  for (size_t i = 1; i + 1 < core.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(core[i - 1]))) continue;
    const size_t length = core[i] == 'x' ? 1 : core.substr(i).starts_with("\xC3\x97") ? 2 : 0;
    if (length && i + length < core.size() && std::isdigit(static_cast<unsigned char>(core[i + length]))) return {i, length};
  }
  return {std::string::npos, 0};
}

std::pair<size_t, size_t> Normalizer::range_dash(std::string_view core) {
  for (size_t i = 1; i + 1 < core.size(); ++i) {
    if (core[i] == '-') return {i, 1};
    if (core.substr(i).starts_with("\xE2\x80\x93") || core.substr(i).starts_with("\xE2\x80\x94")) {
      return i + 3 < core.size() ? std::pair<size_t, size_t>{i, 3} : std::pair<size_t, size_t>{std::string::npos, 0};
    }
  }
  return {std::string::npos, 0};
}

std::optional<std::string> Normalizer::compose_range(const std::string& a, const std::string& b, std::string_view to) {
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

std::optional<std::string> Normalizer::single_token_range(const std::string& core, std::string_view to) {
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

std::string_view Normalizer::range_word(size_t i) const {
  if (i == 0 || !piece(i - 1).trail.empty() || lower(piece(i - 1).core) != "between") return "to";
  for (size_t k = i; k < i + 5 && piece(k).trail.empty() && !piece(k).core.empty(); ++k) {
    if (piece(k + 1).core == "and") return "to";
  }
  return "and";
}

bool Normalizer::is_dash(std::string_view token) {
  return token == "-" || token == "\xE2\x80\x93";  // not an em dash: "in 1957 — 10 years later"
}

}  // namespace narrate::normalizing
