// What the programs narrate and narrate-studio do around their CLI11 command line: the
// process set up before parsing, and failures turned into exit statuses: 0 success,
// 1 an error (one line on standard error), 2 a usage error.
#pragma once

#include <CLI/CLI.hpp>

namespace narrate {

// SIGXFSZ ignored (a full disk or a file-size limit is an error message, not a silent
// death) and closed standard descriptors kept from being reused.
void prepare_process();

// Parses `argv` with `app` (whose callbacks do the work) and returns the exit status;
// what was printed must have reached standard output.
int run_command_line(CLI::App& app, int argc, char** argv);

}  // namespace narrate
