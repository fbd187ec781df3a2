// Lexicon: how particular words and names are pronounced.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace narrate {

// Entries read from plain text files, one "WORD OR PHRASE = PRONUNCIATION" a line ('#'
// starts a comment). A pronunciation in double brackets, [[p'u:tIn]], is eSpeak NG
// phonemes; anything else is a respelling the engine reads as text ("Zelensky").
// Matches are whole words, ignoring case; the longest phrase wins; a possessive 's after
// a phoneme entry is spoken with it.
class Lexicon {
 public:
  // Adds the entries of the file at `path`; an entry for a word already present replaces
  // it, so a user's lexicon added last takes precedence. Throws Error naming
  // "PATH:LINE" for a malformed line, and when the file cannot be read.
  void add_file(const std::string& path);

  // Adds entries from text (origin names it in errors). Linear in the entries added,
  // however many share a first word.
  void add_text(std::string_view text, const std::string& origin);

  // Longest pronunciation an entry may have: what one word can grow to, so that an
  // article's spoken text stays within a small multiple of the article.
  static constexpr size_t kMaxPronunciationBytes = 1000;

  // `text` with every entry replaced. `text` must hold no "[[" of its own (the
  // normalizer removes brackets), so the only phoneme markup is the lexicon's.
  std::string apply(std::string_view text) const;

  size_t size() const { return count_; }

 private:
  struct Entry {
    std::vector<std::string> words;  // lowercased
    std::string pronunciation;
    bool phonemes = false;
  };
  std::unordered_map<std::string, Entry> by_phrase_;  // words joined by spaces
  // Entries (in by_phrase_, whose elements never move) by their first word, longest
  // phrase first, then in the order they were added.
  std::unordered_map<std::string, std::vector<const Entry*>> by_first_word_;
  size_t count_ = 0;
};

}  // namespace narrate
