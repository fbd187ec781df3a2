// Money: amounts, their ranges and money that describes a noun.
#include "text/normalizing/normalizer.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "text/normalize_tables.h"

namespace narrate::normalizing {

std::string Normalizer::without_repeated_currency(const std::string& words, const std::string& rest) {
  const size_t space = words.rfind(' ');
  if (space == std::string::npos) return words;
  const std::string last = words.substr(space + 1), first = rest.substr(0, rest.find(' '));
  return first == last || last == first + "s" || first == last + "s" ? words.substr(0, space) : words;
}

std::optional<std::string> Normalizer::british_percent(size_t i, const std::string& core) const {
  if (core.size() < 3 || !core.ends_with("pc")) return std::nullopt;
  const auto number = parse_number(std::string_view(core).substr(0, core.size() - 2));
  if (!number) return std::nullopt;
  static constexpr std::array<std::string_view, 28> changes = {
      "rose", "fell", "up", "down", "by", "of", "to", "at", "jumped", "grew", "dropped", "slipped", "climbed", "gained",
      "lost", "cut", "rise", "fall", "about", "around", "nearly", "almost", "just", "than", "from", "some", "only", "increased"};
  const bool change = i > 0 && piece(i - 1).trail.empty() && listed(piece(i - 1).core, changes);
  if (!change && !number->has_point) return std::nullopt;
  return number_words(*number) + " percent";
}

std::optional<std::string> Normalizer::shared_scale_start(size_t i) const {
  const Piece p = piece(i), joint = piece(i + 1), end = piece(i + 2), scale = piece(i + 3);
  const bool dash = is_dash(token(i + 1));
  const bool joined = dash || joint.core == "to" || (joint.core == "and" && said_last({"between"}));
  if (!p.trail.empty() || !joined || !joint.trail.empty() || !end.lead.empty() || !end.trail.empty() || scale.core.size() < 2 ||
      !scale_word(scale.core)) {
    return std::nullopt;
  }
  for (const auto& sign : tables::currency_signs()) {
    if (sign.after || sign.scaled_only || !p.core.starts_with(sign.sign) || !end.core.starts_with(sign.sign)) continue;
    const auto from = parse_number(std::string_view(p.core).substr(sign.sign.size()));
    const auto to = parse_number(std::string_view(end.core).substr(sign.sign.size()));
    // Only a start below the end and below a thousand shares the scale: not "between
    // $500,000 and $1 million".
    if (!from || !to || from->negative || to->negative || from->grouped || from->whole.size() > 3) continue;
    const auto value = [](const Number& n) {
      std::string digits = "0";
      for (const char c : n.whole) {
        if (is_digit(c)) digits += c;
      }
      return std::strtod((digits + "." + n.fraction).c_str(), nullptr);  // no throw: a long number is HUGE_VAL
    };
    if (value(*from) < value(*to)) return quantity_words(*from) + " " + (dash ? "to" : joint.core);
  }
  return std::nullopt;
}

std::string Normalizer::money_range(size_t i, std::string words) const {
  if (const size_t to = words.find(" to "); to != std::string::npos && range_dash(piece(i).core).first != std::string::npos) {
    words.replace(to, 4, " " + std::string(range_word(i)) + " ");
  }
  return words;
}

std::string Normalizer::describing_money(const std::string& written, const std::string& words, size_t noun, const std::string& trail) const {
  static constexpr std::array<std::string_view, 42> not_nouns = {
      "a", "an", "the", "of", "in", "to", "for", "per", "each", "and", "or", "from", "with", "on", "at", "by", "than",
      "more", "less", "apiece", "is", "was", "are", "were", "that", "which", "who", "they", "he", "she", "it", "we",
      "you", "i", "into", "onto", "over", "under", "through", "during", "after", "before"};
  const std::string next = piece(noun).core;
  // After an article, or a possessive before a noun that is no verb in the past
  // ("Microsoft's $68.7 billion acquisition"; not "the firm's $5 million went").
  static constexpr std::array<std::string_view, 8> verbs = {"went", "came", "made", "paid", "will", "would", "could", "should"};
  const bool owned = possessive_before() && !next.ends_with("ed") && !listed(next, verbs);
  // (After "a" or "an", a name's word too: "a $150 million Series C", "a $2 billion
  // Pentagon contract", "a $40 million IPO".)
  const bool named = said_last({"a", "an"}) && !next.empty() && std::isupper(static_cast<unsigned char>(next[0])) &&
                     std::all_of(next.begin(), next.end(), [](char c) { return is_alpha(c); });
  // (And after an article and an adjective of amounts, before a noun: "a new $62 million
  // high school"; not "an additional $9.4 million into ads", "the nearly $238 million
  // spent".)
  const bool adjective = article_and_adjective_before() && !is_function_word(next) && !next.ends_with("ed") && next != "spent" &&
                         !listed(next, verbs);
  if (!trail.empty() || !(said_last({"a", "an", "the"}) || article_before_compound() || adjective || owned) ||
      !(is_lowercase_word(next) || named) ||
      !piece(noun).lead.empty() || listed(next, not_nouns)) {
    return words;
  }
  for (const auto& sign : tables::currency_signs()) {
    // (A symbol may follow the amount: "a 5£ note".)
    const bool symbol_after = !sign.after && symbol_after_amount(sign.sign, written);
    if (sign.after || symbol_after ? !written.ends_with(sign.sign) : !written.starts_with(sign.sign)) continue;
    const tables::Currency& c = sign.currency;
    const bool minor = !c.minor_one.empty() && (words.find(" " + c.minor_many) != std::string::npos ||
                                                words.find(" " + c.minor_one) != std::string::npos);
    if (minor) {
      // "a $2.50 booking fee": "a two dollar fifty booking fee", the minor unit unsaid.
      for (const std::string& major : {c.many, c.one}) {
        const size_t at = words.find(" " + major + " ");
        if (at == std::string::npos) continue;
        std::string cents = words.substr(at + major.size() + 2);
        for (const std::string& unit : {c.minor_many, c.minor_one}) {
          if (!cents.ends_with(" " + unit)) continue;
          // "a $1.05 fare": "one dollar oh five".
          const size_t point = written.find('.');
          const bool under_ten = point != std::string::npos && point + 1 < written.size() && written[point + 1] == '0';
          return words.substr(0, at) + " " + c.one + (under_ten ? " oh " : " ") + cents.substr(0, cents.size() - unit.size() - 1);
        }
      }
      // "the $0.99 app": "the ninety nine cent app".
      if (words.ends_with(" " + c.minor_many)) return words.substr(0, words.size() - c.minor_many.size()) + c.minor_one;
      return words;
    }
    if (c.one == c.many || !words.ends_with(" " + c.many)) return words;
    return words.substr(0, words.size() - c.many.size()) + c.one;
  }
  return words;
}

}  // namespace narrate::normalizing
