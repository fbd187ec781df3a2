#include "commands/studio_command.h"

#include <iostream>

#include "commands/audio_options.h"
#include "commands/voice_options.h"
#include "studio/studio_server.h"

namespace narrate {
namespace {

void run_studio(const StudioOptions& options) {
  StudioSession session(options.article.article.empty() ? "." : options.article.article, options.article, options.audio);
  const std::string token = random_token();
  StudioServer server(session, token);
  const int port = server.bind("127.0.0.1", options.port);
  std::cout << "narrate studio: http://127.0.0.1:" << port << "/?token=" << token << std::endl;
  if (!options.audio.quiet) {
    std::cerr << "narrate: serving " << session.articles().size() << " article(s) on this machine only; Ctrl-C stops it\n";
  }
  server.run();
}

}  // namespace

void set_studio_command(CLI::App& app, StudioOptions& options) {
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
  studio->callback([&options] { run_studio(options); });
}

}  // namespace narrate
