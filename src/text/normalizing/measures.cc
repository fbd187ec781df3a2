// Measures: units glued and spaced, feet and inches, angles, temperatures and heights.
#include "text/normalizing/normalizer.h"

#include <algorithm>
#include <cctype>

#include "text/normalize_tables.h"
#include "text/number_words.h"

namespace narrate::normalizing {

size_t Normalizer::degrees_minutes_seconds(size_t i) {
  const Piece first = piece(i);
  if (first.core.empty() || !is_digit(first.core[0]) || first.core.find("\xC2\xB0") == std::string::npos) return 0;
  if (!first.trail.empty()) {  // "51°30′26″N," alone
    const auto words = dms_words(first.core);
    if (words) emit(first, *words);
    return words ? 1 : 0;
  }
  // The pieces written close, each but the first as written, less the last one's marks.
  const auto joined = [&](size_t count, std::string* trail) {
    std::string text = first.core;
    for (size_t k = 1; k < count; ++k) text += token(i + k);
    std::string marks;
    while (!text.empty() && std::string_view(",;:.)").find(text.back()) != std::string_view::npos) marks.insert(0, 1, text.back()), text.pop_back();
    if (trail) *trail = marks;
    return text;
  };
  for (size_t used = std::min<size_t>(4, tokens_.size() - i); used >= 2; --used) {
    std::string trail;
    if (const auto words = dms_words(joined(used, &trail))) {
      emit({first.lead, "", trail}, *words);
      return used;
    }
  }
  std::string trail;
  if (const auto words = dms_words(joined(1, &trail))) {  // "51°30′26″N"
    emit({first.lead, "", trail}, *words);
    return 1;
  }
  return 0;
}

std::optional<std::string> Normalizer::dms_words(std::string_view text) {
  const auto take_number = [&](std::string_view& rest) -> std::optional<Number> {
    size_t n = 0;
    while (n < rest.size() && (is_digit(rest[n]) || rest[n] == '.')) ++n;
    auto number = n ? parse_number(rest.substr(0, n)) : std::nullopt;
    rest.remove_prefix(n);
    return number;
  };
  const auto take_mark = [&](std::string_view& rest, std::initializer_list<std::string_view> marks) {
    for (const auto mark : marks) {
      if (rest.starts_with(mark)) {
        rest.remove_prefix(mark.size());
        return true;
      }
    }
    return false;
  };
  std::string_view rest = text;
  const auto degrees = take_number(rest);
  if (!degrees || !take_mark(rest, {"\xC2\xB0"})) return std::nullopt;
  const auto minutes = take_number(rest);
  if (!minutes || !take_mark(rest, {"'", "\xE2\x80\xB2", "\xE2\x80\x99"})) return std::nullopt;
  std::string words = quantity_words(*degrees) + (degrees->whole == "1" && !degrees->has_point ? " degree " : " degrees ") +
                      quantity_words(*minutes) + (minutes->whole == "1" && !minutes->has_point ? " minute" : " minutes");
  if (!rest.empty() && is_digit(rest[0])) {
    const auto seconds = take_number(rest);
    if (!seconds || !take_mark(rest, {"\"", "\xE2\x80\xB3", "\xE2\x80\x9D"})) return std::nullopt;
    words += " " + quantity_words(*seconds) + (seconds->whole == "1" && !seconds->has_point ? " second" : " seconds");
  }
  if (!rest.empty()) {
    const auto direction = compass_direction(rest);
    if (!direction) return std::nullopt;
    words += " " + *direction;
  }
  return words;
}

size_t Normalizer::primes_apart(size_t i) {
  const Piece p = piece(i);
  std::string first = p.core;
  const bool peeled_prime = p.trail == "'" || p.trail == "\xE2\x80\x99";  // taken off as a closing quotation mark
  if (!peeled_prime) {
    if (!first.ends_with("\xE2\x80\xB2") || !p.trail.empty()) return 0;  // ′
    first.resize(first.size() - 3);
  }
  const auto second = inch_mark(i + 1);
  if (first.empty() || first.size() > 2 || !all_digits(first) || !second || second->first.size() > 2 || !all_digits(second->first) ||
      !piece(i + 1).lead.empty()) {
    return 0;
  }
  const int big = std::stoi(first), small = std::stoi(second->first);
  // A time behind, by its words ("trails by 3' 10\"", "4' 05\" back") or its seconds' zero.
  const std::string before = i > 0 ? lower(piece(i - 1).core) : "", after = piece(i + 2).core;
  const bool time_cue = second->first.size() == 2 && second->first[0] == '0';
  const bool timed = time_cue || before == "by" || time_behind(before, second->second.empty() ? after : "");
  std::string words;
  if (small <= 11 && !timed) {
    words = cardinal_words(first) + " foot" + (small == 0 ? "" : " " + cardinal_words(second->first));
  } else if (small < 60) {
    words = cardinal_words(first) + (big == 1 ? " minute " : " minutes ") + cardinal_words(second->first) + (small == 1 ? " second" : " seconds");
  } else {
    return 0;
  }
  emit({p.lead, "", second->second}, words);
  return 2;
}

std::optional<std::pair<Number, std::string>> Normalizer::feet_mark(size_t i) const {
  const Piece p = piece(i);
  std::string number = p.core, trail = p.trail;
  if (p.trail.starts_with("'") || p.trail.starts_with("\xE2\x80\x99")) {
    trail = p.trail.substr(p.trail[0] == '\'' ? 1 : 3);
  } else if (number.ends_with("\xE2\x80\xB2")) {  // ′
    number.resize(number.size() - 3);
  } else {
    return std::nullopt;
  }
  const auto parsed = number.size() <= 4 && p.lead.empty() ? parse_number(number) : std::nullopt;
  if (!parsed) return std::nullopt;
  return std::pair{*parsed, trail};
}

size_t Normalizer::feet_by_feet(size_t i) {
  const auto first = feet_mark(i);
  const Piece by = piece(i + 1);
  if (!first || !first->second.empty() || !by.lead.empty() || !by.trail.empty() ||
      !(by.core == "x" || by.core == "X" || by.core == "\xC3\x97" || by.core == "by")) {
    return 0;
  }
  const auto second = feet_mark(i + 2);
  if (!second) return 0;
  const bool one = second->first.whole == "1" && !second->first.has_point;
  emit({piece(i).lead, "", second->second}, quantity_words(first->first) + " by " + quantity_words(second->first) + (one ? " foot" : " feet"));
  return 3;
}

std::optional<std::pair<std::string, std::string>> Normalizer::inch_mark(size_t i) const {
  const Piece p = piece(i);
  constexpr std::string_view kDoublePrime = "\xE2\x80\xB3";
  if (!p.core.ends_with(kDoublePrime) || p.core.size() == kDoublePrime.size() || !is_digit(p.core[0])) return std::nullopt;
  const std::string measure = p.core.substr(0, p.core.size() - kDoublePrime.size());
  if (measure.find_first_of("'\xE2") != std::string::npos) return std::nullopt;  // a height ("6'2″") or primes: read elsewhere
  return std::pair{measure, p.trail};
}

bool Normalizer::electric_context(size_t i) const {
  const Piece p = piece(i);
  if (!p.lead.empty() || p.core.starts_with('0') || name_before(i) || numbers_a_name(i)) return false;
  if (i == 0) return true;
  const Piece before = piece(i - 1);
  const std::string word_before = lower(before.core);
  const bool latitude = before.core.size() >= 2 && (before.core.back() == 'N' || before.core.back() == 'S') && is_digit(before.core[before.core.size() - 2]);
  static constexpr std::array<std::string_view, 9> namers = {"size", "designated", "system", "exit", "route", "highway", "interstate", "depression", "storm"};
  return std::find(namers.begin(), namers.end(), word_before) == namers.end() && !latitude;
}

std::optional<std::string> Normalizer::power_word(std::string_view w) {
  if (w == "sq" || w == "sq." || w == "square") return "square";
  if (w == "cu" || w == "cu." || w == "cubic") return "cubic";
  return std::nullopt;
}

bool Normalizer::glued_measure(std::string_view w) {
  return !w.empty() && is_digit(w[0]) && std::any_of(w.begin(), w.end(), [](char c) { return is_alpha(c); });
}

size_t Normalizer::measure(size_t i) {
  const Piece p = piece(i);
  if (win_loss_record(i, p.core)) return 0;  // "7-1 SEC": a record before a conference's initials
  // "30° C": a degree sign, then the scale apart; "37.2° N": a latitude.
  for (const std::string_view degree : {"\xC2\xB0", "\xC2\xBA"}) {
    const Piece scale = piece(i + 1);
    if (!p.core.ends_with(degree) || !p.trail.empty()) continue;
    const auto number = parse_number(std::string_view(p.core).substr(0, p.core.size() - degree.size()));
    const auto unit = tables::unit(std::string(degree) + scale.core);
    const auto direction = compass_direction(scale.core);
    if (!number || (!direction && (!unit || (scale.core != "C" && scale.core != "F")))) continue;
    const bool one = number->whole == "1" && !number->has_point;
    if (direction) {
      emit({p.lead, "", scale.trail}, quantity_words(*number) + (one ? " degree " : " degrees ") + *direction);
    } else {
      emit({p.lead, "", scale.trail}, quantity_words(*number) + " " + (one ? unit->one : unit->many));
    }
    return 2;
  }
  // "57 sq ft", "57 square km", "67 cu in", "1.2 million sq ft": a square or cubic unit
  // written with a word.
  const auto scale_at = [&](size_t k) { return piece(k).trail.empty() && piece(k).core.size() > 1 ? scale_word(piece(k).core) : std::nullopt; };
  const auto power_scale = p.trail.empty() ? scale_at(i + 1) : std::nullopt;
  const size_t at = i + 1 + (power_scale ? 1 : 0);
  if (const Piece sq = piece(at); p.trail.empty() && sq.trail.empty() && power_word(sq.core)) {
    const auto number = parse_number(p.core);
    const Piece unit_piece = unit_at(at + 1);
    if (const auto unit = tables::unit(unit_piece.core); number && unit) {
      // "a 2,000 sq. ft. home": describing a noun, in the singular.
      const std::string unit_trail = trail_of_unit(unit_piece, at + 1);
      const bool describes = unit_trail.empty() && describes_noun(piece(at + 2).core);
      const bool one = describes || (number->whole == "1" && !number->has_point && !power_scale);
      const std::string amount = quantity_words(*number) + (power_scale ? " " + *power_scale : "");
      emit({p.lead, "", unit_trail}, amount + " " + *power_word(sq.core) + " " + (one ? unit->one : unit->many));
      return at - i + 2;
    }
  }
  // A fraction before a unit: "1/4 mi." is "one quarter of a mile", "140/90 mmHg" "one
  // hundred forty over ninety millimeters of mercury".
  if (const size_t slash = p.core.find('/'); slash != std::string::npos && p.trail.empty() && piece(i + 1).lead.empty()) {
    size_t k = i + 1;
    const Piece unit_piece = unit_symbol_at(k, false);
    const auto words = fraction(p.core);
    const auto unit = tables::unit(unit_piece.core);
    // Not "24/7 a day", "50/50 in the end": a proper fraction, or numbers over numbers,
    // before a symbol of two letters or more ("in" only with its stop).
    const bool symbol = unit_piece.core.size() >= 2 && (unit_piece.core != "in" || unit_piece.trail.starts_with("."));
    if (words && unit && symbol && all_digits(p.core.substr(0, slash)) && all_digits(p.core.substr(slash + 1)) &&
        slash <= 9 && p.core.size() - slash <= 10) {
      const long long top = std::stoll(p.core.substr(0, slash)), bottom = std::stoll(p.core.substr(slash + 1));
      const bool proper = top < bottom;
      if (!proper && (top < 100 || words->find(" over ") == std::string::npos)) return 0;
      // No fraction of a rate: "27/35 mpg" is two figures, city and highway ("1/250 sec."
      // and "1/20 oz" are fractions of a unit).
      if (proper && unit->one.find(" per ") != std::string::npos) return 0;
      const bool vowel = std::string_view("aeiou").find(unit->one[0]) != std::string_view::npos || unit->one.starts_with("hour");
      emit({p.lead, "", trail_of_unit(unit_piece, k)}, *words + (proper ? (vowel ? " of an " : " of a ") + unit->one : " " + unit->many));
      return k - i + 1;
    }
  }
  // "2x8 m2": two by eight square meters.
  if (const size_t x = p.core.find('x'); x != std::string::npos && x > 0 && all_digits(p.core.substr(0, x)) &&
                                         all_digits(p.core.substr(x + 1))) {
    const Piece unit_piece = piece(i + 1);
    if (const auto unit = unit_words(unit_piece.core, true); unit && unit_piece.core.size() >= 2) {
      emit({p.lead, "", unit_piece.trail},
           cardinal_words(p.core.substr(0, x)) + " by " + cardinal_words(p.core.substr(x + 1)) + " " + *unit);
      return 2;
    }
  }
  std::optional<Number> number = parse_number(p.core);
  std::string range_start;  // "10-15 kg": the words for "10 to"
  std::string glued_scale;  // "225M km": the scale written on the number
  if (!number) {
    size_t letters = p.core.size();
    while (letters > 0 && is_alpha(p.core[letters - 1])) --letters;
    if (const auto s = letters < p.core.size() && p.core.size() - letters <= 2 ? scale_word(p.core.substr(letters)) : std::nullopt) {
      number = parse_number(p.core.substr(0, letters));
      if (number && !scaled_size(*number, p.core.substr(letters))) number.reset();
      if (number && !number->negative) glued_scale = *s;
    }
  }
  if (!number) {
    const auto [dash, length] = range_dash(p.core);
    if (dash == std::string::npos) return 0;
    const auto from = parse_number(p.core.substr(0, dash));
    number = parse_number(p.core.substr(dash + length));
    if (!from || !number) return 0;
    range_start = quantity_words(*from) + " " + std::string(range_word(i)) + " ";
  }
  size_t k = i + 1;
  std::string scale = glued_scale;
  if (const auto s = glued_scale.empty() ? scale_at(k) : std::nullopt) {
    scale = *s;
    ++k;
  }
  const Piece unit_piece = unit_symbol_at(k);
  if (tables::currency(unit_piece.core)) return 0;  // "100 USD" is money
  // "pp" after a whole number of fifty or more is pages ("368 pp.", a book's length);
  // after a smaller one, a fraction or a word of change, percentage points ("rose 3pp",
  // "0.5 pp.").
  if (const Piece pp = piece(k); (pp.core == "pp" || pp.core == "pp.") && scale.empty()) {
    // (After a word of change it is points whatever the number: "Turnout rose 55 pp".)
    static constexpr std::array<std::string_view, 14> change = {"rose", "fell", "up", "down", "by", "gained", "lost", "jumped",
                                                               "dropped", "slipped", "climbed", "widened", "narrowed", "cut"};
    const bool changed = i > 0 && std::find(change.begin(), change.end(), lower(piece(i - 1).core)) != change.end();
    const bool pages = !changed && !number->has_point && number->whole.size() >= 2 && std::stoi(number->whole.substr(0, 4)) >= 50;
    const std::string trail = pp.core == "pp." ? (kept_stop_ends_sentence(k) ? "." + pp.trail : pp.trail) : trail_of_unit(pp, k);
    const bool describes_page = pages && trail.empty() && describes_noun(piece(k + 1).core);  // "a 240 pp. book"
    emit({p.lead, "", trail}, range_start + quantity_words(*number) + (describes_page ? " page" : pages ? " pages" : " percentage points"));
    return k - i + 1;
  }
  for (const auto& sign : tables::currency_signs()) {
    if (unit_piece.core == sign.sign) return 0;  // "100 TL"
  }
  const std::string unit_trail = trail_of_unit(unit_piece, k);
  // "a 10 km race": a measure between "a" and a noun describes the noun, in the singular.
  const bool describes = unit_trail.empty() && describes_noun(piece(k + 1).core);
  const bool plural = !describes && !(number->whole == "1" && !number->has_point && scale.empty());
  auto unit = unit_words(unit_piece.core, plural);
  // "kt" is a knot near a word of wind or speed ("winds of 45 kt", "flew at 120 kt"),
  // else a kilotonne ("a 15 kt bomb").
  static constexpr std::array<std::string_view, 8> windy = {"wind", "winds", "gusts", "gusting", "sustained", "speed", "knots", "flew"};
  if (unit_piece.core == "kt" && !word_near(i, 4, windy)) unit = plural ? "kilotonnes" : "kilotonne";
  // "bps" is basis points, but a thousand and more are a line's bits ("a 9600 bps modem").
  if (unit_piece.core == "bps" && number->whole.size() >= 4) unit = plural ? "bits per second" : "bit per second";
  // Symbols that are also common words ("in", "am", "as") are words when they stand apart.
  static constexpr std::array<std::string_view, 10> word_like = {"in", "am", "as", "at", "an", "pm", "PM", "AM", "TV", "PV"};
  bool word = false;
  for (const auto w : word_like) word = word || unit_piece.core == w;
  // "22.76 in (578 mm)", "3 in.": inches when no word follows.
  const Piece after = piece(k + 1);
  if (unit_piece.core == "in" && (!unit_piece.trail.empty() || after.core.empty() || after.lead.starts_with("("))) word = false;
  // "6 ft 4 in tall", "5 ft. 10 in.": inches after feet, before a word of size or the
  // phrase's end (not "12 feet 6 in the shade", "6 ft 4 in his socks", "in heels").
  static constexpr std::array<std::string_view, 6> sizes = {"tall", "high", "long", "wide", "deep", "thick"};
  const bool size_after = std::find(sizes.begin(), sizes.end(), after.core) != sizes.end() || after.core.empty() ||
                          !unit_piece.trail.empty() || after.lead.starts_with("(");
  if (unit_piece.core == "in" && i >= 2 && (piece(i - 1).trail.empty() || piece(i - 1).trail == ".") &&
      parse_number(piece(i - 2).core) && size_after) {
    static constexpr std::array<std::string_view, 4> feet = {"ft", "ft.", "feet", "foot"};
    if (std::find(feet.begin(), feet.end(), piece(i - 1).core) != feet.end()) word = false;
  }
  // One letter apart from its number is a unit only for meters, grams and liters, and
  // hours before minutes.
  // So are watts and volts before "of", "per", "RMS", "each" or a noun they describe
  // ("110 W of power", "100 W per channel", "a 65 W charger"; "110 W Main" is a street,
  // "at 700 W and 1300 S" a grid address, "8 W and 2 L" a record), and seconds after a
  // fraction ("a 0-60 time of 4.8 s").
  const Piece after_unit = piece(k + 1);
  const bool letter_unit = unit_piece.core.size() == 1 &&
                           (std::string_view("mgL").find(unit_piece.core[0]) != std::string_view::npos ||
                            ((unit_piece.core == "W" || unit_piece.core == "V") && electric_context(i) && unit_piece.trail.empty() &&
                             (describes || after_unit.core == "of" || after_unit.core == "per" || after_unit.core == "RMS" || after_unit.core == "each")) ||
                            (unit_piece.core == "s" && number->has_point && scale.empty()) ||
                            // hours before minutes: "5 h 20 min"
                            (unit_piece.core == "h" && unit_piece.trail.empty() && after_unit.trail.empty() && all_digits(after_unit.core) &&
                             (piece(k + 2).core == "min" || piece(k + 2).core == "min." || piece(k + 2).core == "mins")));
  // A year before capitals is a year before a name ("the 1988 SEC Tournament").
  const bool capitals = unit_piece.core.size() >= 2 && all_capitals(unit_piece.core);
  const bool year_like = !number->has_point && !number->grouped && number->whole.size() == 4 && scale.empty();
  if (!unit || (unit_piece.core.size() < 2 && !letter_unit) || word || (year_like && capitals)) {
    // "m" and "in" alone are too often words.
    return 0;
  }
  std::string words = range_start + quantity_words(*number);
  if (!scale.empty()) words += " " + scale;
  emit({p.lead, "", unit_trail}, words + " " + *unit);
  return k - i + 1;
}

size_t Normalizer::per_square_unit(size_t i) {
  const Piece p = piece(i);
  const bool apart = p.core.size() == 3 && lower(p.core) == "per" && p.trail.empty() && i + 2 < pieces_.size();
  const size_t slash = apart ? std::string::npos : p.core.rfind('/');
  const std::string power_written = apart ? piece(i + 1).core : slash == std::string::npos ? "" : p.core.substr(slash + 1);
  const auto power = power_word(power_written);
  const std::string power_trail = apart ? piece(i + 1).trail : p.trail;  // (the abbreviation's stop may be peeled: "sq.")
  if (!power || power_written == "square" || power_written == "cubic" || (power_trail != "" && power_trail != ".") ||
      (!apart && (slash == 0 || !is_digit(p.core[slash - 1])))) {
    return 0;
  }
  const size_t at = apart ? i + 2 : i + 1;
  const Piece unit_piece = unit_at(at);
  const auto unit = unit_piece.lead.empty() ? tables::unit(unit_piece.core) : std::nullopt;
  if (!unit) return 0;
  std::string amount;
  if (!apart) {
    const std::string before = p.core.substr(0, slash);
    const auto words = money(before);
    const auto number = words ? std::nullopt : parse_number(before);
    if (!words && !number) return 0;
    amount = words ? *words : quantity_words(*number);
  }
  emit({p.lead, "", trail_of_unit(unit_piece, at)}, (amount.empty() ? "" : amount + " ") + "per " + *power + " " + unit->one);
  return at - i + 1;
}

Piece Normalizer::unit_symbol_at(size_t& k, bool trimmed) const {
  Piece unit = trimmed ? unit_at(k) : piece(k);
  if (const Piece second = unit_at(k + 1); unit.trail.empty() && unit.lead.empty() && second.lead.empty() && !second.core.empty() &&
                                           std::isupper(static_cast<unsigned char>(second.core[0])) && tables::unit(unit.core) &&
                                           tables::unit(unit.core + second.core)) {
    unit.core += second.core;
    unit.trail = second.trail;
    ++k;
  }
  return unit;
}

Piece Normalizer::unit_at(size_t k) const {
  Piece unit = piece(k);
  if (unit.core.size() > 2 && unit.core.ends_with('.') && !unit.core.ends_with("..") && !unit.trail.empty() &&
      std::string_view(",;:").find(unit.trail[0]) != std::string_view::npos) {
    unit.core.pop_back();
  }
  return unit;
}

std::string Normalizer::trail_of_unit(const Piece& unit, size_t k) const {
  if (!unit.trail.starts_with('.') || unit.trail.starts_with("..")) return unit.trail;
  const Piece after = piece(k + 1);
  if (after.lead.starts_with('(')) return unit.trail.substr(1);  // "2.6 mi. (4.2 km)": the stop was the unit's
  if (token(k + 1).empty() || !after.lead.empty() || after.core.empty() || capitalized(after.core)) return unit.trail;
  const char first = after.core[0];
  if (!std::islower(static_cast<unsigned char>(first)) && !is_digit(first)) return unit.trail;
  return unit.trail.substr(1);
}

size_t Normalizer::spaced_temperature(size_t i) {
  const Piece p = piece(i), scale = piece(i + 1);
  if (!p.trail.empty() || !scale.lead.empty() || (scale.core != "C" && scale.core != "F") || p.core.empty() ||
      !(is_digit(p.core[0]) || p.core[0] == '-')) {
    return 0;
  }
  static constexpr std::array<std::string_view, 16> weather = {
      "temperature", "temperatures", "heat", "heatwave", "weather", "degrees", "humidex", "windchill", "wind",
      "forecast", "hottest", "coldest", "warmest", "highs", "lows", "mercury"};
  // (Not before what it counts or grades: "reached 33 C units", "30 C students".)
  const std::string after = scale.trail.empty() ? lower(piece(i + 2).core) : "";
  if (is_lowercase_word(after) && !is_function_word(after) && after != "today" && after != "yesterday" && after != "tonight" &&
      after != "overnight") {
    return 0;
  }
  const bool cued = word_near(i, 8, weather);
  const auto words = cued ? glued_temperature(i, p.core + scale.core) : std::nullopt;
  if (!words) return 0;
  emit({p.lead, "", scale.trail}, *words);
  return 2;
}

std::optional<std::string> Normalizer::glued_temperature(size_t i, const std::string& core) const {
  if (core.size() < 2 || (core.back() != 'C' && core.back() != 'F')) return std::nullopt;
  if (const auto [dash, length] = range_dash(core); dash != std::string::npos) {
    // (After "highs" or "lows", or where weather is spoken of: not "cup sizes of 32-36C",
    // "move to 12-14F", "available from 32-36C".)
    static constexpr std::array<std::string_view, 8> weather = {"temperature", "temperatures", "highs", "lows", "weather", "forecast", "degrees", "heat"};
    const std::string cue = i > 0 ? lower(piece(i - 1).core) : "";
    const bool forecast_cue = cue == "high" || cue == "highs" || cue == "low" || cue == "lows";
    if (!forecast_cue && !word_near(i, 6, weather)) return std::nullopt;
    std::string from = core.substr(0, dash);
    if (from.back() == core.back()) from.pop_back();
    const auto start = parse_number(from);
    const auto end = glued_temperature(i, core.substr(dash + length));
    if (!start || start->whole.size() > 3 || !end) return std::nullopt;
    return quantity_words(*start) + " " + std::string(range_word(i)) + " " + *end;
  }
  const auto number = parse_number(std::string_view(core).substr(0, core.size() - 1));
  if (!number || number->whole.size() > 3 || (!number->whole.empty() && std::stoi(number->whole) > 150)) return std::nullopt;
  // After a word of reaching ("London saw 32C", "Melbourne recorded 43.2C"), after a
  // word of weather and a verb of being ("the high was 32C"), after "it" and a verb of
  // being before a place or a day ("It was 40C in London", "it is 32C today"), before a
  // word of weather ("40C heat", "a 1.5C rise"), or after "minus". Not a seat, a type,
  // a grade, a floor, a code, a battery's rate ("His seat was 14C", "It was 23F, a
  // middle seat", "see 4C below", "clause 4.2C", "2.5C fast charging").
  static constexpr std::array<std::string_view, 36> cues = {
      "to",    "of",      "near",  "around",  "about",   "hit",    "hits",   "reached", "reach",  "above", "below",
      "by",    "from",    "between", "and",   "than",    "high",   "low",    "highs",   "lows",   "fell",  "rose",
      "at",    "minus",   "saw",   "sees",    "touched", "topped", "peaked", "exceeded", "soared", "climbed", "dropped",
      "plunged", "recorded", "reaching"};
  static constexpr std::array<std::string_view, 13> weather = {
      "temperature", "temperatures", "heat", "heatwave", "weather", "warming", "degrees", "hottest", "coldest", "warmest",
      "rise", "increase", "mercury"};
  const std::string before = i > 0 && piece(i - 1).trail.empty() ? lower(piece(i - 1).core) : "";
  const std::string subject = i > 1 && piece(i - 2).trail.empty() ? lower(piece(i - 2).core) : "";
  static constexpr std::array<std::string_view, 7> where_or_when = {"in", "today", "yesterday", "outside", "overnight", "across", "this"};
  const bool it_is = subject == "it" && piece(i).trail.empty() && listed(lower(piece(i + 1).core), where_or_when);
  const bool being = (before == "is" || before == "was" || before == "were") && (listed(subject, weather) || subject == "high" ||
                                                                                 subject == "low" || it_is);
  const bool weather_after = piece(i).trail.empty() && listed(lower(piece(i + 1).core), weather);
  const bool cued = number->negative || piece(i).lead.starts_with('(') || listed(before, cues) || being || weather_after;
  if (!cued || (i > 0 && numbers_a_name(i, true))) return std::nullopt;
  const auto unit = tables::unit(std::string("\xC2\xB0") + core.back());
  const bool one = number->whole == "1" && !number->has_point;
  return quantity_words(*number) + " " + (one ? unit->one : unit->many);
}

std::optional<std::string> Normalizer::height(const std::string& core) {
  for (const std::string_view foot : {"'", "\xE2\x80\xB2", "\xE2\x80\x99"}) {  // ' ′ ’
    const size_t at = core.find(foot);
    if (at != 1 || !is_digit(core[0]) || core[0] < '3' || core[0] > '8') continue;
    std::string inches = core.substr(at + foot.size());
    for (const std::string_view mark : {"\"", "\xE2\x80\xB3", "\xE2\x80\x9D"}) {  // " ″ ”
      if (inches.ends_with(mark)) inches.resize(inches.size() - mark.size());
    }
    if (inches.empty() || inches.size() > 2 || !all_digits(inches) || std::stoi(inches) > 11) continue;
    if (std::stoi(inches) == 0) return cardinal_words(core.substr(0, 1)) + " foot";  // "6'0\"": six foot
    return cardinal_words(core.substr(0, 1)) + " foot " + cardinal_words(inches);
  }
  return std::nullopt;
}

}  // namespace narrate::normalizing
