// The first-name table, searched where it lies: every line it holds is found, nothing else.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "text/data_tables.h"
#include "text/first_names.h"

using namespace narrate;

namespace {

std::vector<std::string> data_lines(std::string_view text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    start = end + 1;
    if (!line.empty() && line[0] != '#') lines.emplace_back(line);
  }
  return lines;
}

std::string name_of(const std::string& line) { return line.substr(0, line.find('\t')); }

std::string uppercase(std::string text) {
  for (char& c : text) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  return text;
}

// Every line of `lines` is found by its name in `list`; keys next to the names (just
// after one, just before the next, empty, past the last) are not.
void check_every_line_found(const FirstNameList& list, const std::vector<std::string>& lines) {
  size_t found = 0;
  for (const std::string& line : lines) found += list.line_of(name_of(line)) == line;
  CHECK(found == lines.size());
  size_t absent = 0, asked = 0;
  for (const std::string& line : lines) {
    const std::string name = name_of(line);
    for (const std::string& key : {name + "!", name + "\x7f", name.substr(0, name.size() - 1) + "`"}) {
      if (std::find_if(lines.begin(), lines.end(), [&](const std::string& l) { return name_of(l) == key; }) != lines.end()) continue;
      ++asked;
      absent += list.line_of(key).empty();
    }
    if (asked > 300) break;  // the search is the same for all; the neighbours of 100 names do
  }
  CHECK(absent == asked);
  CHECK(list.line_of("").empty());
  CHECK(list.line_of("\x01").empty());
  CHECK(list.line_of("zzzzzzzzzzzz").empty());
}

}  // namespace

TEST_CASE("every name of the shipped table is found where it lies, with its sex and count, in any case") {
  const std::string_view text = data_table("first_names.tsv");
  const std::vector<std::string> lines = data_lines(text);
  REQUIRE(lines.size() > 30000);
  const auto by_name = [](const std::string& a, const std::string& b) { return name_of(a) < name_of(b); };
  CHECK(std::is_sorted(lines.begin(), lines.end(), by_name));  // what Order::in_name_order relies on
  check_every_line_found(FirstNameList(text, FirstNameList::Order::in_name_order), lines);
  check_every_line_found(FirstNameList(text), lines);
  CHECK(data_table_is_built_in("first_names.tsv"));
  size_t agree = 0, asked = 0;
  for (size_t i = 0; i < lines.size(); i += 97) {  // a spread of the table through the public functions
    const std::string& line = lines[i];
    std::vector<std::string> fields;
    for (size_t from = 0;;) {
      const size_t tab = line.find('\t', from);
      fields.push_back(line.substr(from, tab == std::string::npos ? std::string::npos : tab - from));
      if (tab == std::string::npos) break;
      from = tab + 1;
    }
    REQUIRE(fields.size() == 4);
    const bool trusted = std::stod(fields[2]) >= 0.90;
    ++asked;
    agree += gender_of_first_name(uppercase(fields[0])) == (trusted ? fields[1] : "") &&
             first_name_bearers(fields[0]) == (trusted ? std::stoull(fields[3]) : 0);
  }
  CHECK(agree == asked);
  CHECK(gender_of_first_name("Maria") == "female");
  CHECK(gender_of_first_name("Zzyzxq").empty());
}

TEST_CASE("a table out of name order, with comments and CRLF inside, still finds every name") {
  const std::vector<std::string> shipped = data_lines(data_table("first_names.tsv"));
  std::vector<std::string> lines;
  for (size_t i = 0; i < shipped.size(); i += 53) lines.push_back(shipped[i]);
  std::reverse(lines.begin(), lines.end());
  std::string text = "# reversed\n";
  for (size_t i = 0; i < lines.size(); ++i) {
    text += lines[i] + (i % 2 ? "\r\n" : "\n");
    if (i == lines.size() / 2) text += "# a comment in the middle\n\n";
  }
  check_every_line_found(FirstNameList(text), lines);
  std::sort(lines.begin(), lines.end());
  std::string sorted;
  for (const std::string& line : lines) sorted += line + "\n";
  sorted.pop_back();  // no final line break
  check_every_line_found(FirstNameList(sorted), lines);
  CHECK(FirstNameList("").line_of("anna").empty());
  CHECK(FirstNameList("# only a comment\n").line_of("anna").empty());
}
