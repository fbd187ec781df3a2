#include "text/first_names.h"

#include <cstdlib>
#include <string>
#include <unordered_map>

#include "text/data_tables.h"
#include "util/strings.h"

namespace narrate {
namespace {

// Below this share the name is taken as shared by both sexes (the table's own threshold
// may be lower; this one is what attribution trusts).
constexpr double kMinShare = 0.90;

struct FirstName {
  bool female = false;
  size_t bearers = 0;
};

const std::unordered_map<std::string, FirstName>& first_names() {
  static const std::unordered_map<std::string, FirstName> names = [] {
    std::unordered_map<std::string, FirstName> table;
    for (const auto& row : data_table_rows("first_names.tsv")) {
      if (row.size() < 3 || row[0].empty()) continue;
      char* end = nullptr;
      const double share = std::strtod(row[2].c_str(), &end);
      if (end == row[2].c_str() || !(share >= kMinShare)) continue;  // NaN or garbage: not trusted
      if (row[1] != "female" && row[1] != "male") continue;
      FirstName name{row[1] == "female", 0};
      if (row.size() >= 4) {
        const unsigned long long bearers = std::strtoull(row[3].c_str(), &end, 10);
        if (end != row[3].c_str() && *end == '\0') name.bearers = static_cast<size_t>(bearers);
      }
      table[row[0]] = name;
    }
    return table;
  }();
  return names;
}

}  // namespace

std::string_view gender_of_first_name(std::string_view given_name) {
  const auto found = first_names().find(ascii_lowercase(given_name));
  if (found == first_names().end()) return {};
  return found->second.female ? "female" : "male";
}

size_t first_name_bearers(std::string_view given_name) {
  const auto found = first_names().find(ascii_lowercase(given_name));
  return found == first_names().end() ? 0 : found->second.bearers;
}

}  // namespace narrate
