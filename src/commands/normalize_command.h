// `narrate normalize`: the spoken form of every input line, as render speaks it.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace narrate {

struct NormalizeOptions {
  std::string input = "-";  // file, or "-" for standard input
  std::string lexicon;      // extra lexicon file
  std::string voices_dir;   // extra voice profiles, for the narrator's
  std::string narrator = "narrator";  // whose dialect the numbers are said in
};

void set_normalize_command(CLI::App& app, NormalizeOptions& options);

}  // namespace narrate
