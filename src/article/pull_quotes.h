// Pull quotes: a line of an article set large beside the text, repeating words the
// article says elsewhere. A copy of a web page carries them as paragraphs of their own;
// read aloud, the listener hears the same words twice.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text/span.h"

namespace narrate {

// For each block of `text` (spans in reading order), the number from 1 of the block
// it repeats, or 0. A block repeats another within kPullQuoteReach blocks of it when it
// has kMinPullQuoteWords to kMaxPullQuoteWords words and they appear, in order and
// together, in a longer block (or in an identical block before it). Words compare by
// their letters and digits in lower case, so quote marks, punctuation and case do not
// matter. Time: linear in the text (each block is compared with a bounded number).
std::vector<size_t> find_repeated_blocks(std::string_view text, const std::vector<Span>& blocks);

// The words of `text` (runs of letters, marks and digits: is_letter_at) in lower case,
// with one space before each and after the last: " we are ready ". One key holds another
// when the other's words stand in it together and in order. `words` receives the count.
std::u32string word_key(std::string_view text, size_t& words);

inline constexpr size_t kMinPullQuoteWords = 5;
inline constexpr size_t kMaxPullQuoteWords = 60;
inline constexpr size_t kPullQuoteReach = 12;

}  // namespace narrate
