#include "article/first_names.h"

#include <string>
#include <unordered_map>

#include "text/data_tables.h"
#include "util/strings.h"

namespace narrate {
namespace {

// Below this share the name is taken as shared by both sexes (the table's own threshold
// may be lower; this one is what attribution trusts).
constexpr double kMinShare = 0.90;

const std::unordered_map<std::string, bool>& female_names() {  // name → female
  static const std::unordered_map<std::string, bool> names = [] {
    std::unordered_map<std::string, bool> table;
    for (const auto& row : data_table_rows("first_names.tsv")) {
      if (row.size() < 3 || row[0].empty()) continue;
      char* end = nullptr;
      const double share = std::strtod(row[2].c_str(), &end);
      if (end == row[2].c_str() || !(share >= kMinShare)) continue;  // NaN or garbage: not trusted
      if (row[1] == "female" || row[1] == "male") table[row[0]] = row[1] == "female";
    }
    return table;
  }();
  return names;
}

}  // namespace

std::string_view gender_of_first_name(std::string_view given_name) {
  const auto found = female_names().find(ascii_lowercase(given_name));
  if (found == female_names().end()) return {};
  return found->second ? "female" : "male";
}

}  // namespace narrate
