// Voice options shared by the subcommands that speak: --voices and --narrator.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "render/loudness_table.h"
#include "text/lexicon.h"
#include "voice/voice_library.h"

namespace narrate {

// Adds --voices DIR and --narrator ID to `command`.
void add_voice_options(CLI::App& command, std::string& voices_dir, std::string& narrator);

// The shipped lexicon (lexicon.txt beside the shipped voices), then `user_file` when it
// is not empty, taking precedence.
Lexicon load_lexicon(const std::string& user_file);

// The shipped voices (the NARRATE_VOICES_DIR environment variable, else share/narrate/voices
// of an installed tree, else the directory configured at build time), then the profiles in `user_dir` when it is not empty.
VoiceLibrary load_voices(const std::string& user_dir);

// The voices' measured loudness gains: loudness.tsv beside the shipped voices, then the
// one in `user_dir` (when it has one), taking precedence.
LoudnessTable load_loudness_table(const std::string& user_dir);

}  // namespace narrate
