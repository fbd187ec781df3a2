// The stages every speaking subcommand runs before rendering: read the article, find
// its structure, cast the voices, write the script.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "article/article.h"
#include "document/reading_text.h"
#include "script/script.h"
#include "text/source.h"
#include "voice/cast.h"
#include "voice/voice_library.h"

namespace narrate {

// The options that decide what is said and by whom.
struct ArticleOptions {
  std::string article;              // path, or "-" for standard input
  std::string voices_dir;           // extra voice profiles, overriding shipped ones by id
  std::string narrator = "narrator";
  std::vector<std::string> cast;    // "NAME=VOICE" overrides
  std::string lexicon;              // extra pronunciation lexicon
  bool keep_boilerplate = false;
  bool markdown = false;            // also implied by a .md or .markdown file name
  bool html = false;                // also implied by .html, .htm, .xhtml, or by the file's start
  Pauses pauses;
};

// Adds ARTICLE and the options above to `command`.
void add_article_options(CLI::App& command, ArticleOptions& options);

// Adds --markdown and --html (the article's format, when its name does not say it).
void add_format_flags(CLI::App& command, ArticleOptions& options);

struct NarrationPlan {
  Source source;
  Article article;
  VoiceLibrary voices;
  Cast cast;
  Lexicon lexicon;
  Script script;
};

// Runs the stages up to the script. Throws Error for unreadable or invalid input, an
// unknown voice, or an article with nothing to say.
NarrationPlan plan_narration(const ArticleOptions& options);

// The same for an article already read (options.article, markdown and html unused).
NarrationPlan plan_narration(const ArticleOptions& options, ReadingText reading);

// Prints the article's warnings ("FILE:LINE:COLUMN: warning: ...") to standard error.
void print_warnings(const NarrationPlan& plan);

}  // namespace narrate
