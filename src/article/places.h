// Places that news names alone ("Florida", "Russia", "Ontario"), from data/places.tsv
// (ISO 3166-1 country names and the states, provinces and nations of the US, Canada,
// Australia and the UK; scripts/make-places.py): what attribution never takes for a person.
#pragma once

#include <string_view>

namespace narrate {

// Whether `name` (as written: "Florida", "North Korea") is a place in the table.
bool is_place_name(std::string_view name);

}  // namespace narrate
