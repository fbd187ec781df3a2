// SoundFileWriter's read-back (the true peak of a finished file, as a player decodes it)
// and its Ogg pages.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "audio/audio_format.h"
#include "audio/loudness.h"
#include "audio/ogg_serial.h"
#include "audio/sound_file_reader.h"
#include "audio/sound_file_writer.h"
#include "test_support.h"

using namespace narrate;

namespace {

// A tone at a quarter of the sample rate, sampled 45 degrees off its crests: every sample
// is at 0.707 of the amplitude, so the true peak is 3 dB above the sample peak.
std::vector<int16_t> quarter_rate_tone(int rate, double seconds, double amplitude) {
  std::vector<int16_t> samples(static_cast<size_t>(rate * seconds));
  for (size_t i = 0; i < samples.size(); ++i) {
    samples[i] = static_cast<int16_t>(std::lround(amplitude * 32767 * std::sin(M_PI / 2 * i + M_PI / 4)));
  }
  return samples;
}

}  // namespace

TEST_CASE("the decoded true peak is what a player decodes, measured before the file is kept") {
  test::TempDir dir;
  const int rate = 22050;
  const std::vector<int16_t> tone = quarter_rate_tone(rate, 2.0, 0.5);  // samples at -9 dBFS, true peak -6
  const double written = true_peak_db(tone, rate);
  CHECK(written == doctest::Approx(-6.0).epsilon(0.05));
  for (const std::string format : {"wav", "flac", "ogg", "opus", "mp3"}) {
    CAPTURE(format);
    const std::string path = dir.file("tone." + format);
    SoundFileWriter writer(path, format_for_path(path), rate);
    writer.write(tone);
    const std::optional<double> decoded = writer.decoded_true_peak_db();
    REQUIRE(decoded);
    CHECK_FALSE(test::file_exists(path));  // measured before it is kept
    writer.commit();
    const SoundFile sound = read_sound_file(path);
    CHECK(*decoded == doctest::Approx(true_peak_db(sound.samples, sound.sample_rate)).epsilon(0.001));
    if (format == "wav" || format == "flac") CHECK(*decoded == doctest::Approx(written).epsilon(0.001));
    else CHECK(*decoded > -12.0);  // a lossy copy of the same tone
  }
}

TEST_CASE("Ogg files carry narrate's serial number on every page, with valid checksums, and decode whole") {
  test::TempDir dir;
  const int rate = 22050;
  const std::vector<int16_t> tone = quarter_rate_tone(rate, 3.0, 0.25);
  for (const std::string format : {"ogg", "opus"}) {
    CAPTURE(format);
    const std::string path = dir.file("tone." + format);
    SoundFileWriter writer(path, format_for_path(path), rate);
    writer.write(tone);
    writer.commit();
    const std::string bytes = test::read_file(path);
    const auto byte = [&](size_t at) { return static_cast<unsigned char>(bytes.at(at)); };
    const auto le32 = [&](size_t at) {
      return static_cast<uint32_t>(byte(at)) | static_cast<uint32_t>(byte(at + 1)) << 8 |
             static_cast<uint32_t>(byte(at + 2)) << 16 | static_cast<uint32_t>(byte(at + 3)) << 24;
    };
    size_t pages = 0;
    for (size_t at = 0; at < bytes.size(); ++pages) {
      CAPTURE(at);
      REQUIRE(bytes.compare(at, 4, "OggS") == 0);
      const size_t header = 27 + byte(at + 26);
      size_t body = 0;
      for (size_t s = 27; s < header; ++s) body += byte(at + s);
      CHECK(le32(at + 14) == kOggSerialNumber);
      std::string page = bytes.substr(at, header + body);
      const uint32_t checksum = le32(at + 22);
      page.replace(22, 4, 4, '\0');
      CHECK(ogg_crc(reinterpret_cast<const unsigned char*>(page.data()), page.size()) == checksum);
      at += header + body;
    }
    CHECK(pages > 3);
    const SoundFile sound = read_sound_file(path);
    CHECK(sound.seconds() == doctest::Approx(3.0).epsilon(0.01));
  }
}
