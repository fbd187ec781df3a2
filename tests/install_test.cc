// `make install`: an installed tree (staged with DESTDIR) runs from any folder and uses its
// own voices and speech helper, not the build tree's.
#include <doctest/doctest.h>

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>

#include "audio/sound_file_reader.h"
#include "test_support.h"

using namespace narrate;

namespace {

// Runs `command` with /bin/sh; returns its exit status.
int shell(const std::string& command) {
  const int raw = std::system(command.c_str());
  return WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
}

}  // namespace

TEST_CASE("an installed narrate runs from any folder with its installed voices and helper") {
  test::TempDir dir;
  const std::string stage = dir.file("stage");
  REQUIRE(shell("DESTDIR='" + stage + "' '" + CMAKE_COMMAND + "' --install '" + NARRATE_BUILD_DIR +
                "' --prefix /opt/narrate > '" + dir.file("install.log") + "' 2>&1") == 0);
  const std::string root = stage + "/opt/narrate";
  REQUIRE(test::file_exists(root + "/bin/narrate"));
  CHECK(test::file_exists(root + "/libexec/narrate/narrate-speaker"));
  CHECK(test::file_exists(root + "/libexec/narrate/narrate-studio"));
  CHECK(test::file_exists(root + "/share/narrate/voices/narrator.toml"));
  CHECK(test::file_exists(root + "/share/narrate/voices/loudness.tsv"));
  CHECK(test::file_exists(root + "/share/narrate/voices/lexicon.txt"));

  // A profile only the installed tree has shows that the installed voices are the ones read.
  std::string marker = test::read_file(root + "/share/narrate/voices/narrator.toml");
  marker.replace(marker.find("id = \"narrator\""), 15, "id = \"installed-only\"");
  marker.replace(marker.find("role = \"narrator\""), 17, "role = \"speaker\"");
  test::write_file(root + "/share/narrate/voices/installed-only.toml", marker);

  const std::string work = dir.file("elsewhere");
  std::filesystem::create_directory(work);
  test::write_file(work + "/a.txt", "A short article.\n\nIt has two paragraphs.\n");
  const std::string env = "cd '" + work + "' && env -u NARRATE_VOICES_DIR XDG_CACHE_HOME='" + work + "/.cache' '" +
                          root + "/bin/narrate' ";
  CHECK(shell(env + "voices > voices.txt") == 0);
  CHECK(test::read_file(work + "/voices.txt").find("installed-only") != std::string::npos);
  REQUIRE(shell(env + "render a.txt -o a.wav -q") == 0);
  // `narrate studio` is the installed narrate-studio: it answers for a missing article.
  CHECK(shell(env + "studio missing.txt 2> studio.txt") == 1);
  CHECK(test::read_file(work + "/studio.txt").find("missing.txt") != std::string::npos);
  const SoundFile installed = read_sound_file(work + "/a.wav");
  CHECK(installed.seconds() > 1.5);

  // Moved elsewhere, the tree still works (nothing of the prefix is compiled in) and speaks
  // exactly as the build tree does.
  std::filesystem::rename(stage, dir.file("moved"));
  const std::string moved = "cd '" + work + "' && env -u NARRATE_VOICES_DIR XDG_CACHE_HOME='" + work +
                            "/.cache2' '" + dir.file("moved") + "/opt/narrate/bin/narrate' ";
  REQUIRE(shell(moved + "render a.txt -o b.wav -q") == 0);
  const auto built = test::run_narrate("render a.txt -o c.wav -q", work);
  REQUIRE(built.status == 0);
  CHECK(read_sound_file(work + "/b.wav").samples == installed.samples);
  CHECK(read_sound_file(work + "/c.wav").samples == installed.samples);
}
