// `narrate normalize`: the spoken form of every input line, as render speaks it.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace narrate {

struct NormalizeOptions {
  std::string input = "-";  // file, or "-" for standard input
  std::string lexicon;      // extra lexicon file
};

void set_normalize_command(CLI::App& app, NormalizeOptions& options);

}  // namespace narrate
