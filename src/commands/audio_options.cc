#include "commands/audio_options.h"

#include <unistd.h>

#include <cstdlib>

#include "commands/progress_line.h"
#include "render/worker_pool.h"

namespace narrate {
namespace {

constexpr uint64_t kDefaultCacheBytes = 512ull << 20;

uint64_t cache_limit() {
  const char* megabytes = std::getenv("NARRATE_CACHE_MAX_MB");
  if (megabytes != nullptr && *megabytes != '\0') return std::strtoull(megabytes, nullptr, 10) << 20;
  return kDefaultCacheBytes;
}

}  // namespace

void add_audio_options(CLI::App& command, AudioOptions& options) {
  command.add_option("--format", options.format, "Audio format, whatever the output's name: wav, flac, ogg, opus, mp3");
  command.add_option("--loudness", options.loudness, "Integrated loudness target in LUFS (true peak kept under -1 dBTP)")
      ->capture_default_str()
      ->check(CLI::Range(-40.0, -5.0));
  command.add_flag("--no-loudness", options.no_loudness, "Leave every voice at the engine's own level");
  command.add_flag("--no-cache", options.no_cache, "Neither read nor fill the render cache ($XDG_CACHE_HOME/narrate)");
  command.add_option("-j,--jobs", options.jobs, "Speech worker processes (0: one per processor)")->capture_default_str();
  command.add_flag("-q,--quiet", options.quiet, "Print nothing when all goes well");
}

AudioFormat resolve_format(const AudioOptions& options, const std::string& output) {
  if (!options.format.empty()) return format_from_name(options.format);
  return output == "-" ? AudioFormat::wav : format_for_path(output);
}

RenderRun::RenderRun(const AudioOptions& options)
    : options_(options),
      espeak_(make_espeak_engine(options.jobs > 0 ? options.jobs : default_job_count())),
      cache_(RenderCache::default_dir(), cache_limit()),
      cached_(*espeak_, cache_) {}

RenderReport RenderRun::render(const Script& script, const std::string& output, AudioFormat format,
                               const AudioTags& tags) {
  RenderSettings settings;
  const bool lossy = format == AudioFormat::ogg || format == AudioFormat::opus || format == AudioFormat::mp3;
  settings.peak_ceiling_db = lossy ? kLossyPeakCeilingDb : kPcmPeakCeilingDb;
  if (!options_.no_loudness) {
    settings.voice_gain_db = calibrate_voices(script, engine(), options_.loudness, settings.peak_ceiling_db);
  }
  ProgressLine progress(!options_.quiet && isatty(STDERR_FILENO));
  if (progress.enabled()) {
    settings.progress = [&](size_t done, size_t total, double audio) { progress.update(done, total, audio); };
  }
  SoundFileWriter writer(output, format, engine().sample_rate(), tags);
  RenderReport report = render_script(script, engine(), writer, settings);
  writer.commit();
  progress.finish();
  return report;
}

void RenderRun::finish() const {
  if (!options_.no_cache) cache_.trim();
}

}  // namespace narrate
