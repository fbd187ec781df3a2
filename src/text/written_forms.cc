#include "text/written_forms.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <utility>
#include <vector>

#include "text/joined_words.h"
#include "text/normalize_tables.h"
#include "text/number_words.h"

namespace narrate::written {

// ---- Single-token forms --------------------------------------------------------------

// A decimal comma, as much of Europe writes an amount: "12,50" and "1.234,56" are "12.50"
// and "1234.56" (a comma, the only one, before one or two digits at the end separates no
// thousands; points before it may only part groups of three).
static std::optional<std::string> decimal_comma(std::string_view amount) {
  const size_t comma = amount.find(',');
  if (comma == std::string_view::npos || comma == 0 || amount.rfind(',') != comma) return std::nullopt;
  const std::string_view before = amount.substr(0, comma), decimals = amount.substr(comma + 1);
  if (decimals.empty() || decimals.size() > 2 || !all_digits(decimals)) return std::nullopt;
  std::string whole;
  for (size_t k = 0; k < before.size(); ++k) {
    if (before[k] == '.') {
      if (k == 0 || (before.size() - k - 1) % 4 != 3 || (whole.size() > 3 && whole.size() == k)) return std::nullopt;
      continue;
    }
    if (!is_digit(before[k])) return std::nullopt;
    whole += before[k];
  }
  return whole + "." + std::string(decimals);
}

// An amount in a currency: the number (with an optional scale word) and what follows.
static Words amount_words(const tables::Currency& currency, std::string_view amount, std::optional<std::string> scale,
                   const std::string& per) {
  // A scale letter right after the number: "¥30b", "$5bn".
  size_t end = amount.size();
  while (end > 0 && is_alpha(amount[end - 1])) --end;
  if (end < amount.size()) {
    scale = scale_word(amount.substr(end));
    if (!scale) return std::nullopt;
    amount = amount.substr(0, end);
    // The scale's word joined by a hyphen, as Canadian and Philippine papers write it:
    // "R5-billion", "P5.768-trillion".
    if (amount.size() > 1 && amount.ends_with('-') && is_digit(amount[amount.size() - 2])) amount.remove_suffix(1);
  }
  // "$1.5-2 billion", "€3-4m": a range of amounts in one scale.
  const bool en_dash = amount.find("\xE2\x80\x93") != std::string_view::npos;
  if (const size_t dash = en_dash ? amount.find("\xE2\x80\x93") : amount.find('-'); scale && dash != std::string_view::npos && dash > 0) {
    const auto from = parse_number(amount.substr(0, dash)), to = parse_number(amount.substr(dash + (en_dash ? 3 : 1)));
    if (!from || !to || from->negative || to->negative) return std::nullopt;
    return quantity_words(*from) + " to " + quantity_words(*to) + " " + *scale + " " + currency.many + per;
  }
  const auto continental = decimal_comma(amount);
  if (continental) amount = *continental;
  const auto number = parse_number(amount);
  if (!number || number->negative) return std::nullopt;
  if (scale) return quantity_words(*number) + " " + *scale + " " + currency.many + per;
  const bool whole_is_one = number->whole == "1";
  const bool cents_form = number->has_point && (number->fraction.size() == 1 || number->fraction.size() == 2) &&
                          !currency.minor_one.empty();
  if (cents_form) {
    const int cents = std::stoi(number->fraction.size() == 1 ? number->fraction + "0" : number->fraction);
    std::string out;
    const bool has_whole = !number->whole.empty() && number->whole != "0";
    if (has_whole) out = cardinal_words(number->whole) + " " + (whole_is_one ? currency.one : currency.many);
    if (cents > 0) join(out, cardinal_words(std::to_string(cents)) + " " + (cents == 1 ? currency.minor_one : currency.minor_many));
    if (out.empty()) out = "zero " + currency.many;
    return out + per;
  }
  const bool singular = whole_is_one && !number->has_point;
  return quantity_words(*number) + " " + (singular ? currency.one : currency.many) + per;
}

// "$20.50", "£1.20", "¥30b", "$0.5/hr", "US$76.3", "100zł" (+ a scale word in the next
// token). Signs from data/currency_symbols.tsv; a sign marked "scaled" ("N" for naira)
// only with a scale letter ("N500m").
bool symbol_after_amount(std::string_view sign, std::string_view token) {
  return !sign.empty() && !is_alpha(sign[0]) && token.size() > sign.size() && token.ends_with(sign) && is_digit(token[0]);
}

Words money(std::string_view token, std::optional<std::string> scale) {
  std::string per;
  const size_t slash = token.rfind('/');
  if (slash != std::string_view::npos && slash + 1 < token.size() && is_alpha(token[slash + 1])) {  // "$20/mo"; not "S/100"
    // Per a time ("$20/mo"), a unit ("$78.50/bbl", "$5/kg"), or whatever else is written
    // ("$5/seat"): never the amount left in digits.
    std::string_view what = token.substr(slash + 1);
    if (what.size() > 2 && what.ends_with('.')) what.remove_suffix(1);  // "$3.05/gal.,": the unit's stop
    if (const auto unit = time_unit(what)) per = " per " + *unit;
    else if (const auto named = unit_name(what)) per = " per " + named->first;
    else per = " per " + std::string(what);
    token = token.substr(0, slash);
  } else if (slash != std::string_view::npos && slash + 1 < token.size()) {
    // Per a currency, an exchange rate: "₦1,500/$", "$1.08/€", "N1,580/$1" ("per dollar",
    // "per euro").
    for (const auto& sign : tables::currency_signs()) {
      const std::string_view per_what = token.substr(slash + 1);
      if ((per_what == sign.sign || (per_what.size() == sign.sign.size() + 1 && per_what.starts_with(sign.sign) && per_what.back() == '1')) &&
          !sign.scaled_only) {
        per = " per " + sign.currency.one;
        token = token.substr(0, slash);
        break;
      }
    }
  }
  for (const auto& sign : tables::currency_signs()) {
    std::string_view amount = token;
    const bool symbol_after = !sign.after && symbol_after_amount(sign.sign, amount);
    if (sign.after || symbol_after ? !amount.ends_with(sign.sign) : !amount.starts_with(sign.sign)) continue;
    if (sign.after || symbol_after) amount.remove_suffix(sign.sign.size());
    else amount.remove_prefix(sign.sign.size());
    if (amount.empty() || !(is_digit(amount[0]) || amount[0] == '.')) continue;
    // A letter that is a currency only with a scale: glued ("R2bn") or the next word ("R4.95
    // million"), or before thousands grouped ("N70,000").
    if (sign.scaled_only && !scale && !is_alpha(amount.back()) && (amount.find(',') == std::string_view::npos || !parse_number(amount))) continue;
    // "$12.3-$12.8 billion": the sign written again after the dash.
    for (const std::string_view dash : {"-", "\xE2\x80\x93"}) {
      if (const size_t at = amount.find(std::string(dash) + sign.sign); at != std::string_view::npos && at > 0) {
        const std::string once = std::string(amount.substr(0, at + dash.size())) + std::string(amount.substr(at + dash.size() + sign.sign.size()));
        return amount_words(sign.currency, once, scale, per);
      }
    }
    return amount_words(sign.currency, amount, scale, per);
  }
  return std::nullopt;
}

// "99¢" → "ninety nine cents", "50p" → "fifty pence": a minor unit glued to a whole number.
Words minor_money(std::string_view token) {
  std::string_view digits = token;
  const tables::Currency* currency = nullptr;
  if (digits.ends_with("\xC2\xA2")) {  // ¢
    digits.remove_suffix(2);
    currency = tables::currency("USD");
  } else if (digits.size() >= 2 && digits.back() == 'p') {
    digits.remove_suffix(1);
    currency = tables::currency("GBP");
  }
  if (!currency || currency->minor_one.empty()) return std::nullopt;
  // Up to three whole digits, and a share price or a pump price may have a fraction of
  // one or two: "212.5p", "349.9¢", "12.55p".
  const auto n = parse_number(digits);
  if (!n || n->negative || n->grouped || n->whole.empty() || n->whole.size() > 3 || (n->has_point && (n->fraction.empty() || n->fraction.size() > 2))) {
    return std::nullopt;
  }
  if (n->has_point) return quantity_words(*n) + " " + currency->minor_many;
  return cardinal_words(digits) + " " + (digits == "1" ? currency->minor_one : currency->minor_many);
}

Words video_format(std::string_view token) {
  // Line counts named by standards: ITU-R BT.601 (480, 576), SMPTE 296M (720), ITU-R
  // BT.709 (1080), ITU-R BT.2020 (2160, 4320), and the web's ladder (144, 240, 360, 1440).
  // Any other number with a "p" is pence ("45p"); the caller decides between the two for
  // three digits ("fell to 240p").
  static constexpr std::array<std::string_view, 10> kLines = {"144", "240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"};
  if (token.size() < 4 || (token.back() != 'p' && token.back() != 'i')) return std::nullopt;
  const std::string_view lines = token.substr(0, token.size() - 1);
  if (std::find(kLines.begin(), kLines.end(), lines) == kLines.end()) return std::nullopt;
  return house_number_words(lines) + " " + static_cast<char>(std::toupper(static_cast<unsigned char>(token.back())));
}

Words colon_ratio(std::string_view token, bool cited) {
  const size_t colon = token.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 5) return std::nullopt;
  const std::string_view left = token.substr(0, colon), right = token.substr(colon + 1);
  // A decimal before the colon is no clock's hour nor a chapter: "a 1.5:1 ratio".
  if (const auto decimal = parse_number(left); decimal && decimal->has_point && !decimal->negative && !cited && !right.empty() &&
                                               right.size() <= 3 && all_digits(right) && right[0] != '0') {
    return quantity_words(*decimal) + " to " + cardinal_words(right);
  }
  if (colon > 3) return std::nullopt;
  if (!all_digits(left)) return std::nullopt;
  if (right.size() == 1 && all_digits(right)) return cardinal_words(left) + (cited ? " " : " to ") + cardinal_words(right);
  // A scale or a dilution, never a clock's minutes: three digits or more, or grouped
  // ("a 1:1,000 dilution", "a 1:50,000 map", "1:100").
  // (Not after a name: "Psalm 119:105" is a chapter and verse.)
  const auto number = right.size() >= 3 && !cited ? parse_number(right) : std::nullopt;
  if (!number || number->has_point || number->negative || right[0] == '0') return std::nullopt;
  return cardinal_words(left) + " to " + quantity_words(*number);
}

Words coded_money(std::string_view code, std::string_view amount, std::optional<std::string> scale) {
  if (code.size() != 3) return std::nullopt;
  const auto* currency = tables::currency(code);
  if (!currency || amount.empty() || !is_digit(amount[0])) return std::nullopt;
  return amount_words(*currency, amount, std::move(scale), "");
}

// "23rd", "1000000th", "9,000,000th"; a wrong suffix ("4rd") is read as written.
Words ordinal(std::string_view token) {
  if (token.size() < 3) return std::nullopt;
  const std::string suffix = lower(token.substr(token.size() - 2));
  if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return std::nullopt;
  const auto digits = plain_integer(token.substr(0, token.size() - 2));
  if (!digits) return std::nullopt;
  const int last = (*digits).back() - '0';
  const int tens = digits->size() >= 2 ? (*digits)[digits->size() - 2] - '0' : 0;
  std::string expected = "th";
  if (tens != 1 && last == 1) expected = "st";
  if (tens != 1 && last == 2) expected = "nd";
  if (tens != 1 && last == 3) expected = "rd";
  // A wrong suffix: the number as a serial is read ("11st", "111st"), then the letters.
  if (suffix != expected) {
    return (digits->size() <= 2 ? cardinal_words(*digits) : digit_words(*digits)) + " " + std::string(token.substr(token.size() - 2));
  }
  return ordinal_words(*digits);
}

// "1980s" → "nineteen eighties", "’90s" → "nineties", "mid-80s" → "mid eighties".
Words decade(std::string_view token) {
  std::string prefix;
  if (token.starts_with("mid-")) {
    prefix = "mid ";
    token.remove_prefix(4);
  }
  if (token.starts_with("'")) token.remove_prefix(1);
  if (token.starts_with("\xE2\x80\x99")) token.remove_prefix(3);
  if (!token.ends_with('s') || (token.size() != 5 && token.size() != 3)) return std::nullopt;
  const std::string_view digits = token.substr(0, token.size() - 1);
  if (!all_digits(digits) || digits.back() != '0') return std::nullopt;
  return prefix + plural_of_number(digits.size() == 4 ? year_words(std::stoi(std::string(digits))) : cardinal_words(digits));
}

// "twenty" → "twenties", "six" → "sixes", "forty seven" → "forty sevens".
std::string plural_of_number(std::string words) {
  if (words.ends_with("y")) return words.substr(0, words.size() - 1) + "ies";
  if (words.ends_with("x")) return words + "es";
  return words + "s";
}

// A number of one to three digits in the plural, as a name, three digits in pairs:
// "747s" → "seven forty sevens", "F-16s" (the "16s"), "threes and sevens". Round ones are
// decades or counts.
Words number_plural(std::string_view token) {
  if (!token.ends_with('s') || token.size() < 2 || token.size() > 4) return std::nullopt;
  const std::string_view digits = token.substr(0, token.size() - 1);
  if (!all_digits(digits) || digits[0] == '0') return std::nullopt;
  return plural_of_number(house_number_words(digits));
}

std::string house_number_words(std::string_view d) {
  if (d.size() <= 2) return cardinal_words(d);
  if (d.size() == 5) return digit_words(d);
  if (d.ends_with("00")) {
    return d.size() == 3 || d.ends_with("000") ? cardinal_words(d) : cardinal_words(d.substr(0, 2)) + " hundred";
  }
  if (d.size() == 4) {
    return cardinal_words(d.substr(0, 2)) + " " + (d[2] == '0' ? "oh " + digit_words(d.substr(3)) : cardinal_words(d.substr(2)));
  }
  return digit_words(d.substr(0, 1)) + " " + (d[1] == '0' ? "oh " + digit_words(d.substr(2)) : cardinal_words(d.substr(1)));
}

// A round number in the plural, as a count: "100s" → "hundreds", "1,000s" → "thousands",
// "10,000s" and "10000s" → "tens of thousands", up to billions.
Words round_plural(std::string_view token) {
  if (!token.ends_with('s')) return std::nullopt;
  // Separators, if any, every three digits from the right (parse_number checks them);
  // "1000s" without them is a century.
  const auto number = parse_number(token.substr(0, token.size() - 1));
  if (!number || number->has_point || number->negative) return std::nullopt;
  const std::string& digits = number->whole;
  if (digits.size() < 3 || digits[0] != '1' || digits.find_first_not_of('0', 1) != std::string::npos) return std::nullopt;
  if (!number->grouped && digits.size() == 4) return std::nullopt;
  static constexpr std::array<std::string_view, 8> names = {
      "hundreds", "thousands", "tens of thousands", "hundreds of thousands", "millions", "tens of millions",
      "hundreds of millions", "billions"};
  const size_t zeros = digits.size() - 1;
  if (zeros - 2 >= names.size()) return std::nullopt;
  return std::string(names[zeros - 2]);
}

namespace {

// Unicode's vulgar fractions (U+00BC to U+00BE, U+2150 to U+215E) as "top/bottom".
std::optional<std::string_view> vulgar_fraction(std::string_view glyph) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 18> glyphs = {{
      {"\xC2\xBC", "1/4"}, {"\xC2\xBD", "1/2"}, {"\xC2\xBE", "3/4"}, {"\xE2\x85\x90", "1/7"},
      {"\xE2\x85\x91", "1/9"}, {"\xE2\x85\x92", "1/10"}, {"\xE2\x85\x93", "1/3"}, {"\xE2\x85\x94", "2/3"},
      {"\xE2\x85\x95", "1/5"}, {"\xE2\x85\x96", "2/5"}, {"\xE2\x85\x97", "3/5"}, {"\xE2\x85\x98", "4/5"},
      {"\xE2\x85\x99", "1/6"}, {"\xE2\x85\x9A", "5/6"}, {"\xE2\x85\x9B", "1/8"}, {"\xE2\x85\x9C", "3/8"},
      {"\xE2\x85\x9D", "5/8"}, {"\xE2\x85\x9E", "7/8"}}};
  for (const auto& [written, value] : glyphs) {
    if (glyph == written) return value;
  }
  return std::nullopt;
}

}  // namespace

// "1/4" → "one quarter", "22/3" → "twenty two thirds", "2/4th" → "two quarters"; "¾" →
// "three quarters", "3½" → "three and one half".
Words fraction(std::string_view token) {
  // A negative fraction: "-3/4", "−1/2" (a fraction of one or two digits over them).
  for (const std::string_view minus : {"-", "\xE2\x88\x92"}) {
    const std::string_view rest = token.starts_with(minus) ? token.substr(minus.size()) : "";
    const size_t slash = rest.find('/');
    if (slash != std::string_view::npos && slash <= 2 && rest.size() - slash - 1 <= 2 && all_digits(rest.substr(0, slash))) {
      if (const auto part = fraction(rest); part && part->find(" over ") == std::string::npos) return "minus " + *part;
    }
  }
  // A whole number and a proper fraction joined by a hyphen, as American measures write
  // them: "1-3/4" (one and three quarters).
  if (const size_t dash = token.find('-'); dash != std::string_view::npos && dash > 0 && dash <= 3 && all_digits(token.substr(0, dash))) {
    const std::string_view rest = token.substr(dash + 1);
    const size_t slash = rest.find('/');
    if (slash != std::string_view::npos && slash > 0 && slash <= 2 && rest.size() - slash - 1 <= 2 && all_digits(rest.substr(0, slash)) &&
        all_digits(rest.substr(slash + 1)) && std::stoi(std::string(rest.substr(0, slash))) < std::stoi(std::string(rest.substr(slash + 1)))) {
      if (const auto part = fraction(rest)) return mixed_number_words(token.substr(0, dash), *part);
    }
  }
  for (const size_t length : {size_t{2}, size_t{3}}) {
    if (token.size() < length) continue;
    const auto value = vulgar_fraction(token.substr(token.size() - length));
    const std::string_view whole = token.substr(0, token.size() - length);
    if (!value || (!whole.empty() && !all_digits(whole)) || whole.size() > 6) continue;
    const auto part = fraction(*value);
    return whole.empty() ? part : mixed_number_words(whole, *part);
  }
  const size_t slash = token.find('/');
  if (slash == std::string_view::npos || slash == 0) return std::nullopt;
  const std::string_view top = token.substr(0, slash);
  std::string_view bottom = token.substr(slash + 1);
  // An ordinal's ending on the bottom, in the plural too: "1/4th", "2/3rds", "7/8ths".
  if (bottom.size() > 3 && (bottom.back() == 's' || bottom.back() == 'S')) {
    const std::string suffix = lower(bottom.substr(bottom.size() - 3));
    if (suffix == "ths" || suffix == "rds" || suffix == "nds") bottom.remove_suffix(3);
  }
  if (bottom.size() > 2) {
    const std::string suffix = lower(bottom.substr(bottom.size() - 2));
    if (suffix == "th" || suffix == "rd" || suffix == "nd" || suffix == "st") bottom.remove_suffix(2);
  }
  if (!all_digits(top) || !all_digits(bottom) || bottom == "0" || bottom == "1") return std::nullopt;
  if (token == "24/7") return "twenty four seven";
  if (top == bottom && top.size() == 2) return cardinal_words(top) + " " + cardinal_words(bottom);  // "50/50"
  if (token == "9/11") return "nine eleven";
  // More than a whole, from a hundred up, is not a fraction but two numbers: a blood
  // pressure ("120/80"), a score ("245/6"): "one hundred twenty over eighty".
  if (top.size() >= 3 && (top.size() > bottom.size() || (top.size() == bottom.size() && top > bottom))) {
    return cardinal_words(top) + " over " + cardinal_words(bottom);
  }
  std::string denominator = bottom == "2" ? "half" : bottom == "4" ? "quarter" : ordinal_words(bottom);
  if (top != "1") denominator = plural_ordinal(denominator);
  return cardinal_words(top) + " " + denominator;
}

// Year as written in a date: "2012" or "05".
std::string date_year(std::string_view year) {
  if (year.size() == 2) return year[0] == '0' ? "oh " + cardinal_words(year.substr(1)) : cardinal_words(year);
  return year_words(std::stoi(std::string(year)));
}

std::string date_words(int month, int day, std::string_view year, bool day_first) {
  std::string out;
  if (day_first) {
    out = "the";
    join(out, ordinal_words(std::to_string(day)));
    join(out, "of");
    join(out, month_of(month));
  } else {
    out = month_of(month);
    join(out, ordinal_words(std::to_string(day)));
  }
  if (!year.empty()) join(out, date_year(year));
  return out;
}

// "11/17/05", "15-01-2020", "15.01.2020", "1998/2/30", "Jan-15-2020".
// The three numeric fields of a date written with one separator, and the separator; no
// fields when it is not one.
static std::pair<std::vector<std::string_view>, char> date_fields(std::string_view token) {
  std::vector<std::string_view> parts;
  char separator = 0;
  size_t start = 0;
  for (size_t i = 0; i <= token.size(); ++i) {
    if (i == token.size() || token[i] == '/' || token[i] == '-' || token[i] == '.') {
      if (i < token.size()) {
        if (separator != 0 && token[i] != separator) return {};
        separator = token[i];
      }
      parts.push_back(token.substr(start, i - start));
      start = i + 1;
    }
  }
  if (parts.size() != 3) return {};
  return {parts, separator};
}

bool only_day_first(std::string_view token) {
  const auto [parts, separator] = date_fields(token);
  if (parts.size() != 3 || !numeric_date(token)) return false;
  if (separator == '.') return true;  // "15.01.2020" is read day first
  return !parts[0].empty() && parts[0].size() <= 2 && all_digits(parts[0]) && std::stoi(std::string(parts[0])) > 12;
}

bool only_month_first(std::string_view token) {
  const auto [parts, separator] = date_fields(token);
  if (parts.size() != 3 || separator == '.' || !numeric_date(token)) return false;
  if (parts[0].empty() || parts[0].size() > 2 || parts[1].empty() || parts[1].size() > 2) return false;
  return std::stoi(std::string(parts[0])) <= 12 && std::stoi(std::string(parts[1])) > 12;
}

Words numeric_date(std::string_view token, bool day_first) {
  const auto [parts, separator] = date_fields(token);
  if (parts.size() != 3) return std::nullopt;
  if (const auto month = month_name(parts[0]); month && all_digits(parts[1]) && all_digits(parts[2])) {
    const int day = std::stoi(std::string(parts[1]));
    if (day < 1 || day > 31 || parts[2].size() != 4) return std::nullopt;
    return date_words(month_number(*month), day, parts[2], false);
  }
  for (const auto part : parts) {
    if (!all_digits(part) || part.size() > 4) return std::nullopt;
  }
  const int a = std::stoi(std::string(parts[0])), b = std::stoi(std::string(parts[1]));
  if (parts[0].size() == 4) {  // year first: 1998/2/30
    const int day = std::stoi(std::string(parts[2]));
    if (b < 1 || b > 12 || day < 1 || day > 31) return std::nullopt;
    return date_words(b, day, parts[0], false);
  }
  if (parts[2].size() != 2 && parts[2].size() != 4) return std::nullopt;
  if (a >= 1 && a <= 12 && b >= 1 && b <= 31 && separator != '.' && !(day_first && b <= 12)) return date_words(a, b, parts[2], false);
  if (b >= 1 && b <= 12 && a >= 1 && a <= 31) return date_words(b, a, parts[2], true);
  return std::nullopt;
}

Words month_year(std::string_view token) {
  const size_t slash = token.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash > 2 || token.size() != slash + 5) return std::nullopt;
  const std::string_view month = token.substr(0, slash), year = token.substr(slash + 1);
  if (!all_digits(month) || !all_digits(year)) return std::nullopt;
  const int m = std::stoi(std::string(month)), y = std::stoi(std::string(year));
  // (Without a leading zero "1/2000" is a fraction first, as a shutter's speed is.)
  if (m < 1 || m > 12 || y < 1900 || y > 2099 || (month.size() == 1 && y % 100 == 0)) return std::nullopt;
  return month_of(m) + " " + year_words(y);
}

// Digits in groups, as telephone numbers are read: "one two three, four five six".
std::string grouped_digits(const std::vector<std::string_view>& groups) {
  std::string out;
  for (const auto group : groups) {
    if (!out.empty()) out += ", ";
    out += group.size() == 3 && group.ends_with("00") && group[0] != '0' ? cardinal_words(group) : digit_words(group);
  }
  return out;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == separator) {
      parts.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  return parts;
}

namespace {

// A toll-free number spelled in letters, after its country code: "800-FLOWERS" → "eight
// hundred, flowers", "888-MY-LAWYER" → "eight eight eight, my lawyer".
std::optional<std::string> toll_free_in_letters(std::string_view rest) {
  if (rest.size() < 7 || rest.size() > 16 || rest[0] != '8' || rest[3] != '-' || !all_digits(rest.substr(0, 3))) return std::nullopt;
  const std::string_view letters = rest.substr(4);
  if (!std::all_of(letters.begin(), letters.end(), [](char c) { return is_alpha(c) || c == '-'; }) || !is_alpha(letters[0])) {
    return std::nullopt;
  }
  std::string word = lower(letters);
  std::replace(word.begin(), word.end(), '-', ' ');
  const std::string area = rest.substr(1, 2) == "00" ? cardinal_words(rest.substr(0, 3)) : digit_words(rest.substr(0, 3));
  return area + ", " + word;
}

}  // namespace

// "123-123-5678", "555.555.5555", "111-11-1111", "(123)-123-5678", "123.123.0.40" (IP).
Words phone_or_address(std::string_view token) {
  std::string text(token);
  // En dashes between digit groups are hyphens: "555–123–4567".
  for (size_t at = text.find("\xE2\x80\x93"); at != std::string::npos; at = text.find("\xE2\x80\x93", at + 1)) {
    if (at > 0 && at + 3 < text.size() && is_digit(text[at - 1]) && is_digit(text[at + 3])) text.replace(at, 3, "-");
  }
  std::string prefix;
  // The North American country code, with or without its plus: "+1-800-273-8255",
  // "1-800-273-8255" (the rest must then be a whole ten-digit number, below), or before
  // a toll-free number spelled in letters ("1-800-FLOWERS").
  bool country_code = false;
  for (const std::string_view code : {"+1-", "1-", "+1.", "1."}) {
    if (!prefix.empty() || !text.starts_with(code)) continue;
    const std::string said = code[0] == '+' ? "plus one, " : "one, ";
    if (const auto spelled = toll_free_in_letters(std::string_view(text).substr(code.size()))) return said + *spelled;
    if (text.size() > code.size() + 11) {
      prefix = said;
      text = text.substr(code.size());
      country_code = true;
    }
  }
  if (text.starts_with("(") && text.size() > 5 && text[4] == ')') {
    text = text.substr(1, 3) + text.substr(5);
    if (text.size() > 3 && text[3] != '-' && text[3] != ' ') text = text.substr(0, 3) + '-' + text.substr(3);
  }
  for (const char separator : {'-', '.'}) {
    const auto parts = split(text, separator);
    if (parts.size() < 2 || (parts.size() == 2 && separator != '-')) continue;
    bool digits = true;
    for (const auto p : parts) digits = digits && all_digits(p);
    if (!digits) continue;
    if (separator == '.' && parts.size() == 4) {
      bool ip = true;
      for (const auto p : parts) ip = ip && p.size() <= 3 && std::stoi(std::string(p)) <= 255;
      if (ip) {
        std::string out;
        for (const auto p : parts) join(out, (out.empty() ? "" : "dot ") + digit_words(p));
        return out;
      }
    }
    if (separator == '-' && parts.size() == 2 && parts[0].size() == 3 && parts[1].size() == 4 && !parts[0].ends_with("00") &&
        !country_code) {
      return prefix + grouped_digits(parts);  // "555-1234"
    }
    if (parts.size() < 3) continue;
    const bool phone = (parts[0].size() == 3 && parts[1].size() == 3 && parts[2].size() == 4) ||
                       (parts[0].size() == 3 && parts[1].size() == 2 && parts[2].size() == 4);
    if (phone) return prefix + grouped_digits(parts);
    // A national number with its trunk nought, as most of the world writes one: "020-7946-0958",
    // "0800-9700-0010", "09-123-4567" (nine digits or more, so no date: "01-02-24").
    size_t total = 0;
    bool groups = parts.size() == 3 && separator == '-' && !country_code;
    for (const auto part : parts) {
      total += part.size();
      groups = groups && part.size() >= 2 && part.size() <= 4;
    }
    if (groups && parts[0][0] == '0' && total >= 9 && total <= 12) return grouped_digits(parts);
  }
  return std::nullopt;
}

// A Roman numeral in its canonical form (I to MMMCMXCIX): "XLIV", "LVIII"; not "IIII" or "IC".
int roman_value(std::string_view token) {
  if (token.empty() || token.size() > 15) return 0;
  auto value_of = [](char c) {
    switch (c) {
      case 'I': return 1;
      case 'V': return 5;
      case 'X': return 10;
      case 'L': return 50;
      case 'C': return 100;
      case 'D': return 500;
      case 'M': return 1000;
      default: return 0;
    }
  };
  int value = 0;
  for (size_t i = 0; i < token.size(); ++i) {
    const int v = value_of(token[i]);
    if (v == 0) return 0;
    const int next = i + 1 < token.size() ? value_of(token[i + 1]) : 0;
    value += v < next ? -v : v;
  }
  if (value <= 0 || value >= 4000) return 0;
  static constexpr std::array<std::pair<int, std::string_view>, 13> parts = {{
      {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
      {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}};
  std::string canonical;
  int rest = value;
  for (const auto& [v, letters] : parts) {
    while (rest >= v) {
      canonical += letters;
      rest -= v;
    }
  }
  return canonical == token ? value : 0;
}

bool is_roman(std::string_view token) { return roman_value(token) > 0; }

std::string letter_name(char letter) {
  const char capital = static_cast<char>(std::toupper(static_cast<unsigned char>(letter)));
  return capital == 'A' ? std::string("eigh") : std::string(1, capital);
}

std::string spelled_letters(std::string_view letters) {
  std::string out;
  for (const char c : letters) {
    if (!is_alpha(c)) continue;
    out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    out += '.';
  }
  return out;
}

// Abbreviations decided by what is around them (the fixed ones are in
// data/abbreviations.tsv): letters with full stops, and "Dr." (Doctor or Drive).
Words abbreviation(std::string_view token, std::string_view previous, std::string_view next) {
  // "U.S.", "U.N.": letters, without the full stops that make the engine pause.
  if (token.size() >= 4 && token.size() % 2 == 0) {
    bool letters = true;
    for (size_t k = 0; k < token.size(); k += 2) letters = letters && std::isupper(static_cast<unsigned char>(token[k])) && token[k + 1] == '.';
    if (letters) {
      std::string spelled;
      for (size_t k = 0; k < token.size(); k += 2) join(spelled, token.substr(k, 1));
      // A lone "A" between spaces is the article to eSpeak NG: "U.S.A." keeps its stops.
      return spelled.find('A') == std::string::npos ? spelled : spelled_letters(spelled);
    }
  }
  const bool after_name = capitalized(previous) || all_digits(previous) || ordinal(previous).has_value();
  if (token == "Dr.") return after_name && !capitalized(next) ? "Drive" : "Doctor";
  return std::nullopt;
}

// Digits inside a code or address: "133" and "6000" as numbers, "9453" and "123456"
// digit by digit.
std::string code_number_words(std::string_view digits) {
  const bool as_number = digits[0] != '0' && (digits.size() <= 3 || (digits.size() == 4 && digits.ends_with("00")));
  return as_number ? cardinal_words(digits) : digit_words(digits);
}

// An e-mail address or URL, read out: "a dot bc at gmail dot com".
bool looks_electronic(std::string_view token) {
  if (token.starts_with("www.")) return true;
  // Any scheme before "://" (RFC 3986: a letter, then letters, digits, "+", "-", "."; but
  // not a stop, which is more often a sentence glued on: "too.https://t.co/..."):
  // "https://", "ftp://", "sftp://", "git+ssh://".
  if (const size_t colon = token.find("://"); colon != std::string_view::npos && colon > 0 && colon <= 12 && is_alpha(token[0]) &&
                                             std::all_of(token.begin(), token.begin() + static_cast<long>(colon), [](char c) {
                                               return is_alpha(c) || is_digit(c) || c == '+' || c == '-';
                                             })) {
    return true;
  }
  const size_t at = token.find('@');
  if (at != std::string_view::npos && at > 0 && token.find('.', at) != std::string_view::npos) return true;
  // domain.tld, perhaps with a path: lowercase letters and digits around a dot, the
  // domain ending in letters ("abs.gov.au/statistics").
  const std::string_view host = token.substr(0, token.find('/'));
  const size_t dot = host.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 2 > host.size()) return false;
  for (const char c : token) {
    if (!(std::islower(static_cast<unsigned char>(c)) || is_digit(c) || c == '.' || c == '-' || c == '/' || c == '_')) {
      return false;
    }
  }
  for (size_t i = dot + 1; i < host.size(); ++i) {
    if (!std::islower(static_cast<unsigned char>(host[i]))) return false;
  }
  return is_alpha(host[dot - 1]) && host.size() - dot - 1 >= 2;
}

std::string electronic_part(std::string_view part, bool last_domain_part, bool local_part, bool host_label) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 9> known = {{
      {"www", "WWW"}, {"http", "HTTP"}, {"https", "HTTPS"}, {"html", "HTML"}, {"jpg", "jpeg"},
      {"dgx", "DGX"}, {"rtx", "RTX"}, {"ftp", "FTP"}, {"pdf", "PDF"}}};
  for (const auto& [written, said] : known) {
    if (part == written) return std::string(said);
  }
  static constexpr std::array<std::string_view, 8> generic = {"com", "org", "net", "edu", "gov", "mil", "int", "info"};
  bool is_generic = false;
  for (const auto g : generic) is_generic = is_generic || part == g;
  // A country's code is two letters, each said ("dot eigh U", not "dot AU" as "oh"); "co"
  // and "me" are said as words ("t dot co").
  if (last_domain_part && !is_generic && part.size() == 2 && is_alpha(part[0]) && is_alpha(part[1]) && part != "co" && part != "me") {
    return letter_name(part[0]) + " " + letter_name(part[1]);
  }
  if (last_domain_part && (part == "co" || part == "me")) return std::string(part);
  if (last_domain_part && !is_generic && part.size() <= 3) {
    std::string upper(part);
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return upper;  // country codes and other short endings are spelled: "dot IT"
  }
  // Letters and digits apart: "asdf123" → "asdf one two three".
  std::string out;
  size_t i = 0;
  while (i < part.size()) {
    size_t j = i;
    const bool digits = is_digit(part[i]);
    while (j < part.size() && is_digit(part[j]) == digits) ++j;
    const std::string_view run = part.substr(i, j - i);
    if (digits) {
      join(out, run.size() == 4 ? code_number_words(run) : digit_words(run));
    } else if (local_part || (host_label && run.size() >= 7 && std::all_of(run.begin(), run.end(), [](char c) { return c >= 'a' && c <= 'z'; }))) {
      // "enterpriseservices@", "royalalberthall.com": words apart (a short name, "ato.gov.au",
      // is an initialism or a word)
      for (const std::string& word : split_joined_words(run)) join(out, word);
    } else {
      join(out, run);
    }
    i = j;
  }
  return out;
}

std::string electronic(std::string_view token) {
  std::string out;
  size_t i = 0;
  const size_t last_dot = token.rfind('.');
  const size_t at = token.find('@');
  const size_t domain_end = token.find('/', token.find("://") == std::string_view::npos ? 0 : token.find("://") + 3);
  while (i < token.size()) {
    const char c = token[i];
    if (std::isalnum(static_cast<unsigned char>(c))) {
      size_t j = i;
      while (j < token.size() && std::isalnum(static_cast<unsigned char>(token[j]))) ++j;
      const bool last_domain_part = i > 0 && token[i - 1] == '.' &&
                                    (j == token.size() || token[j] == '/') && (domain_end == std::string_view::npos || i < domain_end || i - 1 == last_dot);
      const bool local_part = j <= at && at != std::string_view::npos;
      const bool host_label = !local_part && !last_domain_part && (domain_end == std::string_view::npos || i < domain_end) &&
                              j < token.size() && token[j] == '.';
      join(out, electronic_part(token.substr(i, j - i), last_domain_part, local_part, host_label));
      i = j;
      continue;
    }
    static constexpr std::array<std::pair<char, std::string_view>, 10> symbols = {{
        {'.', "dot"}, {'@', "at"}, {'/', "slash"}, {'-', "dash"}, {':', "colon"}, {'_', "underscore"},
        {'~', "tilde"}, {'?', "question mark"}, {'=', "equals"}, {'#', "hash"}}};
    for (const auto& [symbol, word] : symbols) {
      if (c == symbol) join(out, word);
    }
    ++i;
  }
  return out;
}

// Letters and digits run together: "t2000" → "t two thousand", "ab9453" → "ab nine four
// five three", "covid-19" → "covid-nineteen".
Words alphanumeric(std::string_view token) {
  bool letters = false, digits = false;
  // A decimal point between digits belongs to a number ("PM2.5"); a code with two points
  // ("v2.1.3") is a version, left as written.
  if (std::count(token.begin(), token.end(), '.') > 1) return std::nullopt;
  auto decimal_point = [&](size_t k) {
    return token[k] == '.' && k > 0 && k + 1 < token.size() && is_digit(token[k - 1]) && is_digit(token[k + 1]);
  };
  for (size_t k = 0; k < token.size(); ++k) {
    const char c = token[k];
    if (is_alpha(c)) letters = true;
    else if (is_digit(c)) digits = true;
    else if (c != '-' && !decimal_point(k)) return std::nullopt;
  }
  if (!letters || !digits) return std::nullopt;
  // Counted once: a token may be long (a line of "1-1-1-..."), and every hyphen looks.
  const auto hyphens = static_cast<size_t>(std::count(token.begin(), token.end(), '-'));
  size_t joints = 0;  // hyphens between two digits
  for (size_t k = 1; k + 1 < token.size(); ++k) joints += token[k] == '-' && is_digit(token[k - 1]) && is_digit(token[k + 1]);
  // The letters before the first digit, lowercased, when they are two ("FY", "AY", "CY").
  const std::string prefix = token.size() > 2 && is_digit(token[2]) && is_alpha(token[0]) && is_alpha(token[1]) ? lower(token.substr(0, 2)) : "";
  const bool fiscal = prefix == "fy" || prefix == "ay" || prefix == "cy";
  std::string out;
  size_t i = 0;
  while (i < token.size()) {
    if (token[i] == '-') {
      // Between two numbers a hyphen would join their words ("A350-1000" said "fifty-one
      // thousand"): a range's "to" where the token opens with the range ("20-25C",
      // "40-60W") or the numbers are a span of years ("FY2023-24"), else a pause ("A350-1000",
      // "E5-2680", "1-800-273-TALK").
      const bool between_numbers = i > 0 && is_digit(token[i - 1]) && i + 1 < token.size() && is_digit(token[i + 1]);
      if (!between_numbers) {
        out += '-';
        ++i;
        continue;
      }
      size_t left_start = i;
      while (left_start > 0 && is_digit(token[left_start - 1])) --left_start;
      size_t right_end = i + 1;
      while (right_end < token.size() && is_digit(token[right_end])) ++right_end;
      const std::string_view left = token.substr(left_start, i - left_start), right = token.substr(i + 1, right_end - i - 1);
      // (A range's end carries no letters but a unit's or small ones: "20-25C", "18-24yo";
      // "777-300ER" is a model.)
      const auto unit_after = [&] {
        const std::string_view letters_after = token.substr(right_end);
        return letters_after.empty() || tables::unit(letters_after) || letters_after.size() == 1 ||
               std::all_of(letters_after.begin(), letters_after.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      };
      const bool opens_with_range = left_start == 0 && joints == 1 && hyphens == 1 && unit_after();  // not "1-800-GO-2-HAUL"
      // A span of years: "FY2023-24", "FY2023-2024", "FY24-25".
      const bool small = left.size() <= 4 && right.size() <= 4;  // (a long run is no year, and would overflow)
      const int l = small ? std::stoi(std::string(left)) : 0, r = small ? std::stoi(std::string(right)) : 0;
      const bool four = left.size() == 4 && (left.starts_with("19") || left.starts_with("20"));
      const bool years = small && ((four && right.size() == 2 && r > l % 100) || (four && right.size() == 4 && r == l + 1) ||
                                   (fiscal && left_start == 2 && left.size() == 2 && right.size() == 2 && r == l + 1));
      out += opens_with_range || years ? " to " : ", ";
      ++i;
      continue;
    }
    size_t j = i;
    const bool run_digits = is_digit(token[i]);
    while (j < token.size() && token[j] != '-' && (is_digit(token[j]) == run_digits || (run_digits && decimal_point(j)))) ++j;
    const std::string_view run = token.substr(i, j - i);
    if (run == "s" && j == token.size() && i > 0 && is_digit(token[i - 1])) {  // "F-16s": "F-sixteens"
      out = plural_of_number(out);
      break;
    }
    std::string words;
    if (run_digits) {
      // A year after a fiscal or calendar year's letters: "FY2024", "CY2023".
      const bool year = i == 2 && (prefix == "fy" || prefix == "cy") && run.size() == 4 && (run[0] == '1' || run[0] == '2');
      // Three or four digits after a designation's capital, a model or a road, are said in
      // pairs, as a house number is: "A320" "A three twenty", "Tu-154", "GTX1080" "ten
      // eighty", "I-405", "S-400" "four hundred". (A code in small letters, "ab9453", is
      // read out as a code.)
      const bool designation = i > 0 && std::isupper(static_cast<unsigned char>(token[0])) && run[0] != '0' &&
                               (run.size() == 3 || run.size() == 4) && run.find('.') == std::string_view::npos;
      const auto decimal = run.find('.') != std::string_view::npos ? parse_number(run) : std::nullopt;
      words = decimal        ? number_words(*decimal)
              : year         ? year_words(std::stoi(std::string(run)))
              : designation  ? house_number_words(run)
                             : code_number_words(run);
    } else {
      words = std::string(run);
      // Capitals with a vowel are a word inside a code ("ARM64" is "arm"): eSpeak NG would
      // spell them once the digits are apart.
      bool capitals = run.size() >= 3, vowel = false;
      for (const char c : run) {
        capitals = capitals && std::isupper(static_cast<unsigned char>(c));
        vowel = vowel || std::string_view("AEIOU").find(c) != std::string_view::npos;
      }
      if (capitals && vowel) words = lower(run);
      if (run == "A" && i > 0 && j == token.size()) words = letter_name('A');  // "46A": "forty six eigh"
      // A capital A after small letters names a letter: "HbA1c" H B eigh, "IgA".
      if (run.size() >= 2 && run.size() <= 3 && run.back() == 'A' &&
          std::any_of(run.begin(), run.end() - 1, [](char c) { return c >= 'a' && c <= 'z'; })) {
        words = std::string(run.substr(0, run.size() - 1)) + " " + letter_name('A');
      }
    }
    // A lone "A" is the article to eSpeak NG unless it is joined to what follows: "A-four".
    const bool after_letter_a = out == "A" || out.ends_with(" A");
    if (!out.empty() && out.back() != '-' && out.back() != ' ') out += after_letter_a ? '-' : ' ';
    out += words;
    i = j;
  }
  return out;
}

std::string mixed_number_words(std::string_view whole, const std::string& fraction_words) {
  if (!fraction_words.starts_with("one ")) return cardinal_words(whole) + " and " + fraction_words;
  std::string part = fraction_words.substr(4);
  if (part.starts_with("one ")) part = part.substr(4);  // "1 1/100": "one and a hundredth"
  const bool vowel = !part.empty() && std::string_view("aeiou").find(part[0]) != std::string_view::npos && !part.starts_with("one");
  return cardinal_words(whole) + (vowel ? " and an " : " and a ") + part;  // "one and an eighth"
}

// Symbols read as words: "f++", "#", "dfsd$$x".
std::string symbols_as_words(std::string_view token) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 12> names = {{
      {"+", "plus"}, {"#", "hash"}, {"$", "dollar"}, {"%", "percent"}, {"&", "and"}, {"@", "at"},
      {"\xE2\x82\xAC", "euro"}, {"\xE2\x82\xA9", "won"}, {"\xC2\xA3", "pound"}, {"\xC2\xA5", "yen"},
      {"/", "slash"}, {"=", "equals"}}};
  std::string out;
  std::string word;
  size_t i = 0;
  bool changed = false;
  // A number between the symbols is read as one: "P=.003", "x+1".
  const auto part = [](const std::string& w) {
    const auto n = parse_number(w);
    return n ? number_words(*n) : w;
  };
  while (i < token.size()) {
    bool matched = false;
    for (const auto& [symbol, name] : names) {
      if (token.substr(i).starts_with(symbol)) {
        join(out, part(word));
        word.clear();
        join(out, name);
        i += symbol.size();
        matched = changed = true;
        break;
      }
    }
    if (!matched) word += token[i++];
  }
  join(out, part(word));
  return changed ? out : std::string(token);
}


}  // namespace narrate::written
