#include "text/first_names.h"

#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include "text/data_tables.h"
#include "util/strings.h"

namespace narrate {
namespace {

// Below this share the name is taken as shared by both sexes (the table's own threshold
// may be lower; this one is what attribution trusts).
constexpr double kMinShare = 0.90;
// At least this share: the sex most bearers have, a likelihood only (Chris 0.86 male).
constexpr double kLikelyShare = 0.75;

std::string_view name_of(std::string_view line) { return line.substr(0, line.find('\t')); }

std::string_view line_at(std::string_view text, size_t start) {
  const size_t end = text.find('\n', start);
  std::string_view line = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

size_t next_line(std::string_view text, size_t start) {
  const size_t end = text.find('\n', start);
  return end == std::string_view::npos ? text.size() : end + 1;
}

bool is_data_line(std::string_view line) { return !line.empty() && line[0] != '#'; }

struct FirstName {
  bool found = false;
  bool female = false;
  size_t bearers = 0;
};

// The table's entry for `given_name` (any case); not found for names it does not hold
// or holds with a share below `min_share`, a gender other than female/male, or garbage.
FirstName look_up(std::string_view given_name, double min_share = kMinShare) {
  static const FirstNameList names(data_table("first_names.tsv"), data_table_is_built_in("first_names.tsv")
                                                                     ? FirstNameList::Order::in_name_order
                                                                     : FirstNameList::Order::unknown);
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

FirstNameList::FirstNameList(std::string_view text, Order order) {
  size_t start = 0;  // past the comment lines that head the table
  while (start < text.size() && !is_data_line(line_at(text, start))) start = next_line(text, start);
  data_ = text.substr(start);
  if (order == Order::in_name_order) return;  // reading all of it would fault in every page
  std::vector<std::string_view> lines;
  for (size_t at = 0; at < data_.size(); at = next_line(data_, at)) {
    const std::string_view line = line_at(data_, at);
    if (!is_data_line(line) || (!lines.empty() && name_of(line) < name_of(lines.back()))) in_place_ = false;
    if (is_data_line(line)) lines.push_back(line);
  }
  if (in_place_) return;
  std::stable_sort(lines.begin(), lines.end(), [](std::string_view a, std::string_view b) { return name_of(a) < name_of(b); });
  sorted_ = std::move(lines);
}

std::string_view FirstNameList::line_of(std::string_view lowercase_name) const {
  if (!in_place_) {
    const auto found = std::lower_bound(sorted_.begin(), sorted_.end(), lowercase_name,
                                        [](std::string_view line, std::string_view name) { return name_of(line) < name; });
    return found != sorted_.end() && name_of(*found) == lowercase_name ? *found : std::string_view();
  }
  // Binary search over byte positions p: the name of the first line starting at or after p
  // does not decrease as p grows, so the smallest p whose line's name is >= the key finds it.
  const auto line_start_from = [&](size_t p) { return p == 0 ? 0 : next_line(data_, p - 1); };
  size_t low = 0, high = data_.size();
  while (low < high) {
    const size_t middle = low + (high - low) / 2;
    const size_t start = line_start_from(middle);
    if (start < data_.size() && name_of(line_at(data_, start)) < lowercase_name) low = middle + 1;
    else high = middle;
  }
  const size_t start = line_start_from(low);
  if (start >= data_.size()) return {};
  const std::string_view line = line_at(data_, start);
  return name_of(line) == lowercase_name ? line : std::string_view();
}

}  // namespace narrate
