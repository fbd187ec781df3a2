// `narrate render`: an article in, one narrated audio file out (with a transcript and
// chapters when asked).
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "commands/audio_options.h"
#include "commands/article_options.h"

namespace narrate {

// The parameters of `narrate render`; the defaults here are the ones --help prints.
struct RenderOptions {
  NarrationOptions article;
  AudioOptions audio;
  std::string output;      // default: the article's name with .wav, in the current directory; "-": stdout
  std::string transcript;  // .vtt or .srt
  std::string chapters;    // Podcasting 2.0 JSON chapters
};

// Adds the `render` subcommand to `app`; its callback runs the render with `options`
// and throws Error on failure.
void set_render_command(CLI::App& app, RenderOptions& options);

// Runs a render as `narrate render` does.
void run_render(const RenderOptions& options);

}  // namespace narrate
