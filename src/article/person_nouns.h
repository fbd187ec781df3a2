// Nouns whose most frequent sense names a person ("senator", "strategist", "mother"),
// from data/person_nouns.tsv (WordNet 3.0's noun.person; scripts/make-person-nouns.py):
// what makes a definite description an epithet for someone named before it.
#pragma once

#include <string_view>

namespace narrate {

// Whether `word` (any case; singular: the table holds no plurals) is a person noun.
bool is_person_noun(std::string_view word);

}  // namespace narrate
