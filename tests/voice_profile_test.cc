#include <doctest/doctest.h>

#include "test_support.h"
#include "util/error.h"
#include "voice/voice_library.h"

using namespace narrate;

TEST_CASE("a full profile parses") {
  const VoiceProfile p = parse_voice_profile(R"(
id = "male-2"
name = "Second man"
role = "speaker"
gender = "male"
espeak_voice = "en-gb"
variant = "m2"
rate = 180
pitch = 30
range = 60
volume = 120
word_gap = 2
)",
                                             "male-2.toml");
  CHECK(p.id == "male-2");
  CHECK(p.name == "Second man");
  CHECK(p.gender == "male");
  CHECK(p.espeak_name() == "en-gb+m2");
  CHECK(p.rate == 180);
  CHECK(p.pitch == 30);
  CHECK(p.range == 60);
  CHECK(p.volume == 120);
  CHECK(p.word_gap == 2);
}

TEST_CASE("defaults fill what a minimal profile leaves out") {
  const VoiceProfile p = parse_voice_profile("id = \"plain\"\nespeak_voice = \"en\"\n", "plain.toml");
  CHECK(p.name == "plain");
  CHECK(p.role == "speaker");
  CHECK(p.gender == "neutral");
  CHECK(p.espeak_name() == "en");
  CHECK(p.rate == 175);
}

TEST_CASE("profile errors name the file, line and column") {
  CHECK_THROWS_WITH_AS(parse_voice_profile("id = \"x\"\nespeak_voice = \"en\"\ncolour = 3\n", "v.toml"),
                       "v.toml:3:1: unknown key 'colour'", Error);
  CHECK_THROWS_WITH_AS(parse_voice_profile("id = \"x\"\nespeak_voice = \"en\"\nrate = 900\n", "v.toml"),
                       "v.toml:3:8: 'rate' must be an integer from 80 to 450", Error);
  CHECK_THROWS_WITH_AS(parse_voice_profile("id = \"x\"\nespeak_voice = \"en\"\ngender = \"m\"\n", "v.toml"),
                       "v.toml:3:10: 'gender' must be one of male, female, neutral", Error);
  CHECK_THROWS_WITH_AS(parse_voice_profile("espeak_voice = \"en\"\n", "v.toml"), "v.toml: missing required key 'id'",
                       Error);
  CHECK_THROWS_WITH_AS(parse_voice_profile("id = \"Big Voice\"\nespeak_voice = \"en\"\n", "v.toml"),
                       "v.toml:1:6: 'id' must use only a-z, 0-9, '-' and '_'", Error);
  CHECK_THROWS_AS(parse_voice_profile("id = \n", "v.toml"), Error);
  // Found by fuzzing: an empty engine voice used to pass and fail only when speaking.
  CHECK_THROWS_WITH_AS(parse_voice_profile("id = \"x\"\nespeak_voice = \"\"\n", "v.toml"),
                       "v.toml:2:16: 'espeak_voice' must be an eSpeak NG voice name such as \"en-us\"", Error);
  CHECK_THROWS_AS(parse_voice_profile("id = \"x\"\nespeak_voice = \"en\"\nvariant = \"m3 x\"\n", "v.toml"), Error);
}

TEST_CASE("the shipped narrator loads, and a user's directory overrides by id") {
  VoiceLibrary library;
  library.add_directory(test::source_path("voices"));
  const VoiceProfile narrator = library.get("narrator");
  CHECK(narrator.role == "narrator");
  CHECK(narrator.espeak_voice == "en-us");

  test::TempDir dir;
  test::write_file(dir.file("narrator.toml"), "id = \"narrator\"\nespeak_voice = \"en-gb\"\nrole = \"narrator\"\n");
  library.add_directory(dir.path());
  CHECK(library.get("narrator").espeak_voice == "en-gb");
  CHECK_THROWS_WITH_AS(VoiceLibrary().get("nobody"), "unknown voice 'nobody' (known voices: none)", Error);
  VoiceLibrary one;
  one.add(narrator);
  CHECK_THROWS_WITH_AS(one.get("nobody"), "unknown voice 'nobody' (known voices: narrator)", Error);
}
