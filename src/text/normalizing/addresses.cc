// Street addresses and postcodes.
#include "text/normalizing/normalizer.h"

#include <algorithm>
#include <cctype>

#include "text/normalize_tables.h"
#include "text/number_words.h"
#include "util/strings.h"

namespace narrate::normalizing {

size_t Normalizer::uk_postcode(size_t i) {
  const Piece out = piece(i), in = piece(i + 1);
  // After a town on an address's line ("10 Downing St, London SW1A 2AA"), or after the
  // line's comma ("..., SW1A 2AA"); not a model's code ("Hilux SR5 4WD") nor a number of
  // bytes ("an A1 4GB"). The inward code's letters are never C, I, K, M, O or V.
  if (!out.trail.empty() || !in.lead.empty() || !out.lead.empty() || i < 2) return 0;
  const bool after_line = piece(i - 1).trail == "," || (capitalized(piece(i - 1).core) && piece(i - 1).trail.empty() && piece(i - 2).trail == ",");
  if (!after_line) return 0;
  if (in.core.size() == 3 && (tables::unit(in.core.substr(1)) || in.core.find_first_of("CIKMOV", 1) != std::string::npos)) return 0;
  const std::string& a = out.core;
  const std::string& b = in.core;
  const auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  size_t letters = 0;
  while (letters < a.size() && upper(a[letters])) ++letters;
  const bool outward = (letters == 1 || letters == 2) && a.size() >= letters + 1 && a.size() <= letters + 2 && is_digit(a[letters]) &&
                       (a.size() == letters + 1 || is_digit(a.back()) || upper(a.back()));
  const bool inward = b.size() == 3 && is_digit(b[0]) && upper(b[1]) && upper(b[2]);
  if (!outward || !inward) return 0;
  const auto said = [](std::string_view code) {  // "SW1A": "S.W. one A."
    std::string words;
    for (size_t k = 0; k < code.size();) {
      size_t end = k + 1;
      while (end < code.size() && is_digit(code[end]) == is_digit(code[k])) ++end;
      const std::string run(code.substr(k, end - k));
      // (A lone "A." before the comma would be the article to eSpeak NG: "A" alone is the letter.)
      join(words, is_digit(code[k]) ? cardinal_words(run) : run == "A" ? run : spelled_letters(run));  // "CF10": "C.F. ten"
      k = end;
    }
    return words;
  };
  emit({out.lead, "", in.trail}, said(a) + ", " + said(b));
  return 2;
}

std::optional<std::string> Normalizer::compass_direction(std::string_view letter) {
  if (letter == "N") return "north";
  if (letter == "S") return "south";
  if (letter == "E") return "east";
  if (letter == "W") return "west";
  return std::nullopt;
}

size_t Normalizer::address(size_t i) {
  const Piece p = piece(i);
  // "221B": a house number may carry a capital letter.
  std::string digits = p.core, letter;
  if (digits.size() >= 2 && std::isupper(static_cast<unsigned char>(digits.back())) && all_digits(digits.substr(0, digits.size() - 1))) {
    letter = " " + digits.substr(digits.size() - 1);
    digits.pop_back();
  }
  if (!all_digits(digits) || digits.size() > 5 || !p.trail.empty()) return 0;
  // Up to three capitalized words, directions ("N.") or ordinals, then a street word,
  // then perhaps a direction ("Ave NW").
  std::vector<size_t> directions;
  for (size_t k = i + 1; k <= i + 4 && k < tokens_.size(); ++k) {
    const Piece w = piece(k);
    // A USPS street suffix ("St", "Ave.", "Expy", "Ln", "Hwy") after at least one name.
    const auto street = capitalized(w.core) ? tables::street_suffix(w.core) : std::nullopt;  // not "is", "way"
    // A suffix written out after four digits is too often a year before a name ("in
    // early 2009 Mizuno Garden launched"); its reading differs little ("fourteen
    // twenty eight Elm Street" either way).
    const bool written_out = street && ascii_lowercase(*street) == ascii_lowercase(w.core);
    if (written_out && digits.size() == 4 && letter.empty()) return 0;
    // ...and one written out must end the address: what follows is no noun it describes
    // ("125 Rikers Island detainees", "350 Times Square revelers").
    if (written_out && w.trail.empty() && is_lowercase_word(piece(k + 1).core)) {
      static constexpr std::array<std::string_view, 12> goes_on = {"in", "on", "at", "near", "and", "or", "where", "which", "to", "from", "was", "is"};
      if (std::find(goes_on.begin(), goes_on.end(), piece(k + 1).core) == goes_on.end()) return 0;
    }
    if (street && k > i + 1 && !tables::directional(w.core)) {
      if (ascii_lowercase(*street) != ascii_lowercase(w.core)) street_suffix_at_ = k;
      if (w.trail.empty() || w.trail == ".") {
        if (tables::directional(piece(k + 1).core)) directions.push_back(k + 1);
      }
      for (const size_t d : directions) address_direction_.insert(d);
      emit({p.lead, "", ""}, house_number_words(digits) + letter);
      return 1;
    }
    if (tables::directional(w.core) && (w.trail.empty() || w.trail == ".")) {
      directions.push_back(k);
      continue;
    }
    const bool part = capitalized(w.core) || ordinal(w.core).has_value();
    if (!part || !w.trail.empty()) return 0;
  }
  return 0;
}

bool Normalizer::zip_plus_four(std::string_view core) {
  return core.size() == 10 && core[5] == '-' && all_digits(core.substr(0, 5)) && all_digits(core.substr(6));
}

}  // namespace narrate::normalizing
