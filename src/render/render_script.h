// Rendering a Script: speech and pauses, in order, into an AudioSink.
#pragma once

#include <cstdint>
#include <vector>

#include "audio/audio_sink.h"
#include "render/speech_engine.h"
#include "script/script.h"

namespace narrate {

// Where each utterance landed in the output, in samples.
struct RenderedPart {
  uint64_t start = 0;   // first sample of its speech
  uint64_t speech = 0;  // samples of speech
  uint64_t pause = 0;   // samples of silence written after it
};

struct RenderReport {
  int sample_rate = 0;
  std::vector<RenderedPart> parts;  // one per utterance, in script order
  uint64_t total_samples = 0;

  double seconds() const { return sample_rate > 0 ? static_cast<double>(total_samples) / sample_rate : 0.0; }
};

// Speaks the script with `engine` and streams it into `sink`: each utterance's samples,
// then its pause_after_ms of digital silence. Only the utterances in flight are held in
// memory. Throws Error from the engine or the sink.
RenderReport render_script(const Script& script, SpeechEngine& engine, AudioSink& sink);

}  // namespace narrate
