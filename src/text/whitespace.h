// Whitespace and line breaks as articles copied from the web contain them: ASCII blanks
// plus every Unicode space separator, the zero-width space and the byte order mark; and
// the Unicode line breaks besides LF.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace narrate {

// Length in bytes of the whitespace character (not a line break) at `text[offset]`,
// or 0 when there is none: space, tab, CR (of a CRLF), form feed, vertical tab, the
// space separators (Unicode category Zs: no-break, typographic, ideographic spaces),
// U+200B ZERO WIDTH SPACE and U+FEFF (a byte order mark).
size_t blank_length_at(std::string_view text, size_t offset);

// Length in bytes of the line break at `text[offset]`, or 0 when there is none: LF,
// U+0085 NEXT LINE, U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR. (A CR before
// LF is a blank, so CRLF is one break.)
size_t line_break_length_at(std::string_view text, size_t offset);

// Whether `text[offset]` is U+2029 PARAGRAPH SEPARATOR: a line break that also ends the
// paragraph, as a blank line does.
bool is_paragraph_separator_at(std::string_view text, size_t offset);

// Length in bytes of the whitespace character or line break at `text[offset]`, or 0.
size_t space_length_at(std::string_view text, size_t offset);

// Offset of the first line break at or after `from` (text.size() when there is none);
// `length` receives its length in bytes (0 when there is none).
size_t find_line_break(std::string_view text, size_t from, size_t& length);

// Narrows [begin, end) of `text` to its first and last characters that are neither
// whitespace nor line breaks. Returns false (and leaves begin == end) when there are none.
bool trim_blanks(std::string_view text, size_t& begin, size_t& end);

// `text` with every run of whitespace and line breaks made one ASCII space and no
// whitespace at either end.
std::string collapse_whitespace(std::string_view text);

}  // namespace narrate
