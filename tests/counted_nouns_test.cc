#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "text/counted_nouns.h"
#include "text/data_tables.h"
#include "text/normalizer.h"
#include "text/number_words.h"

using namespace narrate;

namespace {

std::vector<std::string> counted_rows() {
  std::vector<std::string> words;
  for (const auto& row : data_table_rows("counted_nouns.tsv")) words.push_back(row.at(0));
  return words;
}

// The regular plural of `word`, as the table's words take it: "record" → "records",
// "family" → "families", "tax" → "taxes".
std::string plural(std::string_view word) {
  const std::string w(word);
  if (w.size() > 1 && w.back() == 'y' && std::string_view("aeiou").find(w[w.size() - 2]) == std::string_view::npos) {
    return w.substr(0, w.size() - 1) + "ies";
  }
  if (w.ends_with("x") || w.ends_with("z") || w.ends_with("ch") || w.ends_with("sh")) return w + "es";
  return w + "s";
}

}  // namespace

TEST_CASE("the counted-noun table is in byte order, one lowercase word a line, and every plural of it is counted") {
  const auto lines = counted_rows();
  CHECK(lines.size() > 5000);
  CHECK(std::is_sorted(lines.begin(), lines.end()));
  size_t checked = 0;
  for (const std::string& word : lines) {
    CHECK(word.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") == std::string_view::npos);
    if (word.ends_with("s") || word.ends_with("man")) continue;  // "news", "chairman": no regular plural
    CHECK_MESSAGE(is_counted_plural(plural(word)), word);
    if (word != "people" && word != "men") CHECK_FALSE(is_counted_plural(word));  // the singular is no plural
    ++checked;
  }
  CHECK(checked > 5000);
  for (const char* word : {"people", "children", "men", "women", "records", "families", "voters", "households"}) CHECK(is_counted_plural(word));
  // Things measured: objects, artifacts, animals, plants; and what no plural ends in.
  for (const char* word : {"waves", "yachts", "crocodiles", "trees", "cliffs", "towers", "walls", "press", "bonus", "s", ""}) {
    CHECK_FALSE(is_counted_plural(word));
  }
}

TEST_CASE("patterns: a whole number glued to m before the plural of every 40th counted noun is millions, before a thing measured meters") {
  const auto lines = counted_rows();
  for (size_t k = 0; k < lines.size(); k += 40) {
    const std::string& word = lines[k];
    if (word.ends_with("s") || word.ends_with("man") || word.find('-') != std::string_view::npos) continue;
    const std::string noun = plural(word);
    CHECK(normalize_text("sold 14m " + noun + " in") == "sold fourteen million " + noun + " in");
    CHECK(normalize_text("saw two 14m " + noun + " in") == "saw two fourteen meters " + noun + " in");
  }
  for (const char* noun : {"waves", "yachts", "crocodiles", "trees", "cliffs", "towers", "walls"}) {
    CHECK(normalize_text(std::string("saw 14m ") + noun + " in") == std::string("saw fourteen meters ") + noun + " in");
  }
}
