// Loudness (EBU R128, through libebur128) and gain.
#pragma once

#include <cstdint>
#include <span>

namespace narrate {

// Integrated loudness of mono `samples` in LUFS; -70 (the absolute gate) when they are
// silent or shorter than one 400 ms block.
double integrated_loudness(std::span<const int16_t> samples, int sample_rate);

// True peak (4× oversampled) in dBTP; -100 for digital silence.
double true_peak_db(std::span<const int16_t> samples, int sample_rate);

}  // namespace narrate
