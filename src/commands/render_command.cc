#include "commands/render_command.h"

#include <chrono>
#include <filesystem>
#include <iostream>

#include "audio/atomic_output.h"
#include "commands/progress_line.h"
#include "commands/voice_options.h"
#include "narration/narration_chapters.h"
#include "publish/chapters.h"
#include "publish/transcript.h"
#include "text/whitespace.h"
#include "util/error.h"
#include "util/strings.h"

namespace narrate {
namespace {

std::string default_output_for(const std::string& article) {
  if (article == "-") throw Error("reading the article from standard input needs -o OUTPUT (or -o - for standard output)");
  return std::filesystem::path(article).stem().string() + ".wav";
}

std::string lowercase_extension(const std::string& path) {
  return ascii_lowercase(std::filesystem::path(path).extension().string());
}

}  // namespace

void set_render_command(CLI::App& app, RenderOptions& options) {
  CLI::App* render = app.add_subcommand("render", "Narrate an article into one audio file");
  add_article_options(*render, options.article);
  render->add_option("-o,--output", options.output,
                     "Audio file: .wav, .flac, .ogg, .opus or .mp3, or - for standard output "
                     "(default: ARTICLE's name with .wav)");
  render->add_option("--transcript", options.transcript, "Also write a transcript: FILE.vtt (WebVTT) or FILE.srt");
  render->add_option("--chapters", options.chapters, "Also write Podcasting 2.0 JSON chapters (title and headings)");
  add_audio_options(*render, options.audio);
  render->callback([&options] { run_render(options); });
}

void run_render(const RenderOptions& options) {
  const std::string& article = options.article.article;
  const std::string output = options.output.empty() ? default_output_for(article) : options.output;
  ensure_distinct_files({article, options.article.lexicon}, {output, options.transcript, options.chapters});
  const AudioFormat format = resolve_format(options.audio, output);
  const std::string transcript_type = lowercase_extension(options.transcript);
  if (!options.transcript.empty() && transcript_type != ".vtt" && transcript_type != ".srt") {
    throw Error("cannot write '" + options.transcript + "': a transcript is .vtt (WebVTT) or .srt (SubRip)");
  }

  const auto started = std::chrono::steady_clock::now();
  RenderRun run(options.audio, load_loudness_table(options.article.voices_dir));
  print_cache_notice(run, options.audio);
  run.prepare();
  const Narration plan = plan_narration(options.article);
  if (!options.audio.quiet) print_warnings(plan);
  const AudioTags tags{.title = plan.article.title,
                       .artist = plan.article.publication,
                       .album = "",
                       .date = "",
                       .comment = "Narrated by narrate from " + std::filesystem::path(plan.source.name()).filename().string(),
                       .track = ""};
  const RenderReport report = render_with_progress(run, plan.script, output, format, tags, options.audio);

  if (!options.transcript.empty()) {
    const std::vector<Cue> cues = make_cues(plan.script, plan.article, plan.source, report);
    write_file_atomically(options.transcript, transcript_type == ".srt" ? format_srt(cues) : format_webvtt(cues));
  }
  if (!options.chapters.empty()) write_file_atomically(options.chapters, format_chapters(chapters_of(plan, report)));
  run.finish();

  if (!options.audio.quiet) {
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::cerr << "narrate: wrote " << (output == "-" ? "<stdout>" : output) << " (" << format_clock(report.seconds())
              << ", " << plan.script.utterances.size() << (plan.script.utterances.size() == 1 ? " part" : " parts");
    if (!options.audio.no_cache) std::cerr << ", " << run.cache_hits() << " from cache";
    std::cerr << ", " << format_clock(elapsed) << " to render)\n";
  }
}

}  // namespace narrate
