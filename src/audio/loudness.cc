#include "audio/loudness.h"

#include <ebur128.h>

#include <algorithm>
#include <cmath>
#include <memory>

#include "util/error.h"

namespace narrate {
namespace {

using Meter = std::unique_ptr<ebur128_state, void (*)(ebur128_state*)>;

Meter start_meter(int sample_rate, int mode) {
  Meter meter(ebur128_init(1, static_cast<unsigned long>(sample_rate), mode), [](ebur128_state* s) { ebur128_destroy(&s); });
  if (!meter) throw Error("cannot measure loudness: libebur128 failed to start");
  return meter;
}

void add_frames(ebur128_state* meter, std::span<const int16_t> samples) {
  if (!samples.empty() && ebur128_add_frames_short(meter, samples.data(), samples.size()) != EBUR128_SUCCESS) {
    throw Error("cannot measure loudness");
  }
}

}  // namespace

double integrated_loudness(std::span<const int16_t> samples, int sample_rate) {
  const Meter meter = start_meter(sample_rate, EBUR128_MODE_I);
  add_frames(meter.get(), samples);
  double lufs = -70;
  if (ebur128_loudness_global(meter.get(), &lufs) != EBUR128_SUCCESS || !std::isfinite(lufs)) return -70;
  return std::max(lufs, -70.0);
}

double true_peak_db(std::span<const int16_t> samples, int sample_rate) {
  TruePeakMeter meter(sample_rate);
  meter.add(samples);
  return meter.peak_db();
}

struct TruePeakMeter::State {
  Meter meter;
};

TruePeakMeter::TruePeakMeter(int sample_rate)
    : state_(std::make_unique<State>(State{start_meter(sample_rate, EBUR128_MODE_TRUE_PEAK)})) {}

TruePeakMeter::~TruePeakMeter() = default;

void TruePeakMeter::add(std::span<const int16_t> samples) { add_frames(state_->meter.get(), samples); }

double TruePeakMeter::peak_db() const {
  double peak = 0;
  if (ebur128_true_peak(state_->meter.get(), 0, &peak) != EBUR128_SUCCESS || peak <= 0) return -100;
  return 20 * std::log10(peak);
}

}  // namespace narrate
