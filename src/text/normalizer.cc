#include "text/normalizer.h"

#include <algorithm>
#include <cctype>

#include "text/normalize_tables.h"
#include "text/normalizing/normalizer.h"
#include "text/number_words.h"

namespace narrate {
namespace normalizing {

Normalizer::Normalizer(std::string_view text) {
  std::string cleaned;
  cleaned.reserve(text.size());
  for (size_t k = 0; k < text.size(); ++k) {
    const char c = text[k];
    if (c == '[' || c == ']' || c == '{' || c == '}') continue;  // editorial brackets; never phoneme markup
    cleaned += c;
  }
  size_t i = 0;
  while (i < cleaned.size()) {
    while (i < cleaned.size() && std::isspace(static_cast<unsigned char>(cleaned[i]))) ++i;
    size_t j = i;
    while (j < cleaned.size() && !std::isspace(static_cast<unsigned char>(cleaned[j]))) ++j;
    // "9 a.m.-5 p.m.": the marker, the dash and the next time written close.
    for (const std::string_view marker : {"a.m.", "p.m.", "A.M.", "P.M."}) {
      const std::string_view rest = std::string_view(cleaned).substr(i, j - i);
      if (rest.size() <= marker.size() || !rest.starts_with(marker)) continue;
      const std::string_view after = rest.substr(marker.size());
      for (const std::string_view dash : {"-", "\xE2\x80\x93"}) {
        if (after.size() > dash.size() && after.starts_with(dash) && is_digit(after[dash.size()])) {
          for (const std::string_view part : {marker, dash, after.substr(dash.size())}) {
            tokens_.emplace_back(part);
            glued_.push_back(false);
          }
          i = j;
        }
      }
    }
    if (i == j) continue;
    // "No.5" and "CHF100" are "No. 5" and "CHF 100" written close; a code before a
    // number of one or two digits is a name ("COP28", the climate conference).
    const std::string_view whole = std::string_view(cleaned).substr(i, j - i);
    size_t glued_number = std::string::npos;
    for (const std::string_view mark : {"No.", "no.", "Nos.", "s.", "ss."}) {
      if (whole.size() > mark.size() && whole.starts_with(mark) && is_digit(whole[mark.size()])) glued_number = mark.size();
    }
    const bool short_number = whole.size() <= 5 && whole.find_first_not_of("0123456789", 3) == std::string_view::npos;
    if (whole.size() > 3 && is_digit(whole[3]) && tables::currency(whole.substr(0, 3)) && !short_number) glued_number = 3;
    // The 24-hour clock glued to its "hrs" ("at 1400hrs"): the time, then the word.
    if (whole.size() >= 7 && all_digits(whole.substr(0, 4)) && whole.substr(4, 3) == "hrs" &&
        (whole.size() == 7 || std::string_view(".,;:)").find(whole[7]) != std::string_view::npos)) {
      glued_number = 4;
    }
    // A set's score with its tie-break glued on, "7-6(4)", "(6–7(10-8),": a set that
    // went to a tie-break was won 7-6; the score, then the tie-break in its brackets.
    for (const std::string_view set : {"7-6(", "6-7(", "7\xE2\x80\x93" "6(", "6\xE2\x80\x93" "7("}) {
      const size_t open = whole.find(set);
      if (open > 1 || (open == 1 && whole[0] != '(')) continue;
      const std::string_view points = whole.substr(open + set.size());
      const size_t close = points.find(')');
      const std::string_view inside = points.substr(0, close);
      const size_t dash = inside.find('-');
      const auto number = [](std::string_view n) { return !n.empty() && n.size() <= 2 && all_digits(n); };
      if (close != std::string_view::npos && (number(inside) || (dash != std::string_view::npos && number(inside.substr(0, dash)) &&
                                                                  number(inside.substr(dash + 1))))) {
        glued_number = open + set.size() - 1;
      }
    }
    // A dash glued to the second amount of a range ("$20 -$30", "£5 –£10", "10 –40"): a
    // dash apart, as "$20 - $30" is written; not a minus.
    for (const std::string_view dash : {"-", "\xE2\x80\x93", "\xE2\x88\x92"}) {
      if (tokens_.empty() || !whole.starts_with(dash) || whole.size() <= dash.size()) continue;
      if (is_digit(whole[dash.size()]) && dash != "\xE2\x80\x93") continue;  // "-5" is read as a negative number
      // (Only up to a larger amount: "2022 -$1.2bn" and "Subtotal $50 -$20 coupon" are
      // minus.)
      const Piece before = peel(tokens_.back());
      // (And of one kind: "2022 -$1.2bn" is a year, then a loss.)
      const std::string second = peel(whole.substr(dash.size())).core;
      const double from = amount_value(before.core), to = amount_value(second);
      const bool same_kind = !before.core.empty() && !second.empty() && (is_digit(before.core[0]) == is_digit(second[0]));
      if (before.trail.empty() && starts_amount(before.core) && starts_amount(second) && same_kind && to > from) glued_number = dash.size();
    }
    // An amount in brackets after its currency's sign is a loss, as accounts write it:
    // "$(0.12)", "£(1.5) million" are "−$0.12", "−£1.5 million".
    // (A sign of letters may be a function's name: "R(2)".)
    if (const size_t open = whole.find('('); open != std::string_view::npos && open > 0 && !is_digit(whole[0]) && !is_alpha(whole[0]) &&
                                              starts_amount(std::string(whole.substr(0, open)) + "1")) {
      const size_t close = whole.find(')', open);
      const std::string_view amount = whole.substr(open + 1, close == std::string_view::npos ? 0 : close - open - 1);
      const std::string_view after = close == std::string_view::npos ? "" : whole.substr(close + 1);
      if (!amount.empty() && is_digit(amount[0]) && amount.find_first_not_of("0123456789.,") == std::string_view::npos &&
          after.find_first_not_of(".,;:") == std::string_view::npos) {
        tokens_.push_back("\xE2\x88\x92" + std::string(whole.substr(0, open)) + std::string(amount) + std::string(after));
        glued_.push_back(false);
        i = j;
        continue;
      }
    }
    // An en dash glued before a number, with no amount before it, is a minus written
    // with the wrong mark ("feels like –40"; eSpeak NG would say "forty").
    if (glued_number == std::string::npos && whole.size() > 3 && whole.starts_with("\xE2\x80\x93") && is_digit(whole[3])) {
      tokens_.push_back("\xE2\x88\x92" + std::string(whole.substr(3)));
      glued_.push_back(false);
      i = j;
      continue;
    }
    if (glued_number != std::string::npos) {
      tokens_.emplace_back(whole.substr(0, glued_number));
      tokens_.emplace_back(whole.substr(glued_number));
      glued_.push_back(false);
      glued_.push_back(false);
      i = j;
      continue;
    }
    // "8 p.m. ET/PT", "8:15 p.m. ET/5:15 p.m. PT": a zone, then another zone or a time,
    // written close, or two prices ("$19.99/£16.99"): the slash between stands apart,
    // said "or" between prices.
    if (const size_t slash = whole.find('/'); slash != std::string_view::npos && slash > 0 && slash + 1 < whole.size()) {
      std::string zone;
      const std::string_view after = whole.substr(slash + 1);
      // (Two zones, or a zone and a time, joined: their letters may be small, "et/pt",
      // unless a side is a word in small letters: "the eat/wet season".)
      const auto small_word = [](std::string_view side) { return side != "pt" && std::find(kZoneWords.begin(), kZoneWords.end(), side) != kZoneWords.end(); };
      const bool word_side = small_word(whole.substr(0, slash)) || small_word(peel(after).core);
      const bool zones = is_time_zone(whole.substr(0, slash), zone, !word_side) &&
                         (is_digit(after[0]) || is_time_zone(peel(after).core, zone, !word_side));
      const bool prices = money(peel(whole.substr(0, slash)).core) && money(peel(after).core);  // "$19.99/£16.99"
      // Two measures, each a number with its unit glued on: "4K/120Hz", "16GB/512GB".
      const Piece first = peel(whole.substr(0, slash)), second = peel(after);
      const bool measures = glued_measure(first.core) && glued_measure(second.core) && second.core.find('/') == std::string::npos;
      if (zones || prices || measures) {
        for (const std::string_view part : {whole.substr(0, slash), whole.substr(slash, 1), after}) {
          tokens_.emplace_back(part);
          glued_.push_back(false);
        }
        i = j;
        continue;
      }
    }
    // An em dash parts words even when written close up ("2014—and"): the word after
    // it is a token of its own, glued to the one before when it is said.
    for (size_t from = i; from < j;) {
      const size_t dash = std::string_view(cleaned).substr(from, j - from).find("\xE2\x80\x94");  // within the token only
      const size_t end = dash == std::string_view::npos || from + dash + 3 >= j ? j : from + dash + 3;
      tokens_.push_back(cleaned.substr(from, end - from));
      glued_.push_back(from != i);
      from = end;
    }
    i = j;
  }
  pieces_.reserve(tokens_.size());
  for (const std::string& t : tokens_) pieces_.push_back(peel(t));
  // An apostrophe that a closing one follows within a few words opened a quotation, not
  // an elision: "'23 Skidoo'", "wrote '20' on", "'12 Angry Men'".
  for (size_t k = 0; k < pieces_.size(); ++k) {
    Piece& q = pieces_[k];
    if (q.elided.empty()) continue;
    for (size_t m = k; m < std::min(pieces_.size(), k + 6); ++m) {
      const std::string& closing = pieces_[m].trail;
      if (closing.find(q.elided) != std::string::npos) {
        q.lead += q.elided;
        q.elided.clear();
        break;
      }
    }
  }
  // The text's own dates decide the order of its ambiguous ones: "opens 1/4/2025 and
  // closes 31/3/2026" is day first throughout, where no date is only month first.
  bool day_first = false, month_first = false;
  // (Only dates with slashes and a year of four digits decide: a hockey record
  // "25-12-10" or a version "16.7.10" is no date.)
  for (const Piece& piece : pieces_) {
    const std::string& c = piece.core;
    if (std::count(c.begin(), c.end(), '/') != 2 || c.size() < 8 || c.rfind('/') != c.size() - 5) continue;
    day_first = day_first || only_day_first(c);
    month_first = month_first || only_month_first(c);
  }
  day_first_text_ = day_first && !month_first;
}

std::string Normalizer::run() {
  const DayFirstText scope(day_first_text_);
  size_t i = 0;
  while (i < tokens_.size()) {
    glue_ = glued_[i];
    i += step(i);
  }
  return out_;
}

std::string Normalizer::about_word() const { return said_last({"a"}) ? "roughly" : said_last({"an"}) ? "approximately" : "about"; }

std::string Normalizer::spoken_lead(const std::string& lead) const {
  std::string out;
  for (size_t k = 0; k < lead.size();) {
    const std::string_view rest = std::string_view(lead).substr(k);
    const LeadSign* sign = lead_sign(rest);
    if (sign == nullptr) {
      out += lead[k++];
      continue;
    }
    out += (sign->words == "about" ? about_word() : std::string(sign->words)) + " ";
    k += sign->sign.size();
  }
  return out;
}

void Normalizer::emit(const Piece& p, std::string_view words) {
  // "N.B.A." before the sentence's own full stop keeps one.
  if (words.ends_with('.') && p.possessive.empty() && p.trail.starts_with('.')) words.remove_suffix(1);
  // A single letter's stop goes before a possessive: "A.T. and T's", not "T.'s" (eSpeak
  // NG says "dots"); "e.v.'s" keeps it (eSpeak NG reads "e.v's" as "e dot v's").
  const bool single_letter = words.size() >= 3 && words.ends_with('.') && is_alpha(words[words.size() - 2]) && words[words.size() - 3] == ' ';
  if (single_letter && !p.possessive.empty()) words.remove_suffix(1);
  const std::string said = spoken_lead(p.lead) + std::string(words) + p.possessive + p.trail;
  // The article before a number said with a vowel: "a $8 billion deal", "a 18-year-old"
  // are "an eight", "an eighteen".
  // (A capital A only where a sentence opens: "Plan A 8 times" is the letter.)
  if ((said.starts_with("eight") || said.starts_with("eleven")) && !glue_ &&
      (ends_with_word(out_, "a") || out_ == "A" ||
       (out_.size() >= 3 && out_.ends_with(" A") && std::string_view(".!?\"").find(out_[out_.size() - 3]) != std::string_view::npos))) {
    out_ += 'n';
  }
  if (glue_ && !said.empty()) {
    out_ += said;
  } else {
    join(out_, said);
  }
  glue_ = false;
}

size_t Normalizer::step(size_t i) {
  const Piece p = piece(i);
  const Piece next = piece(i + 1);
  const std::string& core = p.core;
  // "I <3 NY": the heart, not "less than three" (but "<3 years").
  if (p.lead == "<" && core == "3" && !is_lowercase_word(next.core)) {
    emit({"", "", p.trail}, "love");
    return 1;
  }

  if (const size_t used = degrees_minutes_seconds(i)) return used;
  // Primes apart: "6' 2\"" is a height (six foot two), "6' 17\"" a time behind (six
  // minutes seventeen seconds: inches stop at eleven).
  if (const size_t used = primes_apart(i)) return used;
  if (const size_t used = feet_by_feet(i)) return used;
  // An inch mark after a number: 'a 14" display', 'totals near 6".' (spoken_form has
  // made each straight quote that is one a double prime, "14″").
  if (const auto inches = inch_mark(i)) {
    // The measure read as it would be without the mark ("two to four", "one half", "two
    // by four"), then the unit: singular for one, a proper fraction, or before a noun.
    // A product's size before its name is described too ('a new 75" TV'), and a noun
    // after a fraction ('1/2" drywall': half inch). Seconds after a time word ('won by
    // 22"', '3" behind').
    const auto n = parse_number(inches->first);
    const auto part = fraction(inches->first);
    const bool noun_after = is_lowercase_word(next.core) && !is_function_word(next.core);
    const bool describes = inches->second.empty() &&
                           (describes_noun(next.core) || (capitalized(next.core) && !weekday_name(next.core) && !month_name(next.core)) ||
                            (noun_after && !is_size_word(next.core) && part));
    const std::string before = i > 0 ? lower(piece(i - 1).core) : "", two_before = i > 1 ? lower(piece(i - 2).core) : "";
    const bool won_by = before == "by" && (two_before == "won" || two_before == "lost" || two_before == "leads" || two_before == "led");
    const bool behind = won_by || time_behind(before, inches->second.empty() ? next.core : "");
    if (n && behind) {
      const bool one_second = n->whole == "1" && !n->has_point;
      emit({p.lead, "", inches->second}, quantity_words(*n) + (one_second ? " second" : " seconds"));
      return 1;
    }
    const bool proper = part && inches->first.find('/') != std::string::npos && part->find(" and ") == std::string::npos;
    if (proper && !describes) {  // '3/4" wide': three quarters of an inch
      emit({p.lead, "", inches->second}, *part + " of an inch");
      return 1;
    }
    const bool one = describes || (n && n->whole == "1" && !n->has_point);
    const auto [x, x_length] = times_sign(inches->first);
    const auto left = x == std::string::npos ? std::nullopt : parse_number(inches->first.substr(0, x));
    const auto right = x == std::string::npos ? std::nullopt : parse_number(inches->first.substr(x + x_length));
    const std::string words = n ? quantity_words(*n) : left && right ? quantity_words(*left) + " by " + quantity_words(*right)
                                                                      : word(i, Piece{"", inches->first, "", ""});
    emit({p.lead, "", inches->second}, words + (one ? " inch" : " inches"));
    return 1;
  }
  // Dates with a month name: "Jan 15 2020", "July 1876", "25 July 2012", "the 26th May".
  // "may" and "march" in lower case are verbs unless a full date follows.
  const bool verb_like = core == "may" || core == "march";
  const bool full_date_follows = all_digits(piece(i + 2).core) && piece(i + 2).core.size() == 4;
  // "in Dec., unchanged": a month's abbreviation before a comma is the month.
  if (const auto month = month_name(core); month && p.trail == "," && core.ends_with('.') && core.size() > 3) {
    emit(p, *month);
    return 1;
  }
  if (const auto month = month_name(core); month && p.trail.empty() && (!verb_like || full_date_follows) &&
                                           (core.size() > 3 || core.back() == '.' || !days_of(next.core).empty() || day_into_month(next.core) ||
                                            (all_digits(next.core) && next.core.size() == 4))) {
    if (const size_t used = month_first_date(i, *month)) {
      if (const size_t more = used == 2 ? day_after_word(i, i + 2) : 0) return used + more;  // (not after a year)
      return used + date_range_end(i, i + used, used >= 2);
    }
  }
  if (p.trail.empty() || p.trail == ",") {
    if (const size_t used = day_first_date(i)) return used + date_range_end(i, i + used, false);
  }
  if (const size_t used = life_date(i)) return used;
  if (const size_t used = statute_section(i)) return used;
  if (const size_t used = scientific(i)) return used;
  // Dimensions: "4 x 4", "2 × 3 metres", "4.25 x 5.0 inches", "a 4x4", "2×4s": "by". The
  // first number is read here, the second by whatever reads it (its unit too).
  if (p.trail.empty() && is_times_sign(token(i + 1))) {
    const Piece second = piece(i + 2);
    const auto first = parse_number(core);
    if (first && !second.core.empty() && second.lead.empty() && std::isdigit(static_cast<unsigned char>(second.core[0]))) {
      emit({p.lead, "", ""}, number_words(*first) + " by");
      return 2;
    }
  }
  // (A unit after it is read with it below: "2x8 m2".)
  if (const auto [sign, length] = times_sign(core);
      sign != std::string::npos && !(piece(i + 1).core.size() >= 2 && unit_words(piece(i + 1).core, true))) {
    const std::string left = core.substr(0, sign), right = core.substr(sign + length);
    const bool plural = right.size() > 1 && right.back() == 's' && parse_number(right.substr(0, right.size() - 1));
    const auto a = parse_number(left);
    const auto b = parse_number(plural ? right.substr(0, right.size() - 1) : right);
    if (a && b && !a->negative && !b->negative) {
      emit(p, number_words(*a) + " by " + number_words(*b) + (plural ? "s" : ""));
      return 1;
    }
    // The second with a length's unit glued on: "the 4x100m relay", "a 20x20cm tin"
    // (the unit in the singular before a noun). Not a pack's count ("24x330ml cans",
    // "2x16GB", "2x500mg tablets").
    if (a && !a->negative && !right.empty() && is_digit(right[0])) {
      size_t digits_end = 0;
      while (digits_end < right.size() && (is_digit(right[digits_end]) || right[digits_end] == '.')) ++digits_end;
      const auto unit = tables::unit(right.substr(digits_end));
      const bool length = unit && (unit->one.ends_with("meter") || unit->one == "inch" || unit->one == "foot" || unit->one == "yard" || unit->one == "mile");
      const bool noun_after = is_lowercase_word(piece(i + 1).core) && !is_function_word(piece(i + 1).core) && p.trail.empty();
      const auto second = length ? parse_number(right.substr(0, digits_end)) : std::nullopt;
      if (second && !second->negative) {
        const bool one = noun_after || (second->whole == "1" && !second->has_point);
        emit(p, number_words(*a) + " by " + quantity_words(*second) + " " + (one ? unit->one : unit->many));
        return 1;
      }
    }
  }
  // A decade written with an apostrophe after "the", "early", "late" or "mid": "the
  // 1990's" (without them it is a year's possessive: "2020's pandemic").
  if (const size_t mark = possessive_ending(core); mark && core.size() == 4 + mark && said_last({"the", "early", "late", "mid"})) {
    if (const auto d = decade(core.substr(0, 4) + "s")) {
      emit({p.lead, "", p.trail}, *d);
      return 1;
    }
  }
  // A page's time since: "3d ago", "5m ago", "2w ago", "45s ago" (a letter after the
  // number is a unit of time before "ago": "5m" is minutes, not meters).
  if (const auto since = p.trail.empty() && next.core == "ago" ? time_since(core) : std::nullopt) {
    emit({p.lead, "", ""}, *since);
    return 1;
  }
  // A century written short after its ordinal: "the 9th c. AD", "12th-c." is left.
  if (const auto nth = p.trail.empty() && (next.core == "c." || next.core == "cent.") ? ordinal(core) : std::nullopt) {
    const std::string era = lower(piece(i + 2).core);
    const bool era_follows = era == "ad" || era == "a.d." || era == "bc" || era == "b.c." || era == "bce" || era == "b.c.e." || era == "ce" || era == "c.e.";
    emit({p.lead, "", next.trail}, *nth + (kept_stop_ends_sentence(i + 1) && !era_follows ? " century." : " century"));
    return 2;
  }
  // A range of amounts that share the end's scale word: "$12.3 to $12.8 billion",
  // "$5 - $7 million", "between $5 and $7 million": the start is said as a number.
  if (const auto start = shared_scale_start(i)) {
    emit({p.lead, "", ""}, *start);
    return 2;
  }
  // A range written with spaces: "1957 - 1962", "9:00 – 10:30 a.m.", "10 - 15 tonnes".
  // The start is read here, the end by whatever reads it.
  // A start with its own AM or PM ("1pm - 4pm") is a time of day, read below.
  if (p.trail.empty() && is_dash(token(i + 1)) && !attached_am_pm(core)) {
    const Piece end = piece(i + 2);
    const auto start = classify(core);
    const bool code_follows = end.core.size() > 2 && end.core[0] == '0' && all_digits(end.core);
    if (start && start->kind != Kind::telephone && end.lead.empty() && !code_follows && compose_range(core, end.core)) {
      const std::string_view to = range_word(i);
      const auto right = classify(end.core);
      // The end reads only with the start: "2008 - 09" (a year's last two digits),
      // "$50 - 100" (the same currency).
      if ((start->kind == Kind::year && end.core.size() == 2) || start->kind == Kind::money) {
        emit({p.lead, "", end.trail}, *compose_range(core, end.core, to));
        return 3;
      }
      const bool bare = start->kind == Kind::number || start->kind == Kind::year;
      const auto number = parse_number(core);
      std::string words = start->words;
      if (bare && number && right && (right->kind == Kind::quantity || right->kind == Kind::money)) {
        words = quantity_words(*number);
      }
      emit({p.lead, "", ""}, words + " " + std::string(to));
      return 2;
    }
  }
  // A single letter's direction before a street's name and its suffix, with no house
  // number: "on W. Madison St.", "near E Main Street", "at E. 14th St." (not "John W.
  // Madison Jr."); its stop unsaid.
  if ((core == "N" || core == "S" || core == "E" || core == "W") && (p.trail.empty() || p.trail == ".") &&
      ((capitalized(next.core) && !all_capitals(next.core)) || ordinal(next.core)) && next.lead.empty() && next.trail.empty() && capitalized(piece(i + 2).core) &&
      tables::street_suffix(piece(i + 2).core) && !(i > 0 && capitalized(piece(i - 1).core) && piece(i - 1).trail.empty()) &&
      !(i > 0 && piece(i - 1).core.size() == 1 && piece(i - 1).trail == ".")) {  // ("U. S. District Court")
    if (const auto d = tables::directional(core)) {
      emit({p.lead, "", ""}, *d);
      return 1;
    }
  }
  if (const size_t used = per_square_unit(i)) return used;
  if (const size_t used = spaced_temperature(i)) return used;
  if (const size_t used = international_number(i)) return used;
  if (const size_t used = national_number(i)) return used;
  if (const size_t used = spaced_phone_number(i)) return used;
  if (const size_t used = uk_postcode(i)) return used;
  if (const size_t used = two_word_party_label(i)) return used;
  // Times: "1:59 p.m. est", "1 a.m.", "2pm-5pm", "10am"; "9 a.m. - 5 p.m." is a range.
  if (const size_t used = time_of_day(i)) {
    if (is_dash(token(i + used)) && starts_time(i + used + 1)) {
      join(out_, std::string(range_word(i)));
      return used + 1;
    }
    return used;
  }
  // A house number with a letter, or a number with a letter that names a thing ("Exit
  // 12B", "Apt. 4B"), before "221B" is read as billions.
  if (core.size() >= 2 && std::isupper(static_cast<unsigned char>(core.back())) && is_digit(core[0])) {
    if (const size_t used = address(i)) return used;
    const std::string digits = core.substr(0, core.size() - 1);
    // After a name's word ("Exit 12B", "Courtroom 4B"); with a letter that is no scale's,
    // after any capitalized word inside a sentence ("Series 2C"; not "Apple's 4B", nor
    // "the European Union 750B fund", billions).
    const Piece name = i > 0 ? piece(i - 1) : Piece{};
    const bool possessive = !name.possessive.empty() || possessive_ending(name.core) > 0;
    const bool after_name = name_before(i) && name.trail.empty() && !possessive && p.lead.empty() && !money(name.core);
    const bool scale_letter = core.back() == 'B' || core.back() == 'M' || core.back() == 'T' || core.back() == 'K';
    if (all_digits(digits) && digits.size() <= 4 && (numbers_a_name(i, true) || (after_name && !scale_letter))) {
      emit(p, house_number_words(digits) + " " + letter_name(core.back()));
      return 1;
    }
  }
  // Money with a scale word: "$45 billion", "US$76.3 trillion"; two of them, "₹295 lakh crore".
  if (p.trail.empty()) {
    const Piece second = piece(i + 2);
    const auto second_scale = next.trail.empty() && second.core.size() > 1 ? scale_word(second.core) : std::nullopt;
    if (const auto scale = scale_word(next.core); scale && second_scale && next.core.size() > 1 && *second_scale != *scale) {
      if (const auto words = money(core, *scale + " " + *second_scale)) {
        emit({p.lead, "", second.trail}, describing_money(core, *words, i + 3, second.trail));
        return 3;
      }
    }
    if (const auto scale = scale_word(next.core); scale && next.core.size() > 1) {
      if (const auto words = money(core, scale)) {
        emit({p.lead, "", next.trail}, describing_money(core, money_range(i, *words), i + 2, next.trail));
        return 2;
      }
    }
    // The scale joined to words: "a $5 billion-a-year industry", "a $1 million-plus deal".
    if (const size_t dash = next.core.find('-'); dash != std::string::npos && dash > 1 && dash + 1 < next.core.size()) {
      std::string rest = next.core.substr(dash + 1);
      const bool words_after = std::all_of(rest.begin(), rest.end(), [](char c) { return is_alpha(c) || c == '-'; });
      const auto scale = scale_word(next.core.substr(0, dash));
      if (const auto words = words_after && scale ? money(core, scale) : std::nullopt) {
        std::replace(rest.begin(), rest.end(), '-', ' ');
        emit({p.lead, "", next.trail}, without_repeated_currency(describing_money(core, *words, i + 2, next.trail), rest) + " " + rest);
        return 2;
      }
    }
  }
  // A length of time in hours and minutes: "2h 15m", "1h30m", "2h 15min".
  if (const auto taken = hours_and_minutes(core, p.trail.empty() ? next.core : "")) {
    const bool two = taken->second;
    emit({p.lead, "", two ? next.trail : p.trail}, taken->first);
    return two ? 2 : 1;
  }
  // "1.5+ million people": the scale word, then "plus".
  if (p.trail.empty() && core.size() > 1 && core.ends_with('+') && (next.core == "million" || next.core == "billion" ||
                                                                      next.core == "trillion" || next.core == "thousand")) {
    if (const auto n = parse_number(std::string_view(core).substr(0, core.size() - 1)); n && !n->negative) {
      emit({p.lead, "", next.trail}, quantity_words(*n) + " " + next.core + " plus");
      return 2;
    }
  }
  // A number with a unit in the next token: "100 kg", "1 mbps", "100 million kg".
  if (p.trail.empty()) {
    if (const size_t used = measure(i)) return used;
  }
  // A currency sign written apart from its amount ("Rs 100", "HK$ 100"), or an ISO code
  // after it ("100 USD"); not an airline's code after "flight" ("flight QR 817").
  // (Two capitals before up to four digits: "flight QR 2,500" and "flight $ 99" are fares.)
  const bool flight_code = i > 0 && lower(piece(i - 1).core) == "flight" && piece(i - 1).trail.empty() && core.size() == 2 &&
                           all_capitals(core) && all_digits(next.core) && next.core.size() <= 4;
  if ((p.trail.empty() || p.trail == ".") && !next.core.empty() && is_digit(next.core[0]) && !flight_code) {
    for (const auto& sign : tables::currency_signs()) {
      if (sign.after || sign.scaled_only || core != sign.sign) continue;
      const Piece after = piece(i + 2);
      // ("Rs 450 cr": crore, as Indian papers shorten it after rupees alone.)
      const auto scale = after.core == "cr" && sign.currency.code == "INR" ? std::optional<std::string>("crore") : scale_word(after.core);
      // Two scale words, "Rs 1.2 lakh crore", as the sign written close has them.
      const Piece last = piece(i + 3);
      if (const auto second = after.trail.empty() && last.core.size() > 1 ? scale_word(last.core) : std::nullopt;
          scale && second && *second != *scale && next.trail.empty() && after.core.size() > 1) {
        if (const auto words = money(core + next.core, *scale + " " + *second)) {
          emit({p.lead, "", last.trail}, *words);
          return 4;
        }
      }
      if (scale && next.trail.empty() && after.core.size() > 1) {
        if (const auto words = money(core + next.core, scale)) {  // "Rs 5 crore"
          emit({p.lead, "", after.trail}, *words);
          return 3;
        }
      }
      if (const auto words = money(core + next.core)) {
        emit({p.lead, "", next.trail}, *words);
        return 2;
      }
    }
  }
  // "100 zł", "100 USD", "2.5 billion zł", "5 million CHF": the sign or code after the
  // amount, with a scale word between them or not. Not the year of a copyright line
  // ("Copyright 2024 NPR" names a radio network, not Nepalese rupees; "2000 USD" is money).
  const std::string before_amount = i > 0 ? lower(piece(i - 1).core) : "";
  const bool copyright_year = core.size() == 4 && (before_amount == "copyright" || before_amount == "\xC2\xA9" || p.lead.ends_with("\xC2\xA9"));
  if (p.trail.empty() && parse_number(core) && !copyright_year) {
    size_t k = i + 1;
    std::optional<std::string> scale;
    if (const auto s = scale_word(next.core); s && next.core.size() > 1 && next.trail.empty()) {
      scale = s;
      ++k;
    }
    const Piece after = piece(k);
    std::optional<std::string> words = coded_money(after.core, core, scale);
    for (const auto& sign : tables::currency_signs()) {
      if (!words && sign.after && after.core == sign.sign) words = money(core + sign.sign, scale);
    }
    if (words) {
      emit({p.lead, "", after.trail}, *words);
      return k - i + 1;
    }
  }
  // An ISO 4217 code before an amount: "CHF 100", "HRK 5,000", "USD 2 billion".
  if (p.trail.empty() && core.size() == 3 && !next.core.empty() && is_digit(next.core[0])) {
    const Piece after = piece(i + 2);
    if (const auto scale = scale_word(after.core); scale && next.trail.empty() && after.core.size() > 1) {
      if (const auto words = coded_money(core, next.core, scale)) {
        emit({p.lead, "", after.trail}, *words);
        return 3;
      }
    }
    if (const auto words = coded_money(core, next.core)) {
      emit({p.lead, "", next.trail}, *words);
      return 2;
    }
  }
  // An interview's turns: "Q:" and "A:" opening the text are Question and Answer.
  if (i == 0 && p.lead.empty() && p.trail == ":" && (core == "Q" || core == "A")) {
    emit(p, core == "Q" ? "Question" : "Answer");
    return 1;
  }
  // "+1(555) 123-4567": a country code glued to the area code.
  if (core.starts_with("+1(") && p.trail.empty()) {
    if (const auto phone = phone_or_address(core.substr(2) + "-" + next.core)) {
      emit({p.lead, "", next.trail}, "plus one, " + *phone);
      return 2;
    }
  }
  // Telephone: "+1 123-123-5678", "(123) 123-5678".
  if (core == "+1" && p.trail.empty()) {
    if (const auto phone = phone_or_address(next.core)) {
      emit({p.lead, "", next.trail}, "plus one, " + *phone);
      return 2;
    }
    if (next.lead == "(" ) {
      if (const auto phone = phone_or_address(token(i + 1))) {
        emit({"", "", ""}, "plus one, " + *phone);
        return 2;
      }
    }
  }
  if (p.lead == "(" && p.trail == ")" && core.size() == 3 && all_digits(core)) {
    if (const auto phone = phone_or_address(core + "-" + next.core)) {
      emit({"", "", next.trail}, *phone);
      return 2;
    }
  }
  if (p.lead.starts_with("(") && core.size() > 4 && core[3] == ')') {
    if (const auto phone = phone_or_address("(" + core)) {
      emit({p.lead.substr(1), "", p.trail}, *phone);
      return 1;
    }
  }
  // A whole number and a fraction of an inch: '1 1/2" of rain' (one and one half inches).
  if (const auto inches = all_digits(core) && p.trail.empty() ? inch_mark(i + 1) : std::nullopt) {
    if (const auto f = inches->first.find('/') != std::string::npos ? fraction(inches->first) : std::nullopt) {
      const bool describes = inches->second.empty() && (describes_noun(piece(i + 2).core) || capitalized(piece(i + 2).core));
      emit({p.lead, "", inches->second}, mixed_number_words(core, *f) + (describes ? " inch" : " inches"));
      return 2;
    }
  }
  // A whole number and a fraction joined to the words it describes: "a 2 1/2-year-old",
  // "3 1/2-inch nails" ("two and a half-year-old").
  if (all_digits(core) && p.trail.empty() && next.lead.empty()) {
    if (const size_t dash = next.core.find('-'); dash != std::string::npos && dash + 1 < next.core.size() && next.core.find('/') < dash) {
      const std::string rest = next.core.substr(dash + 1);
      const bool words = std::all_of(rest.begin(), rest.end(), [](char c) { return is_alpha(c) || c == '-'; });
      if (const auto f = words ? fraction(next.core.substr(0, dash)) : std::nullopt) {
        emit({p.lead, "", next.trail}, mixed_number_words(core, *f) + "-" + rest);
        return 2;
      }
    }
  }
  // A whole number and a fraction: "3 5/2" → "three and five halves".
  if (all_digits(core) && p.trail.empty()) {
    if (const auto f = fraction(next.core)) {
      // A unit after it is said in the plural ("2 1/4 tsp", "3 1/2 in. long"), but before
      // a noun it describes in the singular.
      const Piece unit_piece = piece(i + 2);
      const bool symbol = next.trail.empty() && unit_piece.core.size() >= 2 && (unit_piece.core != "in" || unit_piece.trail.starts_with("."));
      if (const auto unit = symbol ? tables::unit(unit_piece.core) : std::nullopt) {
        const std::string unit_trail = trail_of_unit(unit_piece, i + 2);
        const bool describes = unit_trail.empty() && describes_noun(piece(i + 3).core);  // "a 3 1/2 in. floppy disk"
        emit({p.lead, "", unit_trail}, mixed_number_words(core, *f) + " " + (describes ? unit->one : unit->many));
        return 3;
      }
      emit({p.lead, "", next.trail}, mixed_number_words(core, *f));
      return 2;
    }
  }
  // House numbers: "1428 Elm St", "708 N 1st St".
  if (const size_t used = address(i)) return used;
  Piece q = p;
  if (address_direction_.count(i) && q.trail == "." && i + 1 < tokens_.size()) q.trail.clear();  // "N. Main"
  // "$3.29/gal. nationwide": the unit's own stop before a small letter ends nothing.
  if (const size_t slash = core.rfind('/'); slash != std::string::npos && slash + 1 < core.size() &&
                                            is_alpha(core[slash + 1]) && money(core)) {
    q.trail = trail_of_unit(q, i);
  }
  // So in a compound ending in a unit, the stop peeled or kept: "a 2,400-sq.-ft. house",
  // "a 5-ft. wall" (five-foot).
  if (const size_t dash = core.rfind('-'); dash != std::string::npos && dash + 2 < core.size() && is_digit(core[0])) {
    const bool kept_stop = core.ends_with('.');
    if (tables::unit(core.substr(dash + 1, core.size() - dash - 1 - (kept_stop ? 1 : 0)))) {
      Piece unit = p;
      if (kept_stop) unit.core.pop_back(), unit.trail.insert(0, ".");
      unit.trail = q.trail = trail_of_unit(unit, i);
      emit(q, word(i, unit));
      return 1;
    }
  }
  emit(q, word(i, p));
  return 1;
}

}  // namespace normalizing

std::string normalize_text(std::string_view text, Dialect dialect) {
  const DialectScope scope(dialect);
  return normalizing::Normalizer(text).run();
}

}  // namespace narrate
