#include <doctest/doctest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>

#include "audio/silence.h"
#include "audio/sound_file_reader.h"
#include "render/loudness_table.h"
#include "render/render_cache.h"
#include "render/render_script.h"
#include "render/speech_engine.h"
#include "test_support.h"
#include "util/error.h"
#include "voice/voice_library.h"

using namespace narrate;

namespace {

VoiceProfile voice(int pitch) {
  VoiceProfile v;
  v.id = "v";
  v.espeak_voice = "en-us";
  v.variant = "m3";
  v.pitch = pitch;
  return v;
}

}  // namespace

TEST_CASE("a loudness table reads back what it wrote, and finds a gain only under its exact key") {
  LoudnessTable table;
  const std::string key = LoudnessTable::key_for("espeak-ng 1.51", voice(45), -16, -2);
  CHECK(key == "espeak-ng 1.51\ten-us+m3 rate=175 pitch=45 range=50 volume=100 gap=0\t-16.00\t-2.00");
  table.set(key, 6.1705);
  table.set(LoudnessTable::key_for("espeak-ng 1.51", voice(45), -16, -4), 7.9114);

  LoudnessTable read;
  read.add_text("# comment\n\n" + table.format(), "loudness.tsv");
  CHECK(read.size() == 2);
  CHECK(read.find(key) == 6.1705);
  CHECK(read.find(LoudnessTable::key_for("espeak-ng 1.51", voice(45), -16.0001, -2)) == 6.1705);  // same to 0.01
  CHECK_FALSE(read.find(LoudnessTable::key_for("espeak-ng 1.51", voice(46), -16, -2)));   // profile edited
  CHECK_FALSE(read.find(LoudnessTable::key_for("espeak-ng 1.52", voice(45), -16, -2)));   // another engine
  CHECK_FALSE(read.find(LoudnessTable::key_for("espeak-ng 1.51", voice(45), -19, -2)));   // another target

  read.add_text(key + "\t1.5\r\n", "user.tsv");  // a later file takes precedence
  CHECK(read.find(key) == 1.5);
}

TEST_CASE("a malformed loudness table line is an error naming file and line, a missing file is empty") {
  LoudnessTable table;
  CHECK_THROWS_WITH_AS(table.add_text("# ok\nespeak-ng 1.51\ten-us\t-16\t-2\n", "voices/loudness.tsv"),
                       "voices/loudness.tsv:2: expected ENGINE, VOICE, TARGET LUFS, CEILING dB and GAIN dB separated by tabs",
                       Error);
  CHECK_THROWS_AS(table.add_text("e\tv\t-16\t-2\tloud\n", "t"), Error);
  CHECK_THROWS_AS(table.add_text("\tv\t-16\t-2\t1\n", "t"), Error);
  table.add_file("/nonexistent/loudness.tsv");
  CHECK(table.size() == 0);
}

TEST_CASE("the shipped loudness table holds every shipped voice, and rendering without it gives the same bytes") {
  VoiceLibrary voices;
  voices.add_directory(test::source_path("voices"));
  LoudnessTable table;
  table.add_file(test::source_path("voices/loudness.tsv"));
  // Shipped for the tested systems' eSpeak NG and data (Debian 12 and 13): where the
  // table has this engine at all, it has every voice; elsewhere the gains are measured.
  const std::string engine = make_espeak_engine(1)->version();
  const bool shipped_here = table.format().find(engine + "\t") != std::string::npos;
  if (!shipped_here) MESSAGE("no shipped gains for " << engine << ": they are measured");
  for (const VoiceProfile& profile : shipped_here ? voices.all() : std::vector<VoiceProfile>{}) {
    CAPTURE(profile.id);
    CHECK(table.find(LoudnessTable::key_for(engine, profile, kDefaultLoudnessLufs, kPcmPeakCeilingDb)));
    CHECK(table.find(LoudnessTable::key_for(engine, profile, kDefaultLoudnessLufs, kLossyPeakCeilingDb)));
  }

  // The same voices without the table: every gain is measured during the render.
  test::TempDir dir;
  std::filesystem::create_directory(dir.file("bare"));
  for (const auto& entry : std::filesystem::directory_iterator(test::source_path("voices"))) {
    if (entry.path().filename() != "loudness.tsv") std::filesystem::copy(entry.path(), dir.file("bare"));
  }
  const std::string sample = "'" + test::source_path("samples/putin-north-korea.txt") + "'";
  REQUIRE(test::run_narrate("render " + sample + " -o table.wav --no-cache -q", dir.path()).status == 0);
  {
    const test::ScopedEnv bare("NARRATE_VOICES_DIR", dir.file("bare"));
    REQUIRE(test::run_narrate("render " + sample + " -o measured.wav --no-cache -q", dir.path()).status == 0);
  }
  CHECK(test::read_file(dir.file("table.wav")) == test::read_file(dir.file("measured.wav")));
}

TEST_CASE("a loudness table beside the user's voices overrides the shipped gains") {
  test::TempDir dir;
  const std::string line = "preview --text 'The council met on Tuesday to discuss the budget.' --voice narrator --no-cache -q ";
  REQUIRE(test::run_narrate(line + "-o shipped.wav", dir.path()).status == 0);
  VoiceLibrary voices;
  voices.add_directory(test::source_path("voices"));
  LoudnessTable quieter;
  const std::string engine = make_espeak_engine(1)->version();  // this machine's eSpeak NG and data
  quieter.set(LoudnessTable::key_for(engine, voices.get("narrator"), kDefaultLoudnessLufs, kPcmPeakCeilingDb), -6.0);
  std::filesystem::create_directory(dir.file("mine"));
  test::write_file(dir.file("mine/loudness.tsv"), quieter.format());
  REQUIRE(test::run_narrate(line + "--voices mine -o mine.wav", dir.path()).status == 0);
  const double shipped = rms_dbfs(read_sound_file(dir.file("shipped.wav")).samples);
  const double mine = rms_dbfs(read_sound_file(dir.file("mine.wav")).samples);
  CHECK(shipped - mine > 10);  // the shipped gain is about +6 dB; this one -6 dB
  CHECK(shipped - mine < 14);
}

TEST_CASE("voices --calibrate prints the shipped table's part for this engine: every shipped voice, both ceilings, same gains") {
  test::TempDir dir;
  const test::RunResult run = test::run_narrate("voices --calibrate", dir.path());
  REQUIRE(run.status == 0);
  LoudnessTable printed;
  printed.add_text(run.out, "voices --calibrate");
  VoiceLibrary voices;
  voices.add_directory(test::source_path("voices"));
  CHECK(printed.size() == 2 * voices.all().size());
  // The shipped table holds each supported engine's gains (eSpeak NG 1.51 and 1.52, with
  // the data of their Debian packages); this engine's must all be there, unchanged.
  LoudnessTable shipped;
  shipped.add_file(test::source_path("voices/loudness.tsv"));
  const std::string shipped_lines = shipped.format();
  std::istringstream lines(printed.format());
  int checked = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || line[0] == '#') continue;
    CHECK_MESSAGE(shipped_lines.find(line + "\n") != std::string::npos, "not shipped: " << line);
    ++checked;
  }
  CHECK(checked == 2 * static_cast<int>(voices.all().size()));
}

TEST_CASE("numbers from outside are checked: NaN, infinite or absurd gains and targets are refused") {
  for (const std::string gain : {"nan", "inf", "-inf", "1e300", "41", "-40.5"}) {
    CAPTURE(gain);
    LoudnessTable table;
    CHECK_THROWS_WITH_AS(table.add_text("# c\ne\tv\t-16.00\t-2.00\t" + gain + "\n", "t.tsv"),
                         "t.tsv:2: target, ceiling and gain must be finite, the gain within -40.00 and 40.00 dB", Error);
  }
  LoudnessTable table;
  CHECK_THROWS_AS(table.add_text("e\tv\tnan\t-2.00\t1\n", "t.tsv"), Error);
  CHECK_THROWS_AS(table.add_text("e\tv\t-16.00\tinf\t1\n", "t.tsv"), Error);
  CHECK_NOTHROW(table.add_text("e\tv\t-16.00\t-2.00\t-40\n", "t.tsv"));

  test::TempDir dir;
  test::write_file(dir.file("a.txt"), "Short article.\n");
  for (const std::string value : {"nan", "NaN", "inf", "1e308", "-1e308"}) {
    CAPTURE(value);
    const test::RunResult run = test::run_narrate("render a.txt -o a.wav --loudness " + value, dir.path());
    CHECK(run.status == 2);
    CHECK_FALSE(test::file_exists(dir.file("a.wav")));
  }
}

TEST_CASE("a damaged cached gain (NaN, 1e300) is measured again, never applied") {
  test::TempDir dir;
  // A voice the shipped table does not have: its gain is measured, then cached.
  std::filesystem::create_directory(dir.file("mine"));
  std::string profile = test::read_file(test::source_path("voices/narrator.toml"));
  profile.replace(profile.find("id = \"narrator\""), 15, "id = \"mine\"");
  profile.replace(profile.find("rate = 165"), 10, "rate = 171");
  test::write_file(dir.file("mine/mine.toml"), profile);
  test::write_file(dir.file("a.txt"), "The council met on Tuesday to discuss the budget.\n");
  const std::string render = "render a.txt --voices mine --narrator mine -q -o ";
  REQUIRE(test::run_narrate(render + "first.wav", dir.path()).status == 0);
  const std::vector<int16_t> first = read_sound_file(dir.file("first.wav")).samples;

  VoiceLibrary voices;
  voices.add_directory(dir.file("mine"));
  const std::string key = LoudnessTable::key_for(make_espeak_engine(1)->version(), voices.get("mine"),
                                                 kDefaultLoudnessLufs, kPcmPeakCeilingDb);
  const RenderCache cache(dir.file(".cache/narrate"), 1 << 30);
  REQUIRE(cache.load_number(key));  // the measured gain is there
  for (const double damaged : {std::nan(""), 1e300, -1e300}) {
    CAPTURE(damaged);
    cache.store_number(key, damaged);
    REQUIRE(test::run_narrate(render + "again.wav", dir.path()).status == 0);
    CHECK(read_sound_file(dir.file("again.wav")).samples == first);
  }
}
