// AudioBuffer: the parent process's reusable sample buffers.
#pragma once

#include <cstdint>
#include <vector>

#include "util/unforked_allocator.h"

namespace narrate {

// Mono 16-bit samples in memory that forked speech workers do not share (see
// UnforkedAllocator): the parent rewrites these buffers for every utterance.
using AudioBuffer = std::vector<int16_t, UnforkedAllocator<int16_t>>;

}  // namespace narrate
