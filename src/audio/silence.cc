#include "audio/silence.h"

#include <cmath>
#include <cstdlib>
#include <limits>

namespace narrate {

std::vector<SampleRange> find_silences(std::span<const int16_t> samples, int threshold, size_t min_length) {
  std::vector<SampleRange> silences;
  size_t run_start = 0;
  bool in_run = false;
  for (size_t i = 0; i <= samples.size(); ++i) {
    const bool quiet = i < samples.size() && std::abs(static_cast<int>(samples[i])) <= threshold;
    if (quiet && !in_run) {
      run_start = i;
      in_run = true;
    } else if (!quiet && in_run) {
      if (i - run_start >= min_length) silences.push_back({run_start, i});
      in_run = false;
    }
  }
  return silences;
}

double rms_dbfs(std::span<const int16_t> samples) {
  if (samples.empty()) return -std::numeric_limits<double>::infinity();
  double sum = 0;
  for (const int16_t s : samples) sum += static_cast<double>(s) * s;
  const double rms = std::sqrt(sum / static_cast<double>(samples.size())) / 32768.0;
  return rms > 0 ? 20.0 * std::log10(rms) : -std::numeric_limits<double>::infinity();
}

int peak(std::span<const int16_t> samples) {
  int largest = 0;
  for (const int16_t s : samples) largest = std::max(largest, std::abs(static_cast<int>(s)));
  return largest;
}

}  // namespace narrate
