// narrate: turns written articles into narrated audio articles.
// main only wires the subcommands together and turns failures into exit codes:
// 0 success, 1 an error (one line on standard error), 2 a usage error.
#include <CLI/CLI.hpp>

#include "commands/command_line.h"
#include "commands/episode_command.h"
#include "commands/feed_command.h"
#include "commands/inspect_command.h"
#include "commands/normalize_command.h"
#include "commands/preview_command.h"
#include "commands/render_command.h"
#include "commands/studio_command.h"
#include "commands/voices_command.h"

int main(int argc, char** argv) {
  narrate::prepare_process();
  CLI::App app{"narrate: turns a written article into a narrated audio article.\n"
               "The narrator reads the story with eSpeak NG; `inspect` shows what will be read.",
               "narrate"};
  app.set_version_flag("--version", "narrate " NARRATE_VERSION);
  app.require_subcommand(1);

  narrate::RenderOptions render;
  narrate::set_render_command(app, render);
  narrate::InspectOptions inspect;
  narrate::set_inspect_command(app, inspect);
  narrate::VoicesOptions voices;
  narrate::set_voices_command(app, voices);
  narrate::PreviewOptions preview;
  narrate::set_preview_command(app, preview);
  narrate::EpisodeOptions episode;
  narrate::set_episode_command(app, episode);
  narrate::FeedOptions feed;
  narrate::set_feed_command(app, feed);
  narrate::NormalizeOptions normalize;
  narrate::set_normalize_command(app, normalize);
  narrate::StudioOptions studio;
  narrate::set_studio_command(app, studio, [argv] { narrate::exec_studio_program(argv); });

  return narrate::run_command_line(app, argc, argv);
}
