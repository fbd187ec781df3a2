#include "text/counted_nouns.h"

#include <array>
#include <utility>
#include <string>

#include "text/sorted_table.h"

namespace narrate {

namespace {

bool is_counted_noun(std::string_view singular) {
  // A sorted one-column table, searched where it lies.
  static const SortedTable nouns = SortedTable::of_data_table("counted_nouns.tsv");
  return !singular.empty() && !nouns.line_of(singular).empty();
}

}  // namespace

bool is_counted_plural(std::string_view word) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 4> irregular = {
      {{"people", "people"}, {"children", "child"}, {"men", "man"}, {"women", "woman"}}};
  for (const auto& [plural, singular] : irregular) {
    if (word == plural) return is_counted_noun(singular);
  }
  if (word.size() < 3 || word.back() != 's') return false;
  const std::string_view stem = word.substr(0, word.size() - 1);
  if (word.ends_with("ies") && is_counted_noun(std::string(word.substr(0, word.size() - 3)) + "y")) return true;  // "families"
  if (word.ends_with("es") && is_counted_noun(word.substr(0, word.size() - 2))) return true;                       // "taxes"
  return is_counted_noun(stem);
}

}  // namespace narrate
