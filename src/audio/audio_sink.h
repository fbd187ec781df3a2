// AudioSink: where rendered audio goes, in order, as it is produced.
#pragma once

#include <cstdint>
#include <span>

namespace narrate {

// Receives mono 16-bit samples at the rate the sink was made for. Implementations
// throw Error when they cannot take the samples (a full disk, a closed pipe).
class AudioSink {
 public:
  virtual ~AudioSink() = default;
  virtual void write(std::span<const int16_t> samples) = 0;
};

}  // namespace narrate
