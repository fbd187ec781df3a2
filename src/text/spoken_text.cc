#include "text/spoken_text.h"

#include "text/normalizer.h"
#include "text/utf8.h"
#include "text/whitespace.h"

namespace narrate {

std::string spoken_form(std::string_view written) {
  std::string out;
  out.reserve(written.size());
  int open_single_quotes = 0;
  size_t double_quotes = 0;
  size_t i = 0;
  while (i < written.size()) {
    const auto c = static_cast<unsigned char>(written[i]);
    const size_t length = utf8_sequence_length(c);
    if (c == '"') {
      // After a digit, with no quotation open, it is an inch mark ('a 14" screen'): the
      // double prime, which the normalizer reads as inches.
      if (i > 0 && written[i - 1] >= '0' && written[i - 1] <= '9' && double_quotes % 2 == 0) {
        out += "\xE2\x80\xB3";
      } else {
        ++double_quotes;
      }
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
      if (cp == U'\u201C' || cp == U'\u201D' || cp == U'\u201E' || cp == U'\u00AB' || cp == U'\u00BB' ||
          cp == U'\u2039' || cp == U'\u203A') {
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

std::string for_engine(std::string_view spoken, const Lexicon& lexicon) {
  return lexicon.apply(normalize_text(spoken));
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
