// The first-name table: the sex and the count of every name it trusts, in any case.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "test_support.h"
#include "text/data_tables.h"
#include "text/first_names.h"

using namespace narrate;

namespace {

std::string uppercase(std::string text) {
  for (char& c : text) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  return text;
}

}  // namespace

TEST_CASE("every name of the shipped table is found with its sex and count, in any case") {
  const std::string_view text = data_table("first_names.tsv");
  const std::vector<std::string> lines = test::data_lines(text);
  REQUIRE(lines.size() > 30000);
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
