// Rendering a Script: speech and pauses, in order, into an AudioSink.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "audio/audio_sink.h"
#include "render/speech_engine.h"
#include "script/script.h"

namespace narrate {

// Where each utterance landed in the output, in samples.
struct RenderedPart {
  uint64_t start = 0;                  // first sample of its speech
  uint64_t speech = 0;                 // samples of speech
  uint64_t pause = 0;                  // samples of silence written after it
  uint64_t audible = 0;                // samples of speech up to its last audible one
  double gain_db = 0;                  // gain applied to its speech (before limiting)
  std::vector<SpeechEvent> sentences;  // where its sentences start, from `start`
};

struct RenderReport {
  int sample_rate = 0;
  std::vector<RenderedPart> parts;  // one per utterance, in script order
  uint64_t total_samples = 0;

  double seconds() const { return sample_rate > 0 ? static_cast<double>(total_samples) / sample_rate : 0.0; }
};

// Called after each utterance is written: how many are done, of how many, and the
// audio written so far.
using RenderProgress = std::function<void(size_t done, size_t total, double audio_seconds)>;

// The true peak (between samples, as decoded) every output keeps under, in dBTP.
constexpr double kTruePeakLimitDb = -1.0;
// Sample peaks are limited this far below full scale, which keeps true peaks under
// kTruePeakLimitDb in PCM; lossy encoders overshoot more and start at -4 dB (their
// files are measured after decoding, and made quieter where that was not enough).
constexpr double kPcmPeakCeilingDb = -2.0;
// The integrated loudness renders aim at unless told otherwise (podcast practice).
constexpr double kDefaultLoudnessLufs = -16.0;
constexpr double kLossyPeakCeilingDb = -4.0;

struct RenderSettings {
  std::map<std::string, double> voice_gain_db;  // by voice id; a voice not in it is left as it is
  double peak_ceiling_db = kPcmPeakCeilingDb;   // for amplified voices
  RenderProgress progress;                      // optional
};

// Speaks the script with `engine` and streams it into `sink`: each utterance's samples
// (amplified by its voice's gain, peaks limited at kPeakCeilingDb), then its
// pause_after_ms of digital silence. Only the utterances in flight are held in memory. Throws Error
// from the engine or the sink.
RenderReport render_script(const Script& script, SpeechEngine& engine, AudioSink& sink,
                           const RenderSettings& settings = {});

// The gain in dB that brings each voice of `script` to `target_lufs` integrated
// loudness after limiting, measured on the same calibration paragraph spoken by each
// voice (eSpeak NG's voices and variants differ by several dB).
std::map<std::string, double> calibrate_voices(const Script& script, SpeechEngine& engine, double target_lufs,
                                               double peak_ceiling_db);

}  // namespace narrate
