// Nouns of things counted rather than measured ("voter", "household", "record", "job"),
// from data/counted_nouns.tsv (WordNet 3.0's people, groups, communications, acts,
// possessions and quantities; scripts/make-counted-nouns.py): what tells "10m records"
// (millions) from "20m waves" (meters).
#pragma once

#include <string_view>

namespace narrate {

// Whether `word` (lowercase) is the plural of a counted noun: "records", "families",
// "taxes", "people", "children", "women". Singular words are not ("record").
bool is_counted_plural(std::string_view word);

}  // namespace narrate
