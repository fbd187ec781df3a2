// The studio page's files (src/studio/assets/), embedded into the program at build time
// by cmake/embed_assets.cmake: the page needs nothing from the network or the disk.
#pragma once

#include <string_view>

namespace narrate {

// The bytes of the asset named `name` ("index.html", "studio.js", ...); empty and false
// when there is none.
bool find_studio_asset(std::string_view name, std::string_view& bytes);

}  // namespace narrate
