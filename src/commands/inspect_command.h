// `narrate inspect`: what narrate will read, in what voice, and what it skips.
#pragma once

#include <iosfwd>

#include <CLI/CLI.hpp>

#include "commands/article_options.h"

namespace narrate {

struct InspectOptions {
  NarrationOptions article;
  bool json = false;
};

// Adds the `inspect` subcommand to `app`.
void set_inspect_command(CLI::App& app, InspectOptions& options);

// The `inspect --json` document of ../docs/ARCHITECTURE.md ("inspect --json"); each
// segment also has "quote": its quote number (`preview --quote N`), null for narration.
void write_inspect_json(const Narration& plan, std::ostream& out);

// The readable table: one row per segment, with the paragraph number and, for quotes,
// the quote number ("quote 3") that `preview --paragraph N` and `--quote N` take.
void write_inspect_table(const Narration& plan, std::ostream& out);

}  // namespace narrate
