// SpeechEngine: turns utterances into samples. The interface in front of eSpeak NG, so
// that everything after it can be tested with a fake.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <vector>

#include "script/script.h"

namespace narrate {

// Receives the samples of utterance `index`; they are valid during the call only.
using DeliverSpeech = std::function<void(size_t index, std::span<const int16_t> samples)>;

class SpeechEngine {
 public:
  virtual ~SpeechEngine() = default;

  // Mono samples per second of everything this engine produces.
  virtual int sample_rate() const = 0;

  // Speaks every utterance and hands its samples to `deliver`, in order. The samples of
  // an utterance depend only on its voice and text, never on what was spoken before.
  // Throws Error (e.g. a voice the engine does not have).
  virtual void speak_all(const std::vector<Utterance>& utterances, const DeliverSpeech& deliver) = 0;
};

// eSpeak NG through its C library, one forked worker process per utterance, at most
// `jobs` at a time. The process-wide engine is initialized on first use and never
// terminated. Throws Error when eSpeak NG cannot start (e.g. its data is missing).
std::unique_ptr<SpeechEngine> make_espeak_engine(unsigned jobs);

}  // namespace narrate
