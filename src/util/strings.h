// Small string helpers used across stages.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace narrate {

// `text` with ASCII letters in lower case (other bytes, UTF-8 included, unchanged).
std::string ascii_lowercase(std::string_view text);

// `text` as a whole number when it is 1 to `max_digits` ASCII digits (at most 18),
// nothing else: no sign, no space.
std::optional<uint64_t> parse_whole_number(std::string_view text, size_t max_digits);

// FNV-1a, 64 bits: the same on every machine and every run (for cache file names and
// for choosing a speaker's first voice).
uint64_t stable_hash(std::string_view text);

// `value` as 16 lower-case hexadecimal digits.
std::string hex64(uint64_t value);

}  // namespace narrate
