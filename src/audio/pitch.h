// Estimating the pitch of speech, to tell voices apart by ear and by number.
#pragma once

#include <cstdint>
#include <span>

namespace narrate {

// The median fundamental frequency, in Hz, of the voiced stretches of `samples`
// (mono, `sample_rate` per second), searched between 50 and 500 Hz; 0 when nothing in
// it is voiced. Frames of 40 ms every 20 ms; a frame counts as voiced when it is no
// quieter than 30 dB below the loudest frame and its normalized autocorrelation peak
// reaches 0.6.
double median_pitch_hz(std::span<const int16_t> samples, int sample_rate);

}  // namespace narrate
