// `narrate voices`: the voice profiles narrate can speak with.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace narrate {

struct VoicesOptions {
  std::string voices_dir;  // extra profiles
  bool json = false;
  bool measure = false;    // speak a sentence in each voice and report its median pitch
  bool calibrate = false;  // print the voices' loudness table (loudness.tsv)
};

void set_voices_command(CLI::App& app, VoicesOptions& options);

}  // namespace narrate
