#include "text/spoken_text.h"

#include "text/utf8.h"
#include "text/whitespace.h"

namespace narrate {

std::string spoken_form(std::string_view written) {
  std::string out;
  out.reserve(written.size());
  size_t i = 0;
  while (i < written.size()) {
    const auto c = static_cast<unsigned char>(written[i]);
    const size_t length = utf8_sequence_length(c);
    if (c == '"') {
      ++i;
      continue;
    }
    if (length > 1 && i + length <= written.size()) {
      const char32_t cp = decode_utf8_at(written, i);
      if (cp == U'\u201C' || cp == U'\u201D' || cp == U'\u201E' || cp == U'\u00AB' || cp == U'\u00BB' ||
          cp == U'\u2018') {
        i += length;
        continue;
      }
      if (cp == U'\u2019') {
        out += '\'';
        i += length;
        continue;
      }
    }
    out.append(written.substr(i, length));
    i += length;
  }
  return collapse_whitespace(out);
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
