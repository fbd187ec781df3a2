#include "render/render_script.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "audio/limiter.h"
#include "audio/loudness.h"

namespace narrate {
namespace {

// Samples at or below this magnitude (-54 dBFS) are the engine's quiet tail, not speech.
constexpr int kQuiet = 64;

constexpr const char* kCalibrationText =
    "The city council met on Tuesday to discuss the budget, and the mayor said that schools and roads "
    "could not wait any longer.";

}  // namespace

RenderReport render_script(const Script& script, SpeechEngine& engine, AudioSink& sink, const RenderSettings& settings) {
  RenderReport report;
  report.sample_rate = engine.sample_rate();
  report.parts.reserve(script.utterances.size());
  const std::vector<int16_t> no_sound(static_cast<size_t>(report.sample_rate), 0);  // one second
  engine.speak_all(script.utterances, [&](size_t index, const SpeechOutput& speech) {
    const Utterance& utterance = script.utterances[index];
    RenderedPart part;
    part.start = report.total_samples;
    part.speech = speech.samples.size();
    part.audible = part.speech;
    while (part.audible > 0 && std::abs(speech.samples[part.audible - 1]) <= kQuiet) --part.audible;
    for (const SpeechEvent& event : speech.events) {
      if (event.kind == SpeechEvent::sentence) part.sentences.push_back(event);
    }
    const auto gain = settings.voice_gain_db.find(utterance.voice.id);
    if (gain == settings.voice_gain_db.end()) {
      sink.write(speech.samples);
    } else {
      part.gain_db = gain->second;
      amplify_limited(speech.samples, part.gain_db, settings.peak_ceiling_db, report.sample_rate,
                      [&sink](std::span<const int16_t> piece) { sink.write(piece); });
    }
    part.pause = static_cast<uint64_t>(utterance.pause_after_ms) * report.sample_rate / 1000;
    for (uint64_t left = part.pause; left > 0;) {
      const size_t chunk = left < no_sound.size() ? static_cast<size_t>(left) : no_sound.size();
      sink.write(std::span<const int16_t>(no_sound.data(), chunk));
      left -= chunk;
    }
    report.total_samples += part.speech + part.pause;
    report.parts.push_back(std::move(part));
    if (settings.progress) {
      settings.progress(index + 1, script.utterances.size(), static_cast<double>(report.total_samples) / report.sample_rate);
    }
  });
  return report;
}

std::map<std::string, double> calibrate_voices(const Script& script, SpeechEngine& engine, double target_lufs,
                                               double peak_ceiling_db) {
  Script calibration;
  for (const Utterance& utterance : script.utterances) {
    const bool seen = std::any_of(calibration.utterances.begin(), calibration.utterances.end(),
                                  [&](const Utterance& u) { return u.voice.id == utterance.voice.id; });
    if (seen) continue;
    Utterance probe;
    probe.label = "calibration of " + utterance.voice.id;
    probe.voice = utterance.voice;
    probe.text = kCalibrationText;
    calibration.utterances.push_back(std::move(probe));
  }
  std::map<std::string, double> gains;
  AudioBuffer limited;
  const int rate = engine.sample_rate();
  engine.speak_all(calibration.utterances, [&](size_t index, const SpeechOutput& speech) {
    // Limiting takes some loudness back: measure again after it, and correct.
    double gain = 0;
    for (int round = 0; round < 3; ++round) {
      amplify_limited(speech.samples, gain, peak_ceiling_db, rate, limited);
      const double loudness = integrated_loudness(limited, rate);
      if (loudness <= -70) break;
      gain += target_lufs - loudness;
    }
    // Rounded to the precision a loudness table keeps, so that a gain read from one and
    // a gain measured now give the same samples.
    gains[calibration.utterances[index].voice.id] = std::round(gain * 1e4) / 1e4;
  });
  return gains;
}

}  // namespace narrate
