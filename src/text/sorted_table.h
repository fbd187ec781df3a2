// A data table sorted by its first column, searched where it lies (the first names, the
// person and counted nouns, the word frequencies).
#pragma once

#include <string_view>
#include <vector>

namespace narrate {

// A table's text (KEY [TAB FIELD]... lines, '#' comments), searched where it lies: an
// article asks about a few dozen keys, and copying ~37,000 lines into a map cost a render
// ~15 ms and ~2,500 page faults. Unless `in_key_order` (a table built into narrate, whose
// order a test checks), the lines are checked once, and a table out of key order (a
// hand-edited copy) is sorted into a list of its lines, so a lookup never misses a line
// the table holds. `text` must outlive the table.
class SortedTable {
 public:
  enum class Order { in_key_order, unknown };
  explicit SortedTable(std::string_view text, Order order = Order::unknown);

  // The data table `file` (data_table()), trusted to be in key order when it is the copy
  // built into narrate.
  static SortedTable of_data_table(std::string_view file);

  // The line whose first column is `lowercase_key`, or empty when the table has none.
  std::string_view line_of(std::string_view lowercase_key) const;

 private:
  std::string_view data_;                  // the data lines, in key order, when in place
  bool in_place_ = true;
  std::vector<std::string_view> sorted_;   // otherwise every data line, sorted by key
};

}  // namespace narrate
