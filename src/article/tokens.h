// Words and punctuation of narration, for finding who speaks.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/span.h"

namespace narrate {

struct Token {
  enum class Kind { word, punct, quote };
  Kind kind = Kind::word;
  Span span;
  std::string text;   // words: as written, curly apostrophes made straight; punct: the mark
  size_t quote = 0;   // for Kind::quote: the segment index of the voiced quote

  bool is(std::string_view lower) const;   // the word, ignoring case, equals `lower`
  bool capitalized() const;                // a word starting with a capital (is_capital_at: É yes, é no)
  bool sentence_end() const { return kind == Kind::punct && (text == "." || text == "!" || text == "?"); }
};

// Whether `word` (without its full stop, any case: "Sen", "Del", "MR") abbreviates a
// person's title: its full stop belongs to it (when capitalized), and it is a title before
// a name. The one list of them.
bool is_title_abbreviation(std::string_view word);

// Whether a word may be the given name before a nickname in quotes: a capitalized word the
// first-name list knows ("Marcia"), or initials ("C.", "C.L.").
bool is_given_name_or_initial(const Token& word);

// Whether `nickname`, a capitalized word right inside the marks `open` and `close`, is a
// nickname inside a name (Marcia "Cia" Price, Robert C. “Bobby” Scott): after `given`, a
// given name or initials, and before a capitalized word in `text`, with spaces alone
// around the marks. Which marks count is the caller's to check.
bool is_nickname(std::string_view text, const Token& given, const Token& open, const Token& nickname, const Token& close);

// Splits text[span] into words and punctuation; a nickname in quotes after a given name
// or initials and before a capitalized word (Marcia "Cia" Price) is left out. A word keeps inner apostrophes and
// hyphens (O’Brien, al-Assad) and the full stop of abbreviations and titles (U.S., Mr.)
// or of any word right before a closing parenthesis or a comma ("(D-Wis.)", "R-Ky., said");
// any other full stop is punctuation.
void tokenize(std::string_view text, Span span, std::vector<Token>& out);

}  // namespace narrate
