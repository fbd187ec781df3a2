// The data files under data/ (currencies, units, time zones, street names, ...), built
// into the program so that normalization never depends on where it is installed.
#pragma once

#include <string_view>

namespace narrate {

// The text of data file `name` ("currencies.tsv"), or empty when there is none.
std::string_view embedded_data(std::string_view name);

}  // namespace narrate
