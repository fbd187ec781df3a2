#include <doctest/doctest.h>

#include <set>

#include "test_support.h"
#include "util/error.h"
#include "voice/casting.h"

using namespace narrate;

namespace {

VoiceLibrary shipped() {
  VoiceLibrary library;
  library.add_directory(test::source_path("voices"));
  return library;
}

std::vector<Speaker> people(std::initializer_list<std::pair<const char*, const char*>> list) {
  std::vector<Speaker> speakers;
  for (const auto& [name, gender] : list) speakers.push_back({name, gender, 1});
  return speakers;
}

}  // namespace

TEST_CASE("the shipped library has a narrator, a host, and five male and five female speaker voices") {
  const VoiceLibrary library = shipped();
  int male = 0, female = 0;
  for (const VoiceProfile& v : library.all()) {
    if (v.role != "speaker") continue;
    male += v.gender == "male";
    female += v.gender == "female";
  }
  CHECK(male >= 5);
  CHECK(female >= 5);
  CHECK(library.get("narrator").role == "narrator");
  CHECK(library.get("host").role == "host");
}

TEST_CASE("casting is gender-matched, never the narrator, all different while the pool lasts") {
  const VoiceLibrary library = shipped();
  const auto speakers = people({{"Alexey Muraviev", "male"}, {"Artyom Lukin", "male"}, {"Ana Ruiz", "female"},
                                {"Kim Lee", ""}, {"Ben Cole", "male"}, {"Sara Holt", "female"}});
  const Cast cast = cast_voices(library, library.get("narrator"), speakers, {});
  std::set<std::string> voices;
  for (const Speaker& s : speakers) {
    const VoiceProfile& voice = cast.voice_for(s.name);
    CAPTURE(s.name);
    CHECK(voice.id != "narrator");
    CHECK(voice.role == "speaker");
    if (!s.gender.empty()) CHECK(voice.gender == s.gender);
    voices.insert(voice.id);
  }
  CHECK(voices.size() == speakers.size());
}

TEST_CASE("casting is the same on every run and does not depend on other speakers' order") {
  const VoiceLibrary library = shipped();
  const auto a = cast_voices(library, library.get("narrator"), people({{"Artyom Lukin", "male"}}), {});
  const auto b = cast_voices(library, library.get("narrator"), people({{"Artyom Lukin", "male"}}), {});
  CHECK(a.voice_for("Artyom Lukin").id == b.voice_for("Artyom Lukin").id);
  // Alone or after someone else whose first choice differs, Lukin keeps his voice.
  const auto c = cast_voices(library, library.get("narrator"), people({{"Ana Ruiz", "female"}, {"Artyom Lukin", "male"}}), {});
  CHECK(c.voice_for("Artyom Lukin").id == a.voice_for("Artyom Lukin").id);
}

TEST_CASE("more speakers than voices reuse voices rather than fail") {
  const VoiceLibrary library = shipped();
  std::vector<Speaker> many;
  for (int i = 0; i < 8; ++i) many.push_back({"Person " + std::to_string(i), "female", 1});
  const Cast cast = cast_voices(library, library.get("narrator"), many, {});
  std::set<std::string> voices;
  for (const Speaker& s : many) voices.insert(cast.voice_for(s.name).id);
  CHECK(voices.size() == 5);
}

TEST_CASE("overrides by full or last name, and their errors") {
  const VoiceLibrary library = shipped();
  const auto speakers = people({{"Alexey Muraviev", "male"}, {"Artyom Lukin", "male"}});
  const Cast cast = cast_voices(library, library.get("narrator"), speakers,
                                {parse_cast_override("Artyom Lukin=male-3"), parse_cast_override("muraviev=female-2")});
  CHECK(cast.voice_for("Artyom Lukin").id == "male-3");
  CHECK(cast.voice_for("Alexey Muraviev").id == "female-2");
  CHECK(cast.voice_for("").id == "narrator");
  CHECK_THROWS_WITH_AS(cast_voices(library, library.get("narrator"), speakers, {{"Nobody", "male-1"}}),
                       "--cast: no speaker 'Nobody' in the article (speakers: Alexey Muraviev, Artyom Lukin)", Error);
  CHECK_THROWS_AS(cast_voices(library, library.get("narrator"), speakers, {{"Lukin", "male-99"}}), Error);
  CHECK_THROWS_WITH_AS(parse_cast_override("Lukin"), "--cast wants NAME=VOICE, not 'Lukin'", Error);
}

TEST_CASE("an override by a last name two speakers share names both, by full name it is fine") {
  const VoiceLibrary library = shipped();
  const auto speakers = people({{"John Smith", ""}, {"Maria Smith", ""}});
  CHECK_THROWS_WITH_AS(cast_voices(library, library.get("narrator"), speakers, {{"smith", "male-1"}}),
                       "--cast: 'smith' could be any of John Smith, Maria Smith: give the full name", Error);
  const Cast cast = cast_voices(library, library.get("narrator"), speakers, {{"Maria Smith", "female-3"}});
  CHECK(cast.voice_for("Maria Smith").id == "female-3");
  CHECK(cast.voice_for("John Smith").id != "female-3");
}

TEST_CASE("a speaker never gets the narrator's voice, whichever voice narrates") {
  const VoiceLibrary library = shipped();
  const auto speakers = people({{"A B", "male"}, {"C D", "male"}, {"E F", "male"}, {"G H", "male"}, {"I J", "male"}});
  const Cast cast = cast_voices(library, library.get("male-2"), speakers, {});
  for (const Speaker& s : speakers) CHECK(cast.voice_for(s.name).id != "male-2");
}
