// Numbers as English words.
#pragma once

#include <string>
#include <string_view>

namespace narrate {

// How numbers are said: British English says "and" before the tens and units of a
// number ("three hundred and twelve", "two thousand and six", "one hundred and
// twelfth"); American English does not ("three hundred twelve").
enum class Dialect { american, british };

// The dialect of an eSpeak NG voice: british for English voices of Britain and the
// Caribbean ("en", "en-gb", "en-gb-scotland", "en-gb-x-rp", "en-029"), american for the
// others ("en-us", "en-us-nyc").
Dialect dialect_of_voice(std::string_view espeak_voice);

// While one lives, the number words of this thread are said in `dialect`; the dialect
// before it comes back when it ends. American where none lives.
class DialectScope {
 public:
  explicit DialectScope(Dialect dialect);
  ~DialectScope();
  DialectScope(const DialectScope&) = delete;
  DialectScope& operator=(const DialectScope&) = delete;

 private:
  Dialect before_;
};

// "1234" → "one thousand two hundred thirty four" (British: "... two hundred and thirty
// four"). `digits` holds only ASCII digits
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
