// Where narrate's shipped data lives (voices, lexicon, loudness table), and loading it
// together with the user's additions.
#pragma once

#include <string>

#include "render/loudness_table.h"
#include "text/lexicon.h"
#include "voice/voice_library.h"

namespace narrate {

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
