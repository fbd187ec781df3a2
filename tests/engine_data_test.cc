// The digest of an eSpeak NG data directory that cached speech and loudness gains are
// filed under.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <utime.h>

#include <filesystem>
#include <string>

#include "render/engine_data.h"
#include "test_support.h"

using namespace narrate;

namespace {

void set_mtime(const std::string& path, time_t when) {
  const utimbuf times{when, when};
  REQUIRE(utime(path.c_str(), &times) == 0);
}

// A small data directory shaped like eSpeak NG's, every file dated `when`.
void make_data(const test::TempDir& dir, time_t when) {
  std::filesystem::create_directories(dir.file("lang/gmw"));
  std::filesystem::create_directories(dir.file("voices/!v"));
  for (const std::string name : {"phontab", "phonindex", "phondata", "intonations", "en_dict", "lang/gmw/en",
                                 "voices/!v/f2"}) {
    test::write_file(dir.file(name), "contents of " + name);
    set_mtime(dir.file(name), when);
  }
}

}  // namespace

TEST_CASE("the data digest follows what eSpeak NG would load, and only that") {
  test::TempDir dir;
  make_data(dir, 1700000000);
  const std::string digest = engine_data_digest(dir.path());
  CHECK(digest.size() == 16);
  CHECK(engine_data_digest(dir.path()) == digest);  // the same files, the same digest

  SUBCASE("phoneme data is read: a change of content alone counts") {
    test::write_file(dir.file("phondata"), "contents of phondatA");  // same size
    set_mtime(dir.file("phondata"), 1700000000);                     // same time
    CHECK(engine_data_digest(dir.path()) != digest);
  }
  SUBCASE("a dictionary or voice rewritten counts") {
    for (const std::string name : {"en_dict", "lang/gmw/en", "voices/!v/f2"}) {
      CAPTURE(name);
      set_mtime(dir.file(name), 1700000001);
      CHECK(engine_data_digest(dir.path()) != digest);
      set_mtime(dir.file(name), 1700000000);
      CHECK(engine_data_digest(dir.path()) == digest);
    }
  }
  SUBCASE("a voice added or removed counts") {
    test::write_file(dir.file("voices/!v/f9"), "new");
    CHECK(engine_data_digest(dir.path()) != digest);
    std::filesystem::remove(dir.file("voices/!v/f9"));
    CHECK(engine_data_digest(dir.path()) == digest);
  }
  SUBCASE("the same files elsewhere give the same digest (a package installed anywhere)") {
    test::TempDir other;
    make_data(other, 1700000000);
    CHECK(engine_data_digest(other.path()) == digest);
  }
  SUBCASE("a missing directory is a digest too, not an error") {
    CHECK(engine_data_digest(dir.file("nowhere")) != digest);
  }
}
