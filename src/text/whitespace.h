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

// `text` with every run of whitespace and line breaks made one ASCII space and no
// whitespace at either end.
std::string collapse_whitespace(std::string_view text);

}  // namespace narrate
