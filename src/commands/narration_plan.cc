#include "commands/narration_plan.h"

#include <iostream>

#include "article/attribution.h"
#include "article/structure.h"
#include "document/load_article.h"
#include "commands/voice_options.h"
#include "util/error.h"
#include "voice/casting.h"

namespace narrate {

void add_article_options(CLI::App& command, ArticleOptions& options) {
  command.add_option("article", options.article,
                     "Article: a text file (UTF-8), Markdown (.md), a saved web page (.html), or - for standard input")
      ->required();
  add_voice_options(command, options.voices_dir, options.narrator);
  command.add_option("--cast", options.cast, "Give a speaker a voice: NAME=VOICE (repeatable), e.g. \"Artyom Lukin=male-3\"");
  command.add_option("--lexicon", options.lexicon, "Pronunciation lexicon (WORD = PRONUNCIATION lines), taking precedence");
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

void add_format_flags(CLI::App& command, ArticleOptions& options) {
  CLI::Option* markdown = command.add_flag("--markdown", options.markdown, "Read the article as Markdown (implied by .md)");
  command.add_flag("--html", options.html, "Read the article as a saved web page (implied by .html, .htm, .xhtml)")
      ->excludes(markdown);
}

NarrationPlan plan_narration(const ArticleOptions& options) {
  const ArticleFormat format = options.markdown ? ArticleFormat::markdown
                               : options.html   ? ArticleFormat::html
                                                : ArticleFormat::automatic;
  return plan_narration(options, load_article(options.article, format));
}

NarrationPlan plan_narration(const ArticleOptions& options, ReadingText reading) {
  VoiceLibrary voices = load_voices(options.voices_dir);
  Lexicon lexicon = load_lexicon(options.lexicon);
  const VoiceProfile& narrator = voices.get(options.narrator);
  std::vector<std::pair<std::string, std::string>> overrides;
  for (const std::string& text : options.cast) overrides.push_back(parse_cast_override(text));
  Article article = parse_article(reading, {.keep_boilerplate = options.keep_boilerplate});
  Source source = std::move(reading.source);
  attribute_quotes(source.text(), article);
  if (article.segments.empty()) {
    const std::string why = article.skipped.empty() ? "the article is empty" : "everything in the article was skipped as boilerplate";
    throw Error(source.where(0) + ": " + why + ": nothing to narrate");
  }
  Cast cast = cast_voices(voices, narrator, article.speakers, overrides);
  Script script = build_script(article, cast, options.pauses, lexicon);
  return NarrationPlan{std::move(source), std::move(article), std::move(voices), std::move(cast), std::move(lexicon),
                       std::move(script)};
}

void print_warnings(const NarrationPlan& plan) {
  for (const Warning& warning : plan.article.warnings) {
    std::cerr << "narrate: " << plan.source.where(warning.offset) << ": warning: " << warning.message << '\n';
  }
}

}  // namespace narrate
