// The readings the normalizer does not get right yet, shared by the pattern tests and the
// never-worse-than-eSpeak test.
#pragma once

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "test_support.h"

namespace narrate::test {

// Readings not right yet (issue 18 is open for them), one a line in
// tests/data/normalizer_known_gaps.txt: each is checked to be still wrong, so that a fix
// must take its line out, and the list is the record of what is left.
inline bool known_gap(const std::string& written) {
  static const std::vector<std::string> gaps = [] {
    std::vector<std::string> lines;
    std::FILE* f = std::fopen(test::source_path("tests/data/normalizer_known_gaps.txt").c_str(), "r");
    if (!f) return lines;
    std::string line;
    for (int c = std::fgetc(f); c != EOF; c = std::fgetc(f)) {
      if (c != '\n') {
        line += static_cast<char>(c);
        continue;
      }
      if (!line.empty() && !line.starts_with("# ")) lines.push_back(line);  // "# " opens a comment
      line.clear();
    }
    std::fclose(f);
    return lines;
  }();
  return std::find(gaps.begin(), gaps.end(), written) != gaps.end();
}

}  // namespace narrate::test
