// A sorted data table, searched where it lies: every line it holds is found, nothing else,
// in each table narrate ships and in a hand-edited copy out of order.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "test_support.h"
#include "text/data_tables.h"
#include "text/sorted_table.h"

using namespace narrate;

namespace {

std::string key_of(const std::string& line) { return line.substr(0, line.find('\t')); }

// Every line of `lines` is found by its key in `table`; keys next to the keys (just after
// one, just before the next, empty, past the last) are not.
void check_every_line_found(const SortedTable& table, const std::vector<std::string>& lines) {
  size_t found = 0;
  for (const std::string& line : lines) found += table.line_of(key_of(line)) == line;
  CHECK(found == lines.size());
  size_t absent = 0, asked = 0;
  for (const std::string& line : lines) {
    const std::string key = key_of(line);
    for (const std::string& near : {key + "!", key + "\x7f", key.substr(0, key.size() - 1) + "`"}) {
      if (std::find_if(lines.begin(), lines.end(), [&](const std::string& l) { return key_of(l) == near; }) != lines.end()) continue;
      ++asked;
      absent += table.line_of(near).empty();
    }
    if (asked > 300) break;  // the search is the same for all; the neighbours of 100 keys do
  }
  CHECK(absent == asked);
  CHECK(table.line_of("").empty());
  CHECK(table.line_of("\x01").empty());
  CHECK(table.line_of("zzzzzzzzzzzz").empty());
}

}  // namespace

TEST_CASE("every line of each shipped sorted table is found where it lies") {
  for (const std::string_view file : {"first_names.tsv", "person_nouns.tsv", "counted_nouns.tsv", "word_frequencies.tsv"}) {
    CAPTURE(file);
    const std::string_view text = data_table(file);
    const std::vector<std::string> lines = test::data_lines(text);
    REQUIRE(lines.size() > 1000);
    const auto by_key = [](const std::string& a, const std::string& b) { return key_of(a) < key_of(b); };
    CHECK(std::is_sorted(lines.begin(), lines.end(), by_key));  // what Order::in_key_order relies on
    CHECK(data_table_is_built_in(file));
    check_every_line_found(SortedTable::of_data_table(file), lines);
    check_every_line_found(SortedTable(text), lines);
  }
}

TEST_CASE("a table out of key order, with comments and CRLF inside, still finds every line") {
  const std::vector<std::string> shipped = test::data_lines(data_table("first_names.tsv"));
  std::vector<std::string> lines;
  for (size_t i = 0; i < shipped.size(); i += 53) lines.push_back(shipped[i]);
  std::reverse(lines.begin(), lines.end());
  std::string text = "# reversed\n";
  for (size_t i = 0; i < lines.size(); ++i) {
    text += lines[i] + (i % 2 ? "\r\n" : "\n");
    if (i == lines.size() / 2) text += "# a comment in the middle\n\n";
  }
  check_every_line_found(SortedTable(text), lines);
  std::sort(lines.begin(), lines.end());
  std::string sorted;
  for (const std::string& line : lines) sorted += line + "\n";
  sorted.pop_back();  // no final line break
  check_every_line_found(SortedTable(sorted), lines);
  CHECK(SortedTable("").line_of("anna").empty());
  CHECK(SortedTable("# only a comment\n").line_of("anna").empty());
}
