#include "commands/article_options.h"

#include <iostream>

#include "commands/voice_options.h"

namespace narrate {

void add_article_options(CLI::App& command, NarrationOptions& options) {
  command.add_option("article", options.article,
                     "Article: a text file (UTF-8), Markdown (.md), a saved web page (.html), or - for standard input")
      ->required();
  add_voice_options(command, options.voices_dir, options.narrator);
  add_choice_options(command, options);
  command.add_flag("--keep-boilerplate", options.keep_boilerplate,
                   "Also read banners, share widgets and date lines that are skipped by default");
  add_format_flags(command, options);
  command.add_option("--paragraph-pause", options.pauses.paragraph_ms, "Silence between paragraphs, in ms")
      ->capture_default_str()
      ->check(CLI::Range(0, 10000));
  command.add_option("--section-pause", options.pauses.section_ms, "Silence before a section heading, in ms")
      ->capture_default_str()
      ->check(CLI::Range(0, 10000));
}

void add_choice_options(CLI::App& command, NarrationOptions& options) {
  command.add_option("--cast", options.cast, "Give a speaker a voice: NAME=VOICE (repeatable), e.g. \"Artyom Lukin=male-3\"");
  command.add_option("--assign", options.assign,
                     "Give quote N to a speaker: N=NAME, or N=narrator (repeatable; quotes numbered as inspect shows them)");
  command.add_option("--lexicon", options.lexicon, "Pronunciation lexicon (WORD = PRONUNCIATION lines), taking precedence");
  command.add_flag("!--no-sidecar", options.use_sidecar,
                   "Ignore the edits kept beside the article (ARTICLE.narrate.toml, written by narrate studio)");
}

void add_format_flags(CLI::App& command, NarrationOptions& options) {
  CLI::Option* markdown = command.add_flag("--markdown", options.markdown, "Read the article as Markdown (implied by .md)");
  command.add_flag("--html", options.html, "Read the article as a saved web page (implied by .html, .htm, .xhtml)")
      ->excludes(markdown);
}

void print_warnings(const Narration& narration) {
  for (const Warning& warning : narration.article.warnings) {
    std::cerr << "narrate: " << narration.source.where(warning.offset) << ": warning: " << warning.message << '\n';
  }
}

}  // namespace narrate
