// The command-line face of NarrationOptions: the options every speaking subcommand takes
// to decide what is said and by whom.
#pragma once

#include <CLI/CLI.hpp>

#include "narration/narration.h"

namespace narrate {

// Adds ARTICLE and the options of NarrationOptions to `command`.
void add_article_options(CLI::App& command, NarrationOptions& options);

// Adds --cast, --assign, --lexicon and --no-sidecar (the choices a sidecar also holds).
void add_choice_options(CLI::App& command, NarrationOptions& options);

// Adds --markdown and --html (the article's format, when its name does not say it).
void add_format_flags(CLI::App& command, NarrationOptions& options);

// Prints the article's warnings ("FILE:LINE:COLUMN: warning: ...") to standard error.
void print_warnings(const Narration& narration);

}  // namespace narrate
