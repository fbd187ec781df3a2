// `narrate episode` with music: the same bytes on every build, true peaks under the limit
// in every format once decoded, who the transcript says is speaking.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "audio/audio_format.h"
#include "audio/loudness.h"
#include "audio/sound_file_reader.h"
#include "audio/sound_file_writer.h"
#include "test_support.h"

using namespace narrate;
using test::run_narrate;

namespace {

const std::vector<std::string> kFormats = {"wav", "flac", "ogg", "opus", "mp3"};

// Music made here, at 44.1 kHz so that the episode resamples it: a chord that swells and
// fades, `seconds` long.
void write_chord(const std::string& path, double seconds) {
  const int rate = 44100;
  std::vector<int16_t> samples(static_cast<size_t>(rate * seconds));
  for (size_t i = 0; i < samples.size(); ++i) {
    const double t = static_cast<double>(i) / rate;
    const double envelope = std::sin(M_PI * t / seconds);
    double value = 0;
    for (const double hz : {261.6, 329.6, 392.0}) value += std::sin(2 * M_PI * hz * t);
    samples[i] = static_cast<int16_t>(std::lround(envelope * 9000 * value));
  }
  SoundFileWriter writer(path, AudioFormat::wav, rate);
  writer.write(samples);
  writer.commit();
}

// Music whose true peaks sit far above its sample peaks (test::chord_with_bursts).
// Brought to the episode's loudness, the bursts are limited hard, and a limiter that
// looks at samples alone lets their peaks through.
void write_chord_with_bursts(const std::string& path, double seconds) {
  const int rate = 22050;
  SoundFileWriter writer(path, AudioFormat::wav, rate);
  writer.write(test::chord_with_bursts(rate, seconds));
  writer.commit();
}

// A short episode in `dir`: two one-paragraph stories, the second read by a narrator
// voice of its own, with `music` (a file in `dir`) as intro, bed and outro.
void write_episode(const test::TempDir& dir, const std::string& music, const std::string& host = "host") {
  test::write_file(dir.file("one.txt"),
                   "Bridge reopens after repairs\n\nThe old bridge reopened on Monday. “It feels like a new town,” said "
                   "Ana Ruiz, who drives across it every day.\n");
  test::write_file(dir.file("two.txt"),
                   "Library extends its hours\n\nThe library will stay open until nine. “Students asked for it,” said "
                   "Tom Berg, the director.\n");
  test::write_file(dir.file("show.toml"),
                   "[show]\ntitle = \"Test Desk\"\nauthor = \"Tests\"\ndescription = \"Short news\"\n"
                   "base_url = \"https://example.org/e/\"\n\n"
                   "[episode]\ntitle = \"Episode 1\"\nnumber = 1\ndate = 2024-06-11\n\n"
                   "[voices]\nhost = \"" + host + "\"\n\n"
                   "[script]\nintro = \"Welcome to {show}.\"\noutro = \"That was {show}.\"\n\n"
                   "[music]\nintro = \"" + music + "\"\nbed = \"" + music + "\"\noutro = \"" + music + "\"\n\n"
                   "[[stories]]\nfile = \"one.txt\"\n\n"
                   "[[stories]]\nfile = \"two.txt\"\nnarrator = \"male-1\"\n");
}

// Whether two files hold the same bytes (a failure then names the files, not their bytes).
bool same_bytes(const std::string& a, const std::string& b) { return test::read_file(a) == test::read_file(b); }

}  // namespace

TEST_CASE("an episode with music is the same, byte for byte, on every build: audio in every format, chapters, transcript, feed") {
  test::TempDir dir;
  write_chord(dir.file("chord.wav"), 2.0);
  write_episode(dir, "chord.wav");
  std::filesystem::create_directory(dir.file("first"));
  std::filesystem::create_directory(dir.file("second"));
  for (const std::string& format : kFormats) {
    CAPTURE(format);
    // The first build fills the render cache, the second reads it.
    for (const std::string build : {"first", "second"}) {
      const auto result = run_narrate("episode show.toml -o " + build + "/ep." + format + " --feed " + build +
                                          "/feed.xml -q",
                                      dir.path());
      REQUIRE(result.status == 0);
    }
    for (const std::string& name : {"ep." + format, std::string("ep.chapters.json"), std::string("ep.vtt"), std::string("feed.xml")}) {
      CAPTURE(name);
      CHECK(same_bytes(dir.file("first/" + name), dir.file("second/" + name)));
    }
  }
}

TEST_CASE("a rendered article resampled for Opus, or in Ogg, is the same, byte for byte, on every run") {
  test::TempDir dir;
  test::write_file(dir.file("a.txt"), "Rain is expected on Tuesday. “Bring an umbrella,” said Ana Ruiz.\n");
  for (const std::string format : {"ogg", "opus"}) {
    CAPTURE(format);
    REQUIRE(run_narrate("render a.txt -o first." + format + " -q", dir.path()).status == 0);
    REQUIRE(run_narrate("render a.txt -o second." + format + " -q", dir.path()).status == 0);
    CHECK(same_bytes(dir.file("first." + format), dir.file("second." + format)));
  }
}

TEST_CASE("an episode keeps its true peak under -1 dBTP once decoded, at -16 LUFS, in every format") {
  test::TempDir dir;
  write_chord_with_bursts(dir.file("music.wav"), 3.0);
  write_episode(dir, "music.wav");
  for (const std::string& format : kFormats) {
    CAPTURE(format);
    REQUIRE(run_narrate("episode show.toml -o ep." + format + " -q", dir.path()).status == 0);
    const SoundFile sound = read_sound_file(dir.file("ep." + format));
    CHECK(true_peak_db(sound.samples, sound.sample_rate) <= -1.0);
    CHECK(integrated_loudness(sound.samples, sound.sample_rate) == doctest::Approx(-16.0).epsilon(0.0625));  // ±1 LU
  }
}

TEST_CASE("the transcript calls the narrator 'Narrator' and the host 'Host' whatever voices read them") {
  test::TempDir dir;
  write_chord(dir.file("chord.wav"), 1.0);
  write_episode(dir, "chord.wav", "female-2");  // the second story's narrator is male-1
  REQUIRE(run_narrate("episode show.toml -o ep.wav -q", dir.path()).status == 0);
  const std::string vtt = test::read_file(dir.file("ep.vtt"));
  CHECK(vtt.find("<v Host>Welcome to Test Desk.") != std::string::npos);
  CHECK(vtt.find("<v Narrator>The old bridge reopened on Monday.") != std::string::npos);
  CHECK(vtt.find("<v Narrator>The library will stay open until nine.") != std::string::npos);
  CHECK(vtt.find("<v Tom Berg>“Students asked for it,”") != std::string::npos);
  CHECK(vtt.find("<v Host>That was Test Desk.") != std::string::npos);
  CHECK(vtt.find("British") == std::string::npos);  // no voice's name: male-1 and female-2 are "British ..."
}
