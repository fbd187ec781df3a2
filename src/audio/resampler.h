// Resampler: streaming sample-rate conversion of mono 16-bit audio with libsoxr.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

struct soxr;

namespace narrate {

// Converts a stream from `input_rate` to `output_rate` in pieces: what process()
// returns so far plus what finish() returns is the whole converted stream, the same
// however the input was split. High quality, and the same samples on every run (no
// dither: rounded to 16 bits).
class Resampler {
 public:
  Resampler(int input_rate, int output_rate);
  ~Resampler();
  Resampler(const Resampler&) = delete;
  Resampler& operator=(const Resampler&) = delete;

  // Converts `input`; the returned samples are valid until the next call.
  std::span<const int16_t> process(std::span<const int16_t> input);

  // Flushes what the filter still holds.
  std::span<const int16_t> finish();

 private:
  std::span<const int16_t> run(const int16_t* input, size_t count);

  soxr* soxr_ = nullptr;
  double ratio_;
  std::vector<int16_t> output_;
};

}  // namespace narrate
