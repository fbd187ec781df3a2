// UTF-8 validation and code point counting, and the Unicode classes of characters that
// narrate's parsing asks about. The classes come from utf8proc (general categories of the
// Unicode version it was built with), never from hand-written ranges.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace narrate {

inline constexpr size_t kValidUtf8 = static_cast<size_t>(-1);

// Byte offset of the first byte that does not start or continue a well-formed UTF-8
// sequence (truncated sequences, overlong forms, surrogates and code points above
// U+10FFFF are rejected), or kValidUtf8 when all of `text` is well-formed.
size_t find_invalid_utf8(std::string_view text);

// Number of code points in well-formed UTF-8 `text` (continuation bytes not counted).
size_t count_code_points(std::string_view text);

// Length in bytes of the sequence that starts with `lead`; 1 for anything that is not a
// valid lead byte, so callers walking valid text always advance.
size_t utf8_sequence_length(unsigned char lead);

// Whether the character at `text[offset]` belongs in a word: a letter (general category
// L*), a combining mark (M*, as in a decomposed "é") or a number (N*: digits, ², ½, Ⅻ).
// Punctuation (CJK's 、 and 。 too), symbols (emoji, ×), separators and format
// characters are not. `text[offset]` starts a code point of well-formed UTF-8.
bool is_letter_at(std::string_view text, size_t offset);

// Whether the character at `text[offset]` can start a name: an uppercase or titlecase
// letter (Lu, Lt), or a letter of a script without case (Lo), where a capital cannot
// be told from any other letter.
bool is_capital_at(std::string_view text, size_t offset);

// Whether the character at `text[offset]` opens something: an opening bracket (Ps) or
// an initial quotation mark (Pi), such as ( [ “ ‘ « „.
bool is_opening_mark_at(std::string_view text, size_t offset);

// Whether the character at `text[offset]` is a symbol (S*): currency, mathematical and
// modifier symbols, and the other symbols, emoji among them (which eSpeak NG names).
bool is_symbol_at(std::string_view text, size_t offset);

// Whether the character at `text[offset]` is a space separator (Zs): the ASCII space,
// no-break, typographic and ideographic spaces. Not tabs or line breaks.
bool is_space_separator_at(std::string_view text, size_t offset);

// Decodes the code point at `text[offset]` of well-formed UTF-8.
char32_t decode_utf8_at(std::string_view text, size_t offset);

// The code points of well-formed UTF-8 `text`, each in lower case (Unicode simple case
// mapping: "ÉMILE" gives "émile"), for comparing names regardless of case.
std::u32string lowercase_code_points(std::string_view text);

}  // namespace narrate
