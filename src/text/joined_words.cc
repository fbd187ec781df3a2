#include "text/joined_words.h"

#include <array>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <limits>

#include "text/data_tables.h"
#include "text/sorted_table.h"
#include "util/strings.h"

namespace narrate {
namespace {

// A split must be this many times likelier than the run being one unknown word.
constexpr double kSplitMargin = 1000.0;
// Longest piece looked for (the table's longest words are shorter).
constexpr size_t kLongestPiece = 24;
// Longer runs are left whole: the search is quadratic in the run.
constexpr size_t kLongestRun = 64;

bool is_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool is_upper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }
bool is_lower(char c) { return std::islower(static_cast<unsigned char>(c)) != 0; }

// The words of two letters or fewer a piece may be: any other short "word" of the table
// is more often a fragment ("ly", "un") than a word run into a name.
bool short_word_allowed(std::string_view word) {
  static constexpr std::array<std::string_view, 26> words = {"a",  "i",  "an", "as", "at", "be", "by", "do", "go",
                                                             "he", "if", "in", "is", "it", "me", "my", "no", "of",
                                                             "on", "or", "so", "to", "up", "us", "we", "ok"};
  for (const auto w : words) {
    if (word == w) return true;
  }
  return false;
}

class WordFrequencies {
 public:
  WordFrequencies()
      : table_(SortedTable::of_data_table("word_frequencies.tsv")) {
    const std::string_view text = data_table("word_frequencies.tsv");
    for (size_t at = 0; at < text.size();) {
      size_t end = text.find('\n', at);
      if (end == std::string_view::npos) end = text.size();
      const std::string_view line = text.substr(at, end - at);
      if (!line.empty() && line[0] != '#') total_ += count_in(line);
      at = end + 1;
    }
  }

  // How often `lowercase_word` occurs (0: not in the table).
  double count(std::string_view lowercase_word) const { return count_in(table_.line_of(lowercase_word)); }
  double total() const { return total_; }

 private:
  static double count_in(std::string_view line) {
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos) return 0;
    const std::string digits(line.substr(tab + 1, line.find_first_of("\t\r", tab + 1) - tab - 1));
    char* end = nullptr;
    const double value = std::strtod(digits.c_str(), &end);
    return end != digits.c_str() && std::isfinite(value) && value > 0 ? value : 0;  // garbage is no count
  }

  SortedTable table_;
  double total_ = 0;
};

const WordFrequencies& frequencies() {
  static const WordFrequencies table;
  return table;
}

// `run` (letters of one case) as the words it is most likely made of, or itself.
std::vector<std::string> split_run(std::string_view run) {
  const std::string key = ascii_lowercase(run);
  const WordFrequencies& words = frequencies();
  if (run.size() < 2 || run.size() > kLongestRun || words.total() <= 0 || words.count(key) > 0) return {std::string(run)};
  const size_t n = key.size();
  constexpr double kNone = -std::numeric_limits<double>::infinity();
  std::vector<double> best(n + 1, kNone);
  std::vector<size_t> from(n + 1, 0);
  best[0] = 0;
  const double log_total = std::log(words.total());
  // A word the table lacks, of `letters` letters: 10 / (total × 10^letters) (Norvig's estimate).
  const auto unknown_word = [&](size_t letters) {
    return std::log(10.0) - log_total - static_cast<double>(letters) * std::log(10.0);
  };
  for (size_t j = 1; j <= n; ++j) {
    for (size_t i = j > kLongestPiece ? j - kLongestPiece : 0; i < j; ++i) {
      if (best[i] == kNone) continue;
      const std::string_view piece = std::string_view(key).substr(i, j - i);
      if (piece.size() <= 2 && !short_word_allowed(piece)) continue;
      const double count = words.count(piece);
      if (count <= 0 && piece.size() < 3) continue;
      const double score = best[i] + (count > 0 ? std::log(count) - log_total : unknown_word(piece.size()));
      if (score > best[j]) {
        best[j] = score;
        from[j] = i;
      }
    }
  }
  if (best[n] == kNone || best[n] < unknown_word(n) + std::log(kSplitMargin)) return {std::string(run)};
  std::vector<std::string> pieces;
  for (size_t j = n; j > 0; j = from[j]) pieces.insert(pieces.begin(), key.substr(from[j], j - from[j]));
  if (pieces.size() == 1) return {std::string(run)};
  if (!is_upper(run[0])) return pieces;
  // Capitalized words stay capitalized ("Blacklivesmatter" → "Black lives matter").
  if (run.size() > 1 && is_lower(run[1])) pieces[0][0] = static_cast<char>(std::toupper(static_cast<unsigned char>(pieces[0][0])));
  return pieces;
}

}  // namespace

std::vector<std::string> split_joined_words(std::string_view name) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < name.size()) {
    if (!is_letter(name[i]) && !is_digit(name[i])) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    if (is_digit(name[i])) {
      while (j < name.size() && is_digit(name[j])) ++j;
      // An ordinal keeps its letters: "2ndAmendment", "4thofJuly".
      for (const std::string_view suffix : {"st", "nd", "rd", "th", "ST", "ND", "RD", "TH"}) {
        if (name.substr(j).starts_with(suffix) && (j + 2 == name.size() || !is_lower(name[j + 2]) || suffix == "th")) {
          j += 2;
          break;
        }
      }
      out.emplace_back(name.substr(i, j - i));
      i = j;
      continue;
    }
    // A run of letters: a capital and lowercase after it ("Donald"), lowercase alone
    // ("real"), or capitals up to the capital that begins a word ("NYC" of "NYCMayor").
    if (is_upper(name[i])) {
      while (j < name.size() && is_upper(name[j])) ++j;
      if (j - i > 1 && j < name.size() && is_lower(name[j])) {
        // The last capital begins the next word ("NYCMayor"), unless the lowercase after
        // it is a word alone and not with it ("CDCgov": "CDC", "gov").
        size_t end = j;
        while (end < name.size() && is_lower(name[end])) ++end;
        const std::string lower_part = ascii_lowercase(name.substr(j, end - j));
        const std::string with_capital = ascii_lowercase(name.substr(j - 1, end - j + 1));
        const WordFrequencies& words = frequencies();
        if (!(words.count(lower_part) > 0 && words.count(with_capital) == 0 && lower_part.size() >= 3)) --j;
      } else if (j - i == 1) {
        while (j < name.size() && is_lower(name[j])) ++j;
      }
      // "Mc" and "Mac" begin a name with a capital inside: "McConnell", "MacArthur".
      const std::string_view so_far = name.substr(i, j - i);
      if ((so_far == "Mc" || so_far == "Mac") && j < name.size() && is_upper(name[j])) {
        for (++j; j < name.size() && is_lower(name[j]);) ++j;
        out.emplace_back(name.substr(i, j - i));
        i = j;
        continue;
      }
    } else {
      while (j < name.size() && is_lower(name[j])) ++j;
    }
    for (std::string& word : split_run(name.substr(i, j - i))) out.push_back(std::move(word));
    i = j;
  }
  return out;
}

}  // namespace narrate
