#include "render/render_script.h"

namespace narrate {

RenderReport render_script(const Script& script, SpeechEngine& engine, AudioSink& sink) {
  RenderReport report;
  report.sample_rate = engine.sample_rate();
  report.parts.reserve(script.utterances.size());
  const std::vector<int16_t> no_sound(static_cast<size_t>(report.sample_rate), 0);  // one second
  engine.speak_all(script.utterances, [&](size_t index, std::span<const int16_t> samples) {
    RenderedPart part;
    part.start = report.total_samples;
    part.speech = samples.size();
    sink.write(samples);
    part.pause = static_cast<uint64_t>(script.utterances[index].pause_after_ms) * report.sample_rate / 1000;
    for (uint64_t left = part.pause; left > 0;) {
      const size_t chunk = left < no_sound.size() ? static_cast<size_t>(left) : no_sound.size();
      sink.write(std::span<const int16_t>(no_sound.data(), chunk));
      left -= chunk;
    }
    report.total_samples += part.speech + part.pause;
    report.parts.push_back(part);
  });
  return report;
}

}  // namespace narrate
