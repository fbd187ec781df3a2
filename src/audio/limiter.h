// A look-ahead peak limiter, so speech can be made louder without clipping.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

#include "audio/audio_buffer.h"

namespace narrate {

// `samples` scaled by `gain_db`, with peaks that would exceed `ceiling_db` (dBFS)
// brought down smoothly: the gain falls over 2 ms before a peak and recovers over
// 80 ms after it, moving in 32-sample steps with straight lines between them. Rounded
// to 16 bits into `out`. Depends on `samples` alone (no state
// carried between calls), so the same input always gives the same output.
void amplify_limited(std::span<const int16_t> samples, double gain_db, double ceiling_db, int sample_rate,
                     AudioBuffer& out);

// The same samples handed to `write` in order, a piece of at most 8192 at a time, from a
// buffer that is reused: a part's samples never all sit in new memory at once (a render
// would fault in a page for every 2048 samples of its longest part).
void amplify_limited(std::span<const int16_t> samples, double gain_db, double ceiling_db, int sample_rate,
                     const std::function<void(std::span<const int16_t>)>& write);

}  // namespace narrate
