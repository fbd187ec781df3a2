#include "article/person_nouns.h"

#include "text/data_tables.h"
#include "text/first_names.h"
#include "util/strings.h"

namespace narrate {

bool is_person_noun(std::string_view word) {
  // A sorted one-column table: searched where it lies, as the first names are.
  static const FirstNameList nouns(data_table("person_nouns.tsv"), data_table_is_built_in("person_nouns.tsv")
                                                                      ? FirstNameList::Order::in_name_order
                                                                      : FirstNameList::Order::unknown);
  return !word.empty() && !nouns.line_of(ascii_lowercase(word)).empty();
}

}  // namespace narrate
