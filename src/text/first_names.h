// Whether a given name is a woman's or a man's, and how common it is, from
// data/first_names.tsv (a public list of names with the share of their bearers of each
// sex and their number; scripts/make-first-names.py).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace narrate {

// "female" or "male" when nearly all bearers of `given_name` (any case) have that sex in
// the list (90% of them); empty for names the list does not hold or holds as shared
// ("Terry", "Jordan").
std::string_view gender_of_first_name(std::string_view given_name);

// The sex at least three in four bearers of `given_name` have ("male" for Chris, "female"
// for Leslie), empty when the list holds no such share: a likelihood, for choosing
// between readings, never to give a person a voice.
std::string_view likely_gender_of_first_name(std::string_view given_name);

// How many people (both sexes, US births 1930-2010) the list counts with `given_name`
// (any case): how common a given name it is. 0 for names it does not hold.
size_t first_name_bearers(std::string_view given_name);

// A first-name table's text (NAME TAB GENDER TAB SHARE [TAB BEARERS] lines, '#' comments),
// searched where it lies: an article asks about a few dozen names, and copying ~37,000
// lines into a map cost a render ~15 ms and ~2,500 page faults. Unless `in_name_order`
// (the table built into narrate, whose order a test checks), the lines are checked once,
// and a table out of name order (a hand-edited copy) is sorted into a list of its lines,
// so a lookup never misses a line the table holds. `text` must outlive the list.
class FirstNameList {
 public:
  enum class Order { in_name_order, unknown };
  explicit FirstNameList(std::string_view text, Order order = Order::unknown);

  // The line of `lowercase_name`, or empty when the table has none.
  std::string_view line_of(std::string_view lowercase_name) const;

 private:
  std::string_view data_;                  // the data lines, in name order, when in place
  bool in_place_ = true;
  std::vector<std::string_view> sorted_;   // otherwise every data line, sorted by name
};

}  // namespace narrate
