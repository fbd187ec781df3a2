// The audio options every command that writes audio takes, and how the commands report
// a render on the terminal.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "narration/render_run.h"

namespace narrate {

// Adds --format, --loudness, --no-loudness, --no-cache, --jobs and --quiet.
void add_audio_options(CLI::App& command, AudioOptions& options);

// Says on standard error why the render cache is not used, unless quiet.
void print_cache_notice(const RenderRun& run, const AudioOptions& options);

// run.render with a progress line on standard error when it is a terminal, unless quiet.
RenderReport render_with_progress(RenderRun& run, const Script& script, const std::string& output, AudioFormat format,
                                  const AudioTags& tags, const AudioOptions& options);

}  // namespace narrate
