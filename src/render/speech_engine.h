// SpeechEngine: turns utterances into samples. The interface in front of eSpeak NG, so
// that everything after it can be tested with a fake.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "script/script.h"

namespace narrate {

// A point in the speech the engine marks: where a sentence or a word starts.
struct SpeechEvent {
  enum Kind : uint32_t { sentence = 1, word = 2 };
  uint32_t kind = sentence;
  uint32_t sample = 0;         // from the start of the utterance's samples
  uint32_t text_position = 0;  // code points into the utterance's text, from 0
  uint32_t length = 0;         // words: length in code points
};

// What the engine made of one utterance; valid during the delivery call only.
struct SpeechOutput {
  std::span<const int16_t> samples;
  std::span<const SpeechEvent> events;
};

// Receives the speech of utterance `index`.
using DeliverSpeech = std::function<void(size_t index, const SpeechOutput& speech)>;

// Called while the engine would wait for speech: a chance to do other work. Returns
// true when it did some (it may then be called again), false when it has none for now.
using WhileWaiting = std::function<bool()>;

class SpeechEngine {
 public:
  virtual ~SpeechEngine() = default;

  // Mono samples per second of everything this engine produces.
  virtual int sample_rate() const = 0;

  // Identifies the engine and its data: speech cached under one name is only reused
  // by the same name.
  virtual std::string version() const = 0;

  // Speaks every utterance and hands its speech to `deliver`, in order. The samples of
  // an utterance depend only on its voice and text, never on what was spoken before.
  // `while_waiting` (may be empty) runs whenever the engine would otherwise wait.
  // Throws Error (e.g. a voice the engine does not have).
  virtual void speak_all(const std::vector<Utterance>& utterances, const DeliverSpeech& deliver,
                         const WhileWaiting& while_waiting) = 0;
  void speak_all(const std::vector<Utterance>& utterances, const DeliverSpeech& deliver) {
    speak_all(utterances, deliver, {});
  }

  // A hint that speech will probably follow: the engine may start itself in the
  // background meanwhile, so that speaking starts sooner. Never changes what is spoken;
  // errors surface from speak_all.
  virtual void prepare() {}
};

// eSpeak NG through its C library, in narrate-speaker (render/espeak_speaker.h): a
// process of its own, started on prepare or on first speech, never otherwise (not when
// everything comes from the cache), which forks a worker per utterance, at most `jobs`
// at a time. speak_all throws Error when it cannot start, or eSpeak NG cannot (e.g. its
// data is missing); a speaker that ended, or was left mid-batch by a failure on this
// side, is replaced by a new one on the next call.
std::unique_ptr<SpeechEngine> make_espeak_engine(unsigned jobs);

}  // namespace narrate
