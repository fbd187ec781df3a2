#include "text/sorted_table.h"

#include <algorithm>
#include <utility>

#include "text/data_tables.h"

namespace narrate {
namespace {

std::string_view key_of(std::string_view line) { return line.substr(0, line.find('\t')); }

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

}  // namespace

SortedTable::SortedTable(std::string_view text, Order order) {
  size_t start = 0;  // past the comment lines that head the table
  while (start < text.size() && !is_data_line(line_at(text, start))) start = next_line(text, start);
  data_ = text.substr(start);
  if (order == Order::in_key_order) return;  // reading all of it would fault in every page
  std::vector<std::string_view> lines;
  for (size_t at = 0; at < data_.size(); at = next_line(data_, at)) {
    const std::string_view line = line_at(data_, at);
    if (!is_data_line(line) || (!lines.empty() && key_of(line) < key_of(lines.back()))) in_place_ = false;
    if (is_data_line(line)) lines.push_back(line);
  }
  if (in_place_) return;
  std::stable_sort(lines.begin(), lines.end(), [](std::string_view a, std::string_view b) { return key_of(a) < key_of(b); });
  sorted_ = std::move(lines);
}

SortedTable SortedTable::of_data_table(std::string_view file) {
  return SortedTable(data_table(file), data_table_is_built_in(file) ? Order::in_key_order : Order::unknown);
}

std::string_view SortedTable::line_of(std::string_view lowercase_key) const {
  if (!in_place_) {
    const auto found = std::lower_bound(sorted_.begin(), sorted_.end(), lowercase_key,
                                        [](std::string_view line, std::string_view key) { return key_of(line) < key; });
    return found != sorted_.end() && key_of(*found) == lowercase_key ? *found : std::string_view();
  }
  // Binary search over byte positions p: the key of the first line starting at or after p
  // does not decrease as p grows, so the smallest p whose line's key is >= the one sought finds it.
  const auto line_start_from = [&](size_t p) { return p == 0 ? 0 : next_line(data_, p - 1); };
  size_t low = 0, high = data_.size();
  while (low < high) {
    const size_t middle = low + (high - low) / 2;
    const size_t start = line_start_from(middle);
    if (start < data_.size() && key_of(line_at(data_, start)) < lowercase_key) low = middle + 1;
    else high = middle;
  }
  const size_t start = line_start_from(low);
  if (start >= data_.size()) return {};
  const std::string_view line = line_at(data_, start);
  return key_of(line) == lowercase_key ? line : std::string_view();
}

}  // namespace narrate
