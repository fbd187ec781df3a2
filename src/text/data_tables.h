// The tab-separated tables under data/ (currencies, units, speech verbs, first names...),
// as narrate reads them: built into the program, or for training and cross-validation
// read from a directory named by the environment.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace narrate {

// The text of data table `name` ("speech_verbs.tsv"). When NARRATE_DATA_DIR is set and
// holds a regular file of that name, that file's text (read once, at most 16 MiB; an
// unreadable file throws Error); otherwise the copy built into narrate, or empty when there
// is none. The returned text lives until the program ends. Thread-safe.
std::string_view data_table(std::string_view name);

// Whether data_table(name) is the copy built into narrate (checked when narrate was
// built and tested), not one read from NARRATE_DATA_DIR.
bool data_table_is_built_in(std::string_view name);

// The fields of one line of a table, split at tabs (or at `separator`, for a list inside
// a field: "Pa.,Penn."): views into `line`.
std::vector<std::string_view> table_fields(std::string_view line, char separator = '\t');

// The rows of data table `name`, split at tabs; lines starting with '#' and blank lines
// are skipped, a final '\r' is dropped.
std::vector<std::vector<std::string>> data_table_rows(std::string_view name);

}  // namespace narrate
