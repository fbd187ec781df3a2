// Measuring silence and level in 16-bit audio.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace narrate {

struct SampleRange {
  size_t start = 0;  // first sample
  size_t end = 0;    // one past the last sample
};

// Every maximal stretch of at least `min_length` samples whose magnitude never exceeds
// `threshold`, in order.
std::vector<SampleRange> find_silences(std::span<const int16_t> samples, int threshold, size_t min_length);

// Root mean square level in dB relative to full scale; -infinity for digital silence.
double rms_dbfs(std::span<const int16_t> samples);

// Largest magnitude.
int peak(std::span<const int16_t> samples);

}  // namespace narrate
