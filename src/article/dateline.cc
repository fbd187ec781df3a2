#include "article/dateline.h"

#include <cctype>

#include "text/utf8.h"
#include "text/whitespace.h"

namespace narrate {
namespace {

constexpr size_t kMaxPlaceBytes = 80;
constexpr int kMaxWords = 6;

// Length of a dash at `i`: —, –, "--" or a lone "-"; 0 when none.
size_t dash_length(std::string_view text, size_t i, size_t end) {
  if (text[i] == '-') return i + 1 < end && text[i + 1] == '-' ? 2 : 1;
  if (static_cast<unsigned char>(text[i]) == 0xE2 && i + 3 <= end) {
    const char32_t c = decode_utf8_at(text, i);
    if (c == U'\u2014' || c == U'\u2013') return 3;
  }
  return 0;
}

size_t skip_blanks(std::string_view text, size_t i, size_t end) {
  while (i < end) {
    const size_t blank = space_length_at(text, i);
    if (blank == 0) break;
    i += blank;
  }
  return i;
}

}  // namespace

bool find_dateline(std::string_view text, Span paragraph, Dateline& dateline) {
  const size_t limit = std::min(paragraph.end, paragraph.start + kMaxPlaceBytes);
  size_t i = paragraph.start;
  size_t place_end = i;
  int words = 0;
  while (i < limit) {
    // A word: capitalized (or a parenthesized agency, "(AP)"), letters, digits, '.', '’'.
    const bool opens = text[i] == '(' || is_capital_at(text, i);  // São Paulo, Île Maurice, Αθήνα
    if (!opens || ++words > kMaxWords) return false;
    ++i;
    while (i < limit) {
      const unsigned char c = static_cast<unsigned char>(text[i]);
      // A hyphen between letters joins a name: Saint-Malo, WINSTON-SALEM, Aix-en-Provence.
      const bool joining_hyphen = c == '-' && i + 1 < limit && is_letter_at(text, i - 1) && is_letter_at(text, i + 1);
      if (std::isalnum(c) || c == '.' || c == '\'' || c == ')' || c == '(' || c >= 0x80 || joining_hyphen) {
        if (c >= 0x80 && space_length_at(text, i) > 0) break;
        if (c >= 0x80 && dash_length(text, i, paragraph.end) > 0) break;
        ++i;
      } else {
        break;
      }
    }
    place_end = i;
    if (i < limit && text[i] == ',') ++i;
    const size_t after = skip_blanks(text, i, paragraph.end);
    if (after == i && after < limit && text[after] != '-' && dash_length(text, after, paragraph.end) == 0) return false;
    const size_t dash = dash_length(text, after, paragraph.end);
    if (dash > 0 && after > place_end) {
      // The dash must stand between blanks (or end a spaced "--"): "Seoul, South Korea — When".
      const size_t story = skip_blanks(text, after + dash, paragraph.end);
      if (story == after + dash || story >= paragraph.end) return false;
      dateline.place = {paragraph.start, place_end};
      dateline.end = story;
      return true;
    }
    i = after;
  }
  return false;
}

}  // namespace narrate
