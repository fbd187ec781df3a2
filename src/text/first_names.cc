#include "text/first_names.h"

#include <cstdlib>
#include <string>
#include <vector>

#include "text/data_tables.h"
#include "text/sorted_table.h"
#include "util/strings.h"

namespace narrate {
namespace {

// Below this share the name is taken as shared by both sexes (the table's own threshold
// may be lower; this one is what attribution trusts).
constexpr double kMinShare = 0.90;
// At least this share: the sex most bearers have, a likelihood only (Chris 0.86 male).
constexpr double kLikelyShare = 0.75;

struct FirstName {
  bool found = false;
  bool female = false;
  size_t bearers = 0;
};

// The table's entry for `given_name` (any case); not found for names it does not hold
// or holds with a share below `min_share`, a gender other than female/male, or garbage.
FirstName look_up(std::string_view given_name, double min_share = kMinShare) {
  static const SortedTable names = SortedTable::of_data_table("first_names.tsv");
  const std::string_view line = names.line_of(ascii_lowercase(given_name));
  if (line.empty()) return {};
  const std::vector<std::string_view> fields = table_fields(line);
  if (fields.size() < 3 || (fields[1] != "female" && fields[1] != "male")) return {};
  const std::string share_text(fields[2]);
  char* end = nullptr;
  const double share = std::strtod(share_text.c_str(), &end);
  if (end == share_text.c_str() || !(share >= min_share)) return {};  // NaN or garbage: not trusted
  FirstName name{true, fields[1] == "female", 0};
  if (fields.size() >= 4) {
    const std::string bearers_text(fields[3]);
    const unsigned long long bearers = std::strtoull(bearers_text.c_str(), &end, 10);
    if (end != bearers_text.c_str() && *end == '\0') name.bearers = static_cast<size_t>(bearers);
  }
  return name;
}

}  // namespace

std::string_view gender_of_first_name(std::string_view given_name) {
  const FirstName name = look_up(given_name);
  if (!name.found) return {};
  return name.female ? "female" : "male";
}

size_t first_name_bearers(std::string_view given_name) { return look_up(given_name).bearers; }

std::string_view likely_gender_of_first_name(std::string_view given_name) {
  const FirstName name = look_up(given_name, kLikelyShare);
  if (!name.found) return {};
  return name.female ? "female" : "male";
}

}  // namespace narrate
