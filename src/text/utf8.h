// UTF-8 validation and code point counting.
#pragma once

#include <cstddef>
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

// Whether the character at `text[offset]` is a letter or digit: ASCII ones, and any
// non-ASCII letter (code points from U+00C0 that are not the typographic punctuation and
// symbols of U+2000–U+2BFF, or ×, ÷, U+3000, U+FEFF).
bool is_letter_at(std::string_view text, size_t offset);

// Decodes the code point at `text[offset]` of well-formed UTF-8.
char32_t decode_utf8_at(std::string_view text, size_t offset);

}  // namespace narrate
