// Whether a given name is a woman's or a man's, and how common it is, from
// data/first_names.tsv (a public list of names with the share of their bearers of each
// sex and their number; scripts/make-first-names.py).
#pragma once

#include <cstddef>
#include <string_view>

namespace narrate {

// "female" or "male" when nearly all bearers of `given_name` (any case) have that sex in
// the list (90% of them); empty for names the list does not hold or holds as shared
// ("Terry", "Jordan").
std::string_view gender_of_first_name(std::string_view given_name);

// The sex at least three in four bearers of `given_name` have ("male" for Chris, "female"
// for Leslie), empty when the list holds no such share: a likelihood, for choosing
// between readings, never to give a person a voice.
std::string_view likely_gender_of_first_name(std::string_view given_name);

// How many people (both sexes, US births 1930-2010) the list counts with `given_name`
// (any case): how common a given name it is. 0 for names it does not hold.
size_t first_name_bearers(std::string_view given_name);

}  // namespace narrate
