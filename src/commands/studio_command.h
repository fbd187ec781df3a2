// `narrate studio`: a local web page to see who speaks, fix it and hear it. The server is
// the program narrate-studio (src/studio/studio_main.cc); narrate hands it the command line.
#pragma once

#include <functional>
#include <string>

#include <CLI/CLI.hpp>

#include "commands/article_options.h"
#include "narration/render_run.h"

namespace narrate {

struct StudioOptions {
  NarrationOptions article;  // `article`: the article or folder served (default: the current folder)
  AudioOptions audio;
  int port = 8750;           // 0: any free port
};

// The `studio` subcommand's options; `run` is what its callback does.
void set_studio_command(CLI::App& app, StudioOptions& options, std::function<void()> run);

// Replaces this process by narrate-studio with the same arguments (`argv` as main got
// it), which parses them again and serves; throws Error when it cannot be started.
void exec_studio_program(char** argv);

}  // namespace narrate
