// `narrate episode`: a manifest in; a podcast episode (audio, chapters, transcript) and
// its feed out.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "commands/audio_options.h"

namespace narrate {

struct EpisodeOptions {
  std::string manifest;
  std::string output;     // default: the manifest's name with .mp3, in the current directory
  std::string feed;       // RSS feed to create or update
  std::string voices_dir;
  std::string lexicon;
  bool allow_outside = false;  // stories and music may lie outside the manifest's folder
  AudioOptions audio;
};

void set_episode_command(CLI::App& app, EpisodeOptions& options);

}  // namespace narrate
