#include "text/lexicon.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <fstream>
#include <iterator>

#include "text/utf8.h"
#include "util/error.h"
#include "util/read_bounded.h"
#include "util/strings.h"

namespace narrate {
namespace {

constexpr size_t kMaxLexiconBytes = size_t{16} << 20;

std::string_view trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return text;
}

std::vector<std::string> split_words(std::string_view text) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    size_t j = i;
    while (j < text.size() && text[j] != ' ') ++j;
    if (j > i) words.push_back(ascii_lowercase(text.substr(i, j - i)));
    i = j;
  }
  return words;
}

// The sound of a possessive 's after phonemes ending this way.
std::string possessive_phonemes(const std::string& phonemes) {
  const char last = phonemes.empty() ? ' ' : phonemes.back();
  if (std::string_view("ptkfT").find(last) != std::string_view::npos) return "s";
  if (std::string_view("sSzZ").find(last) != std::string_view::npos) return "Iz";
  return "z";
}

}  // namespace

void Lexicon::add_file(const std::string& path) {
  add_text(read_bounded(path, kMaxLexiconBytes, "a lexicon"), path);
}

void Lexicon::add_text(std::string_view text, const std::string& origin) {
  std::vector<std::vector<const Entry*>*> touched;  // buckets to put in order at the end
  size_t line_number = 0;
  while (!text.empty()) {
    ++line_number;
    const size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    if (const size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    line = trim(line);
    if (line.empty()) continue;
    const std::string where = origin + ":" + std::to_string(line_number);
    const size_t equals = line.find('=');
    if (equals == std::string_view::npos) throw Error(where + ": expected 'WORD = PRONUNCIATION'");
    Entry entry;
    entry.words = split_words(trim(line.substr(0, equals)));
    std::string_view pronunciation = trim(line.substr(equals + 1));
    if (entry.words.empty() || pronunciation.empty()) throw Error(where + ": expected 'WORD = PRONUNCIATION'");
    if (pronunciation.size() > kMaxPronunciationBytes) {
      throw Error(where + ": a pronunciation longer than " + std::to_string(kMaxPronunciationBytes) + " bytes");
    }
    if (find_invalid_utf8(line) != kValidUtf8) throw Error(where + ": invalid UTF-8");
    if (pronunciation.starts_with("[[")) {
      if (!pronunciation.ends_with("]]") || pronunciation.size() < 5) throw Error(where + ": phonemes must be written [[...]]");
      pronunciation = pronunciation.substr(2, pronunciation.size() - 4);
      for (const char c : pronunciation) {
        if (c == '[' || c == ']' || static_cast<unsigned char>(c) >= 0x80 || c < ' ') {
          throw Error(where + ": phonemes may use printable ASCII only, without brackets");
        }
      }
      entry.phonemes = true;
    } else if (pronunciation.find('[') != std::string_view::npos || pronunciation.find(']') != std::string_view::npos) {
      throw Error(where + ": a respelling may not contain brackets");
    }
    entry.pronunciation = std::string(pronunciation);
    std::string phrase;
    for (const std::string& word : entry.words) phrase += (phrase.empty() ? "" : " ") + word;
    const auto [at, added] = by_phrase_.try_emplace(std::move(phrase));
    at->second = std::move(entry);  // a later entry for the same phrase replaces it
    if (!added) continue;
    ++count_;
    auto& bucket = by_first_word_[at->second.words.front()];
    bucket.push_back(&at->second);
    touched.push_back(&bucket);
  }
  std::sort(touched.begin(), touched.end());
  touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
  for (std::vector<const Entry*>* bucket : touched) {
    std::stable_sort(bucket->begin(), bucket->end(),
                     [](const Entry* a, const Entry* b) { return a->words.size() > b->words.size(); });
  }
}

std::string Lexicon::apply(std::string_view text) const {
  if (count_ == 0) return std::string(text);
  // The words of `text` with their byte spans.
  struct Word {
    size_t start, end;
    std::string key;
  };
  std::vector<Word> words;
  size_t i = 0;
  while (i < text.size()) {
    if (!is_letter_at(text, i)) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && is_letter_at(text, j)) j += utf8_sequence_length(static_cast<unsigned char>(text[j]));
    words.push_back({i, std::min(j, text.size()), ascii_lowercase(text.substr(i, j - i))});
    i = j;
  }
  std::string out;
  size_t copied = 0;
  for (size_t w = 0; w < words.size(); ++w) {
    const auto bucket = by_first_word_.find(words[w].key);
    if (bucket == by_first_word_.end()) continue;
    for (const Entry* candidate : bucket->second) {
      const Entry& entry = *candidate;
      if (w + entry.words.size() > words.size()) continue;
      bool match = true;
      for (size_t k = 1; k < entry.words.size() && match; ++k) {
        // Words of a phrase are separated by spaces only.
        const bool spaced = text.substr(words[w + k - 1].end, words[w + k].start - words[w + k - 1].end) == " ";
        match = spaced && words[w + k].key == entry.words[k];
      }
      if (!match) continue;
      size_t end = words[w + entry.words.size() - 1].end;
      out.append(text.substr(copied, words[w].start - copied));
      if (entry.phonemes) {
        std::string phonemes = entry.pronunciation;
        for (const std::string_view s : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")}) {
          const bool possessive = text.substr(end).starts_with(s) &&
                                  (end + s.size() == text.size() || !is_letter_at(text, end + s.size()));
          if (possessive) {
            phonemes += possessive_phonemes(phonemes);
            end += s.size();
            if (w + entry.words.size() < words.size() && words[w + entry.words.size()].start < end) ++w;  // the "s"
          }
        }
        out += "[[" + phonemes + "]]";
      } else {
        out += entry.pronunciation;
      }
      copied = end;
      w += entry.words.size() - 1;
      break;
    }
  }
  out.append(text.substr(copied));
  return out;
}

}  // namespace narrate
