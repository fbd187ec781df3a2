#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "audio/pitch.h"

using namespace narrate;

namespace {
std::vector<int16_t> tone(double hz, double seconds, int rate) {
  std::vector<int16_t> samples(static_cast<size_t>(seconds * rate));
  for (size_t i = 0; i < samples.size(); ++i) {
    // A fundamental with two harmonics, like a voice.
    const double t = static_cast<double>(i) / rate;
    samples[i] = static_cast<int16_t>(8000 * std::sin(2 * M_PI * hz * t) + 4000 * std::sin(4 * M_PI * hz * t) +
                                      2000 * std::sin(6 * M_PI * hz * t));
  }
  return samples;
}
}  // namespace

TEST_CASE("median pitch finds the fundamental, not an octave off") {
  for (const double hz : {70.0, 100.0, 150.0, 220.0, 300.0}) {
    CAPTURE(hz);
    CHECK(median_pitch_hz(tone(hz, 0.5, 22050), 22050) == doctest::Approx(hz).epsilon(0.03));
  }
}

TEST_CASE("silence and noise have no pitch") {
  CHECK(median_pitch_hz(std::vector<int16_t>(22050, 0), 22050) == 0);
  std::vector<int16_t> noise(22050);
  uint32_t state = 12345;
  for (int16_t& s : noise) {
    state = state * 1664525u + 1013904223u;
    s = static_cast<int16_t>((state >> 16) % 20000) - 10000;
  }
  CHECK(median_pitch_hz(noise, 22050) == 0);
}
