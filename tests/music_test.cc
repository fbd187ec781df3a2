// Music for episodes: brought to a loudness with its true peak under a ceiling.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include "audio/loudness.h"
#include "audio/music.h"
#include "audio/sound_file_writer.h"
#include "test_support.h"

using namespace narrate;

TEST_CASE("music is brought to its loudness with its true peak, not only its samples, under the ceiling") {
  test::TempDir dir;
  // A quiet chord, and every half second a 2 ms burst of a loud tone at a quarter of the
  // rate, sampled 45 degrees off its crests: its true peak is 3 dB above its samples.
  const int rate = 22050;
  std::vector<int16_t> samples(static_cast<size_t>(rate * 3));
  for (size_t i = 0; i < samples.size(); ++i) {
    const double t = static_cast<double>(i) / rate;
    double value = 0;
    for (const double hz : {261.6, 329.6, 392.0}) value += 1500 * std::sin(2 * M_PI * hz * t);
    if (i % (rate / 2) < 44) value += 30000 * std::sin(M_PI / 2 * static_cast<double>(i) + M_PI / 4);
    samples[i] = static_cast<int16_t>(std::lround(std::clamp(value, -32768.0, 32767.0)));
  }
  const std::string path = dir.file("music.wav");
  SoundFileWriter writer(path, AudioFormat::wav, rate);
  writer.write(samples);
  writer.commit();
  for (const double ceiling : {-2.0, -4.0}) {
    CAPTURE(ceiling);
    for (const int out_rate : {22050, 16000}) {
      CAPTURE(out_rate);
      const AudioBuffer music = load_music(path, out_rate, -16, ceiling);
      CHECK(music.size() == samples.size() * static_cast<size_t>(out_rate) / rate);
      CHECK(true_peak_db(music, out_rate) <= ceiling);
      CHECK(integrated_loudness(music, out_rate) == doctest::Approx(-16).epsilon(0.02));  // ±0.3 LU
    }
  }
}
