// narrate: turns written articles into narrated audio articles.
// main only wires the subcommands together and turns failures into exit codes:
// 0 success, 1 an error (one line on standard error), 2 a usage error.
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <iostream>

#include <CLI/CLI.hpp>

#include "commands/episode_command.h"
#include "commands/feed_command.h"
#include "commands/inspect_command.h"
#include "commands/normalize_command.h"
#include "commands/preview_command.h"
#include "commands/render_command.h"
#include "commands/studio_command.h"
#include "commands/voices_command.h"
#include "util/error.h"
#include "util/read_bounded.h"

namespace {

// What was printed must have reached standard output (a full disk, /dev/full, a closed
// descriptor): checked once at the end, as coreutils do, since printing is buffered.
// Returns `status`, or 1 after saying why when the output was lost.
int finish_stdout(int status) {
  errno = 0;
  std::cout.flush();
  const bool lost = !std::cout.good() || std::fflush(stdout) != 0 || std::ferror(stdout);
  if (!lost) return status;
  const int err = errno;
  std::cerr << "narrate: cannot write standard output: " << (err != 0 ? std::strerror(err) : "write error") << '\n';
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  // A full disk or a file-size limit must be an error message, not a silent death:
  // with SIGXFSZ ignored, the write fails with EFBIG and the output is discarded.
  std::signal(SIGXFSZ, SIG_IGN);
  narrate::reserve_closed_standard_input();
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
  narrate::set_studio_command(app, studio);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int status = app.exit(e);
    return finish_stdout(status == 0 ? 0 : 2);
  } catch (const narrate::Error& e) {
    std::cerr << "narrate: " << e.what() << '\n';
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "narrate: internal error: " << e.what() << '\n';
    return 1;
  }
  return finish_stdout(0);
}
