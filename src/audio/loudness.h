// Loudness (EBU R128, through libebur128) and gain.
#pragma once

#include <cstdint>
#include <memory>
#include <span>

namespace narrate {

// Integrated loudness of mono `samples` in LUFS; -70 (the absolute gate) when they are
// silent or shorter than one 400 ms block.
double integrated_loudness(std::span<const int16_t> samples, int sample_rate);

// True peak (4× oversampled) in dBTP; -100 for digital silence.
double true_peak_db(std::span<const int16_t> samples, int sample_rate);

// The true peak of mono audio fed to it block by block (memory does not grow with it).
class TruePeakMeter {
 public:
  explicit TruePeakMeter(int sample_rate);  // throws Error when libebur128 cannot start
  ~TruePeakMeter();
  TruePeakMeter(const TruePeakMeter&) = delete;
  TruePeakMeter& operator=(const TruePeakMeter&) = delete;

  void add(std::span<const int16_t> samples);  // throws Error
  double peak_db() const;                       // dBTP; -100 for digital silence

 private:
  struct State;  // libebur128's, whose type cannot be declared ahead
  std::unique_ptr<State> state_;
};

}  // namespace narrate
