#include "commands/audio_options.h"

#include <unistd.h>

#include <cmath>
#include <cstdlib>
#include <iostream>

#include "commands/progress_line.h"

namespace narrate {

void add_audio_options(CLI::App& command, AudioOptions& options) {
  command.add_option("--format", options.format, "Audio format, whatever the output's name: wav, flac, ogg, opus, mp3");
  command.add_option("--loudness", options.loudness, "Integrated loudness target in LUFS (true peak kept under -1 dBTP)")
      ->capture_default_str()
      ->check(CLI::Validator(
                  [](std::string& text) {
                    // CLI11's Range lets NaN through (every comparison with NaN is false).
                    char* end = nullptr;
                    const double value = std::strtod(text.c_str(), &end);
                    return std::isfinite(value) ? std::string() : "--loudness must be a finite number of LUFS";
                  },
                  "", "finite") &
              CLI::Range(-40.0, -5.0));
  command.add_flag("--no-loudness", options.no_loudness, "Leave every voice at the engine's own level");
  command.add_flag("--no-cache", options.no_cache, "Neither read nor fill the render cache ($XDG_CACHE_HOME/narrate)");
  command.add_option("-j,--jobs", options.jobs, "Speech worker processes (0: one per processor)")
      ->capture_default_str()
      ->check(CLI::Range(0u, 256u));
  command.add_flag("-q,--quiet", options.quiet, "Print nothing when all goes well");
}

void print_cache_notice(const RenderRun& run, const AudioOptions& options) {
  if (!options.quiet && !run.cache_notice().empty()) {
    std::cerr << "narrate: not using the render cache (" << run.cache_notice() << ")\n";
  }
}

RenderReport render_with_progress(RenderRun& run, const Script& script, const std::string& output, AudioFormat format,
                                  const AudioTags& tags, const AudioOptions& options) {
  ProgressLine progress(!options.quiet && isatty(STDERR_FILENO));
  RenderProgress report_progress;
  if (progress.enabled()) {
    report_progress = [&](size_t done, size_t total, double audio) { progress.update(done, total, audio); };
  }
  const RenderReport report = run.render(script, output, format, tags, report_progress);
  progress.finish();
  return report;
}

}  // namespace narrate
