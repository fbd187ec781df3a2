// Written forms: numbers, dates, money, addresses and the like as they appear in
// text, and the words a reader says for each. The pieces normalize_text puts together;
// each looks at one token (or the words around it) and returns nullopt when the token
// is not of its form.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace narrate::written {

using Words = std::optional<std::string>;

// Text helpers.
std::string lower(std::string_view text);
bool is_digit(char c);
bool is_alpha(char c);
bool capitalized(std::string_view word);
void join(std::string& out, std::string_view words);  // appends with one space between
std::vector<std::string_view> split(std::string_view text, char separator);

// A number as written: "13,000", "5.4", ".1665", "0.004", "-0.4".
struct Number {
  bool negative = false;
  std::string whole;     // digits, may be empty (".5")
  std::string fraction;  // digits after the point, empty when none
  bool has_point = false;
  bool grouped = false;  // written with thousands separators
  bool indian = false;   // grouped in lakhs and crores ("5,00,000"), read so
};
std::optional<Number> parse_number(std::string_view text);
std::string quantity_words(const Number& n);  // "thirteen thousand", "zero point zero zero four"
std::string number_words(const Number& n);    // standing alone: years, long codes digit by digit
std::string code_number_words(std::string_view digits);  // "133", "6000"; "9453" digit by digit

// Words for names and units.
std::optional<std::string> month_name(std::string_view token);  // "sept." → "September"
std::optional<std::string> weekday_name(std::string_view token);  // "Thurs." → "Thursday" (capitalized only)
int month_number(const std::string& name);                       // "March" → 3
std::optional<std::string> unit_words(std::string_view symbol, bool plural);  // "kg/kg", "km/h"
std::optional<std::pair<std::string, std::string>> unit_name(std::string_view symbol);
std::optional<std::string> scale_word(std::string_view token);  // "bn" → "billion"
std::optional<std::string> time_unit(std::string_view unit);     // "mo" → "month"
std::string month_of(int number);                                // 3 → "March"
std::optional<std::string> plain_integer(std::string_view text); // "18,925,000" → "18925000"
std::string date_year(std::string_view year);                    // "2012", "05"
// "December thirty first twenty twelve", or "the thirty first of December ..." day first;
// no year when `year` is empty.
std::string date_words(int month, int day, std::string_view year, bool day_first);

// Whole tokens.
Words money(std::string_view token, std::optional<std::string> scale = std::nullopt);  // "$20.50", "¥30b"
// Whether `token` is an amount with `sign`, a currency sign written before amounts that is
// a symbol, not letters, written after it instead, as much of Europe does: "20€", "12,50€".
bool symbol_after_amount(std::string_view sign, std::string_view token);
Words minor_money(std::string_view token);  // "99¢", "50p"
// A video format: a standard line count with p (progressive) or i (interlaced), said as a
// name: "720p" → "seven twenty P", "1080i" → "ten eighty I".
Words video_format(std::string_view token);
// Two whole numbers with a colon before one digit, which no clock writes: a ratio, "3:1"
// → "three to one"; `cited` (after a name: "Genesis 1:1") → "one one".
Words colon_ratio(std::string_view token, bool cited);
// An amount after an ISO 4217 code ("CHF 100", "HRK 5,000"): `code` as written.
Words coded_money(std::string_view code, std::string_view amount, std::optional<std::string> scale = std::nullopt);
Words ordinal(std::string_view token);        // "23rd"
Words decade(std::string_view token);         // "1980s", "’90s", "mid-80s"
Words round_plural(std::string_view token);   // "100s", "1,000s", "10,000s": "hundreds"...
Words number_plural(std::string_view token);  // "747s", "16s", "3s": "seven forty sevens"
// A number as a house number or a name is said: "12", "one twenty three", "seven oh
// eight", "one hundred", "sixteen hundred", "fourteen twenty eight", five digits one by one.
std::string house_number_words(std::string_view digits);
std::string plural_of_number(std::string words);  // "twenty" → "twenties", "six" → "sixes"
Words fraction(std::string_view token);       // "1/4", "22/3", "2/4th"
// A whole number and a fraction's words: "three and a half", "two and a quarter" (a
// fraction of one is "a" half, as it is said), "three and five halves".
std::string mixed_number_words(std::string_view whole, const std::string& fraction_words);
// "11/17/05", "15.01.2020", "Jan-15-2020"; `day_first` when the day comes first where
// either could (the end of a range whose start could only be day first).
Words numeric_date(std::string_view token, bool day_first = false);
// A month and a year with a slash, as a card's or a product's date is written: "05/2025",
// "12/2026" → "May twenty twenty five" (a year from 1900 to 2099; "1/2000" stays a fraction).
Words month_year(std::string_view token);
bool only_day_first(std::string_view token);    // "26/12/2024": a date that can only be day first
bool only_month_first(std::string_view token);  // "3/15/2024": a date that can only be month first
Words phone_or_address(std::string_view token);  // "123-123-5678", IP addresses
// Letters a reader names one by one, as eSpeak NG names them: "NBA" → "N.B.A." (with
// spaces between them a lone "A" would be read as the article).
std::string spelled_letters(std::string_view letters);
// A letter's name as eSpeak NG reads it standing alone before a word: "eigh" for A (a lone
// "A" or "A." there is the article to eSpeak NG 1.51 and 1.52), the capital for the others.
std::string letter_name(char letter);
bool is_roman(std::string_view token);
int roman_value(std::string_view token);
Words abbreviation(std::string_view token, std::string_view previous, std::string_view next);  // "Dr.", "St."
bool looks_electronic(std::string_view token);                   // e-mail address or URL
std::string electronic(std::string_view token);                  // "a dot bc at gmail dot com"
Words alphanumeric(std::string_view token);                      // "t2000", "covid-19"
std::string symbols_as_words(std::string_view token);            // "f++" → "f plus plus"

}  // namespace narrate::written
