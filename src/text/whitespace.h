// Whitespace as articles copied from the web contain it: ASCII blanks plus the
// no-break, typographic and zero-width spaces and the byte order mark.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace narrate {

// Length in bytes of the whitespace character (not a line break) at `text[offset]`,
// or 0 when there is none.
size_t blank_length_at(std::string_view text, size_t offset);

// Narrows [begin, end) of `text` to its first and last characters that are neither
// whitespace nor line breaks. Returns false (and leaves begin == end) when there are none.
bool trim_blanks(std::string_view text, size_t& begin, size_t& end);

// `text` with every run of whitespace and line breaks made one ASCII space and no
// whitespace at either end.
std::string collapse_whitespace(std::string_view text);

}  // namespace narrate
