// RenderRun::write: files kept under the true peak limit once decoded, made again quieter
// while over it.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "audio/loudness.h"
#include "audio/sound_file_reader.h"
#include "commands/audio_options.h"
#include "test_support.h"

using namespace narrate;

namespace {

// A tone at a quarter of the rate, sampled 45 degrees off its crests, its samples peaking
// at `peak_db`: its true peak is 3 dB higher.
std::vector<int16_t> overshooting_tone(int rate, double peak_db) {
  std::vector<int16_t> samples(static_cast<size_t>(rate));
  const double amplitude = 32767 * std::pow(10.0, peak_db / 20.0) / std::sin(M_PI / 4);
  for (size_t i = 0; i < samples.size(); ++i) {
    samples[i] = static_cast<int16_t>(std::lround(amplitude * std::sin(M_PI / 2 * static_cast<double>(i) + M_PI / 4)));
  }
  return samples;
}

}  // namespace

TEST_CASE("RenderRun::write makes a file again quieter, voices and the rest alike, while its decoded true peak is over -1 dBTP") {
  test::TempDir dir;
  const test::ScopedEnv cache("XDG_CACHE_HOME", dir.file("cache"));
  AudioOptions options;
  options.no_cache = true;
  RenderRun run(options, LoudnessTable{});
  RenderSettings settings;
  settings.voice_gain_db["voice"] = -3;  // a tone whose true peak is at 0 dBTP
  for (const PeakCheck check : {PeakCheck::every_format, PeakCheck::lossy}) {
    CAPTURE(static_cast<int>(check));
    std::vector<double> voice_gains, quieter;
    const std::string path = dir.file(check == PeakCheck::lossy ? "lossy-only.wav" : "every.wav");
    run.write(path, AudioFormat::wav, {}, settings, check, [&](AudioSink& sink, const RenderSettings& attempt, double quieter_db) {
      voice_gains.push_back(attempt.voice_gain_db.at("voice"));
      quieter.push_back(quieter_db);
      CHECK(attempt.peak_ceiling_db - settings.peak_ceiling_db == doctest::Approx(-quieter_db));
      // What a voice would say at its gain, and music made `quieter_db` quieter: the same.
      sink.write(overshooting_tone(run.engine().sample_rate(), -3 - quieter_db));
    })->commit();
    const SoundFile sound = read_sound_file(path);
    const double peak = true_peak_db(sound.samples, sound.sample_rate);
    if (check == PeakCheck::lossy) {  // a WAV file is not measured then
      CHECK(quieter == std::vector<double>{0});
      CHECK(peak > -0.5);
      continue;
    }
    REQUIRE(quieter.size() == 2);
    CHECK(quieter[0] == 0);
    CHECK(quieter[1] > 1.0);
    CHECK(voice_gains[1] == doctest::Approx(-3 - quieter[1]));
    CHECK(peak <= -1.0);
    CHECK(peak > -1.5);
  }
}
