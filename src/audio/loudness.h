// Loudness (EBU R128, through libebur128) and gain.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace narrate {

// Integrated loudness of mono `samples` in LUFS; -70 (the absolute gate) when they are
// silent or shorter than one 400 ms block.
double integrated_loudness(std::span<const int16_t> samples, int sample_rate);

// True peak (4× oversampled) in dBTP; -100 for digital silence.
double true_peak_db(std::span<const int16_t> samples, int sample_rate);

// `samples` scaled by `gain_db`, rounded to the nearest integer and clipped to 16 bits,
// into `out` (resized). The same input and gain always give the same output.
void apply_gain(std::span<const int16_t> samples, double gain_db, std::vector<int16_t>& out);

}  // namespace narrate
