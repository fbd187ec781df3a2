// MemorySink: an AudioSink that keeps everything in memory (short clips, tests).
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "audio/audio_sink.h"

namespace narrate {

class MemorySink : public AudioSink {
 public:
  void write(std::span<const int16_t> samples) override { samples_.insert(samples_.end(), samples.begin(), samples.end()); }
  const std::vector<int16_t>& samples() const { return samples_; }

 private:
  std::vector<int16_t> samples_;
};

}  // namespace narrate
