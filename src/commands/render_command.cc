#include "commands/render_command.h"

#include <cstdio>
#include <filesystem>
#include <iostream>

#include "audio/atomic_output.h"
#include "audio/sound_file_writer.h"
#include "render/render_script.h"
#include "render/speech_engine.h"
#include "render/worker_pool.h"
#include "util/error.h"

namespace narrate {
namespace {

std::string default_output_for(const std::string& article) {
  if (article == "-") throw Error("reading the article from standard input needs -o OUTPUT");
  return std::filesystem::path(article).stem().string() + ".wav";
}

std::string format_duration(double seconds) {
  const auto tenths = static_cast<long long>(seconds * 10 + 0.5);
  char text[32];
  std::snprintf(text, sizeof text, "%lld:%02lld.%lld", tenths / 600, tenths / 10 % 60, tenths % 10);
  return text;
}

}  // namespace

void set_render_command(CLI::App& app, RenderOptions& options) {
  CLI::App* render = app.add_subcommand("render", "Narrate an article into one audio file");
  add_article_options(*render, options.article);
  render->add_option("-o,--output", options.output,
                     "Audio file to write: .wav, .flac or .ogg (default: ARTICLE's name with .wav)");
  render->add_option("-j,--jobs", options.jobs, "Speech worker processes (0: one per processor)")
      ->capture_default_str();
  render->add_flag("-q,--quiet", options.quiet, "Print nothing when all goes well");
  render->callback([&options] { run_render(options); });
}

void run_render(const RenderOptions& options) {
  const std::string& article = options.article.article;
  const std::string output = options.output.empty() ? default_output_for(article) : options.output;
  if (article != "-") ensure_distinct_files(article, output);
  check_output_format(output);

  const NarrationPlan plan = plan_narration(options.article);
  if (!options.quiet) print_warnings(plan);
  const auto engine = make_espeak_engine(options.jobs > 0 ? options.jobs : default_job_count());
  SoundFileWriter writer(output, engine->sample_rate());
  const RenderReport report = render_script(plan.script, *engine, writer);
  writer.commit();

  if (!options.quiet) {
    std::cerr << "narrate: wrote " << output << " (" << format_duration(report.seconds()) << ", "
              << plan.script.utterances.size() << " parts)\n";
  }
}

}  // namespace narrate
