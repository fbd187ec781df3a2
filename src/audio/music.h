// Music for episodes: loaded from any file, and mixed under speech.
#pragma once

#include <cstdint>
#include <span>
#include <string>

#include "audio/audio_buffer.h"

namespace narrate {

// The music in `path` (any format, rate and channel count libsndfile reads) mixed down to
// mono, resampled to `sample_rate` (libsoxr) and brought to `lufs` integrated loudness
// (as near as limiting allows), true peaks limited at `ceiling_db` (dBTP: between
// samples too). Throws Error when the file cannot be read.
AudioBuffer load_music(const std::string& path, int sample_rate, double lufs, double ceiling_db);

// `speech` with `bed` under it (looped when shorter, cut when longer): the bed plays at
// `bed_db` relative to its level and ducks a further `duck_db` while speech is audible
// (the gain moves over 150 ms), into `out`.
void mix_under(std::span<const int16_t> speech, std::span<const int16_t> bed, double bed_db, double duck_db,
               int sample_rate, AudioBuffer& out);

}  // namespace narrate
