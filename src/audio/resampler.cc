#include "audio/resampler.h"

#include <soxr.h>

#include "util/error.h"

namespace narrate {

Resampler::Resampler(int input_rate, int output_rate) : ratio_(static_cast<double>(output_rate) / input_rate) {
  soxr_error_t error = nullptr;
  // Without dither: for 16-bit output soxr adds dither noise seeded from the clock and
  // the address of its state (time(0) ^ pointer in soxr_create), so every run would
  // give different samples. Rounded instead, the same every time.
  soxr_io_spec_t io = soxr_io_spec(SOXR_INT16_I, SOXR_INT16_I);
  io.flags |= SOXR_NO_DITHER;
  const soxr_quality_spec_t quality = soxr_quality_spec(SOXR_HQ, 0);
  const soxr_runtime_spec_t runtime = soxr_runtime_spec(1);  // one thread: the same result every time
  soxr_ = soxr_create(input_rate, output_rate, 1, &error, &io, &quality, &runtime);
  if (error != nullptr) throw Error(std::string("cannot resample: ") + error);
}

Resampler::~Resampler() { soxr_delete(soxr_); }

std::span<const int16_t> Resampler::run(const int16_t* input, size_t count) {
  output_.resize(static_cast<size_t>(count * ratio_) + 1024);
  size_t done = 0, made = 0;
  const soxr_error_t error = soxr_process(soxr_, input, count, &done, output_.data(), output_.size(), &made);
  if (error != nullptr) throw Error(std::string("cannot resample: ") + error);
  return std::span<const int16_t>(output_.data(), made);
}

std::span<const int16_t> Resampler::process(std::span<const int16_t> input) { return run(input.data(), input.size()); }

std::span<const int16_t> Resampler::finish() {
  // A null input tells soxr the stream ended; it may take several calls to drain.
  std::vector<int16_t> all;
  for (;;) {
    const auto piece = run(nullptr, 0);
    if (piece.empty()) break;
    all.insert(all.end(), piece.begin(), piece.end());
  }
  output_ = std::move(all);
  return output_;
}

}  // namespace narrate
