#include "commands/render_command.h"

#include <chrono>
#include <filesystem>
#include <iostream>

#include "audio/atomic_output.h"
#include "commands/progress_line.h"
#include "commands/voice_options.h"
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

std::vector<Chapter> chapters_of(const Narration& plan, const RenderReport& report) {
  std::vector<Chapter> chapters;
  for (size_t i = 0; i < plan.script.utterances.size(); ++i) {
    const Utterance& utterance = plan.script.utterances[i];
    if (utterance.segment == 0) continue;
    if (i > 0 && plan.script.utterances[i - 1].segment == utterance.segment) continue;  // a long one, split
    const Segment& segment = plan.article.segments[utterance.segment - 1];
    if (segment.kind != SegmentKind::title && segment.kind != SegmentKind::heading) continue;
    const double start = static_cast<double>(report.parts[i].start) / report.sample_rate;
    const std::string title = collapse_whitespace(plan.source.text().substr(segment.span.start, segment.span.size()));
    // The title's chapter opens the file; a heading's starts where the heading is spoken,
    // also when it comes first (an article without a title).
    chapters.push_back({segment.kind == SegmentKind::title ? 0.0 : start, title});
  }
  return chapters;
}


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
