#include "commands/studio_command.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>

#include "commands/audio_options.h"
#include "commands/voice_options.h"
#include "util/error.h"
#include "util/install_layout.h"

namespace narrate {

void set_studio_command(CLI::App& app, StudioOptions& options, std::function<void()> run) {
  CLI::App* studio = app.add_subcommand("studio", "A local web page to see who speaks, fix it and hear it");
  studio->add_option("article", options.article.article,
                     "An article (text, Markdown, web page) or a folder of them (default: the current folder)");
  add_voice_options(*studio, options.article.voices_dir, options.article.narrator);
  studio->add_flag("--keep-boilerplate", options.article.keep_boilerplate, "Also read what is skipped by default");
  add_format_flags(*studio, options.article);
  studio->add_option("--port", options.port, "Port on 127.0.0.1 (0: any free one)")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  add_audio_options(*studio, options.audio);
  studio->callback(std::move(run));
}

void exec_studio_program(char** argv) {
  const std::string program = helper_program_path("narrate-studio", NARRATE_STUDIO_FROM_BIN, NARRATE_STUDIO_PATH);
  std::cout.flush();
  std::cerr.flush();
  execv(program.c_str(), argv);
  throw Error("cannot start " + program + ": " + std::strerror(errno));
}

}  // namespace narrate
