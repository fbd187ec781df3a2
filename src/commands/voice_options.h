// Voice options shared by the subcommands that speak: --voices and --narrator.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "narration/shipped_data.h"

namespace narrate {

// Adds --voices DIR and --narrator ID to `command`.
void add_voice_options(CLI::App& command, std::string& voices_dir, std::string& narrator);

}  // namespace narrate
