// `narrate studio`: a local web page to see who speaks, fix it and hear it.
#pragma once

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

void set_studio_command(CLI::App& app, StudioOptions& options);

}  // namespace narrate
