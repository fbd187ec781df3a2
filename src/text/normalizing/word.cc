// One token read alone, after the forms that take several tokens have passed it.
#include "text/normalizing/normalizer.h"

#include <algorithm>
#include <cctype>

#include "text/first_names.h"
#include "text/normalize_tables.h"
#include "text/number_words.h"

namespace narrate::normalizing {

std::string Normalizer::word(size_t i, const Piece& p) {
  const std::string& core = p.core;
  if (core.empty()) return core;
  const std::string previous = i > 0 ? piece(i - 1).core : "";
  const std::string next = piece(i + 1).core;
  // A currency's symbol after an amount written apart, as much of Europe writes it: "20 €".
  if (i > 0 && piece(i - 1).trail.empty() && !is_alpha(core[0]) && !is_digit(core[0])) {
    for (const auto& sign : tables::currency_signs()) {
      if (sign.after || sign.sign != core) continue;
      const auto n = parse_number(previous);
      if (!n) break;
      // (Once, as a modifier, between an article and a noun: "a 50 € fine".)
      const std::string article = i > 1 ? lower(piece(i - 2).core) : "";
      const bool modifier = (article == "a" || article == "an" || article == "the") && p.trail.empty() && is_lowercase_word(next) &&
                            !is_function_word(next);
      return (n->whole == "1" && !n->has_point) || modifier ? sign.currency.one : sign.currency.many;
    }
  }
  // "ext" without its stop, after a telephone number: "555-123-4567 ext 22" (not "ext 4",
  // a file system).
  if (core == "ext" && !next.empty() && all_digits(next) && i > 0 && piece(i - 1).trail.empty() && phone_or_address(previous)) {
    return "extension";
  }
  // An extension after a telephone number: "555-123-4567 x45".
  if (core.size() >= 2 && core.size() <= 6 && (core[0] == 'x' || core[0] == 'X') && all_digits(core.substr(1)) && i > 0 &&
      piece(i - 1).trail.empty() && phone_or_address(previous) && previous.find('.') == std::string::npos) {
    return "extension " + cardinal_words(core.substr(1));
  }
  // Cricket's figures with a hyphen, as with a slash, where only cricket's words can be
  // around them: after a word of taking, or before "at stumps", "at lunch", "at tea" or
  // "declared" ("taking 4-45", "302-7 at stumps": "four for forty five", "three hundred
  // two for seven"; not a rugby score near cricket, "beat Wales 35-7").
  if (const size_t dash = core.find('-'); dash != std::string::npos && dash > 0 && dash <= 3 && dash + 1 < core.size() &&
                                          core.size() - dash - 1 <= 3 && all_digits(core.substr(0, dash)) && all_digits(core.substr(dash + 1)) &&
                                          core[0] != '0' && core[dash + 1] != '0') {
    static constexpr std::array<std::string_view, 5> taking = {"took", "takes", "taking", "claimed", "figures"};
    static constexpr std::array<std::string_view, 3> breaks = {"stumps", "lunch", "tea"};
    // (Or a total reached where cricket is spoken of: "Pakistan reached 342-6 against Nepal".)
    static constexpr std::array<std::string_view, 5> reaching = {"reached", "posted", "made", "finished", "closed"};
    const bool innings_cue = said_last(taking) || innings_words_before(i) || (p.trail.empty() && next == "declared") ||
                             (p.trail.empty() && next == "at" && listed(lower(piece(i + 2).core), breaks)) ||
                             (said_last(reaching) && !(p.trail.empty() && ((tables::unit(next) && !is_function_word(next)) || next == "degrees" || next == "percent")));
    const auto runs = innings_cue ? runs_for_wickets(i, std::stoi(core.substr(0, dash)), std::stoi(core.substr(dash + 1))) : std::nullopt;
    if (runs) return *runs;
  }
  if (!p.elided.empty() && core.size() == 2 && all_digits(core)) {  // "class of '05": "oh five"
    return core[0] == '0' ? "oh " + cardinal_words(core.substr(1)) : cardinal_words(core);
  }
  if (const auto percent = british_percent(i, core)) return *percent;
  if (const auto score = score_out_of(i, core)) return *score;
  // A day and a month written with its nought, the day past twelve: "ref 1234 of 17/05"
  // the seventeenth of May (never a fraction: no bottom is written "05").
  if (const size_t slash = core.find('/'); (slash == 1 || slash == 2) && core.size() == slash + 3 && core[slash + 1] == '0' &&
                                           all_digits(core.substr(0, slash)) && all_digits(core.substr(slash + 1))) {
    const int day = std::stoi(core.substr(0, slash)), month = std::stoi(core.substr(slash + 1));
    if (day > 12 && day <= 31 && month >= 1) return "the " + ordinal_words(core.substr(0, slash)) + " of " + month_of(month);
  }
  // Months before a year, as accounts write a period: "in 9M 2024" nine months; minutes
  // before seconds, a lap's time: "1m 29.179s" one minute.
  if (core.size() >= 2 && core.size() <= 3 && (core.back() == 'M' || core.back() == 'm') && all_digits(core.substr(0, core.size() - 1)) &&
      core[0] != '0' && p.trail.empty()) {
    const int count = std::stoi(core.substr(0, core.size() - 1));
    const std::string& after = piece(i + 1).core;
    const bool year = core.back() == 'M' && count <= 12 && after.size() == 4 && all_digits(after) && (after.starts_with("19") || after.starts_with("20"));
    const auto seconds = core.back() == 'm' && after.size() >= 2 && after.back() == 's' && count < 60 ? parse_number(after.substr(0, after.size() - 1))
                                                                                                    : std::nullopt;
    if (year) return cardinal_words(core.substr(0, core.size() - 1)) + (count == 1 ? " month" : " months");
    if (seconds && !seconds->negative && !seconds->grouped && seconds->whole.size() <= 2) {
      return cardinal_words(core.substr(0, core.size() - 1)) + (count == 1 ? " minute" : " minutes");
    }
  }
  // Any two numbers joined by a colon near the word ratio: "the pupil-teacher ratio is
  // 1:28" (not a clock's minutes).
  if (const size_t colon = core.find(':'); colon != std::string::npos && ratio_at(i)) {
    return cardinal_words(core.substr(0, colon)) + " to " + cardinal_words(core.substr(colon + 1));
  }
  // A lineage's name, capitals and numbers joined by points, as viruses' variants are
  // named: "JN.1" J N one, "XBB.1.5" X B B one five, "BA.2.86" (eSpeak NG says "dot").
  if (const size_t dot = core.find('.'); dot >= 2 && dot <= 4 && dot + 1 < core.size() && all_capitals(core.substr(0, dot)) &&
                                         std::all_of(core.begin() + static_cast<long>(dot), core.end(), [](char c) { return c == '.' || is_digit(c); }) &&
                                         core.find("..") == std::string::npos && core.back() != '.' && !tables::abbreviation(core.substr(0, dot + 1)) && !tables::abbreviation(lower(core.substr(0, dot + 1)))) {
    std::string words;
    for (const char letter : core.substr(0, dot)) join(words, letter_name(letter));
    for (const auto group : split(std::string_view(core).substr(dot + 1), '.')) join(words, group.size() <= 2 && group[0] != '0' ? cardinal_words(group) : digit_words(group));
    return words;
  }
  // A year and the next written with a slash, as fiscal, tax and school years and
  // seasons are ("2024/25", "FY2023/24", "2023/2024"): said as with a hyphen.
  if (const auto span = slashed_year_span(core)) {
    Piece hyphenated = p;
    hyphenated.core = *span;
    return word(i, hyphenated);
  }
  // A sign standing alone before an amount: "≈ 300", "~ $5"; a comparison only after a
  // variable ("p < 0.05", "n > 100"), not in a trail of links ("Home > News > 2024").
  if (const LeadSign* sign = lead_sign(core); sign && !sign->money_only && core.size() == sign->sign.size() && starts_amount(next)) {
    const bool variable = i > 0 && piece(i - 1).trail.empty() && (is_lowercase_word(previous) || (previous.size() == 1 && is_alpha(previous[0])));
    if (!sign->comparison || variable) return sign->words == "about" ? about_word() : std::string(sign->words);
  }
  // "P<.001", "eGFR<30", "1<2": a name or a number, then a comparison.
  for (const LeadSign& sign : kLeadSigns) {
    const size_t at = sign.comparison ? core.find(sign.sign) : std::string::npos;
    if (at == std::string::npos || at == 0 || !starts_amount(std::string_view(core).substr(at + sign.sign.size()))) continue;
    const auto left = classify(core.substr(0, at)), right = classify(core.substr(at + sign.sign.size()));
    if (right) return (left ? left->words : core.substr(0, at)) + " " + std::string(sign.words) + " " + right->words;
  }
  if (in_dateline(i)) return dateline_word(core);
  if (core == kSection) return "section";  // "§ 175.10"
  if (core == std::string(kSection) + std::string(kSection)) return "sections";
  // A point of the compass where a direction is spoken of ("winds from the NNE", "10 km
  // NNE of Tokyo", "NNE at 15 mph"), not a name ("Shares of SSE rose").
  if (const auto point = core.size() == 3 ? tables::compass_point(core) : std::nullopt) {
    static constexpr std::array<std::string_view, 9> before = {"from", "to", "toward", "towards", "heading", "moving", "blowing", "the", "and"};
    const std::string after = lower(next);
    if (std::find(before.begin(), before.end(), lower(previous)) != before.end() || after == "of" || after == "at" ||
        all_digits(previous) || tables::unit(previous)) {
      return *point;
    }
  }
  // Two letters of the compass after a distance and before "of": "120 miles SW of Tampa"
  // (not "SW Florida", "the NE corridor": read elsewhere as places).
  if (core.size() == 2 && lower(next) == "of" && p.trail.empty() && i > 0 && piece(i - 1).trail.empty() &&
      (core == "NE" || core == "NW" || core == "SE" || core == "SW")) {
    static constexpr std::array<std::string_view, 10> lengths = {"miles", "mile", "kilometres", "kilometers", "km", "mi",
                                                                 "metres", "meters", "feet", "yards"};
    if (all_digits(previous) || tables::unit(previous) || listed(previous, lengths)) {
      if (const auto d = tables::directional(core)) return lower(*d);
    }
  }
  if (i == street_suffix_at_) {
    const auto street = tables::street_suffix(core);
    const bool direction_follows = address_direction_.count(i + 1) > 0;
    return core.ends_with('.') && p.trail.empty() && !direction_follows && (next.empty() || capitalized(next)) ? *street + "."
                                                                                                               : *street;
  }
  if (address_direction_.count(i)) return *tables::directional(core);
  // A road's abbreviation that is nothing else, after the road's name or before its
  // number, without a house number before: "Sunset Blvd", "St Kilda Rd", "the Pacific
  // Hwy", "Hwy 401" (USPS's names, street_suffixes.tsv). (Not "Ave", also a word:
  // "Schubert's Ave Maria"; "Ter", a Dutch name's, "Ter Haar"; "Cir.", a court's circuit.)
  static constexpr std::array<std::string_view, 10> road_only = {"Rd", "Hwy", "Blvd", "Pkwy", "Ln", "Ct", "Fwy", "Expy", "Tpke", "Rte"};
  if (listed(core, road_only) && i > 0) {
    const Piece before = piece(i - 1);
    const bool named = before.trail.empty() && capitalized(before.core) && !opens_sentence(i - 1) && !all_capitals(before.core);
    const bool numbered = p.trail.empty() && !next.empty() && is_digit(next[0]) && (core == "Hwy" || core == "Rte" || core == "Fwy");
    if (named || numbered) {
      if (const auto road = tables::street_suffix(core == "Rte" ? "RTE" : core)) return *road;
    }
  }
  // "est." before a year after a name and its comma is established ("Smith & Sons, est.
  // 1890"); elsewhere an estimate ("(2003 est.)", "(est. 2023)", "Completion: est. 2026").
  // (The year ends the clause: not "est. 2030 completion".)
  if (core == "est." && next.size() == 4 && all_digits(next) && i > 0 && piece(i - 1).trail == "," && capitalized(previous) &&
      p.lead.empty() && (!piece(i + 1).trail.empty() || token(i + 2).empty())) {
    return "established";
  }
  if (const auto title = undotted_title(i)) return *title;
  // A capital A after a capital and small letters names a letter: "IgA", "HbA" (eSpeak NG
  // says the article).
  if (core.size() >= 3 && core.size() <= 4 && core.back() == 'A' && std::isupper(static_cast<unsigned char>(core[0])) &&
      std::all_of(core.begin() + 1, core.end() - 1, [](char c) { return c >= 'a' && c <= 'z'; })) {
    return core.substr(0, core.size() - 1) + " " + letter_name('A');
  }
  if (const auto* a = tables::abbreviation(core)) {
    using Kind = tables::Abbreviation::Kind;
    // ("No. I won't": the word no and the pronoun, not the numeral one, where a sentence,
    // a quotation or a clause opens; "Symphony No. I in D", "Vol. I of" are numbered.)
    const std::string& after_numeral = piece(i + 2).core;
    const bool clause_opens = opens_sentence(i) || !p.lead.empty() || (i > 0 && !piece(i - 1).trail.empty());
    const bool pronoun = (core == "No." || core == "no.") && clause_opens && next == "I" && piece(i + 1).trail.empty() && !after_numeral.empty() &&
                         after_numeral[0] >= 'a' && after_numeral[0] <= 'z';
    // (Before a code of capitals and digits too: "Case No. CV-2023-004512".)
    const bool code_after = next.size() >= 2 && is_alpha(next[0]) && std::any_of(next.begin(), next.end(), is_digit) &&
                            std::none_of(next.begin(), next.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (a->kind == Kind::number && !(is_digit(next[0]) || code_after || (is_roman(next) && !pronoun))) return core;
    // A title not before a number, capitals or a small word other than a name's particle:
    // "Det. 3 of the 22nd Air Force" is a detachment, "Brig. HQ" and "the 3rd Inf. Brig.
    // deployed" a brigade; "Mr. de Vos" goes on.
    static constexpr std::array<std::string_view, 14> particles = {"and", "de", "van", "von", "da", "del", "di", "la", "le",
                                                                   "du", "bin", "al", "el", "ter"};
    const bool small_word_after = is_lowercase_word(next) && !listed(next, particles);
    if (a->kind == Kind::title && !next.empty() && (is_digit(next[0]) || (next.size() > 1 && all_capitals(next)) || small_word_after)) {
      return core;
    }
    // Only a final abbreviation's full stop may also end the sentence: at the end of
    // the text, or before a capital.
    // "Bros." goes on into a company's name ("Warner Bros. Discovery", "Warner Bros.
    // Pictures") and ends a sentence only before a word that opens one ("made by Warner
    // Bros. It opens").
    static constexpr std::array<std::string_view, 14> openers = {"it", "he", "she", "they", "we", "i", "his", "her", "their",
                                                                  "its", "this", "both", "but", "in"};
    const bool opens = is_function_word(lower(next)) || std::find(openers.begin(), openers.end(), lower(next)) != openers.end();
    const bool name_goes_on = core == "Bros." && !opens;
    if (a->kind == Kind::final && kept_stop_ends_sentence(i) && !name_goes_on) {
      return with_stop(a->spoken);  // "Acme Inc. The ...", not "Apple Inc. (AAPL)" nor "Tues. Nov. 5"
    }
    // Any stop kept on the text's last word is the text's end: "made by Warner Bros."
    if (core.ends_with('.') && p.trail.empty() && token(i + 1).empty()) return with_stop(a->spoken);
    return a->spoken;
  }
  // A weekday's short name before a date or a time: "Fri March 1", "Thu 05 Dec 2024",
  // "Wed, Dec. 4", "Sat., Jan. 20", "Sat 1-3 PM" (not "the Sun", nor "Sat down"); with
  // its stop only before a comma ("reported by The Sun.").
  const std::string_view short_day =
      core.ends_with('.') && p.trail == "," ? std::string_view(core).substr(0, core.size() - 1) : std::string_view(core);
  if (short_day.size() >= 3 && short_day.size() <= 5 && capitalized(short_day) && (p.trail.empty() || p.trail == "," || p.trail == ".") &&
      short_day.find('.') == std::string::npos) {
    // (Right after a capitalized word it names a paper: "the Toronto Sun, March 3"; not
    // after a comma: "7:02 AM GMT+1, Mon December 2".)
    const bool in_name = name_before(i) && piece(i - 1).trail.empty();
    if (const auto day = weekday_name(short_day); day && *day != short_day && lower(previous) != "the" && !in_name) {
      std::string marker;
      const auto [dash, length] = range_dash(next);
      const bool time_follows = p.trail.empty() && (starts_time(i + 1) || (dash != std::string::npos && (is_am_pm(piece(i + 2).core, marker) ||
                                                                                                        attached_am_pm(next.substr(dash + length)))));
      const bool date_follows = (month_name(next) && !days_of(piece(i + 2).core).empty()) || (!days_of(next).empty() && month_name(piece(i + 2).core)) ||
                                time_follows;
      // A forecast's or a listing's day after its figure: "20% Tue, 60% Wed", "High 72
      // Sat.", "72 Mon, 75 Tue" (a percentage or degrees, a high or a low, or another day
      // after the next figure; not a ranking, "world No. 2 Sun, 4-1").
      const std::string figure = i > 0 ? piece(i - 1).core : "";
      const std::string before_figure = i > 1 ? lower(piece(i - 2).core) : "";
      static constexpr std::array<std::string_view, 6> forecast = {"high", "low", "highs", "lows", "max", "min"};
      const bool figure_cued = figure.ends_with('%') || figure.ends_with("\xC2\xB0") ||
                               std::find(forecast.begin(), forecast.end(), before_figure) != forecast.end() ||
                               (!next.empty() && is_digit(next[0]) && weekday_name(piece(i + 2).core)) ||
                               (i > 1 && piece(i - 2).trail == "," && weekday_name(piece(i - 2).core));  // "75 Tue, 68 Wed"
      const bool after_figure = i > 0 && piece(i - 1).trail.empty() && !figure.empty() && is_digit(figure[0]) &&
                                (!p.trail.empty() || next.empty()) && figure_cued;
      if ((date_follows && p.trail != ".") || after_figure) return *day;
    }
  }
  // A rent's or a rate's period after an amount, as British listings write it: "£1,285
  // pcm" (per calendar month), "£300 pw", "4.5% p.a." (a year).
  struct Period {
    std::string_view bare, dotted, words;
    bool after_percentage;  // also after a rate in percent
  };
  static constexpr std::array<Period, 3> periods = {{{"pcm", "p.c.m.", "per calendar month", false},
                                                     {"pw", "p.w.", "per week", false},
                                                     {"pa", "p.a.", "a year", true}}};
  const auto period = std::find_if(periods.begin(), periods.end(), [&](const Period& d) { return core == d.bare || core == d.dotted; });
  if (period != periods.end() && i > 0 && piece(i - 1).trail.empty() && p.lead.empty()) {
    const std::string& amount = piece(i - 1).core;
    const bool rate = amount.size() > 1 && amount.back() == '%' && parse_number(amount.substr(0, amount.size() - 1));
    if (money(amount) || (period->after_percentage && rate)) {
      return std::string(period->words) + (core.back() == '.' && kept_stop_ends_sentence(i) ? "." : "");
    }
  }
  // "No 10 Downing Street", "Control: No 44 Wing": "No" without its stop, inside a
  // sentence, before a whole number ("No 2 cases are alike" opens one and says no).
  if (core == "No" && p.trail.empty() && all_digits(next) && !opens_sentence(i) && !tally_near(i)) return "number";
  if (core == "St." || core == "St" || core == "st") {
    // Street after a house number or a street's name ("12 Elm St.", "Elm St"); Saint
    // before a name otherwise ("St. Croix", "the St. Louis Cardinals").
    static constexpr std::array<std::string_view, 12> function_words = {
        "The", "A", "An", "In", "On", "At", "From", "To", "Of", "And", "Near", "Via"};
    bool street = (capitalized(previous) || all_digits(previous) || ordinal(previous)) && piece(i - 1).trail.empty();
    for (const auto w : function_words) street = street && previous != w;
    // ...or a house number before the street's name ("12 Elm St."; not "1853 of St. John").
    size_t name = i;
    while (name > 0 && i - name < 4 && capitalized(piece(name - 1).core) && piece(name - 1).trail.empty()) --name;
    street = street || (name > 0 && name < i && all_digits(piece(name - 1).core));
    if (street) return core.ends_with('.') && (next.empty() || capitalized(next)) ? "Street." : "Street";
    if (capitalized(next) && piece(i).trail.empty()) return "Saint";  // "St. Croix", "st Louis"
    return core;
  }
  if (const auto label = party_label(core)) {  // "(D-Calif.)": "(Democrat of California)"
    return *label + (kept_stop_ends_sentence(i) ? "." : "");
  }
  // A state's older abbreviation ("Calif.", "N.Y."): the state, wherever it stands;
  // one that is also a word ("Miss.", "Mo.") only after a place and a comma. After a
  // place its stop may end the sentence, when a capital follows that is no title
  // ("in St. Louis, Mo. The", not "Boston, Mass. Gov. Maura Healey").
  if (const auto state = tables::us_state(core); state && core.ends_with('.')) {
    // A place: a capitalized word before the comma, which opens the sentence only when
    // it is no word said to someone ("Boston, Mass., police"; "Yes, Miss." is no place).
    static constexpr std::array<std::string_view, 16> addressing = {"Yes", "No", "Oh", "Okay", "OK", "Well", "Thanks", "Sorry",
                                                                    "Please", "Hi", "Hello", "Hey", "Excuse", "Pardon", "Sure", "Now"};
    const bool said_to = std::find(addressing.begin(), addressing.end(), previous) != addressing.end();
    // A place opening the sentence needs the state's closing comma too, or the end of
    // the line ("Boston, Mass., police", "Olympia, Wash."; not "Meanwhile, Del. Danica
    // Roem", a delegate).
    const bool closed = p.trail == "," || token(i + 1).empty();
    const bool after_place = i > 0 && piece(i - 1).trail == "," && capitalized(previous) &&
                             (!opens_sentence(i - 1) || in_dateline(i - 1) || (!said_to && closed));
    if (after_place || !state->ambiguous) return state->name + (kept_stop_ends_sentence(i) ? "." : "");
  }
  if (const auto a = abbreviation(core, previous, next)) {
    // "U.S.", "Dr.": the full stop may have ended the sentence, at the end of the text or
    // before a capital (but a title comes before a name, and "the U.S. Senate" goes on).
    const bool spelled = a->size() >= 3 && (*a)[1] == ' ';
    if (core.ends_with('.') && *a != "Doctor" && p.possessive.empty() && (next.empty() || (!spelled && capitalized(next)))) {
      return *a + ".";
    }
    return *a;
  }
  if (i > 0 && piece(i - 1).trail == ",") {
    // A state's code after a place: before a ZIP code or at the end ("Sacramento, CA
    // 95814"), or closing a phrase ("Wheaton, IL: Crossway", "born in Austin, TX, he")
    // unless the code is also a word ("Thanks, Sam, OK?").
    // Not after a person's name either ("Jane Doe, MD, said", "Jane Doe, MA, LPC": a
    // degree), nor LA (Los Angeles) or NE (a direction after a street).
    const auto state = tables::us_state(core);
    static constexpr std::array<std::string_view, 8> also_words = {"OK", "OR", "IN", "ME", "HI", "OH", "LA", "NE"};
    // (A person: a known given name, or a doctor's or professor's title, before the
    // name: "Dr Mehta, MD,"; "Mr Lee, WA," keeps the state.)
    static constexpr std::array<std::string_view, 4> titles = {"Dr", "Dr.", "Prof", "Prof."};
    const bool person = i >= 2 && piece(i - 2).trail.empty() &&
                        (!gender_of_first_name(piece(i - 2).core).empty() || listed(piece(i - 2).core, titles));
    const bool closes = !p.trail.empty() && capitalized(previous) && !person &&
                        std::find(also_words.begin(), also_words.end(), core) == also_words.end();
    if (state && !core.ends_with('.') && (next.empty() || all_digits(next) || zip_plus_four(next) || closes)) return state->name;
  }
  // A direction between a house number and a street ("123 S. Main St."), not an initial
  // before another ("in 1961 S. M. Cramer").
  const bool next_is_initial = ((next.size() == 2 && next[1] == '.') || (next.size() == 1 && piece(i + 1).trail.starts_with('.'))) &&
                               next[0] >= 'A' && next[0] <= 'Z';
  if (i > 0 && all_digits(previous) && core.size() == 1 && std::string_view("NSEW").find(core[0]) != std::string_view::npos &&
      (capitalized(next) || ordinal(next)) && !next_is_initial) {
    return core == "N" ? "North" : core == "S" ? "South" : core == "E" ? "East" : "West";
  }
  // NE, NW, SE and SW before a place's or a street's name or an ordinal street, after a
  // preposition of place or a house number: "in SE Portland", "on SW 8th St", "2200 NE
  // Broadway" (a state, "Omaha, NE 68102", is read above). Not "Siemens SE Chief
  // Executive", "the iPhone SE Plus", "head of SW Development", "the 2019 SE Sport".
  if ((core == "NE" || core == "NW" || core == "SE" || core == "SW") && p.trail.empty() && piece(i + 1).lead.empty() &&
      ((capitalized(next) && !all_capitals(next)) || ordinal(next))) {
    static constexpr std::array<std::string_view, 8> toward = {"in", "into", "across", "throughout", "from", "near", "around", "to"};
    const bool house_number = all_digits(previous) && previous.size() >= 2 && previous.size() <= 5 &&
                              !(previous.size() == 4 && (previous.starts_with("19") || previous.starts_with("20")));  // (not "the 2019 SE Sport")
    const auto d = house_number || (i > 0 && listed(previous, toward)) ? tables::directional(core) : std::nullopt;
    if (d) return *d;
  }
  // "WWII", "WW1": the war's name.
  if (const auto war = world_war(core)) return *war;
  // A century by its Roman numeral: "the XXI century", "the XVIII and XIX centuries".
  if (is_roman(core) && core.size() > 1 && p.trail.empty()) {
    const auto century_at = [&](size_t k) {
      const std::string w = lower(piece(k).core);
      return w == "century" || w == "centuries";
    };
    if (century_at(i + 1) || ((next == "and" || next == "or" || next == "to") && is_roman(piece(i + 2).core) && century_at(i + 3))) {
      return ordinal_words(std::to_string(roman_value(core)));
    }
  }
  // A numeral joined to a word: "World War II-era", "the XIX-century house", "WWII-era":
  // the numeral as read alone, then the word.
  if (const size_t dash = core.find('-'); dash != std::string::npos && dash > 0 && dash + 1 < core.size() && p.possessive.empty()) {
    const std::string numeral = core.substr(0, dash), rest = core.substr(dash + 1);
    if (is_lowercase_word(rest) && (is_roman(numeral) || world_war(numeral))) {
      std::string said = rest == "century" && is_roman(numeral) && numeral.size() > 1 ? ordinal_words(std::to_string(roman_value(numeral)))
                                                                                     : word(i, Piece{p.lead, numeral, "", ""});
      if (said != numeral) return said + "-" + rest;
    }
  }
  // A numeral's possessive, "Henry VIII's", "King Charles I's": the numeral as read
  // alone (a single letter only after a regnal title: "Frank I's lawyers").
  const bool titled_name = i > 1 && regnal_title(piece(i - 2).core, true);
  if (const size_t s = possessive_ending(core); s && p.possessive.empty() && core.size() > s && is_roman(core.substr(0, core.size() - s)) &&
      (core.size() - s > 1 || titled_name) &&
      !(i > 0 && (listed(lower(previous), kDeterminers) || lower(previous) == "a" || lower(previous) == "an"))) {  // "The IV's drip"
    const std::string numeral = core.substr(0, core.size() - s);
    const std::string said = word(i, Piece{p.lead, numeral, p.trail, "'s"});
    return said == numeral ? core : said + "'s";
  }
  if (is_roman(core) && i > 0 && (core.size() > 1 || core.find_first_not_of("IVX") == std::string::npos)) {
    // (A model's "Mark" too: "the EOS R5 Mark II", "Mark V".)
    static constexpr std::array<std::string_view, 31> counted = {
        "War", "Chapter", "Part", "Volume", "Act", "Phase", "Book", "Article", "Title", "Section",
        "Level", "Stage", "Round", "Type", "Class", "Bowl", "Olympiad", "Vatican", "Schedule", "Amendment",
        "Episode", "Page", "Vol.", "Vol", "Appendix", "Art.", "Sec.", "Ch.", "Mark", "Category", "Grade"};
    // "I" is the pronoun unless a capitalized counted noun names it and nothing follows
    // but punctuation, a capital or a noun it names ("Volume I,", "World War I.", "Level I
    // Trauma Center", "Type I diabetes"; not "in this chapter I argue", "after the Super
    // Bowl I went"). "World War I" is one wherever it stands.
    // A counted noun's abbreviation in small letters before punctuation names it too
    // ("vol I:", "ch. I,").
    const std::string counter = lower(previous);
    const bool small_counter = (counter == "vol" || counter == "vol." || counter == "ch.") && !p.trail.empty();
    // (Before a noun that the counted thing names, it is one: "a Phase I trial", "Type I
    // diabetes", "a Schedule I drug", "a Grade I listed building".)
    static constexpr std::array<std::string_view, 22> named = {
        "trial", "trials", "study", "studies", "diabetes", "drug",    "drugs",  "substance", "substances", "hurricane", "storm",
        "cancer", "listed", "error", "errors",  "felony",   "offense", "offence", "narcotic", "narcotics", "tumor",    "tumors"};
    const bool pronoun = core == "I" && previous != "War" && !small_counter &&
                         (!capitalized(previous) || (p.trail.empty() && !next.empty() && !capitalized(next) && !listed(lower(next), named)));
    // (Not a name's initial before an age: "named as Mark V, 29,".)
    const bool age_follows = p.trail == "," && !next.empty() && next.size() <= 2 && all_digits(next);
    for (const auto c : counted) {
      if (!pronoun && !age_follows && lower(previous) == lower(c)) return cardinal_words(std::to_string(roman_value(core)));  // "chapter VI"
    }
    // "Ferdinand I,", "Elizabeth I's": a given name's first, where punctuation or a
    // possessive follows at once ("when I met Elizabeth I was" keeps the pronoun), and
    // no article makes the name a thing's ("Keep the Promise I", a committee).
    constexpr size_t kGivenNameBearers = 1'000;
    const std::string before_name = i > 1 ? lower(piece(i - 2).core) : "";
    const bool named_thing = before_name == "the" || before_name == "a" || before_name == "an";
    // After a comma a capital that is no numeral must follow ("Ferdinand I, Holy Roman
    // Emperor"; not "in Austin I, like many", "Rocky I, II and III").
    const bool aside_follows = p.trail == "," && !next.empty() && (!capitalized(next) || is_roman(next));
    if (core == "I" && (!p.trail.empty() || !p.possessive.empty()) && piece(i - 1).trail.empty() && piece(i - 1).possessive.empty() &&
        capitalized(previous) && !named_thing && !aside_follows && (ruler_named(i) || first_name_bearers(previous) >= kGivenNameBearers)) {
      return "the first";
    }
    // A regnal title, a name, then V or X ("King Charles V", "Pope Pius X"), or I before
    // "of" or a pause before a relative or a capital ("King Charles I of England", "Queen
    // Elizabeth I, who"; "when I met Pope Francis I was" keeps the pronoun). Without the
    // title a single letter stays one: an initial ("Luis V Gutierrez"), an anonymized
    // name ("Thomas V, 34"), a chef's ("Johnny V of Las Olas"), "v" for versus
    // ("Lawrence V Texas"), "Malcolm X".
    if (core.size() == 1 && capitalized(previous) && piece(i - 1).trail.empty() && !named_thing) {
      const bool of_follows = p.trail.empty() && next == "of";
      const bool aside = p.trail.starts_with(',') || p.trail.starts_with(';') || p.trail.starts_with(')') || !p.possessive.empty();
      // (After "I," a relative, an article or a capital: "King Charles I, who"; not "I met
      // King Charles I, and we", "Having met Pope Leo I, I can say".)
      const std::string after_pause = lower(next);
      const bool clause_follows = p.trail != "," || after_pause == "who" || after_pause == "whose" || after_pause == "the" ||
                                  (capitalized(next) && next != "I");
      const bool titled = titled_name && piece(i - 2).trail.empty() &&
                          (core != "I" || of_follows || (aside && clause_follows));
      if (titled) return "the " + ordinal_words(std::to_string(roman_value(core)));
    }
    if (core == "I") return core;
    // After a capitalized word, only numerals of I, V and X ("MD" and "DC" are far more
    // often letters) of two letters or more ("Malcolm X"): a ruler's ordinal after a
    // given name or a name after a regnal title ("Henry VIII", "John Paul II", "Pope
    // Pius XII"), else the number of a sequel, a grade or a team ("Star Trek II",
    // "Grade II", "Apollo XIII", "the Second XI").
    const bool small = core.find_first_not_of("IVX") == std::string::npos;
    if (small && capitalized(previous) && core.size() >= 2) {
      const std::string value = std::to_string(roman_value(core));
      return ruler_named(i) || generation_of_person(i) ? "the " + ordinal_words(value) : cardinal_words(value);
    }
    // After a word in small letters that no article or determiner is, such a numeral is
    // still a number, as eSpeak NG reads it ("roman two"), never its letters spelled
    // ("a sowerby II, 1848", "cranial nerve VIII"); not "IV" (a drip: "receiving IV
    // fluids"), "VI" or after "with" (a visual impairment: "children with VI"), nor X
    // alone repeated ("XX chromosomes", "XXX").
    const bool determined = listed(counter, kDeterminers) || counter == "a" || counter == "an";
    if (small && core.size() >= 2 && is_lowercase_word(previous) && piece(i - 1).trail.empty() && !determined && core != "IV" &&
        core != "VI" && previous != "with" &&
        core.find_first_not_of('X') != std::string::npos) {
      return cardinal_words(std::to_string(roman_value(core)));
    }
  }
  if (previous == "per" && core.size() >= 2) {
    if (const auto u = tables::unit(core)) return u->one;  // "57 per km²"
  }
  // A lone capital A after a word that names by letter, before a word in small letters,
  // is the letter: "Category A cars", "Vitamin A deficiency", "Group A of". Not a
  // headline's article, "Signs A Bill", nor one whose stop before it was lost, "Getty
  // Images A man walks"; before a mark ("Plan A.", "Exhibit A,") eSpeak NG says the letter.
  static constexpr std::array<std::string_view, 40> lettered = {
      "Vitamin", "Category", "Class",  "Grade",   "Type",    "Group",     "Plan",   "Section", "Part",     "Level",
      "Tier",    "Division", "Schedule", "Appendix", "Exhibit", "Annex",   "Concourse", "Terminal", "Pool", "Row",
      "Block",   "Wing",     "Building", "Hepatitis", "Haemophilia", "Hemophilia", "Influenza", "Series", "Model", "Option",
      "Team",    "Side",     "League", "Phase",   "Stage",   "Form",      "Size",   "Zone",    "Sector",   "Ward"};
  if (core == "A" && p.lead.empty() && p.trail.empty() && i > 0 && piece(i - 1).trail.empty() && listed(previous, lettered) &&
      is_lowercase_word(next)) {
    return letter_name('A');
  }
  if (const auto spelled = initialism(i, core)) return *spelled;
  if (const auto m = money(core)) return describing_money(core, money_range(i, *m), i + 1, p.trail);
  // Four-digit line counts are always video ("1080p"), and so is interlace ("480i");
  // three digits and p are pence too ("fell to 240p"): video only beside a word of
  // video ("a 720p stream").
  if (const auto v = video_format(core); v && (core.size() > 4 || core.back() == 'i' || video_near(i))) return *v;
  if (const auto m = minor_money(core)) return *m;
  // Cents written with a small c, as Australian and Irish papers do, before a price's
  // "a", "per" or "each": "up 52c a litre" ("fifty two cents"; not "a 14c chip").
  // (Not a temperature, as British papers write one, "reached 40c a few times", "31c a
  // day before" (per a time only where a price is spoken of), nor a label's, "Flat 4c",
  // "stage 3c".)
  static constexpr std::array<std::string_view, 16> warm = {"temperature", "temperatures", "heat", "heatwave", "weather", "degrees",
                                                            "hottest", "warmest", "coldest", "highs", "lows", "sun", "sunshine",
                                                            "forecast", "mercury", "thermometer"};
  if (core.size() >= 2 && core.size() <= 3 && core.back() == 'c' && all_digits(core.substr(0, core.size() - 1)) && p.trail.empty() &&
      (next == "a" || next == "per" || next == "each" || next == "an") && !word_near(i, 8, warm) && !(i > 0 && capitalized(previous)) &&
      !numbers_a_name(i, true) && lower(previous) != "stage" && lower(previous) != "size" && lower(previous) != "graded" &&
      !(listed(lower(piece(i + 2).core), kTimeUnits) && !word_near(i, 10, kPriceWords))) {
    return cardinal_words(core.substr(0, core.size() - 1)) + (core == "1c" ? " cent" : " cents");
  }
  // So after a price's move where a price is spoken of: "petrol rose 35c", "the dollar
  // rose to US59.8c", "shares fell 4.5c".
  static constexpr std::array<std::string_view, 15> moved = {"rose", "fell", "up", "down", "gained", "lost", "added", "shed", "climbed",
                                                             "dropped", "jumped", "slipped", "eased", "to", "by"};
  static constexpr std::array<std::string_view, 14> priced = {"petrol", "diesel", "fuel", "shares", "share", "stock", "dollar", "dollar's",
                                                              "litre", "liter", "cents", "currency", "price", "prices"};
  const bool us_cents = core.starts_with("US") && core.size() > 3 && is_digit(core[2]);
  if (const auto cents = core.size() >= 2 && core.size() <= 7 && core.back() == 'c' && (is_digit(core[0]) || us_cents)
                             ? parse_number(core.substr(us_cents ? 2 : 0, core.size() - (us_cents ? 3 : 1)))
                             : std::nullopt;
      cents && !cents->negative && !cents->grouped && cents->whole.size() <= 2 && i > 0 && piece(i - 1).trail.empty() && listed(lower(previous), moved) &&
      (us_cents || lower(previous) != "to" || word_near(i, 8, priced)) && (word_near(i, 10, priced) || word_near(i, 10, kPriceWords)) && !word_near(i, 10, warm)) {
    const bool one = cents->whole == "1" && !cents->has_point;
    return quantity_words(*cents) + (us_cents ? " US" : "") + (one ? " cent" : " cents");
  }
  // "a 10-km race", "a 90° turn", "130-mph winds": a measure before a noun describes it.
  const bool plain_compound = core.find('-') != std::string::npos && !core.ends_with("-in");  // (not "a 3-in-1 deal")
  const bool electric = (core.ends_with('W') || core.ends_with('V')) && core.size() >= 2 &&
                        (is_digit(core[core.size() - 2]) || core[core.size() - 2] == '-');  // "65W", "65-W"
  if ((describes_noun(next) || (plain_compound && is_lowercase_word(next))) && p.trail.empty() && (!electric || electric_context(i))) {
    // (A vessel in the next two words: "a 2-pt ovenproof dish", "a 2-pt loaf tin".)
    static constexpr std::array<std::string_view, 24> vessels = {
        "jug", "dish", "saucepan", "casserole", "bowl", "basin", "pudding", "carton", "bottle", "glass", "mug", "pan",
        "pot", "tin", "jar", "kettle", "teapot", "flask", "stockpot", "container", "containers", "pack", "milk", "water"};
    const bool liquid = listed(lower(next), vessels) || (piece(i + 1).trail.empty() && listed(lower(piece(i + 2).core), vessels));
    if (const auto q = describing_quantity(core, liquid)) return *q;
  }
  // Watts and volts glued to a number: "draws 450W", "a 12V battery".
  if (const auto n = electric && electric_context(i) && is_digit(core[core.size() - 2]) ? parse_number(core.substr(0, core.size() - 1)) : std::nullopt;
      n && !n->negative) {
    const bool one = n->whole == "1" && !n->has_point;
    return quantity_words(*n) + (core.back() == 'W' ? (one ? " watt" : " watts") : (one ? " volt" : " volts"));
  }
  if (const auto a = aged_range(core)) return *a;
  // A scale written short on a number joined to a word: "the 1.5m-strong workforce", "a
  // 10bn-euro plan"; "m" only after a fraction ("100m-freestyle" and "a 5m-long wall"
  // are meters), and never "K", a letter as people say it ("4K-capable").
  if (const size_t dash = core.find('-'); dash != std::string::npos && dash > 1 && dash + 1 < core.size() && is_lowercase_word(core.substr(dash + 1))) {
    size_t letters = dash;
    while (letters > 0 && is_alpha(core[letters - 1])) --letters;
    const std::string symbol = core.substr(letters, dash - letters);
    const std::string after_dash = core.substr(dash + 1);
    const bool size_word = is_size_word(after_dash) || after_dash == "square" || after_dash == "diameter" || after_dash == "across";
    const auto scale = symbol.size() == 2 && letters < dash ? scale_word(symbol) : std::nullopt;
    const auto number = scale || symbol == "m" ? parse_number(core.substr(0, letters)) : std::nullopt;
    if (number && !number->negative && scale) return quantity_words(*number) + " " + *scale + core.substr(dash);
    if (number && !number->negative && symbol == "m" && number->has_point && !size_word) return quantity_words(*number) + " million" + core.substr(dash);
    if (number && !number->negative && symbol == "m" && !number->has_point) return quantity_words(*number) + " meter" + core.substr(dash);  // "100m-freestyle"
    // A unit before a word of size: "a 5m-long wall", "a 10km-wide crater".
    const auto unit = size_word && letters < dash ? tables::unit(symbol) : std::nullopt;
    if (const auto length = unit ? parse_number(core.substr(0, letters)) : std::nullopt; length && !length->negative) {
      return quantity_words(*length) + " " + unit->one + core.substr(dash);
    }
  }
  // "a 2,400-sq-ft home", "a 500-sq.-ft. unit": a square or cubic measure joined to a noun.
  if (const size_t dash = core.find('-'); dash != std::string::npos && dash > 0) {
    const size_t second = core.find('-', dash + 1);
    const auto number = parse_number(core.substr(0, dash));
    const auto power = second == std::string::npos ? std::nullopt : power_word(core.substr(dash + 1, second - dash - 1));
    const std::string symbol = second == std::string::npos ? "" : core.substr(second + 1);
    const auto unit = symbol.empty() ? std::nullopt : tables::unit(symbol.ends_with('.') ? symbol.substr(0, symbol.size() - 1) : symbol);
    if (number && !number->negative && power && unit) return quantity_words(*number) + "-" + *power + "-" + unit->one;
  }
  // "20-yr-old", "a 10-yr Treasury", "a 2-hr, 45-min movie": a count of years, hours or
  // minutes joined to a word.
  for (const auto& [short_form, unit] : {std::pair<std::string_view, std::string_view>{"-yr", "-year"}, {"-hr", "-hour"}, {"-min", "-minute"}}) {
    const size_t at = core.find(short_form);
    const size_t end = at + short_form.size();
    if (at != std::string::npos && at > 0 && is_digit(core[at - 1]) && (end == core.size() || core[end] == '-')) {
      std::string written_out = core;
      written_out.replace(at, short_form.size(), unit);
      return word(i, Piece{p.lead, written_out, p.trail, p.possessive});
    }
  }
  // A number with a vulgar fraction joined to a word: "a 2½-hour set".
  if (const size_t dash = core.find('-'); dash != std::string::npos && dash + 1 < core.size() && is_lowercase_word(core.substr(dash + 1)) &&
                                           dash >= 2 && static_cast<unsigned char>(core[dash - 1]) >= 0x80) {
    if (const auto f = fraction(core.substr(0, dash))) return fraction_after_a(i, *f) + core.substr(dash);
  }
  // "2nd-largest", "3rd-quarter": an ordinal joined to a word.
  if (const size_t dash = core.find('-'); dash != std::string::npos && dash + 1 < core.size() && is_alpha(core[dash + 1])) {
    if (const auto o = ordinal(core.substr(0, dash))) return *o + core.substr(dash);
  }
  // "Oct.-Dec.", "Jan-March", "Mon.–Fri.": a range of months or of days.
  if (const auto [dash, length] = range_dash(core); dash != std::string::npos) {
    const std::string first = core.substr(0, dash), last = core.substr(dash + length);
    auto from = month_name(first), to = month_name(last);
    if (!from || !to) from = weekday_name(first), to = weekday_name(last);
    if (from && to && last.find('-') == std::string::npos) return *from + " " + std::string(range_word(i)) + " " + *to + (kept_stop_ends_sentence(i) ? "." : "");
  }
  // Numbers joined by a hyphen after "No." or a name's word name a thing, not a range:
  // "Ordinance No. 2024-117", "case No. 23-719" (twenty three dash seven nineteen), "Bill
  // 25-345", "Public Law 117-58".
  // (Not a span written with a slash, "Directive 2019/2020"; nor a range before what it
  // counts or measures, "Order 24-48 hours ahead", "Issue 10-15 tickets"; nor a vote's
  // tally, "Senate Passes Bill 51-49", "approved the Bill 14-9".)
  static constexpr std::array<std::string_view, 14> voting = {"passes", "passed", "pass", "backed", "approved", "approves", "voted",
                                                              "vote", "votes", "rejected", "rejects", "defeated", "cleared", "backs"};
  const auto range_or_tally = [&] {
    const std::string then_word = p.trail.empty() ? lower(next) : "";
    static constexpr std::array<std::string_view, 12> spans = {"vote", "majority", "tally", "split", "margin", "decision",
                                                               "victory", "defeat", "budget", "period", "season", "term"};
    const bool counts_next = is_lowercase_word(then_word) &&
                             (then_word.ends_with('s') || tables::unit(then_word) || then_word == "percent" || listed(then_word, spans));
    // (A span of years: "the Act 2010-11 budget", "1998-2004".)
    const size_t dash = core.find('-');
    const std::string left = core.substr(0, dash), right = dash == std::string::npos ? "" : core.substr(dash + 1);
    const bool years = all_digits(left) && all_digits(right) && left.size() == 4 && (left.starts_with("19") || left.starts_with("20")) &&
                       ((right.size() == 2 && std::stoi(right) > std::stoi(left) % 100) ||
                        (right.size() == 4 && std::stoi(right) > std::stoi(left) && std::stoi(right) - std::stoi(left) < 100));
    // (No range ends in a number written with a nought before it, but for a span of
    // years: "Resolution 24-08 takes effect".)
    if (right.size() >= 2 && right[0] == '0' && !years) return false;
    return counts_next || years || (i >= 2 && listed(piece(i - 2).core, voting)) || (i >= 3 && listed(piece(i - 3).core, voting));
  };
  if (const size_t dash = core.find('-'); dash != std::string::npos && dash > 0 && i > 0 && piece(i - 1).trail.empty() &&
                                           listed(previous, kNumberedNames) && piece(i).core.find('/') == std::string::npos &&
                                           (previous == "No." || previous == "no." || !range_or_tally())) {
    const std::string left = core.substr(0, dash), right = core.substr(dash + 1);
    // (Two digits or more before the hyphen or three after it: "No. 1-2" and "No. 5-7"
    // are ranks, a range.)
    if (all_digits(left) && all_digits(right) && !right.empty() && left.size() <= 4 && right.size() <= 5 && (left.size() >= 2 || right.size() >= 3)) {
      const int first = std::stoi(left);
      const std::string left_words = left.size() == 4 && first >= 1900 && first < 2100 ? year_words(first)
                                     : left[0] == '0'                                  ? digit_words(left)
                                                                                       : house_number_words(left);
      // (A nought before the number is said "oh": "24-08" twenty four dash oh eight.)
      const size_t noughts = right.find_first_not_of('0');
      const std::string right_words = right[0] != '0' || noughts == std::string::npos || right.size() > 4
                                          ? (right.size() <= 4 ? house_number_words(right) : digit_words(right))
                                          : [&] {
                                              std::string words;
                                              for (size_t k = 0; k < noughts; ++k) join(words, "oh");
                                              join(words, house_number_words(right.substr(noughts)));
                                              return words;
                                            }();
      return left_words + " dash " + right_words;
    }
  }
  // A clock written with an "h", as French and much of Europe write it: "10h30", "18h05".
  // (After a word of time only: "ran 2h15" is a time taken.)
  if (const size_t h = core.find('h'); (h == 1 || h == 2) && core.size() == h + 3 && all_digits(core.substr(0, h)) && all_digits(core.substr(h + 1)) &&
                                       said_last({"at", "from", "to", "until", "till", "by", "before", "after", "since"})) {
    if (const auto clock = clock_time(core.substr(0, h) + ":" + core.substr(h + 1), false)) return *clock;
  }
  // An ISO 8601 timestamp: "2024-12-05T14:30:00Z" is the date, then the clock and U.T.C.;
  // an offset from it is left unsaid.
  if (const size_t t = core.find('T'); t == 10 && core.size() >= 16 && core[13] == ':') {
    const auto date = numeric_date(core.substr(0, 10));
    std::string time = core.substr(11);
    const bool utc = time.ends_with('Z');
    if (utc) time.pop_back();
    if (const size_t offset = time.find_first_of("+-"); offset != std::string::npos) time.resize(offset);
    if (const size_t fraction = time.find('.'); fraction != std::string::npos) time.resize(fraction);
    const bool clock_form = (time.size() == 5 || (time.size() == 8 && time[5] == ':')) && all_digits(time.substr(0, 2)) && all_digits(time.substr(3, 2));
    const auto clock = clock_form ? clock_time(time.substr(0, 5), false) : std::nullopt;
    if (date && clock) return *date + ", " + *clock + (utc ? " U.T.C." : "");
  }
  // An airliner's model and variant after a hyphen: "Boeing 747-8", "Boeing 737-800"
  // ("seven thirty seven eight hundred"), not a range. (After other names a hyphen may
  // join a score: "Seton Hall 101-98".) Without "Boeing" the model is one of its
  // jetliners' (707 to 787) and the variant a round hundred, 7 to 10, or one with
  // letters ("777-300ER"), near a word of flying ("the 737-800 jet", "its 787-9 fleet";
  // not "About 747-800 households", "402 U.S. 717-20").
  if (const size_t dash = core.find('-'); dash == 3 && all_digits(core.substr(0, dash)) && core[0] == '7' && core[2] == '7' &&
                                          (previous == "Boeing" ? numbers_a_name(i) : true)) {
    // (The variant may carry its letters: "777-300ER", "737-800NG".)
    size_t digits_end = dash + 1;
    while (digits_end < core.size() && is_digit(core[digits_end])) ++digits_end;
    const std::string variant = core.substr(dash + 1, digits_end - dash - 1);
    std::string letters = core.substr(digits_end);
    const bool plural = letters.ends_with('s') && letters.size() <= 3;  // "737-800s", "777-300ERs"
    if (plural) letters.pop_back();
    // (A page's or a year's range ends in two digits, "717-20", "757-96": a variant is a
    // round hundred or one of 7 to 10, "787-9", "737-10".)
    const int variant_number = !variant.empty() && variant.size() <= 3 ? std::stoi(variant) : 0;
    const bool no_range_end = variant_number > 0 && p.lead.empty() &&
                              (!letters.empty() || variant_number % 100 == 0 || (variant_number >= 7 && variant_number <= 10));
    if (!variant.empty() && variant.size() <= 4 && variant[0] != '0' && letters.size() <= 3 && (letters.empty() || all_capitals(letters)) &&
        (previous == "Boeing" || (no_range_end && (!letters.empty() || word_near(i, 8, kAviation))))) {
      const std::string model = house_number_words(core.substr(0, dash)) + " ";
      if (plural) return model + (letters.empty() ? plural_of_number(house_number_words(variant)) : house_number_words(variant) + " " + letters + "s");
      return model + house_number_words(variant) + (letters.empty() ? "" : " " + letters);
    }
  }
  if (const auto score = goals_and_points(i, core)) return *score;
  if (const auto r = single_token_range(core, win_loss_record(i, core) ? "and" : range_word(i))) return *r;
  // Three or more small numbers joined by hyphens, a formation or a layout: "a 4-3-3",
  // "a 3-3-3 layout" (not a date: "on 10-12-24"); with a number of two digits, a tally
  // or a record, each apart ("52-20-8" fifty two, twenty, eight: never "twenty eight").
  if (const auto groups = hyphen_groups(core); groups.size() >= 3 && !numeric_date(core)) {
    const bool apart = std::any_of(groups.begin(), groups.end(), [](std::string_view g) { return g.size() > 1; });
    std::string words;
    for (const auto& g : groups) {
      if (apart && !words.empty()) words += ",";
      join(words, cardinal_words(g));
    }
    return words;
  }
  if (all_digits(core) && core.size() >= 2 && core.size() <= 6 && identifier_end(i)) return digit_words(core);
  // A year from 1000 to 1099 where a year is named ("in 1085", "since 1066", "AD 1014",
  // "1066 AD"): said as a year, though a bare 1050 is a count ("1050 people").
  if (core.size() == 4 && core.starts_with("10") && all_digits(core)) {
    static constexpr std::array<std::string_view, 9> cues = {"in", "since", "until", "till", "circa", "c.", "ca.", "ad", "a.d."};
    const bool after_cue = i > 0 && piece(i - 1).trail.empty() && std::find(cues.begin(), cues.end(), lower(previous)) != cues.end() &&
                           !(i > 1 && parse_number(piece(i - 2).core));  // not "1 in 1000"
    // A count's noun follows at once ("in 1050 cases"); a year is followed by a pause, a
    // capital or a word that opens a clause ("In 1085 the king", "in 1066 and").
    static constexpr std::array<std::string_view, 14> clause = {"the", "a", "an", "he", "she", "it", "they", "was", "when", "and", "after", "before", "with", "as"};
    const bool counted = p.trail.empty() && is_lowercase_word(next) && std::find(clause.begin(), clause.end(), next) == clause.end();
    const std::string era = lower(next);
    if ((after_cue && !counted) || (p.trail.empty() && (era == "ad" || era == "a.d." || era == "ce" || era == "bc" || era == "b.c."))) return year_words(std::stoi(core));
  }
  // The second of two zones written close, "et/pt": a zone in small letters too.
  if (std::string zone; i >= 2 && piece(i - 1).core == "/" && is_time_zone(piece(i - 2).core, zone, true) && is_time_zone(core, zone, true) &&
                        (core == "pt" || !listed(core, kZoneWords))) {
    return zone;
  }
  // A number of a year after a name's word, as laws and issues are numbered ("Law
  // 3/2018", "Decree 5/2020", "Issue 4/2021", "No. 2/2020"), or after a case's capitals
  // ("W.P.(C) 5/2024", "BA 3/2024", "CRL.M.C. 12/2023"): "three of twenty eighteen", no
  // month.
  const bool case_letters = previous.size() >= 2 && std::isupper(static_cast<unsigned char>(previous[0])) &&
                            std::none_of(previous.begin(), previous.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (month_year(core) && i > 0 && (piece(i - 1).trail.empty() || (case_letters && piece(i - 1).trail == ".")) &&
      (listed(previous, kNumberedNames) || case_letters)) {
    const size_t slash = core.find('/');
    return cardinal_words(std::to_string(std::stoi(core.substr(0, slash)))) + " of " + year_words(std::stoi(core.substr(slash + 1)));
  }
  // "1/YYYY" without its nought is a fraction ("a shutter speed of 1/2048", "1/1920 of
  // the width") unless a word of dates stands before it ("Expires 1/2027").
  if (core.size() == 6 && core.starts_with("1/") && month_year(core) &&
      !said_last({"expires", "expiry", "exp", "exp.", "valid", "until", "since", "from", "by", "before", "after", "in", "on", "through",
                  "thru", "to", "date", "dated"})) {
    if (const auto f = fraction(core)) return *f;
  }
  // An episode of a season, "S02E05", "s1e10": "season two, episode five".
  if (const auto episode = season_episode(core); episode && !(i > 0 && (lower(previous) == "model" || previous == "No."))) return *episode;
  // A ZIP+4 code after a state or "ZIP", digit by digit in its two groups: "CA
  // 90028-1234" "nine zero zero two eight, one two three four" (not "10000-8000 BC").
  if (zip_plus_four(core) && i > 0 && (tables::us_state(previous) || lower(previous) == "zip" || lower(previous) == "zip:" ||
                                       lower(previous) == "code")) {
    return digit_words(core.substr(0, 5)) + ", " + digit_words(core.substr(6));
  }
  if (service_number(i, core)) {  // digit by digit, a nought among others "oh": "one oh one"
    if (core.find_first_not_of('0') == std::string::npos) return digit_words(core);
    std::string said;
    for (const char c : core) join(said, c == '0' ? std::string("oh") : digit_words(std::string(1, c)));
    return said;
  }
  // A street's block is named by its first house number, as police reports give it: "the
  // 2700 block of W. Madison St." ("twenty seven hundred").
  const auto street_block = [&] {
    return p.trail.empty() && lower(piece(i + 1).core) == "block" && piece(i + 1).trail.empty() && lower(piece(i + 2).core) == "of";
  };
  // A long number after the word of a law or an order is its count, as eSpeak NG says it
  // too: "Executive Order 14110" (fourteen thousand one hundred ten), "Resolution 60251";
  // not a code's digits. (A case's or a petition's number stays a code.)
  static constexpr std::array<std::string_view, 10> enacted = {"Order", "Resolution", "Law", "Decree", "Bill", "Directive",
                                                               "Ordinance", "Regulation", "Act", "Rule"};
  // (An order only after its issuer's word, "Executive Order": "Your Order 10234", "Order
  // 98765 shipped" are a shop's.)
  static constexpr std::array<std::string_view, 10> issuing = {"Executive", "Presidential", "Ministerial", "Royal", "Administrative",
                                                               "General", "Standing", "Court", "Judicial", "Emergency"};
  const bool named_order = previous != "Order" || (i > 1 && piece(i - 2).trail.empty() && listed(piece(i - 2).core, issuing));
  if (all_digits(core) && (core.size() == 5 || core.size() == 6) && core[0] != '0' && i > 0 && piece(i - 1).trail.empty() &&
      listed(previous, enacted) && named_order) {
    return cardinal_words(core);
  }
  // A model's number after its letters, four digits said in pairs: "the RTX 4090" forty
  // ninety, "GTX 1080", "RX 7900" (not before a plural, which it may count: "NYPD 1500
  // officers", "the UK 2350 deaths"; nor a year in brackets, "Reinders AA (2008)").
  const auto model = [&] {
    const std::string said_next = p.trail.empty() ? lower(piece(i + 1).core) : "";
    return core.size() == 4 && i > 0 && p.lead.empty() && piece(i - 1).trail.empty() && piece(i - 1).lead.empty() &&
           piece(i - 1).core.size() >= 2 && piece(i - 1).core.size() <= 4 && all_capitals(piece(i - 1).core) &&
           spelled_as_letters(piece(i - 1).core) && !(is_lowercase_word(said_next) && said_next.ends_with('s') && !listed(said_next, kVerbsInS));
  };
  // Boeing's jetliners by their numbers alone where flying is spoken of: "the 767", "its
  // 787 fleet", "flies 787 jets" (not "carried 747 passengers", "About 747 households").
  const auto jetliner = [&] {
    const std::string said_next = p.trail.empty() ? lower(piece(i + 1).core) : "";
    return core.size() == 3 && core[0] == '7' && core[2] == '7' && p.lead.empty() && word_near(i, 15, kAviation) &&
           !(said_next.ends_with('s') && is_lowercase_word(said_next) && !listed(said_next, kAviation));
  };
  // (Those are asked only of a number that could be either.)
  if (all_digits(core) && (core.size() == 3 || core.size() == 4) && core[0] != '0' &&
      (numbers_a_name(i) || street_block() || model() || jetliner())) {
    return house_number_words(core);  // "Highway 101": "one oh one"
  }
  // The same with a letter or two after a hyphen: "Form 1099-K", "Route 9-W".
  if (const size_t dash = core.find('-'); dash >= 3 && dash <= 4 && dash + 1 < core.size() && core.size() - dash - 1 <= 2 &&
                                           all_digits(core.substr(0, dash)) && core[0] != '0' && all_capitals(core.substr(dash + 1)) && numbers_a_name(i)) {
    const std::string letters = core.substr(dash + 1);
    return house_number_words(core.substr(0, dash)) + " " + (letters.size() == 1 ? letter_name(letters[0]) : letters);
  }
  // A year and the letter of an estimate or an actual figure: "2025E EPS", "FY2024A".
  // (Before a figure's capitals only: "The 2012A model" is a model's name.)
  if (core.size() == 5 && (core.back() == 'E' || core.back() == 'A') && all_digits(core.substr(0, 4)) &&
      (core.starts_with("19") || core.starts_with("20")) && next.size() >= 2 && all_capitals(next)) {
    return year_words(std::stoi(core.substr(0, 4))) + " " + core.back();
  }
  // An earthquake's magnitude: "the M7.8 earthquake" (after "an" the letter stays, as
  // the article was written for it: "an M6.2 quake").
  if (core.size() >= 4 && core[0] == 'M' && is_digit(core[1]) && core[2] == '.' && !said_last({"an"})) {
    static constexpr std::array<std::string_view, 6> quakes = {"quake", "earthquake", "tremor", "aftershock", "temblor", "shock"};
    const auto number = parse_number(std::string_view(core).substr(1));
    if (number && std::find(quakes.begin(), quakes.end(), lower(next)) != quakes.end()) return "magnitude " + number_words(*number);
  }
  if (const auto h = height(core)) return *h;
  // A count of its whole after a word that counts: "lap 12/57", "Game 3/7", "hole
  // 9/18" (twelve of fifty seven); not before a measure ("Step 1/2 cup").
  if (const size_t slash = core.find('/'); slash != std::string::npos && slash > 0 && slash <= 3 && core.size() - slash - 1 <= 3 && i > 0 &&
                                            piece(i - 1).trail.empty() && all_digits(core.substr(0, slash)) && all_digits(core.substr(slash + 1))) {
    static constexpr std::array<std::string_view, 10> counters = {"lap", "stage", "game", "round", "episode", "part", "match",
                                                                  "hole", "question", "slide"};
    const int top = std::stoi(core.substr(0, slash)), bottom = std::stoi(core.substr(slash + 1));
    const bool measure_follows = p.trail.empty() && (tables::unit(next) || is_lowercase_word(next)) && !is_function_word(next);
    if (std::find(counters.begin(), counters.end(), lower(previous)) != counters.end() && top >= 1 && top <= bottom && !measure_follows) {
      return cardinal_words(core.substr(0, slash)) + " of " + cardinal_words(core.substr(slash + 1));
    }
  }
  if (const auto said = runs_or_odds(i, core, next)) return *said;
  if (const auto said = three_places(i, core, next)) return *said;
  // A month and a day after a word of time ("on 12/31", "by 3/15"), not a fraction
  // ("on 3/4 of the land"), nor "since 9/11", the day that has its own name.
  if (const size_t slash = core.find('/'); slash != std::string::npos && slash <= 2 && core.size() - slash - 1 <= 2 &&
                                            lower(next) != "of" && core != "9/11" && core != "24/7" && all_digits(core.substr(0, slash)) &&
                                            all_digits(core.substr(slash + 1))) {
    // After "by", "before" and "after" a fraction is as likely ("cut by 1/3"): a date
    // only with a day past the twelfth ("by 3/15").
    // After a verb of scheduling, a date: "opens 12/20", "premieres 1/10".
    static constexpr std::array<std::string_view, 20> dated = {
        "on", "until", "through", "since", "opens", "premieres", "airs", "debuts", "starts", "begins", "ends", "launches",
        "arrives", "returns", "releases", "closes", "expires", "due", "scheduled", "dated"};
    static constexpr std::array<std::string_view, 3> maybe_dated = {"by", "before", "after"};
    const int month = std::stoi(core.substr(0, slash)), day = std::stoi(core.substr(slash + 1));
    const std::string word_before = lower(previous);
    // (After a verb, not before a measure: "closes 1/2 hour early", "due 1/2 now".)
    const bool verb = std::find(dated.begin() + 4, dated.end(), word_before) != dated.end();
    const bool plain_next = next.empty() || !p.trail.empty() || capitalized(next) || is_function_word(next);
    const bool date = (std::find(dated.begin(), dated.end(), word_before) != dated.end() && (!verb || plain_next)) ||
                      (day > 12 && std::find(maybe_dated.begin(), maybe_dated.end(), word_before) != maybe_dated.end());
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31 && date) return date_words(month, day, "", false);
    // Written day first, as most of the world writes it, when the first is no month and
    // the month has two digits, at the end of a phrase: "on 14/02", "until 25/12." (the
    // fourteenth of February). Not a cricket score or odds ("resumed on 15/2 after lunch",
    // "is on 13/8 to win"), nor "on 24/7 duty".
    // (A month of one digit where the phrase ends at a mark: "starts on 29/7.")
    // (Nor odds, "The outsider was on 20/1.")
    static constexpr std::array<std::string_view, 13> betting = {"backed", "odds", "favourite", "favorite", "bookmakers", "punters",
                                                                 "bet", "shortened", "drifted", "price", "outsider", "tipped", "shot"};
    const bool two_digit_month = core.size() - slash - 1 == 2 ||
                                 (!p.trail.empty() && p.trail[0] != '/' && !cricket_near(i) && !word_near(i, 8, betting));
    if (month > 12 && month <= 31 && day >= 1 && day <= 12 && date && two_digit_month && plain_next) return date_words(day, month, "", true);
  }
  // "the 49ers", "the 76ers": "forty niners", "seventy sixers".
  if (core.size() > 3 && core.ends_with("ers") && all_digits(core.substr(0, core.size() - 3))) {
    const std::string number = cardinal_words(core.substr(0, core.size() - 3));
    return number + (number.ends_with('e') ? "rs" : "ers");
  }
  // "20,000+ people", "10M+ copies", "$5bn+": so many or more.
  if (core.size() > 1 && core.ends_with('+')) {
    const std::string amount = core.substr(0, core.size() - 1);
    if (const auto n = parse_number(amount); n && !n->negative) return quantity_words(*n) + " plus";
    if (const auto r = classify(amount); r && (r->kind == Kind::quantity || r->kind == Kind::money)) return r->words + " plus";
  }
  if (const auto t = glued_temperature(i, core)) return *t;
  // A model's number and letter after an Apple product's name, not a plural: "iPhone 6s".
  if (core.size() == 2 && is_digit(core[0]) && core[1] == 's' && previous.size() > 2 && previous[0] == 'i' &&
      std::isupper(static_cast<unsigned char>(previous[1]))) {
    return cardinal_words(core.substr(0, 1)) + " S";
  }
  // Millions glued as "m" to a fraction, before a count of things: "3.2m people",
  // "1.5m barrels" (a length is "3.2m tall", "the 1.5m gap"; a whole number, "the 400m
  // hurdles", stays a length).
  const bool counted_next = is_lowercase_word(next) && ((next.size() > 3 && next.back() == 's') || next == "people" || next == "children" ||
                                                       next == "men" || next == "women");
  if (core.size() >= 4 && core.back() == 'm' && p.trail.empty() && counted_next) {
    if (const auto n = parse_number(std::string_view(core).substr(0, core.size() - 1)); n && n->has_point && !n->negative) {
      return quantity_words(*n) + " million";
    }
  }
  // Or with nothing counted after it, where the sentence has already spoken of millions:
  // "7.6 million people, down from 7.64m in July" (not "jumped 8.12m, a record").
  if (core.size() >= 4 && core.back() == 'm' && (next.empty() || !is_lowercase_word(next) || is_function_word(next))) {
    const size_t stop = out_.find_last_of(".!?");
    if (const auto n = parse_number(std::string_view(core).substr(0, core.size() - 1));
        n && n->has_point && !n->negative && out_.find(" million", stop == std::string::npos ? 0 : stop) != std::string::npos) {
      return quantity_words(*n) + " million";
    }
  }
  // A whole number too, before the plural of a thing counted (people, groups, messages,
  // acts, possessions, quantities: counted_nouns.h): "14m voters", "2m jobs", "10m
  // records" ("fourteen million"). Before anything else it stays a length: "20m waves",
  // "30m yachts"; so where each thing counted is measured ("two 4m pythons", "2 x 100m
  // titles"), and before "men" and "women", a race ("the 200m women").
  if (core.size() >= 2 && core.size() <= 4 && core.back() == 'm' && p.trail.empty() && all_digits(core.substr(0, core.size() - 1)) &&
      core[0] != '0') {
    static constexpr std::array<std::string_view, 18> counting = {"two",   "three",  "four",    "five", "six", "seven", "eight", "nine", "ten",
                                                                  "dozen", "dozens", "several", "many", "few", "both",  "x",     "\xC3\x97", "these"};
    const bool each_measured = i > 0 && piece(i - 1).trail.empty() && (all_digits(piece(i - 1).core) || listed(piece(i - 1).core, counting));
    if (is_lowercase_word(next) && next != "men" && next != "women" && !each_measured && counted_plural(next)) {
      return cardinal_words(core.substr(0, core.size() - 1)) + " million";
    }
  }
  // A television listing's hour, Eastern and then Central: "airs at 9/8c" is "nine, eight
  // central" (the Central hour is the Eastern one less one).
  if (core.size() >= 4 && core.back() == 'c') {
    const size_t slash = core.find('/');
    const std::string eastern = core.substr(0, slash), central = slash == std::string::npos ? "" : core.substr(slash + 1, core.size() - slash - 2);
    if (slash != std::string::npos && !eastern.empty() && eastern.size() <= 2 && !central.empty() && central.size() <= 2 && all_digits(eastern) &&
        all_digits(central) && (std::stoi(eastern) + 11) % 12 == std::stoi(central) % 12) {
      return cardinal_words(eastern) + ", " + cardinal_words(central) + " central";
    }
  }
  // A bare rate per a currency: "the rupee fell to 84.5/$" (as "₦1,500/$" is money), "4.47/USD".
  if (const size_t slash = core.rfind('/'); slash != std::string::npos && slash > 0 && slash + 1 < core.size()) {
    if (const auto n = parse_number(core.substr(0, slash))) {
      for (const auto& sign : tables::currency_signs()) {
        if (core.compare(slash + 1, std::string::npos, sign.sign) == 0 && !sign.scaled_only) return quantity_words(*n) + " per " + sign.currency.one;
      }
      // Or per a currency's ISO 4217 code: "4.47/USD".
      if (const auto* code = core.size() - slash == 4 ? tables::currency(core.substr(slash + 1)) : nullptr) return quantity_words(*n) + " per " + code->one;
    }
  }
  // A number of times before a comparison: "20x larger", "3x more", "10x the cost"; or,
  // with a small x, after a verb of growth or a word of about: "sales rose 3x", "trades
  // at 25x forward earnings". Alone ("4.4x", as NeMo reads it), after a determiner ("a
  // 10x engineer"), a name ("Nexus 5X", "Ryzen 7950X") or another word ("in 1X, 2X
  // sizes", "y equals 2x") it is the letter.
  if (core.size() >= 2 && (core.back() == 'x' || core.back() == 'X')) {
    const std::string after = lower(next);
    static constexpr std::array<std::string_view, 24> comparisons = {
        "more",   "less",    "fewer",  "as",      "the",    "larger",  "bigger", "faster", "higher", "greater", "cheaper", "smaller",
        "better", "stronger", "lower", "longer", "slower", "heavier", "wider",  "deeper", "costlier", "likelier", "worse",  "over"};
    const bool comparison = p.trail.empty() && std::find(comparisons.begin(), comparisons.end(), after) != comparisons.end();
    // (Not "at": "play it at 2x speed" is "two x".)
    static constexpr std::array<std::string_view, 21> growth = {
        "by", "about", "around", "roughly", "nearly", "almost", "over", "rose", "grew", "jumped", "increased",
        "surged", "soared", "climbed", "expanded", "rise", "grow", "jump", "rising", "growing", "multiplied"};
    const bool after_verb = i > 0 && piece(i - 1).trail.empty() && core.back() == 'x' &&
                            std::find(growth.begin(), growth.end(), previous) != growth.end();
    // A valuation's multiple: "trades at 25x forward earnings", "a P/E of 28x".
    static constexpr std::array<std::string_view, 7> measured = {"earnings", "sales", "revenue", "revenues", "ebitda", "book", "forward"};
    static constexpr std::array<std::string_view, 4> multiples = {"p/e", "multiple", "valuation", "ratio"};
    const bool valuation = core.back() == 'x' && (std::find(measured.begin(), measured.end(), after) != measured.end() ||
                                                  (i >= 2 && (previous == "of" || previous == "at") && piece(i - 1).trail.empty() &&
                                                   std::find(multiples.begin(), multiples.end(), lower(piece(i - 2).core)) != multiples.end()));
    if (const auto n = parse_number(std::string_view(core).substr(0, core.size() - 1)); n && !n->negative && (comparison || after_verb || valuation)) {
      return quantity_words(*n) + " times";
    }
  }
  // A scale's abbreviation after a bare number: "28 bn transistors", "3.2 mln people".
  if (const auto scale = scale_word(core); scale && (core.size() == 2 || core.size() == 3) && lower(core) != *scale && i > 0 &&
                                           piece(i - 1).trail.empty() && parse_number(previous)) {
    return *scale;
  }
  if (const auto section = code_section(core)) return *section;
  // After a name a chapter and verse ("Genesis 1:1"); a function word opening the
  // sentence is no name ("At 3:1 odds").
  const bool cited = i > 0 && capitalized(previous) && !(opens_sentence(i - 1) && is_function_word(lower(previous)));
  if (const auto r = colon_ratio(core, cited)) return *r;  // "a 3:1 margin", "Genesis 1:1"
  if (core == "1000s" && next == "of") return "thousands";  // "1000s of people" (alone, a century)
  // A long number written without commas is a count where one is spoken of: after a word
  // of about or more ("about 10000 fans", "some 250000 people") or before a plural noun
  // ("150000 votes"); standing alone or naming a thing it stays a code's digits ("13000",
  // "ZIP 10001", "Flight 12345 passengers").
  if (all_digits(core) && core.size() >= 5 && core.size() <= 9 && core[0] != '0' && !(i > 0 && numbers_a_name(i, true))) {
    static constexpr std::array<std::string_view, 14> about = {"about", "some", "nearly", "over", "almost", "around", "approximately",
                                                               "roughly", "than", "least", "estimated", "only", "just", "another"};
    static constexpr std::array<std::string_view, 6> people = {"people", "men", "women", "children", "staff", "police"};
    const std::string after = lower(next);
    // (After a function word other than an article, "in" or "for", or none: "PMID 16522072
    // shows", "train 12951 departs", "zip code 10001 voters", "the 90210 postcodes" name a
    // thing, and a verb in -s is no plural.)
    const std::string before = lower(previous);
    const bool counted_before = i == 0 || !piece(i - 1).trail.empty() ||
                                ((is_function_word(before) || is_determiner(before)) && before != "the" && before != "a" && before != "an" &&
                                 before != "in" && before != "for");
    const bool plural_after = counted_before && p.trail.empty() && piece(i + 1).lead.empty() && is_lowercase_word(next) &&
                              ((after.size() > 3 && after.ends_with('s') && !after.ends_with("ss")) || listed(after, people));
    if ((i > 0 && piece(i - 1).trail.empty() && listed(lower(previous), about)) || plural_after) {
      if (const auto n = parse_number(core)) return quantity_words(*n);
    }
  }
  // A scale's capital after four digits or more, a code's letter elsewhere ("lot 2315B"),
  // is the scale before a currency's name or after a word of money: "1234B won", "Sales
  // totalled 3475M".
  if (core.size() >= 5 && (core.back() == 'B' || core.back() == 'M' || core.back() == 'T') && all_digits(core.substr(0, core.size() - 1))) {
    static constexpr std::array<std::string_view, 12> money_words = {"revenue", "revenues", "sales", "profit", "profits", "budget",
                                                                     "worth", "totalled", "totaled", "raised", "valued", "debts"};
    if (currency_word(next) || (i > 0 && listed(previous, money_words)) || (i > 1 && listed(piece(i - 2).core, money_words))) {
      return cardinal_words(core.substr(0, core.size() - 1)) + " " + *scale_word(core.substr(core.size() - 1));
    }
  }
  if (const auto reading = classify(core)) return reading->words;
  // "+32 points", "+1.5%": a gain or a lead.
  if (core.size() > 1 && core[0] == '+' && (is_digit(core[1]) || core[1] == '.')) {
    if (const auto r = classify(core.substr(1)); r && (r->kind == Kind::number || r->kind == Kind::quantity || r->kind == Kind::year)) {
      return "plus " + r->words;
    }
  }
  // An amount joined to words: "a 150,000-square-foot home", "$15-an-hour jobs".
  if (const size_t dash = core.find('-'); dash != std::string::npos && dash > 0 && dash + 2 < core.size() && is_alpha(core[dash + 1])) {
    const std::string amount = core.substr(0, dash), rest = core.substr(dash + 1);
    const bool words = std::all_of(rest.begin(), rest.end(), [](char c) { return is_alpha(c) || c == '-'; });
    const auto r = classify(amount);
    if (words && r && (r->kind == Kind::decade || (r->kind == Kind::number && amount.back() == 's'))) {
      return r->words + "-" + rest;  // "1960s-era", "'90s-style", "747s-only"
    }
    // A proper fraction joined to a unit: "a 1/2-inch pipe" (a half-inch pipe), "3/4-inch
    // plywood", "a 1/4-mile track"; after "a" a half and a quarter are said without "one".
    const std::string unit_word = rest.substr(0, rest.find('-'));
    if (const auto pair = slashed_numbers(amount);
        words && r && r->kind == Kind::fraction && pair && pair->first < pair->second && tables::unit_name_word(unit_word)) {
      return fraction_after_a(i, r->words) + "-" + rest;
    }
    if (words && r && (r->kind == Kind::number || r->kind == Kind::money)) {
      if (r->kind == Kind::money) {  // "$400-million-a-year": the scale word goes with the amount
        std::string spaced = rest;
        std::replace(spaced.begin(), spaced.end(), '-', ' ');
        const size_t space = spaced.find(' ');
        const std::string first = spaced.substr(0, space);
        // Before a noun the currency is said once, as a modifier's is: "a $100-million
        // deal", "a $15-an-hour wage" ("a fifteen dollar an hour wage").
        if (const auto scale = scale_word(first); scale && first.size() > 1) {
          if (const auto scaled = money(amount, scale)) {
            return describing_money(amount, *scaled, i + 1, p.trail) + (space == std::string::npos ? "" : spaced.substr(space));
          }
        }
        return describing_money(amount, r->words, i + 1, p.trail) + " " + spaced;
      }
      if (const auto n = parse_number(amount); n && (n->grouped || n->has_point)) return r->words + "-" + rest;  // "1.5-degree"
    }
  }
  // A prefix before a number: "pre-2008", "post-9/11", "anti-5G", "late-'80s" (the
  // apostrophe of an elided century unsaid).
  const auto elided = [&](size_t at) { return at < core.size() ? century_apostrophe(std::string_view(core).substr(at)) : size_t{0}; };
  if (const size_t dash = core.find('-'); dash != std::string::npos && dash >= 2 && dash + 1 < core.size() &&
                                          (is_digit(core[dash + 1]) || elided(dash + 1) > 0)) {
    const std::string prefix = core.substr(0, dash), rest = core.substr(dash + 1 + elided(dash + 1));
    const bool lower_prefix = std::all_of(prefix.begin(), prefix.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (lower_prefix && elided(dash + 1) > 0 && rest.size() == 2 && all_digits(rest)) return prefix + "-" + date_year(rest);  // "pre-'08"
    if (lower_prefix) {
      if (const auto r = classify(rest)) {
        const bool year = r->kind == Kind::year && rest.size() == 4;
        return prefix + "-" + (year ? year_words(std::stoi(rest)) : r->words);
      }
      if (const auto a = alphanumeric(rest)) return prefix + "-" + *a;
    }
  }
  if (const auto s = social_name(core, previous)) return *s;
  if (looks_electronic(core)) return electronic(core);
  if (core.find('/') != std::string::npos) {
    if (const auto s = slashed(core)) return *s;
  }
  if (const auto a = alphanumeric(core)) return *a;
  // Between two measures, a dimension: "4cm x 3cm" (each measure is read by itself).
  if (core == "x" && i > 0 && glued_measure(previous) && piece(i - 1).trail.empty() && glued_measure(next)) return "by";
  if (core == "x" && i > 0 && all_digits(previous)) return core;
  if (const auto s = symbol_word(i, core, next)) return *s;
  return symbols_as_words(core);
}

}  // namespace narrate::normalizing
