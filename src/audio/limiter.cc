#include "audio/limiter.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace narrate {

void amplify_limited(std::span<const int16_t> samples, double gain_db, double ceiling_db, int sample_rate,
                     std::vector<int16_t>& out) {
  const double gain = std::pow(10.0, gain_db / 20.0);
  const double ceiling = 32767.0 * std::pow(10.0, ceiling_db / 20.0);
  const size_t n = samples.size();
  // The gain each sample needs on its own, then ramps: falling ahead of peaks (a
  // backward pass), recovering after them (a forward pass).
  std::vector<double> envelope(n);
  for (size_t i = 0; i < n; ++i) {
    const double level = std::abs(static_cast<double>(samples[i])) * gain;
    envelope[i] = level > ceiling ? ceiling / level : 1.0;
  }
  const double attack_step = 1.0 / (0.002 * sample_rate);
  const double release_step = 1.0 / (0.080 * sample_rate);
  for (size_t i = n; i-- > 1;) envelope[i - 1] = std::min(envelope[i - 1], envelope[i] + attack_step);
  for (size_t i = 1; i < n; ++i) envelope[i] = std::min(envelope[i], envelope[i - 1] + release_step);
  out.resize(n);
  for (size_t i = 0; i < n; ++i) {
    const double value = std::nearbyint(samples[i] * gain * envelope[i]);
    out[i] = static_cast<int16_t>(std::clamp(value, -ceiling, ceiling));
  }
}

}  // namespace narrate
