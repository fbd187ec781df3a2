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
namespace {

// How often bring_to_level amplifies and limits at most, how near the loudness asked for it
// has to come, how far under the ceiling it aims the true peak once over it, and how much
// more gain than unlimited music would need it gives to make up for limiting.
constexpr int kMusicPasses = 8;
constexpr double kLoudnessToleranceDb = 0.1;
constexpr double kPeakMarginDb = 0.1;
constexpr double kMaxLimitedGainDb = 6;

// `music` amplified to `lufs` integrated loudness (as near as limiting allows), its true
// peak limited at `ceiling_db`.
AudioBuffer bring_to_level(std::span<const int16_t> music, int sample_rate, double lufs, double ceiling_db) {
  // The limiter bounds sample peaks; the peaks between them can be higher (3 dB for a tone
  // at a quarter of the rate sampled off its crests): while the true peak is over the
  // ceiling, the next pass limits that much lower. Limiting also takes loudness away: the
  // gain is corrected by the loudness missing, scaled by how much the last correction gave
  // (secant steps), and never more than kMaxLimitedGainDb above the unlimited gain.
  AudioBuffer out;
  const double loudness = integrated_loudness(music, sample_rate);
  const double unlimited_gain = loudness > -70 ? lufs - loudness : 0;
  double gain = unlimited_gain;
  double limit_db = ceiling_db;
  double last_gain = 0;
  double last_short_db = 0;
  bool have_last = false;  // an earlier pass at the same limit
  for (int pass = 1;; ++pass) {
    amplify_limited(music, gain, limit_db, sample_rate, out);
    const double over_db = true_peak_db(out, sample_rate) - ceiling_db;
    const double short_db = lufs - integrated_loudness(out, sample_rate);
    if (pass == kMusicPasses || (over_db <= 0 && std::abs(short_db) < kLoudnessToleranceDb)) return out;
    double slope = 1;  // loudness gained per dB of gain
    if (have_last && gain != last_gain) slope = std::clamp((last_short_db - short_db) / (gain - last_gain), 0.1, 1.0);
    have_last = over_db <= 0;
    last_gain = gain;
    last_short_db = short_db;
    const double next_limit_db = over_db > 0 ? limit_db - over_db - kPeakMarginDb : limit_db;
    const double next_gain = std::min(gain + short_db / slope, unlimited_gain + kMaxLimitedGainDb);
    if (next_limit_db == limit_db && next_gain == gain) return out;  // as loud as it may get
    limit_db = next_limit_db;
    gain = next_gain;
  }
}

}  // namespace

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
  return bring_to_level(resampled, sample_rate, lufs, ceiling_db);
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
