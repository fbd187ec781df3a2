#include "article/places.h"

#include <string>
#include <unordered_set>

#include "text/data_tables.h"

namespace narrate {

bool is_place_name(std::string_view name) {
  static const std::unordered_set<std::string> places = [] {
    std::unordered_set<std::string> names;
    for (const auto& row : data_table_rows("places.tsv")) {
      if (!row.empty() && !row[0].empty()) names.insert(row[0]);
    }
    return names;
  }();
  return places.contains(std::string(name));
}

}  // namespace narrate
