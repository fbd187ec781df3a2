// `narrate preview`: hear one paragraph, one quote or one speaker, now, exactly as the
// full render will say it.
#pragma once

#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "commands/audio_options.h"
#include "commands/article_options.h"

namespace narrate {

struct PreviewOptions {
  NarrationOptions article;  // the article is optional with --text
  AudioOptions audio;
  // Signed, so that "-1" is read as the -1 it is and refused, not wrapped around.
  std::optional<long long> paragraph;
  std::optional<long long> quote;
  std::string speaker;
  std::string find;
  std::string text;
  std::string voice;       // with --text; default: the narrator
  std::string output;      // a file, "-" for standard output; or --play
  bool play = false;
};

void set_preview_command(CLI::App& app, PreviewOptions& options);

}  // namespace narrate
