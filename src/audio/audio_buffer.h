// AudioBuffer: mono 16-bit samples in memory.
#pragma once

#include <cstdint>
#include <vector>

namespace narrate {

using AudioBuffer = std::vector<int16_t>;

}  // namespace narrate
