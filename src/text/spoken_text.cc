#include "text/spoken_text.h"

#include <algorithm>
#include <vector>

#include "text/normalizer.h"
#include "text/utf8.h"
#include "text/whitespace.h"

namespace narrate {

namespace {

bool digit_at(std::string_view text, size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; }

// +1 for a double quotation mark that opens (“ „ « ‹), -1 for one that closes (” » ›), 0
// for anything else. All of them are left unsaid.
int double_quote_turn(char32_t cp) {
  if (cp == U'\u201C' || cp == U'\u201E' || cp == U'\u00AB' || cp == U'\u2039') return 1;
  if (cp == U'\u201D' || cp == U'\u00BB' || cp == U'\u203A') return -1;
  return 0;
}

// Which straight double quotes of `written` are inch marks: those right after a digit
// ('a 14" screen', '2-4" of snow') with no quotation open, straight or curly, that leave
// the other straight quotes paired; a height's ('6\'4"') always. Not after "No." ('No.
// 1"' closes a title). Empty when `written` has no straight double quote.
std::vector<bool> inch_marks(std::string_view written) {
  if (written.find('"') == std::string_view::npos) return {};
  std::vector<bool> inch(written.size(), false);
  std::vector<size_t> candidates;
  size_t straight = 0, total = 0;
  int curly = 0;  // curly quotations open
  for (size_t i = 0; i < written.size(); ++i) {
    if (const size_t length = utf8_sequence_length(static_cast<unsigned char>(written[i])); length > 1 && i + length <= written.size()) {
      curly = std::max(0, curly + double_quote_turn(decode_utf8_at(written, i)));
      i += length - 1;
      continue;
    }
    if (written[i] != '"') continue;
    ++total;
    const bool after_digit = i > 0 && digit_at(written, i - 1);
    size_t start = i;
    while (start > 0 && (digit_at(written, start - 1) || written[start - 1] == '\'' || written[start - 1] == '.' || written[start - 1] == ',' ||
                         written[start - 1] == '-' || written[start - 1] == '/' || written[start - 1] == 'x')) {
      --start;
    }
    const std::string_view number = written.substr(start, i - start);
    const bool height = number.size() >= 3 && digit_at(number, 0) && number[1] == '\'';
    const bool numbered = start >= 4 && (written.substr(start - 4, 4) == "No. " || written.substr(start - 3, 3) == "No.");
    if (after_digit && height) {
      inch[i] = true;
      --total;
      continue;
    }
    if (after_digit && !numbered && straight % 2 == 0 && curly == 0) {
      candidates.push_back(i);
      continue;
    }
    ++straight;
  }
  // Taken as inch marks, the candidates must leave the quotation marks paired: in
  // '"He said "we got 3" and left,"' the quote after 3 closes one.
  if ((total - candidates.size()) % 2 == 0) {
    for (const size_t at : candidates) inch[at] = true;
  }
  return inch;
}

}  // namespace

std::string spoken_form(std::string_view written) {
  std::string out;
  out.reserve(written.size());
  int open_single_quotes = 0;
  const std::vector<bool> inches = inch_marks(written);
  size_t i = 0;
  while (i < written.size()) {
    const auto c = static_cast<unsigned char>(written[i]);
    const size_t length = utf8_sequence_length(c);
    if (c == '"') {
      if (!inches.empty() && inches[i]) out += "\xE2\x80\xB3";  // the double prime, which the normalizer reads as inches
      ++i;
      continue;
    }
    if (c == '\'' && i + 1 < written.size() && written[i + 1] == '\'') {  // '' for "
      i += 2;
      continue;
    }
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {  // control characters: nothing to say
      out += ' ';
      ++i;
      continue;
    }
    if (length > 1 && i + length <= written.size()) {
      const char32_t cp = decode_utf8_at(written, i);
      if (double_quote_turn(cp) != 0) {
        i += length;
        continue;
      }
      // ‘‘ and ’’: a double mark typed as two single ones (AP style).
      if ((cp == U'\u2018' || cp == U'\u2019') && written.substr(i + length, length) == written.substr(i, length)) {
        i += 2 * length;
        continue;
      }
      if (cp == U'\u2018') {
        ++open_single_quotes;
        i += length;
        continue;
      }
      if (cp == U'\u2019') {
        // Closes a ‘quotation’ when one is open and no letter follows; otherwise it is
        // an apostrophe (Putin’s, ’90s, the Russians’ plan).
        const size_t next = i + length;
        const bool letter_follows = next < written.size() && is_letter_at(written, next);
        if (open_single_quotes > 0 && !letter_follows) {
          --open_single_quotes;
        } else {
          out += '\'';
        }
        i += length;
        continue;
      }
    }
    out.append(written.substr(i, length));
    i += length;
  }
  return collapse_whitespace(out);
}

std::string for_engine(std::string_view spoken, const Lexicon& lexicon, Dialect dialect) {
  return lexicon.apply(normalize_text(spoken, dialect));
}

std::string as_sentence(std::string spoken) {
  while (!spoken.empty() && (spoken.back() == ',' || spoken.back() == ' ' || spoken.back() == ';')) spoken.pop_back();
  if (spoken.empty()) return spoken;
  const char last = spoken.back();
  const bool final = last == '.' || last == '!' || last == '?' || last == ':' ||
                     (spoken.size() >= 3 && spoken.ends_with("\xE2\x80\xA6"));  // …
  if (!final) spoken += '.';
  return spoken;
}

}  // namespace narrate
