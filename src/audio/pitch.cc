#include "audio/pitch.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace narrate {
namespace {

constexpr double kMinHz = 50.0;
constexpr double kMaxHz = 500.0;
constexpr double kVoicedCorrelation = 0.6;
constexpr double kQuietBelowLoudestDb = 30.0;

double energy(std::span<const int16_t> frame) {
  double sum = 0;
  for (const int16_t s : frame) sum += static_cast<double>(s) * s;
  return sum;
}

// Normalized autocorrelation of `frame` at `lag` (every other sample: half the cost,
// and speech below 500 Hz loses nothing by it).
double correlation_at(std::span<const int16_t> frame, size_t lag) {
  double cross = 0, a = 0, b = 0;
  for (size_t i = 0; i + lag < frame.size(); i += 2) {
    cross += static_cast<double>(frame[i]) * frame[i + lag];
    a += static_cast<double>(frame[i]) * frame[i];
    b += static_cast<double>(frame[i + lag]) * frame[i + lag];
  }
  return a > 0 && b > 0 ? cross / std::sqrt(a * b) : 0;
}

// The pitch period of `frame`: the shortest lag whose correlation comes within 10% of
// the best (a longer one would be a multiple of the period, an octave too low).
std::pair<size_t, double> best_lag(std::span<const int16_t> frame, size_t min_lag, size_t max_lag) {
  std::vector<double> values;
  double best_value = 0;
  for (size_t lag = min_lag; lag <= max_lag && lag < frame.size(); ++lag) {
    values.push_back(correlation_at(frame, lag));
    best_value = std::max(best_value, values.back());
  }
  for (size_t k = 0; k < values.size(); ++k) {
    const bool peak = (k == 0 || values[k] >= values[k - 1]) && (k + 1 == values.size() || values[k] >= values[k + 1]);
    if (peak && values[k] >= 0.9 * best_value) return {min_lag + k, values[k]};
  }
  return {0, 0};
}

}  // namespace

double median_pitch_hz(std::span<const int16_t> samples, int sample_rate) {
  const auto frame_length = static_cast<size_t>(sample_rate * 0.04);
  const auto hop = static_cast<size_t>(sample_rate * 0.02);
  if (samples.size() < frame_length || hop == 0) return 0;
  const auto min_lag = static_cast<size_t>(sample_rate / kMaxHz);
  const auto max_lag = static_cast<size_t>(sample_rate / kMinHz);

  double loudest = 0;
  for (size_t start = 0; start + frame_length <= samples.size(); start += hop) {
    loudest = std::max(loudest, energy(samples.subspan(start, frame_length)));
  }
  const double floor = loudest * std::pow(10.0, -kQuietBelowLoudestDb / 10.0);

  std::vector<double> pitches;
  for (size_t start = 0; start + frame_length <= samples.size(); start += hop) {
    const auto frame = samples.subspan(start, frame_length);
    if (energy(frame) < floor || loudest == 0) continue;
    const auto [lag, correlation] = best_lag(frame, min_lag, max_lag);
    if (lag > 0 && correlation >= kVoicedCorrelation) pitches.push_back(static_cast<double>(sample_rate) / lag);
  }
  if (pitches.empty()) return 0;
  std::nth_element(pitches.begin(), pitches.begin() + static_cast<long>(pitches.size() / 2), pitches.end());
  return pitches[pitches.size() / 2];
}

}  // namespace narrate
