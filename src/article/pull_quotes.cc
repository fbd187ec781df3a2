#include "article/pull_quotes.h"

#include <algorithm>
#include <string>

#include "text/utf8.h"

namespace narrate {
std::u32string word_key(std::string_view text, size_t& words) {
  std::u32string key = U" ";
  words = 0;
  bool in_word = false;
  for (size_t i = 0; i < text.size(); i += utf8_sequence_length(static_cast<unsigned char>(text[i]))) {
    const bool letter = is_letter_at(text, i);
    if (letter) {
      key += lowercase_code_points(text.substr(i, utf8_sequence_length(static_cast<unsigned char>(text[i]))));
    } else if (in_word) {
      key += U' ';
      ++words;
    }
    in_word = letter;
  }
  if (in_word) {
    key += U' ';
    ++words;
  }
  return key;
}

std::vector<size_t> find_repeated_blocks(std::string_view text, const std::vector<Span>& blocks) {
  std::vector<size_t> repeats(blocks.size(), 0);
  std::vector<std::u32string> keys(blocks.size());
  std::vector<size_t> words(blocks.size());
  for (size_t i = 0; i < blocks.size(); ++i) keys[i] = word_key(text.substr(blocks[i].start, blocks[i].size()), words[i]);
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (words[i] < kMinPullQuoteWords || words[i] > kMaxPullQuoteWords) continue;
    const size_t first = i > kPullQuoteReach ? i - kPullQuoteReach : 0;
    const size_t last = std::min(blocks.size(), i + kPullQuoteReach + 1);
    for (size_t j = first; j < last && repeats[i] == 0; ++j) {
      if (j == i || repeats[j] != 0) continue;
      const bool longer = words[j] > words[i];
      const bool earlier_twin = j < i && keys[j] == keys[i];
      if ((longer && keys[j].find(keys[i]) != std::u32string::npos) || earlier_twin) repeats[i] = j + 1;
    }
  }
  return repeats;
}

}  // namespace narrate
