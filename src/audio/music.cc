#include "audio/music.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <vector>

#include "audio/limiter.h"
#include "audio/loudness.h"
#include "audio/resampler.h"
#include "audio/sound_file_reader.h"
#include "util/error.h"

namespace narrate {

AudioBuffer load_music(const std::string& path, int sample_rate, double lufs, double ceiling_db) {
  constexpr double kMaxMusicSeconds = 3600;  // a jingle or a bed; decoded whole into memory
  const SoundFile file = read_sound_file(path, kMaxMusicSeconds);
  if (file.channels < 1 || file.samples.empty()) throw Error("cannot use '" + path + "' as music: it holds no audio");
  std::vector<int16_t> mono(file.samples.size() / static_cast<size_t>(file.channels));
  for (size_t frame = 0; frame < mono.size(); ++frame) {
    int sum = 0;
    for (int c = 0; c < file.channels; ++c) sum += file.samples[frame * static_cast<size_t>(file.channels) + static_cast<size_t>(c)];
    mono[frame] = static_cast<int16_t>(sum / file.channels);
  }
  std::vector<int16_t> resampled;
  if (file.sample_rate == sample_rate) {
    resampled = std::move(mono);
  } else {
    Resampler resampler(file.sample_rate, sample_rate);
    const auto first = resampler.process(mono);
    resampled.assign(first.begin(), first.end());
    const auto rest = resampler.finish();
    resampled.insert(resampled.end(), rest.begin(), rest.end());
  }
  AudioBuffer out;
  const double loudness = integrated_loudness(resampled, sample_rate);
  double gain = loudness > -70 ? lufs - loudness : 0;
  amplify_limited(resampled, gain, ceiling_db, sample_rate, out);
  gain += lufs - integrated_loudness(out, sample_rate);
  amplify_limited(resampled, gain, ceiling_db, sample_rate, out);
  return out;
}

void mix_under(std::span<const int16_t> speech, std::span<const int16_t> bed, double bed_db, double duck_db,
               int sample_rate, AudioBuffer& out) {
  out.assign(speech.begin(), speech.end());
  if (bed.empty()) return;
  const double level = std::pow(10.0, bed_db / 20.0);
  const double ducked = std::pow(10.0, (bed_db - duck_db) / 20.0);
  const double step = (level - ducked) / (0.150 * sample_rate);
  // Speech is "audible" within 100 ms of a sample above -40 dBFS.
  const auto hold = static_cast<size_t>(0.100 * sample_rate);
  size_t last_loud = static_cast<size_t>(-1);
  double gain = level;
  for (size_t i = 0; i < speech.size(); ++i) {
    if (std::abs(static_cast<int>(speech[i])) > 328) last_loud = i;
    const bool speaking = last_loud != static_cast<size_t>(-1) && i - last_loud < hold;
    gain = speaking ? std::max(ducked, gain - step) : std::min(level, gain + step);
    const double mixed = speech[i] + bed[i % bed.size()] * gain;
    out[i] = static_cast<int16_t>(std::clamp(mixed, -32768.0, 32767.0));
  }
}

}  // namespace narrate
