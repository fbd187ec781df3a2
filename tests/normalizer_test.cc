// Text normalization, category by category, on news-style text written for the tests.
#include <doctest/doctest.h>

#include "text/normalizer.h"
#include "text/number_words.h"

using namespace narrate;

TEST_CASE("number words") {
  CHECK(cardinal_words("0") == "zero");
  CHECK(cardinal_words("123") == "one hundred twenty three");
  CHECK(cardinal_words("18925000") == "eighteen million nine hundred twenty five thousand");
  CHECK(cardinal_words("1000000000") == "one billion");
  CHECK(ordinal_words("23") == "twenty third");
  CHECK(ordinal_words("12") == "twelfth");
  CHECK(ordinal_words("40") == "fortieth");
  CHECK(ordinal_words("1000000") == "one millionth");
  CHECK(year_words(1976) == "nineteen seventy six");
  CHECK(year_words(1900) == "nineteen hundred");
  CHECK(year_words(2005) == "two thousand five");
  CHECK(year_words(2017) == "twenty seventeen");
  CHECK(year_words(1905) == "nineteen oh five");
  CHECK(digit_words("905") == "nine zero five");
}

TEST_CASE("money") {
  CHECK(normalize_text("It cost $2.5 billion.") == "It cost two point five billion dollars.");
  CHECK(normalize_text("$20.50") == "twenty dollars fifty cents");
  CHECK(normalize_text("$0.20") == "twenty cents");
  CHECK(normalize_text("$1") == "one dollar");
  CHECK(normalize_text("£2.01") == "two pounds one penny");
  CHECK(normalize_text("€5 million") == "five million euros");
  CHECK(normalize_text("¥30b") == "thirty billion yen");
  CHECK(normalize_text("$18,925,000") == "eighteen million nine hundred twenty five thousand dollars");
  CHECK(normalize_text("$20/mo is the fee.") == "twenty dollars per month is the fee.");
  CHECK(normalize_text("$50-$100") == "fifty dollars to one hundred dollars");
}

TEST_CASE("numbers, decimals, percentages") {
  CHECK(normalize_text("13,000 people") == "thirteen thousand people");
  CHECK(normalize_text("5.4, or 5.5") == "five point four, or five point five");
  CHECK(normalize_text(".1665") == "point one six six five");
  CHECK(normalize_text("12% of voters") == "twelve percent of voters");
  CHECK(normalize_text("zip 95051") == "zip nine five zero five one");
  CHECK(normalize_text("-0.4") == "minus zero point four");
}

TEST_CASE("ordinals, years and decades") {
  CHECK(normalize_text("the 23rd time") == "the twenty third time");
  CHECK(normalize_text("As recently as 2017, Russia") == "As recently as twenty seventeen, Russia");
  CHECK(normalize_text("in 2019") == "in twenty nineteen");
  CHECK(normalize_text("the 1980s") == "the nineteen eighties");
  CHECK(normalize_text("the ’90s") == "the nineties");
  CHECK(normalize_text("mid-80s") == "mid eighties");
  CHECK(normalize_text("from 2010-2014") == "from twenty ten to twenty fourteen");
}

TEST_CASE("dates") {
  CHECK(normalize_text("June 20, 2014") == "June twentieth, twenty fourteen");
  CHECK(normalize_text("on 20 June") == "on the twentieth of June");
  CHECK(normalize_text("on the 26th May") == "on the twenty sixth of May");
  CHECK(normalize_text("6/20/2014") == "June twentieth twenty fourteen");
  CHECK(normalize_text("15.01.2020") == "the fifteenth of January twenty twenty");
  CHECK(normalize_text("Jan. 15 2020") == "January fifteenth twenty twenty");
  CHECK(normalize_text("July 1876") == "July eighteen seventy six");
  CHECK(normalize_text("You may 5 times") == "You may five times");  // "may" is not a month here
}

TEST_CASE("times") {
  CHECK(normalize_text("at 10:30 a.m. EST") == "at ten thirty AM E.S.T.");
  CHECK(normalize_text("at 10:30 a.m. Then") == "at ten thirty AM. Then");
  CHECK(normalize_text("10:05") == "ten oh five");
  CHECK(normalize_text("01:00") == "one o'clock");
  CHECK(normalize_text("2pm-5pm") == "two PM to five PM");
}

TEST_CASE("measures") {
  CHECK(normalize_text("12kg") == "twelve kilograms");
  CHECK(normalize_text("1 kg") == "one kilogram");
  CHECK(normalize_text("5 km/h") == "five kilometers per hour");
  CHECK(normalize_text("30°C") == "thirty degrees Celsius");
  CHECK(normalize_text("2-5lb") == "two to five pounds");
  CHECK(normalize_text("100 million kg") == "one hundred million kilograms");
}

TEST_CASE("fractions") {
  CHECK(normalize_text("1/2") == "one half");
  CHECK(normalize_text("3/4") == "three quarters");
  CHECK(normalize_text("2/3") == "two thirds");
  CHECK(normalize_text("3 5/2") == "three and five halves");
  CHECK(normalize_text("24/7") == "twenty four seven");
}

TEST_CASE("telephone numbers and IP addresses") {
  CHECK(normalize_text("call 123-123-5678") == "call one two three, one two three, five six seven eight");
  CHECK(normalize_text("+1 (123)-123-5678") == "plus one, one two three, one two three, five six seven eight");
  CHECK(normalize_text("(123) 123-5678") == "one two three, one two three, five six seven eight");
  CHECK(normalize_text("1-800 is 800") == "one-eight hundred is eight hundred");
  CHECK(normalize_text("123.123.0.40") == "one two three dot one two three dot zero dot four zero");
}

TEST_CASE("roman numerals in names and titles") {
  CHECK(normalize_text("World War II") == "World War two");
  CHECK(normalize_text("Pope John Paul II visited") == "Pope John Paul the second visited");
  CHECK(normalize_text("Chapter IV") == "Chapter four");
  CHECK(normalize_text("I think") == "I think");
}

TEST_CASE("abbreviations that must not end a sentence") {
  CHECK(normalize_text("Dr. Smith and Mr. Lukin") == "Doctor Smith and Mister Lukin");
  CHECK(normalize_text("in St. Louis") == "in Saint Louis");
  CHECK(normalize_text("lived at 1428 Elm St. Then") == "lived at fourteen twenty eight Elm Street. Then");
  CHECK(normalize_text("the No. 1 seed") == "the number one seed");
  CHECK(normalize_text("the U.S. and the U.N. agreed") == "the U S and the U N agreed");
  CHECK(normalize_text("the U.S. Senate") == "the U S Senate");
  CHECK(normalize_text("in the U.S.") == "in the U S.");
  CHECK(normalize_text("apples, pears, etc. The") == "apples, pears, et cetera. The");
  CHECK(normalize_text("tea, e.g. green") == "tea, for example green");
}

TEST_CASE("e-mail addresses and URLs") {
  CHECK(normalize_text("write to a.bc@gmail.com") == "write to a dot bc at gmail dot com");
  CHECK(normalize_text("https://www.voanews.com/a/123") ==
        "HTTPS colon slash slash WWW dot voanews dot com slash a slash one two three");
  CHECK(normalize_text("see nvidia.com") == "see nvidia dot com");
}

TEST_CASE("symbols, brackets, and what is left alone") {
  CHECK(normalize_text("Russia and [North Korea] agreed") == "Russia and North Korea agreed");
  CHECK(normalize_text("[[b'0mb]]") == "b'0mb");
  CHECK(normalize_text("f++ and #tag") == "f plus plus and hashtag tag");
  CHECK(normalize_text("upgrade/update") == "upgrade slash update");
  CHECK(normalize_text("covid-19") == "covid-nineteen");
  CHECK(normalize_text("Putin’s plan, veto-wielding member") == "Putin’s plan, veto-wielding member");
  CHECK(normalize_text("  spaced   out  ") == "spaced out");
  CHECK(normalize_text("") == "");
}

TEST_CASE("datelines, interviews, digit groups") {
  // A wire credit in brackets is spelled even after a dateline in capitals.
  CHECK(normalize_text("LONDON (AP) — Prime") == "London (A.P.) — Prime");
  CHECK(normalize_text("PARIS (AFP) —") == "Paris (A.F.P.) —");
  // Interview turns opening a text.
  CHECK(normalize_text("Q: Why now?") == "Question: Why now?");
  CHECK(normalize_text("A: Because.") == "Answer: Because.");
  // Digits grouped by full stops: thousands when every group after the first has three.
  CHECK(normalize_text("10.000.000 people") == "ten million people");
  CHECK(normalize_text("1.250.000") == "one million two hundred fifty thousand");
  CHECK(normalize_text("192.168.1.1") == "one nine two dot one six eight dot one dot one");
  CHECK(normalize_text("15.01.2020") == "the fifteenth of January twenty twenty");
}

TEST_CASE("words that look like units, suffixes or ranges stay words") {
  CHECK(normalize_text("10 TV events") == "ten T.V. events");                      // not teravolts
  CHECK(normalize_text("in 1919 as a vehicle") == "in nineteen nineteen as a vehicle");  // not attoseconds
  CHECK(normalize_text("the 1988 SEC Tournament") == "the nineteen eighty eight SEC Tournament");
  CHECK(normalize_text("Century 21 Real Estate is here") == "Century twenty one Real Estate is here");  // not Island
  CHECK(normalize_text("chapter VI") == "chapter six");
  CHECK(normalize_text("Class L") == "Class L");
  CHECK(normalize_text("photo 2 - 011812") == "photo two - zero one one eight one two");
  CHECK(normalize_text("67 cu in") == "sixty seven cubic inches");
  CHECK(normalize_text("5.2 in the first") == "five point two in the first");
}

TEST_CASE("asterisks, glued country codes, quarters") {
  CHECK(normalize_text("M*A*S*H") == "MASH");
  CHECK(normalize_text("a f***ing mess") == "a f-ing mess");
  CHECK(normalize_text("the footnote*") == "the footnote");
  CHECK(normalize_text("+1(555) 123-4567") == "plus one, five five five, one two three, four five six seven");
  CHECK(normalize_text("Q3 2024") == "Q three twenty twenty four");
}

TEST_CASE("British numbers say and before their tens and units, and only there") {
  const auto british = [](long long n) {
    const DialectScope scope(Dialect::british);
    return cardinal_words(std::to_string(n));
  };
  const auto without_and = [](std::string words) {
    for (size_t at = words.find(" and "); at != std::string::npos; at = words.find(" and ")) words.erase(at, 4);
    return words;
  };
  size_t checked = 0;
  for (long long n = 0; n < 3'000'000; n += (n < 2'000 ? 1 : n < 200'000 ? 97 : 9'973)) {
    const std::string american = cardinal_words(std::to_string(n)), said = british(n);
    INFO(n, ": ", said);
    CHECK(without_and(said) == american);  // the same words, "and" apart
    // The tens and units after a hundred or a larger scale follow "and": "... and twelve".
    const long long tail = n % 100;
    if (n > 100 && tail != 0) CHECK(said.ends_with(" and " + cardinal_words(std::to_string(tail))));
    if (tail == 0 || n < 100) CHECK(!said.ends_with(" and " + cardinal_words(std::to_string(tail))));
    ++checked;
  }
  CHECK(checked > 2'000);
  CHECK(british(312) == "three hundred and twelve");
  CHECK(british(2006) == "two thousand and six");
  CHECK(british(250'000) == "two hundred and fifty thousand");
  CHECK(british(1'000'050) == "one million and fifty");
  CHECK(cardinal_words("312") == "three hundred twelve");  // the scope has ended
  {
    const DialectScope scope(Dialect::british);
    CHECK(ordinal_words("112") == "one hundred and twelfth");
    CHECK(year_words(1905) == "nineteen oh five");
    CHECK(year_words(2006) == "two thousand and six");
  }
  CHECK(normalize_text("It cost $312.", Dialect::british) == "It cost three hundred and twelve dollars.");
  for (const char* voice : {"en", "en-gb", "en-gb-scotland", "en-gb-x-rp", "en-029"}) CHECK(dialect_of_voice(voice) == Dialect::british);
  for (const char* voice : {"en-us", "en-us-nyc", "de", ""}) CHECK(dialect_of_voice(voice) == Dialect::american);
}
