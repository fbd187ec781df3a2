#include "commands/preview_command.h"

#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "audio/atomic_output.h"
#include "commands/progress_line.h"
#include "audio/player.h"
#include "commands/voice_options.h"
#include "script/selection.h"
#include "util/error.h"

namespace narrate {
namespace {

// A --text preview: one utterance in the given voice.
Script text_script(const PreviewOptions& options) {
  const VoiceLibrary voices = load_voices(options.article.voices_dir);
  return line_script(options.text, voices.get(options.voice.empty() ? options.article.narrator : options.voice),
                     load_lexicon(options.article.lexicon));
}

Script selected_script(const PreviewOptions& options) {
  const Narration plan = plan_narration(options.article);
  if (options.paragraph) return select_paragraph(plan.script, plan.article, static_cast<size_t>(*options.paragraph));
  if (options.quote) return select_quote(plan.script, plan.article, static_cast<size_t>(*options.quote));
  if (!options.speaker.empty()) return select_speaker(plan.script, plan.article, options.speaker);
  return select_text(plan.script, plan.article, plan.source.text(), options.find);
}

// Paragraphs and quotes are numbered from 1, as `inspect` shows them: a number below 1
// is a usage error, caught before the article is read.
void check_number(const std::optional<long long>& number, const std::string& option, const std::string& things) {
  if (number && *number < 1) {
    throw CLI::ValidationError(option + " " + std::to_string(*number) + ": " + things +
                               " are numbered from 1, as `narrate inspect ARTICLE` shows them");
  }
}

void run_preview(const PreviewOptions& options) {
  const int selectors = options.paragraph.has_value() + options.quote.has_value() + !options.speaker.empty() +
                        !options.find.empty() + !options.text.empty();
  if (selectors != 1) {
    throw CLI::ValidationError("preview needs exactly one of --paragraph, --quote, --speaker, --find or --text");
  }
  check_number(options.paragraph, "--paragraph", "paragraphs");
  check_number(options.quote, "--quote", "quotes");
  if (options.text.empty() && options.article.article.empty()) throw CLI::ValidationError("preview needs an ARTICLE");
  if (!options.play && options.output.empty()) throw CLI::ValidationError("preview needs --play or -o OUTPUT");
  ensure_distinct_files({options.article.article, options.article.lexicon}, {options.output});
  const std::string player = options.play ? find_player() : "";
  if (options.play && (player.empty() || !has_sound_output())) play_file(player, "");  // says why, before any work

  RenderRun run(options.audio, load_loudness_table(options.article.voices_dir));
  print_cache_notice(run, options.audio);
  run.prepare();
  const Script script = options.text.empty() ? selected_script(options) : text_script(options);
  std::string output = options.output;
  std::string temporary;
  if (output.empty()) {
    const char* tmp = std::getenv("TMPDIR");
    temporary = std::string(tmp && *tmp ? tmp : "/tmp") + "/narrate-preview-" + std::to_string(getpid()) + ".wav";
    output = temporary;
  }
  const AudioFormat format = temporary.empty() ? resolve_format(options.audio, output) : AudioFormat::wav;
  const RenderReport report = render_with_progress(run, script, output, format, AudioTags{}, options.audio);
  run.finish();
  if (!options.audio.quiet && output != "-") {
    std::cerr << "narrate: " << (temporary.empty() ? "wrote " + output : std::string("playing")) << " ("
              << format_clock(report.seconds()) << ", " << script.utterances.size()
              << (script.utterances.size() == 1 ? " part)\n" : " parts)\n");
  }
  if (!temporary.empty()) {
    try {
      play_file(player, temporary);
    } catch (...) {
      unlink(temporary.c_str());
      throw;
    }
    unlink(temporary.c_str());
  }
}

}  // namespace

void set_preview_command(CLI::App& app, PreviewOptions& options) {
  CLI::App* preview = app.add_subcommand("preview", "Hear one paragraph, quote or speaker as the full render says it");
  preview->add_option("article", options.article.article, "Article: a text file (UTF-8), Markdown (.md), a saved web page (.html), or - for standard input");
  add_voice_options(*preview, options.article.voices_dir, options.article.narrator);
  add_choice_options(*preview, options.article);
  preview->add_flag("--keep-boilerplate", options.article.keep_boilerplate, "Also read what is skipped by default");
  add_format_flags(*preview, options.article);
  preview->add_option("--paragraph", options.paragraph, "Paragraph number, as inspect shows it");
  preview->add_option("--quote", options.quote, "Quote number, as inspect shows it (from 1)");
  preview->add_option("--speaker", options.speaker, "All quotes of a speaker (full or last name)");
  preview->add_option("--find", options.find, "The paragraph containing this text");
  preview->add_option("--text", options.text, "Say this line instead (not from an article)");
  preview->add_option("--voice", options.voice, "Voice for --text (default: the narrator)");
  preview->add_option("-o,--output", options.output, "Write the preview here (- for standard output)");
  preview->add_flag("--play", options.play, "Play it on this machine's sound output");
  add_audio_options(*preview, options.audio);
  preview->callback([&options] { run_preview(options); });
}

}  // namespace narrate
