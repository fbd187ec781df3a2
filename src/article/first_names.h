// Whether a given name is a woman's or a man's, from data/first_names.tsv (a public list
// of names with the share of their bearers of each sex; scripts/make-first-names.py).
#pragma once

#include <string_view>

namespace narrate {

// "female" or "male" when nearly all bearers of `given_name` (any case) have that sex in
// the list; empty for names the list does not hold or holds as shared ("Terry", "Jordan").
std::string_view gender_of_first_name(std::string_view given_name);

}  // namespace narrate
