#include "article/person_nouns.h"

#include "text/sorted_table.h"
#include "util/strings.h"

namespace narrate {

bool is_person_noun(std::string_view word) {
  // A sorted one-column table, searched where it lies.
  static const SortedTable nouns = SortedTable::of_data_table("person_nouns.tsv");
  return !word.empty() && !nouns.line_of(ascii_lowercase(word)).empty();
}

}  // namespace narrate
