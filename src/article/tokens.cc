#include "article/tokens.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "text/first_names.h"
#include "text/utf8.h"
#include "text/whitespace.h"
#include "util/strings.h"

namespace narrate {
namespace {

bool is_apostrophe_at(std::string_view text, size_t i) {
  return text[i] == '\'' || (static_cast<unsigned char>(text[i]) == 0xE2 && decode_utf8_at(text, i) == U'\u2019');
}

// Titles and abbreviations whose full stop belongs to the word.
bool keeps_full_stop(std::string_view word) {
  if (is_title_abbreviation(word) && is_capital_at(word, 0)) return true;
  for (const std::string_view t : {"St", "Jr", "Sr"}) {
    if (word == t) return true;
  }
  // U.S, U.N, J (initials): single letters separated by full stops; also after a hyphen
  // (R-S.C., D-N.Y.: a party and a state).
  const size_t hyphen = word.rfind('-');
  const std::string_view last = word.substr(hyphen == std::string_view::npos ? 0 : hyphen + 1);
  return last.size() == 1 || (last.size() >= 3 && last[1] == '.');
}

bool is_quote_mark(const Token& token) {
  return token.kind == Token::Kind::punct && (token.text == "\"" || token.text == "\u201C" || token.text == "\u201D");
}

// Whether only spaces, at least one, lie between two spans.
bool only_space_between(std::string_view text, Span before, Span after) {
  if (before.end >= after.start) return false;
  for (size_t i = before.end; i < after.start;) {
    const size_t space = space_length_at(text, i);
    if (space == 0) return false;
    i += space;
  }
  return true;
}

// With `next`, a word, about to follow, drops a nickname in quotes that the last tokens
// of `out` hold (is_nickname) and that `next` follows.
void drop_nickname_before(std::string_view text, const Token& next, std::vector<Token>& out) {
  const size_t n = out.size();
  if (n < 4 || !is_quote_mark(out[n - 3]) || !is_quote_mark(out[n - 1])) return;
  if (is_nickname(text, out[n - 4], out[n - 3], out[n - 2], out[n - 1]) && only_space_between(text, out[n - 1].span, next.span)) {
    out.resize(n - 3);
  }
}

}  // namespace

bool is_given_name_or_initial(const Token& word) {
  if (!word.capitalized()) return false;
  // Initials: capitals each followed by a full stop ("C.", "C.L."), not a title ("Gov.").
  const std::string& text = word.text;
  bool initials = !text.empty() && text.size() % 2 == 0;
  for (size_t i = 0; initials && i < text.size(); i += 2) {
    initials = text[i] >= 'A' && text[i] <= 'Z' && text[i + 1] == '.';
  }
  if (initials) return true;
  return first_name_bearers(word.text) > 0;
}

bool is_nickname(std::string_view text, const Token& given, const Token& open, const Token& nickname, const Token& close) {
  if (!is_given_name_or_initial(given) || open.kind != Token::Kind::punct || !nickname.capitalized() ||
      close.kind != Token::Kind::punct || open.span.end != nickname.span.start || nickname.span.end != close.span.start ||
      !only_space_between(text, given.span, open.span)) {
    return false;
  }
  size_t next = close.span.end;
  while (next < text.size() && space_length_at(text, next) > 0) next += space_length_at(text, next);
  return next > close.span.end && next < text.size() && is_capital_at(text, next);
}

bool is_title_abbreviation(std::string_view word) {
  static constexpr std::array<std::string_view, 22> titles = {
      "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "prof", "rev", "capt",
      "cmdr", "adm", "maj", "pres", "supt", "insp", "det", "del"};
  const std::string lower = ascii_lowercase(word);  // any case: "Sen", "SEN", "sen"
  return std::find(titles.begin(), titles.end(), lower) != titles.end();
}

bool Token::is(std::string_view lower) const {
  if (kind != Kind::word || text.size() != lower.size()) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) != lower[i]) return false;
  }
  return true;
}

bool Token::capitalized() const {
  return kind == Kind::word && !text.empty() && is_capital_at(text, 0);
}

void tokenize(std::string_view text, Span span, std::vector<Token>& out) {
  size_t i = span.start;
  while (i < span.end) {
    const size_t length = std::min(utf8_sequence_length(static_cast<unsigned char>(text[i])), span.end - i);
    if (const size_t space = space_length_at(text, i); space > 0) {
      i += space;
      continue;
    }
    if (!is_letter_at(text, i)) {
      out.push_back({Token::Kind::punct, {i, i + length}, std::string(text.substr(i, length)), 0});
      i += length;
      continue;
    }
    Token word{Token::Kind::word, {i, i}, {}, 0};
    while (i < span.end) {
      const size_t n = std::min(utf8_sequence_length(static_cast<unsigned char>(text[i])), span.end - i);
      if (is_letter_at(text, i)) {
        word.text.append(text.substr(i, n));
        i += n;
        continue;
      }
      // Inner apostrophes and hyphens join letters: O’Brien, al-Assad, Putin’s.
      const bool joiner = is_apostrophe_at(text, i) || text[i] == '-';
      if (joiner && i + n < span.end && is_letter_at(text, i + n)) {
        word.text += text[i] == '-' ? '-' : '\'';
        i += n;
        continue;
      }
      // "(D-Wis.)", "R-Ky., said", "Inc., which": a full stop right before a closing
      // parenthesis or a comma ends an abbreviation, not a sentence.
      const bool before_parenthesis = i + 1 < span.end && (text[i + 1] == ')' || text[i + 1] == ',');
      if (text[i] == '.' && (keeps_full_stop(word.text) || before_parenthesis)) {
        word.text += '.';
        i += 1;
        continue;
      }
      break;
    }
    word.span.end = i;
    drop_nickname_before(text, word, out);
    out.push_back(std::move(word));
  }
}

}  // namespace narrate
