// Numbers as English words.
#pragma once

#include <string>
#include <string_view>

namespace narrate {

// "1234" → "one thousand two hundred thirty four". `digits` holds only ASCII digits
// (leading zeros are ignored; "0" is "zero"). Numbers beyond the quintillions are read
// digit by digit.
std::string cardinal_words(std::string_view digits);

// "23" → "twenty third", "1000000" → "one millionth".
std::string ordinal_words(std::string_view digits);

// "905" → "nine zero five".
std::string digit_words(std::string_view digits);

// A year as people say it: 1976 → "nineteen seventy six", 1900 → "nineteen hundred",
// 2005 → "two thousand five", 2010 → "twenty ten", 1000 → "one thousand".
std::string year_words(int year);

// The plural of an ordinal word for fractions: "third" → "thirds", "half" → "halves".
std::string plural_ordinal(const std::string& ordinal);

// Whether `text` is non-empty and all ASCII digits.
bool all_digits(std::string_view text);

}  // namespace narrate
