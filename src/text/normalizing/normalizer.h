// The normalizer behind normalize_text (text/normalizer.h): one pass over a line's
// tokens, each read by the first form that takes it. text/normalizer.cc holds the token
// stream and step(); the forms are grouped one file each under text/normalizing/
// (dates.cc, clocks.cc, money.cc, ...). Internal: callers include text/normalizer.h.
#pragma once

#include <algorithm>
#include <initializer_list>
#include <set>
#include <span>

#include "text/normalizing/pieces.h"

namespace narrate::normalizing {

class Normalizer {
 public:
  explicit Normalizer(std::string_view text);

  std::string run();

 private:
  const std::string& token(size_t i) const {
    static const std::string empty;
    return i < tokens_.size() ? tokens_[i] : empty;
  }

  // Each token peeled once, in the constructor: the rules look at pieces around them
  // many times over.
  const Piece& piece(size_t i) const {
    static const Piece empty;
    return i < pieces_.size() ? pieces_[i] : empty;
  }

  // Determiners other than the articles: a number after one describes what follows.
  static constexpr std::array<std::string_view, 10> kDeterminers = {"the", "this", "that", "these", "those", "its", "their", "his", "her", "our"};

  // Units of time after "a" or "per": "a day", "an hour".
  static constexpr std::array<std::string_view, 8> kTimeUnits = {"second", "minute", "hour", "day", "week", "month", "year", "decade"};

  // Words of price: "costs 30c a day", "a fare of".
  static constexpr std::array<std::string_view, 16> kPriceWords = {"cost", "costs", "price", "prices", "pay", "paid", "charge", "charged",
                                                                   "fee", "fare", "fares", "subscription", "EPS", "earnings", "dividend", "share"};

  // Words that name a thing by its number, as laws, cases and issues are named: "Law
  // 3/2018", "Bill 25-345", "No. 2024-117".
  static constexpr std::array<std::string_view, 21> kNumberedNames = {
      "Law",   "Decree",    "Decree-Law", "Resolution", "Act",  "Order",      "Regulation",   "Directive", "Ordinance", "Circular", "Issue",
      "Case",  "No.",       "no.",        "Vol.",       "Bill", "Guidelines", "Guideline",    "Rule",      "Notification", "Petition"};

  // Verbs in the third person that a model's name stands before ("the RTX 4090 draws"),
  // where another word in s after a number would be the plural it counts.
  static constexpr std::array<std::string_view, 16> kVerbsInS = {"is", "was", "has", "does", "draws", "uses", "runs", "gets", "needs", "offers",
                                                                 "remains", "includes", "comes", "ships", "boasts", "delivers"};

  // What one token is and the words for it: the classes a range can join.
  enum class Kind { money, ordinal, decade, date, fraction, telephone, year, number, quantity, time };

  struct Reading {
    Kind kind;
    std::string words;
  };

  // Words near a jetliner's model and variant ("the 737-800 jet", "its 787-9 fleet").
  static constexpr std::array<std::string_view, 20> kAviation = {
      "jet",   "jets",    "plane",   "planes",  "aircraft", "airliner", "airliners", "jetliner", "flight", "flights",
      "fleet", "Boeing",  "Airbus",  "airline", "airlines", "Dreamliner", "jumbo",   "pilots",   "crash",  "landed"};

  // Whether one of `words` (listed) stands within `reach` words of piece `i`, on either
  // side.
  template <size_t N>
  bool word_near(size_t i, size_t reach, const std::array<std::string_view, N>& words) const {
    for (size_t k = i >= reach ? i - reach : 0; k <= i + reach && k < pieces_.size(); ++k) {
      if (k != i && listed(piece(k).core, words)) return true;
    }
    return false;
  }

  // Whether `word` is one of `words`: in any case, but as written for a word listed with
  // a capital ("Test", "ODI").
  template <size_t N>
  static bool listed(const std::string& word, const std::array<std::string_view, N>& words) {
    const std::string lowered = lower(word);
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) {
      return (std::any_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) ? word : lowered) == w;
    });
  }

  // ---- text/normalizer.cc --------------------------------------------------

  // "about", but not after an article ("A ~2,000-word essay": "a roughly"; "an ~8-hour
  // flight": "an approximately").
  std::string about_word() const;

  // A piece's leading marks as said: the signs of kLeadSigns ("~", "§", "<", "±") become
  // words.
  std::string spoken_lead(const std::string& lead) const;

  void emit(const Piece& p, std::string_view words);

  // Handles the tokens at `i`; returns how many it used.
  size_t step(size_t i);

  // ---- normalizing/context.cc ----------------------------------------------

  // `words` ending with one full stop: "Incorporated.", "P.H.D." (not "P.H.D..").
  static std::string with_stop(const std::string& words);

  // Whether piece `i` keeps a full stop of its own ("Inc.", "Dec.", "Calif.", "D-Ore.")
  // with nothing after it, and that stop is also the sentence's (sentence_ends_before).
  bool kept_stop_ends_sentence(size_t i) const;

  // Whether a full stop kept on the word before piece `next` ("a.m.", "Inc.", "Dec.",
  // "Calif.", "D-Ore.") is also the sentence's: at the end of the text, before a
  // quotation, or before a capital that is no day, no month before its day, no title
  // ("Gov.", "Mayor") and not in brackets ("at 9 a.m. The vote", "D-Ore. The vote"; not
  // "at 9 a.m. Wednesday", "Tues. Nov. 5", "Mass. Gov. Maura Healey", "Apple Inc. (AAPL)").
  bool sentence_ends_before(size_t next) const;

  // Whether the words said so far end with one of `words` (as written, or capitalized).
  bool said_last(std::initializer_list<std::string_view> words) const;

  bool said_last(std::span<const std::string_view> words) const;

  // Whether the words said so far end with the article "a" or "an".
  bool article_before() const;

  // Whether the words said so far end with an article and a hyphenated word and its comma:
  // "a four-year, $120M deal", whose amount describes the deal too.
  bool article_before_compound() const;

  // Whether the words said last are an article and an adjective of amounts: "a new", "the
  // proposed", "a further" (before "$62 million high school").
  bool article_and_adjective_before() const;

  // Whether a measure said now, with `noun` after it, describes that noun and so is said
  // in the singular: after "a" or "an" before any small word ("a 10 km race"), after
  // another determiner before a small word that is no function word ("the 155mm shells",
  // "these 10-km races"; not "the 5 km of road", "the 100 m to the line").
  bool describes_noun(const std::string& noun) const;

  // Whether the last word said is a possessive: "TSMC's 3nm process", "the storm's 150 mph winds".
  bool possessive_before() const;

  // Whether `w` is an adjective of size, which says how a measure stands ("6 ft tall", "a
  // 5m-long wall") rather than naming what it describes.
  static bool is_size_word(std::string_view w);

  static bool is_determiner(std::string_view w);

  static bool is_function_word(std::string_view w);

  // Whether `w` is ASCII capitals only, and at least one.
  static bool all_capitals(std::string_view w);

  static bool is_lowercase_word(std::string_view w);

  // Whether a word of video stands within two words of piece `i`: "a 720p stream",
  // "streams in 480p", "720p HD video".
  bool video_near(size_t i) const;

  // Whether a token within `reach` pieces of piece `i` (not `i`) holds the mark `mark`.
  bool word_near_mark(size_t i, size_t reach, char mark) const;

  // Whether the word before piece `i` is capitalized inside its sentence: a name's, not
  // a sentence's first ("Courtroom 4B", "the Toronto Sun"; not "Updated Fri").
  bool name_before(size_t i) const;

  // Whether piece `i` opens a sentence: the first of the text, or after a sentence's end.
  bool opens_sentence(size_t i) const;

  bool in_brackets(size_t i) const;

  // ---- normalizing/dates.cc ------------------------------------------------

  // A day of the month or a range of days ("5", "5th", "5-7", "5th–7th"): the ordinal
  // words of each day, or nothing when `core` is not one.
  static std::vector<std::string> days_of(const std::string& core);

  // A day, a dash and another month in one token ("5-Dec", "30–Jan"): the day's words and
  // the month's name.
  static std::optional<std::pair<std::string, std::string>> day_into_month(const std::string& core);

  // Says `words`, a date opening at piece `i` whose day is piece `day_at`, with the year
  // after the day when one follows ("May 5, 2024"); returns the tokens used.
  size_t emit_date(size_t i, size_t day_at, const std::string& words);

  size_t month_first_date(size_t i, const std::string& month);

  // After a date that opened at `i` and ended before `j`: a dash and a second date make a
  // range ("30 March 1960 - 23 April 1960", "5 May – June 9"); after a month and a day
  // (`month_day`), a dash and a day alone do too ("March 13 - 15, 2020"). Says "to" ("and"
  // after "between") and the day, and returns the tokens used; 0 when no range follows.
  size_t date_range_end(size_t i, size_t j, bool month_day);

  // After a month and a day that ended before `j`, a word that joins a second day ("March
  // 5 to 7", "Jan. 3 through 5", "Nov. 1 and 2", "May 3 or 4"): the word and the day as
  // a day, and the tokens used; 0 when none follows. The second day comes after the
  // first, and no clock, unit or noun follows it ("June 3 and 4 p.m.", "May 3 and 40
  // people", "March 5 and 6 more").
  size_t day_after_word(size_t i, size_t j);

  // Whether piece `i` is a day in a list of days before a month: "on 29, 30 and 31
  // August", "the 5, 12 or 19 May"; each day after the one before.
  bool day_listed_before_month(size_t i) const;

  size_t day_first_date(size_t i);

  // "b." and "d." before the year or the date of a life, as reference pages give it:
  // "(b. 1769, d. 1821)", "b. 2 Oct 1869", "(b. c. 1450)", "(b. Eisenach, 1685; d.
  // Leipzig, 1750)": born and died. Returns the tokens used, or 0.
  size_t life_date(size_t i);

  // `core` with its slash made a hyphen when it joins a year (1900-2099, after "FY" or
  // nothing) and the next one, in two digits or four ("2024/25", "FY2023/24",
  // "1999/2000"), else nullopt.
  static std::optional<std::string> slashed_year_span(std::string_view core);

  // Whether piece `i` is a word of a dateline's place written in capitals at the start of
  // the text: up to four words of capitals, the last before a comma, a bracket or a dash
  // ("KYIV, Ukraine (AP) —", "NEW YORK (AP) —", "NAIROBI —"). Such a place is a name, not
  // letters ("KYIV" is not "K.Y.I.V.").
  bool in_dateline(size_t i) const;

  // A dateline's word as a name: "KYIV" → "Kyiv", so the lexicon and eSpeak NG read it
  // as they read the place.
  static std::string dateline_word(const std::string& capitals);

  // ---- normalizing/clocks.cc -----------------------------------------------

  // A clock written with a point, "18.45", "7.30": its words as the same clock with a colon
  // ("eighteen forty five"), or nullopt when `core` has no such shape.
  static std::optional<std::string> point_clock(const std::string& core);

  // A clock written with a point at piece `i`, British style, where a time is spoken of
  // (see the call), or nullopt. `in_list`: also the second of two clocks joined by "and",
  // "or" or "to" ("at 07.15 and 17.45").
  std::optional<std::string> dotted_clock(size_t i, bool in_list = true) const;

  // "2h" and "15m" (or "15min") as two tokens, or "1h30m" as one: the words, and whether
  // the minutes were the next token.
  static std::optional<std::pair<std::string, bool>> hours_and_minutes(const std::string& core, const std::string& next);

  // An hour or a clock time as said before AM or PM: "7" → "seven", "7:30" → "seven thirty".
  static std::optional<std::string> hour_before_am_pm(const std::string& written);

  size_t time_of_day(size_t i);

  // Whether piece `k` is a time zone read with the clock before it; `out` is what is said,
  // with the opening bracket the zone may have ("8 p.m. (EST)." is "eight PM (E.S.T.).").
  bool zone_at(size_t k, std::string& out, bool after_clock) const;

  // "three days" for "3d" before "ago", and so on for s, m, h, w, mo and y; or nothing.
  static std::optional<std::string> time_since(std::string_view core);

  // Whether the words around a time say it is a time behind a leader: "trails 3"",
  // "3" behind", "4' 05" back" (`before`: the word before, lowercased; `after`: the word
  // after, or empty when punctuation parts it).
  static bool time_behind(std::string_view before, std::string_view after);

  // Whether a time of day starts at token `i`: "5 p.m.", "5pm", "17:30".
  bool starts_time(size_t i) const;

  // A time range's end: "2pm", "10:30am", or noon, midday or midnight.
  static std::optional<std::string> clock_end(const std::string& text);

  // "2pm" → "two PM", "10:30am" → "ten thirty AM".
  static std::optional<std::string> attached_am_pm(const std::string& text);

  // Whether piece `i` is two numbers joined by a colon a few words after the word ratio
  // ("the pupil-teacher ratio is 1:28"), not a clock.
  bool ratio_at(size_t i) const;

  // ---- normalizing/telephones.cc -------------------------------------------

  // A telephone number with its country code, in groups: "+44 20 7946 0958", "+33 1 42
  // 68 53 00", "+1 202-555-0123", "+49 30 901820". The code and every group digit by
  // digit, a pause between groups. Returns the tokens used, or 0.
  size_t international_number(size_t i);

  // A national telephone number in groups after its trunk zero: "020 7946 0958", "0300
  // 123 4567", "(02) 9876 5432", read digit by digit in its groups. Nine to eleven digits
  // in all, the groups after the first of three or four. Australia's numbers for the
  // whole country, "1300 555 123", "1800 123 456", open with their prefix said as people
  // say it ("thirteen hundred", "one eight hundred"), and may have a group of two, apart or
  // joined by hyphens: "1300 22 4636", "1800-11-4000".
  size_t national_number(size_t i);

  // A North American number written in groups apart: "555 123 4567", "1 800 555 0199",
  // read as "555-123-4567" is. Not inside a longer run of numbers.
  size_t spaced_phone_number(size_t i);

  // Whether the number at `i` is a three-digit service number ending in 11, said digit by
  // digit: "a 911 call", "called 911", "311 operators" (not "911 people").
  // Other lands' emergency and service numbers likewise where one is called (below).
  bool service_number(size_t i, const std::string& core) const;

  // ---- normalizing/addresses.cc --------------------------------------------

  // A British postcode, its outward and inward codes ("SW1A 2AA", "NW1 6XE", "M1 1AE"):
  // letters spelled, the district's number said whole ("CF10" "C.F. ten") and the inward
  // digit alone, as a postcode is read out.
  size_t uk_postcode(size_t i);

  // "north" for "N" after a degree sign, and so on for S, E and W.
  static std::optional<std::string> compass_direction(std::string_view letter);

  size_t address(size_t i);

  // Five digits, a hyphen and four: a ZIP+4 code ("90028-1234").
  static bool zip_plus_four(std::string_view core);

  // ---- normalizing/money.cc ------------------------------------------------

  // An amount's words without their currency where the words joined after it name it
  // again: "$2 million-dollar home" is "two million dollar home", not "dollar dollar".
  static std::string without_repeated_currency(const std::string& words, const std::string& rest);

  // A percentage as British papers write it, "pc" glued to its number, where a change or
  // a level is spoken of: "rose 5pc", "by 2.5pc", "to 0.25pc", "a 3.5pc rise" (a number
  // with a point); not "a 3pc suite" (pieces), nor "PC" (a computer). Else nullopt.
  std::optional<std::string> british_percent(size_t i, const std::string& core) const;

  // The words for the start of a range of amounts at piece `i` whose end has the scale
  // word ("$12.3 to $12.8 billion": "twelve point three to"), or nothing.
  std::optional<std::string> shared_scale_start(size_t i) const;

  // An amount read at `i` as `words`, a range in one scale when it has a dash ("$5-10
  // million", "€3-4m": "five to ten million dollars"), with the range's joining word.
  std::string money_range(size_t i, std::string words) const;

  // An amount that describes the noun after it is said in the singular, as a reader says
  // "a five-dollar bill": "a $3,499 headset", "the $700 million deal" ("a three thousand
  // four hundred ninety nine dollar headset"). Only between "a", "an" or "the" and a noun (the
  // word at `noun`, after no punctuation: `trail` is the amount's), only whole amounts of
  // the main unit ("a $2.50 coffee" keeps its cents and plural).
  std::string describing_money(const std::string& written, const std::string& words, size_t noun, const std::string& trail) const;

  // ---- normalizing/measures.cc ---------------------------------------------

  // A latitude or longitude in degrees and minutes, and seconds: "40° 26' 46\" N",
  // "51°30′26″N", "40°26′N". How many pieces it used, 0 when it is none.
  size_t degrees_minutes_seconds(size_t i);

  // "forty degrees twenty six minutes forty six seconds north" for "40°26'46\"N" (minutes
  // required; the seconds and the direction may be left out), or nothing.
  static std::optional<std::string> dms_words(std::string_view text);

  // A prime after a number at piece `i` and an inch mark after the next ("6' 2″", "6′
  // 17″"): feet and inches up to eleven inches, else (or with words of a time behind)
  // minutes and seconds. How many pieces it used, 0 when it is none.
  size_t primes_apart(size_t i);

  // The number before a prime at piece `i` (a prime, or an apostrophe peeled as a closing
  // quotation mark), and the marks after that; nullopt when there is none.
  std::optional<std::pair<Number, std::string>> feet_mark(size_t i) const;

  // Two lengths in feet by primes with "x" or "by" between, a plot's or a room's size:
  // "50' x 120'", "10′ × 12′" ("fifty by one hundred twenty feet").
  size_t feet_by_feet(size_t i);

  // The written measure before a double prime at piece `i` (spoken_form turns an inch
  // mark into one) and the marks after it, or nothing: "14″", "2-4″", "1/2″", "2x4″".
  std::optional<std::pair<std::string, std::string>> inch_mark(size_t i) const;

  // Whether a "W" or "V" with the number at piece `i` can be watts or volts: not a road's
  // direction or a name's letter ("Interstate 80 W", "Grade 12 V"), not a storm's number
  // in brackets or with a leading zero ("(27W)", "08 W"), not a size ("size 9W"), not a
  // longitude after a latitude ("25.3N 71.2W").
  bool electric_context(size_t i) const;

  // "square" or "cubic" for the word or its abbreviation before a unit ("sq ft", "cu. in.").
  static std::optional<std::string> power_word(std::string_view w);

  // Whether a number is glued to letters after it, a measure or an ordinal ("4K", "120Hz",
  // "3rd"), not a plain number.
  static bool glued_measure(std::string_view w);

  size_t measure(size_t i);

  // A price or a rate per a square or cubic unit written with a word, the amount and "per"
  // apart or joined by a slash: "$40 per sq. ft.", "HK$12,000 per sq ft", "$625/sq ft",
  // "40/sq m" ("per square foot").
  size_t per_square_unit(size_t i);

  // The unit's symbol at `k` (unit_at; as written when not `trimmed`), joined with the next
  // piece where the table lists the two as one, the second a capital's: "130/80 mm Hg",
  // "29.92 in Hg" ("millimeters of mercury"). `k` moves to the last piece used.
  Piece unit_symbol_at(size_t& k, bool trimmed = true) const;

  // The piece at `k` as a unit's symbol: an abbreviated unit's stop, which peel keeps on
  // the word before a comma ("180 lbs., fled", "sq. ft.,"), is not the symbol's.
  Piece unit_at(size_t k) const;

  // The marks after the unit at `k`: the full stop of an abbreviated unit ("ft.", "lbs.")
  // ends the sentence only at the end of the text or before a capital or a quotation,
  // not before a lowercase word or a number ("a 12 ft. wall").
  std::string trail_of_unit(const Piece& unit, size_t k) const;

  // A temperature with its scale's letter apart, as Canadian papers write it: "Ottawa hit
  // 33 C, with a humidex of 41", "highs near 30 C today", "-5 C". Where glued_temperature
  // would read it glued and a word of weather is near (not "Grade 4 C", "pupils reached 3
  // C").
  size_t spaced_temperature(size_t i);

  // A temperature with its scale glued on, where a temperature is spoken of: "hit 40C",
  // "highs of 104F", "(104F)", "-5C", "0.5C" (up to 150 degrees); not "seat 14C", "the
  // iPhone 5C", "Exit 12C" (nor a letter after a name's number, read before this).
  // A range of them reads each end so: "highs of 30-35C", "29C-30C".
  std::optional<std::string> glued_temperature(size_t i, const std::string& core) const;

  // A height in feet and inches: "6'2\"", "5′10″": "six foot two", "five foot ten".
  static std::optional<std::string> height(const std::string& core);

  // ---- normalizing/numbers.cc ----------------------------------------------

  // "ten to the eighth" for a power of ten written "10^8", "10^-9", "10²³" or "10⁻⁹", or nothing.
  static std::optional<std::string> power_of_ten(std::string_view core);

  // A number in scientific notation at piece `i` ("3 × 10^8 m/s", "6.02×10²³"), with a
  // unit after it: how many pieces it used, 0 when it is none.
  size_t scientific(size_t i);

  // The numbers of "4-3-3" (each of one or two digits, joined by hyphens), or none.
  static std::vector<std::string_view> hyphen_groups(std::string_view core);

  // A hashtag or a handle: "#MeToo" → "hashtag Me Too" (no second "hashtag" after the
  // word), "@realDonaldTrump" → "at real Donald Trump": the words run together apart
  // (joined_words.h), digits as a number standing alone ("#COVID19": "COVID nineteen";
  // "#2020Election": "twenty twenty Election"). A name
  // with letters beyond ASCII is said whole.
  static std::optional<std::string> social_name(const std::string& core, const std::string& previous);

  // A quantity that describes a noun: "10-km" → "ten-kilometer", "90°" → "ninety degree".
  // `liquid`: what it describes holds liquid, which makes "pt" a pint, not a point.
  static std::optional<std::string> describing_quantity(const std::string& core, bool liquid = false);

  // "12kg", "30°C", "12%", "5km/h", "4.4x", "2x8", "12kg/kg", "12/kg".
  static std::optional<std::string> attached_quantity(const std::string& core);

  static std::optional<Reading> classify(const std::string& core);

  // A fraction's words at `i`, without "one" for a half or a quarter after "a": "a
  // half-inch pipe", "a quarter-mile track".
  std::string fraction_after_a(size_t i, const std::string& words) const;

  // "18-29-year-olds", "3–5-month-old": a range of ages, "eighteen to twenty nine
  // year-olds".
  static std::optional<std::string> aged_range(const std::string& core);

  // Whether the number at `i` is a name given by number to what the word before it
  // names, said in pairs as a house number is ("Highway 101" "one oh one", "Section 230"
  // "two thirty", "Form 1040" "ten forty", "Flight 370", "Boeing 737" "seven thirty
  // seven", "H.R. 3684", "SB 1070", "Proposition 187"); not a count ("Chapter 230" is read
  // as pages and chapters are, "page two hundred thirty").
  // `any_case`: the word may be written in small letters too ("exit 42B", "seat 14B").
  bool numbers_a_name(size_t i, bool any_case = false) const;

  // A score out of a total, "N out of M", after a word of scoring ("scored 8/10", "rated
  // it 4.5/5", "a mark of 18/20"; not a share, "got 1/3 of the vote"), and N/N where it
  // would be a fraction ("went 4/4" four for four, "7/7" seven seven, "for 8/8" August
  // eighth); nullopt for anything else.
  std::optional<std::string> score_out_of(size_t i, const std::string& core) const;

  // Whether `word` (in small letters) is the plural of a thing counted: counted_nouns.h's,
  // and a few it misses ("homes", "deaths", "votes").
  static bool counted_plural(const std::string& word);

  // ---- normalizing/ranges.cc -----------------------------------------------

  // Whether a token is a multiplication sign standing alone: "x" or "×".
  static bool is_times_sign(std::string_view token);

  // The "x" or "×" between two digits inside one token ("4x4", "2×4s"): its byte offset
  // and length, or npos.
  static std::pair<size_t, size_t> times_sign(std::string_view core);

  // The dash of a range inside one token ("2010-2014", "10–15%", "9:00-10:30"): the
  // byte offset and length of the dash, or npos.
  static std::pair<size_t, size_t> range_dash(std::string_view core);

  // One range rule for every class: two readings of the same class, or a bare number and
  // a reading that carries its unit ("10-15%", "$50-100"), are joined with "to".
  // `to` is the word between the ends ("and" after "between").
  static std::optional<std::string> compose_range(const std::string& a, const std::string& b, std::string_view to = "to");

  static std::optional<std::string> single_token_range(const std::string& core, std::string_view to = "to");

  // The word that joins the ends of a range opening at piece `i`: "and" after "between"
  // ("between 2015-2018" is "between twenty fifteen and twenty eighteen"), else "to".
  // Not when an "and" follows that joins two ranges ("between 2019-20 and 2021-22": each
  // says "to").
  std::string_view range_word(size_t i) const;

  static bool is_dash(std::string_view token);

  // ---- normalizing/codes.cc ------------------------------------------------

  // A section of a statute as British and Commonwealth courts cite it: "s.18 of the
  // Offences Against the Person Act", "under s 47 of the Act", "ss. 3-5": "section
  // eighteen", only with an Act, a Code or an Ordinance named near. Returns the tokens
  // used (the mark alone; the number is read after it), or 0.
  size_t statute_section(size_t i);

  // A season's episode, "S02E05", "s1e10": "season two, episode five", or nullopt.
  static std::optional<std::string> season_episode(std::string_view core);

  // A section of a code with its letter, as a plan is named after it: "401(k)", "457(b)s"
  // (the number as a code is said, then the letter), and the retirement plans written
  // without brackets, "401k", "403b", "457b" (before "401k" is read as thousands).
  static std::optional<std::string> code_section(const std::string& core);

  // Tokens with symbols inside: "#5" → "number five", "AT&T" → "A.T. and T.", "M*A*S*H" →
  // "MASH"; a "/" standing alone between words is a pause, between prices "or", between
  // two measures "slash" ("4K/120Hz", "3rd/4th", as a reader says what is written close).
  std::optional<std::string> symbol_word(size_t i, const std::string& core, const std::string& next);

  // "upgrade/update", "his/her", "31/31/100", "123/261788/2021".
  static std::optional<std::string> slashed(const std::string& core);

  // Whether the number at `i` is the end of an identifier, read digit by digit: after
  // "ending in" (or "ends with", ...) with a card, account, telephone number, plate, code
  // or the like named just before ("a card ending in 8876", "the phone number that ends
  // in 0142"; not "the year ending in 2020").
  bool identifier_end(size_t i) const;

  // ---- normalizing/names.cc ------------------------------------------------

  // A party label with a state's name of two words: "(D-New York)", "R-West Virginia,".
  size_t two_word_party_label(size_t i);

  // Capitals that a reader spells ("AP", "FBI", "AFP", "JWHA", "ISBN"): two capitals
  // that are not a common word, or three to five that no English word could begin or end
  // with ("ACBL", but not "MAX", "NASA", "OPEC", "AIDS": those are left to eSpeak NG). Not inside a run of
  // capitals (a heading), where they are words.
  std::optional<std::string> initialism(size_t i, const std::string& whole) const;

  // Whether the numeral at `i` follows a ruler's name: a common given name (borne by at
  // least kRulerNameBearers in data/first_names.tsv: Henry, Louis, Elizabeth; not Rocky
  // or Apollo), or a name after a regnal title ("Pope Pius", "Tsar Nicholas").
  bool ruler_named(size_t i) const;

  // "WWI", "WWII", "WW1", "WW2": "World War one", "World War two".
  static std::optional<std::string> world_war(std::string_view core);

  // Whether `word` is a title that a ruler's name and number follow ("Pope", "Tsar");
  // `reigning`: only a monarch's or a pope's, whose name a single numeral follows
  // whatever comes next ("King Charles I was"; not "in St. Louis I saw", "Prince Edward
  // I.", an island).
  static bool regnal_title(std::string_view word, bool reigning = false);

  // Whether the numeral at `i` (II, III or IV) is a person's generation after a full
  // name: a given name borne by at least kGenerationNameBearers (data/first_names.tsv),
  // then a surname, with a middle name or initial between them or not ("Martin Luther
  // King III", "John D. Rockefeller IV"; not "Star Trek II", nor "Thurston Howell III":
  // too rare a given name to tell from a title).
  bool generation_of_person(size_t i) const;

  static bool spelled_as_letters(std::string_view w);

  // A title written without its stops as British papers write it, where its words show
  // what it is: "Rt Hon" the Right Honourable, a rank's second word ("Lt Col", "Maj
  // Gen"), "Co Kerry" a county (not after a company's name); nullopt elsewhere.
  std::optional<std::string> undotted_title(size_t i) const;

  // ---- normalizing/sport.cc ------------------------------------------------

  // A cricket score written with a slash, where a word only cricket uses is near, else
  // nullopt: runs for wickets, "287/6" two hundred eighty seven for six, and wickets
  // first as Australia writes them, "6/287"; bowling figures after a word of taking,
  // "took 5/27". Never what may be a date (runs first up to a month's days, "on 15/3",
  // "24/7"; wickets first up to 31 but as figures, "starts 7/13", "9/11"). A hyphen
  // ("287-6") is left a range: every other sport's scores are written so.
  // (`top` and `bottom`: the numbers before and after the slash, slashed_numbers.)
  std::optional<std::string> runs_for_wickets(size_t i, int top, int bottom) const;

  // Whether only cricket's figures can follow the words before piece `i`: "figures of",
  // "declared at", "declared on" ("finished with figures of 6/45", "declared at 8/487").
  bool innings_words_before(size_t i) const;

  // The two whole numbers of `core` joined by a slash, neither opening with a nought,
  // up to four digits before it and three after ("287/6", "13/2", "5000/1"), else nullopt.
  static std::optional<std::pair<int, int>> slashed_numbers(std::string_view core);

  // Whether a word only cricket uses is among the 40 pieces either side of piece `i`
  // (not in an idiom: "a sticky wicket", "stumps up"), or an innings' "155 all out".
  bool cricket_near(size_t i) const;

  // Betting odds written as a fraction, said "thirteen to two", else nullopt:
  //  - a price on a contest's outcome after its verb, "City are 4/6 to win" (not "need
  //    7/10 to qualify", nor after a word of dates, "by 31/10 to claim");
  //  - any price before "favourite" or after "odds of";
  //  - an improper one before a word of chance, "a 100/1 outsider", "a 13/2 shot" ("a
  //    1/3 chance" is a chance); these come before cricket's scores (runs_for_wickets):
  //    "100/1 outsiders for the T20 World Cup";
  //  - an improper one after a word of price where its phrase ends, with a word of
  //    winning or pricing near, "won at 13/2.", "backed into 9/2 on" (not "the meeting
  //    is at 11/4."), or near a word only betting uses ("bookmakers", "punters").
  // Never a fraction of something ("4/5 of voters"), 24/7, nor halves, thirds and
  // quarters but before "favourite" or after "odds". A split of a hundred is said as
  // one: "a 60/40 chance" sixty forty.
  std::optional<std::string> runs_or_odds(size_t i, const std::string& core, const std::string& next) const;

  // A fraction of one written with three places and no whole, where sport's averages and
  // gunsmiths' calibers are written so, said as those are: "hitting .310" three ten,
  // ".285 average" two eighty five, "batting .305" three oh five, ".300 hitter" three
  // hundred, "a .308 rifle" three oh eight, "a .223-caliber rifle". Elsewhere (a blood
  // alcohol of ".158", "a correlation of .452", ".350 seconds") the point stays.
  std::optional<std::string> three_places(size_t i, const std::string& core, const std::string& next) const;

  // Whether `core` is three places and no whole, the first not nought: ".310".
  static bool is_average(std::string_view core);

  // An average's words (is_average): ".310" three ten, ".305" three oh five, ".300" three hundred.
  static std::string average_words(std::string_view core);

  // Whether piece `i` ("No") counts votes: "Yes", "Ayes", "Yea" or "Nays" within four
  // words, or a percentage after its number ("Yes 10, No 5", "and No 40 percent").
  bool tally_near(size_t i) const;

  // Whether `core` at piece `i` is a team's record of wins and losses, said with "and"
  // ("ten and two"), not a score or a range: after "improved to" or "fell to", before
  // "record", "start" or a conference's initials ("7-1 SEC"; not an era nor overtime,
  // "500-400 BC", "a 25-22 OT win"), or in brackets after a team's plural name ("The
  // Phillies (62-34)"; not a person's, nor where a poll is spoken of); `in_list`: as the
  // second record in a bracket, by its own words only.
  bool win_loss_record(size_t i, std::string_view core, bool in_list = false) const;

  // A Gaelic football or hurling score of goals and points, one side against the other:
  // "1-15 to 1-13" one fifteen to one thirteen; nullopt for anything else.
  std::optional<std::string> goals_and_points(size_t i, std::string_view core) const;

  // ---- normalizing/word.cc -------------------------------------------------

  // One token on its own.
  std::string word(size_t i, const Piece& p);

  std::vector<std::string> tokens_;
  std::vector<Piece> pieces_;  // tokens_, peeled
  std::vector<bool> glued_;  // said with no space before it (the word after a close-up em dash)
  bool glue_ = false;
  bool day_first_text_ = false;  // the text's ambiguous numeric dates are day first (constructor)
  std::string out_;
  size_t street_suffix_at_ = std::string::npos;  // a street suffix address() found ("Expy")
  std::set<size_t> address_direction_;            // directions in an address ("N.", "NW")
};

}  // namespace narrate::normalizing
