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
  // Its true peak is 3 dB above its samples.
  const int rate = 22050;
  const std::vector<int16_t> samples = test::chord_with_bursts(rate, 3);
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
