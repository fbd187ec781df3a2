#include "commands/render_command.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "audio/atomic_output.h"
#include "audio/sound_file_writer.h"
#include "commands/progress_line.h"
#include "publish/chapters.h"
#include "publish/transcript.h"
#include "render/render_cache.h"
#include "render/render_script.h"
#include "render/speech_engine.h"
#include "render/worker_pool.h"
#include "text/whitespace.h"
#include "util/error.h"

namespace narrate {
namespace {

constexpr uint64_t kDefaultCacheBytes = 512ull << 20;

std::string default_output_for(const std::string& article) {
  if (article == "-") throw Error("reading the article from standard input needs -o OUTPUT (or -o - for standard output)");
  return std::filesystem::path(article).stem().string() + ".wav";
}

uint64_t cache_limit() {
  const char* megabytes = std::getenv("NARRATE_CACHE_MAX_MB");
  if (megabytes != nullptr && *megabytes != '\0') return std::strtoull(megabytes, nullptr, 10) << 20;
  return kDefaultCacheBytes;
}

std::string lowercase_extension(const std::string& path) {
  std::string extension = std::filesystem::path(path).extension().string();
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return extension;
}

std::vector<Chapter> chapters_of(const NarrationPlan& plan, const RenderReport& report) {
  std::vector<Chapter> chapters;
  for (size_t i = 0; i < plan.script.utterances.size(); ++i) {
    const Utterance& utterance = plan.script.utterances[i];
    if (utterance.segment == 0) continue;
    const Segment& segment = plan.article.segments[utterance.segment - 1];
    if (segment.kind != SegmentKind::title && segment.kind != SegmentKind::heading) continue;
    const double start = static_cast<double>(report.parts[i].start) / report.sample_rate;
    const std::string title = collapse_whitespace(plan.source.text().substr(segment.span.start, segment.span.size()));
    chapters.push_back({chapters.empty() ? 0.0 : start, title});
  }
  return chapters;
}

}  // namespace

void set_render_command(CLI::App& app, RenderOptions& options) {
  CLI::App* render = app.add_subcommand("render", "Narrate an article into one audio file");
  add_article_options(*render, options.article);
  render->add_option("-o,--output", options.output,
                     "Audio file: .wav, .flac, .ogg, .opus or .mp3, or - for standard output "
                     "(default: ARTICLE's name with .wav)");
  render->add_option("--format", options.format, "Audio format, whatever the output's name: wav, flac, ogg, opus, mp3");
  render->add_option("--transcript", options.transcript, "Also write a transcript: FILE.vtt (WebVTT) or FILE.srt");
  render->add_option("--chapters", options.chapters, "Also write Podcasting 2.0 JSON chapters (title and headings)");
  render->add_option("--loudness", options.loudness, "Integrated loudness target in LUFS (true peak kept under -1 dBTP)")
      ->capture_default_str()
      ->check(CLI::Range(-40.0, -5.0));
  render->add_flag("--no-loudness", options.no_loudness, "Leave every voice at the engine's own level");
  render->add_flag("--no-cache", options.no_cache, "Neither read nor fill the render cache ($XDG_CACHE_HOME/narrate)");
  render->add_option("-j,--jobs", options.jobs, "Speech worker processes (0: one per processor)")->capture_default_str();
  render->add_flag("-q,--quiet", options.quiet, "Print nothing when all goes well");
  render->callback([&options] { run_render(options); });
}

void run_render(const RenderOptions& options) {
  const std::string& article = options.article.article;
  const std::string output = options.output.empty() ? default_output_for(article) : options.output;
  for (const std::string& path : {output, options.transcript, options.chapters}) {
    if (!path.empty() && path != "-" && article != "-") ensure_distinct_files(article, path);
  }
  const AudioFormat format = !options.format.empty() ? format_from_name(options.format)
                             : output == "-"         ? AudioFormat::wav
                                                     : format_for_path(output);
  const std::string transcript_type = lowercase_extension(options.transcript);
  if (!options.transcript.empty() && transcript_type != ".vtt" && transcript_type != ".srt") {
    throw Error("cannot write '" + options.transcript + "': a transcript is .vtt (WebVTT) or .srt (SubRip)");
  }

  const auto started = std::chrono::steady_clock::now();
  const NarrationPlan plan = plan_narration(options.article);
  if (!options.quiet) print_warnings(plan);
  const auto espeak = make_espeak_engine(options.jobs > 0 ? options.jobs : default_job_count());
  const RenderCache cache(RenderCache::default_dir(), cache_limit());
  CachingEngine cached(*espeak, cache);
  SpeechEngine& engine = options.no_cache ? static_cast<SpeechEngine&>(*espeak) : cached;

  RenderSettings settings;
  const bool lossy = format == AudioFormat::ogg || format == AudioFormat::opus || format == AudioFormat::mp3;
  settings.peak_ceiling_db = lossy ? kLossyPeakCeilingDb : kPcmPeakCeilingDb;
  if (!options.no_loudness) {
    settings.voice_gain_db = calibrate_voices(plan.script, engine, options.loudness, settings.peak_ceiling_db);
  }
  ProgressLine progress(!options.quiet && isatty(STDERR_FILENO));
  if (progress.enabled()) {
    settings.progress = [&](size_t done, size_t total, double audio) { progress.update(done, total, audio); };
  }
  const AudioTags tags{.title = plan.article.title,
                       .artist = plan.article.publication,
                       .album = "",
                       .date = "",
                       .comment = "Narrated by narrate from " + std::filesystem::path(plan.source.name()).filename().string(),
                       .track = ""};
  SoundFileWriter writer(output, format, engine.sample_rate(), tags);
  const RenderReport report = render_script(plan.script, engine, writer, settings);
  writer.commit();
  progress.finish();

  const std::string narrator = plan.cast.narrator().name;
  if (!options.transcript.empty()) {
    const std::vector<Cue> cues = make_cues(plan.script, plan.article, plan.source, report, narrator);
    write_file_atomically(options.transcript, transcript_type == ".srt" ? format_srt(cues) : format_webvtt(cues));
  }
  if (!options.chapters.empty()) write_file_atomically(options.chapters, format_chapters(chapters_of(plan, report)));
  if (!options.no_cache) cache.trim();

  if (!options.quiet) {
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::cerr << "narrate: wrote " << (output == "-" ? "<stdout>" : output) << " (" << format_clock(report.seconds())
              << ", " << plan.script.utterances.size() << " parts";
    if (!options.no_cache) std::cerr << ", " << cached.hits() << " from cache";
    std::cerr << ", " << format_clock(elapsed) << " to render)\n";
  }
}

}  // namespace narrate
