// Publishing an episode: the set of files committed together, the feed shared by runs,
// guids, what a manifest may name.
#include <doctest/doctest.h>

#include <grp.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "audio/atomic_output.h"
#include "publish/feed.h"
#include "publish/manifest.h"
#include "test_support.h"
#include "util/error.h"

using namespace narrate;

namespace {

// A tiny episode manifest `name`.toml in `dir`: one short story, no music.
void write_manifest(const test::TempDir& dir, const std::string& name, const std::string& episode_lines) {
  if (!test::file_exists(dir.file("story.txt"))) test::write_file(dir.file("story.txt"), "A story\n\nIt is short.\n");
  test::write_file(dir.file(name + ".toml"),
                   "[show]\ntitle = \"Desk\"\nauthor = \"Tests\"\ndescription = \"News\"\n"
                   "base_url = \"https://example.org/e/\"\nfeed_url = \"https://example.org/e/feed.xml\"\n\n"
                   "[episode]\n" + episode_lines + "\n[script]\nintro = \"Hello.\"\noutro = \"Bye.\"\n\n"
                   "[[stories]]\nfile = \"story.txt\"\n");
}

size_t count_of(const std::string& text, const std::string& what) {
  size_t count = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++count;
  return count;
}

}  // namespace

TEST_CASE("files published together: when one cannot be committed, none changes") {
  test::TempDir dir;
  test::write_file(dir.file("a.mp3"), "old audio");
  {
    AtomicOutput a(dir.file("a.mp3")), b(dir.file("a.vtt")), c(dir.file("feed.xml"));
    write_all(a, "new audio");
    write_all(b, "new transcript");
    write_all(c, "new feed");
    // The feed's place becomes a folder holding a file: renaming over it fails.
    std::filesystem::create_directory(dir.file("feed.xml"));
    test::write_file(dir.file("feed.xml/x"), "");
    CHECK_THROWS_AS(commit_together({&a, &b, &c}), Error);
  }
  CHECK(test::read_file(dir.file("a.mp3")) == "old audio");
  CHECK_FALSE(test::file_exists(dir.file("a.vtt")));
  CHECK(test::count_entries(dir.path()) == 2);  // a.mp3 and the folder: no backup left behind
  {
    std::filesystem::remove_all(dir.file("feed.xml"));
    AtomicOutput a(dir.file("a.mp3")), c(dir.file("feed.xml"));
    write_all(a, "new audio");
    write_all(c, "new feed");
    commit_together({&a, nullptr, &c});
  }
  CHECK(test::read_file(dir.file("a.mp3")) == "new audio");
  CHECK(test::read_file(dir.file("feed.xml")) == "new feed");
  CHECK(test::count_entries(dir.path()) == 2);
}

TEST_CASE("an existing feed the user cannot read is an error, and is left alone") {
  test::TempDir dir;
  chmod(dir.path().c_str(), 0755);
  const std::string feed = dir.file("feed.xml");
  test::write_file(feed, "<rss version=\"2.0\"><channel><title>Mine</title></channel></rss>\n");
  chmod(feed.c_str(), 0200);
  if (geteuid() != 0) {
    CHECK_THROWS_WITH_AS(read_feed(feed), ("cannot read '" + feed + "': Permission denied").c_str(), Error);
    return;
  }
  const pid_t child = fork();  // as root, reading is always allowed: read as another user
  REQUIRE(child >= 0);
  if (child == 0) {
    if (setgroups(0, nullptr) != 0 || setgid(65534) != 0 || setuid(65534) != 0) _exit(4);
    try {
      read_feed(feed);
      _exit(1);
    } catch (const Error& e) {
      _exit(std::string(e.what()) == "cannot read '" + feed + "': Permission denied" ? 0 : 2);
    }
  }
  int status = 0;
  waitpid(child, &status, 0);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  chmod(feed.c_str(), 0600);
  CHECK(test::read_file(feed) == "<rss version=\"2.0\"><channel><title>Mine</title></channel></rss>\n");
}

TEST_CASE("runs adding episodes to one feed at once lose none") {
  test::TempDir dir;
  constexpr int kRuns = 4, kRounds = 3;  // scripts/stress-feed.sh runs 20 rounds
  for (int i = 1; i <= kRuns * kRounds; ++i) {
    write_manifest(dir, "e" + std::to_string(i), "title = \"Episode " + std::to_string(i) + "\"\nnumber = " +
                                                     std::to_string(i) + "\ndate = 2024-06-01\n");
  }
  // Each run works from a folder of its own (run_narrate keeps its output there).
  for (int k = 0; k < kRuns; ++k) std::filesystem::create_directory(dir.file("run" + std::to_string(k)));
  for (int round = 0; round < kRounds; ++round) {
    std::vector<std::thread> runs;
    std::vector<int> statuses(kRuns, -1);
    for (int k = 0; k < kRuns; ++k) {
      const std::string name = "e" + std::to_string(round * kRuns + k + 1);
      runs.emplace_back([&, k, name] {
        statuses[k] = test::run_narrate("episode ../" + name + ".toml -o ../" + name + ".mp3 --feed ../feed.xml -q -j 1",
                                        dir.file("run" + std::to_string(k)))
                          .status;
      });
    }
    for (std::thread& run : runs) run.join();
    for (const int status : statuses) CHECK(status == 0);
    CHECK(count_of(test::read_file(dir.file("feed.xml")), "<item>") == static_cast<size_t>((round + 1) * kRuns));
  }
}

TEST_CASE("episode guids are stable and unique, numbers are checked") {
  test::TempDir dir;
  write_manifest(dir, "a", "title = \"First\"\ndate = 2024-06-01\n");   // no number
  write_manifest(dir, "b", "title = \"Second\"\ndate = 2024-06-02\n");  // no number either
  REQUIRE(test::run_narrate("episode a.toml -o a.mp3 --feed feed.xml -q", dir.path()).status == 0);
  REQUIRE(test::run_narrate("episode b.toml -o b.mp3 --feed feed.xml -q", dir.path()).status == 0);
  const std::string feed = test::read_file(dir.file("feed.xml"));
  CHECK(count_of(feed, "<item>") == 2);
  REQUIRE(test::run_narrate("episode a.toml -o a.mp3 --feed feed.xml -q", dir.path()).status == 0);
  const std::string again = test::read_file(dir.file("feed.xml"));
  CHECK(count_of(again, "<item>") == 2);  // the same episode again: its item replaced
  CHECK(again.size() == feed.size());

  const EpisodeManifest a = load_manifest(dir.file("a.toml"));
  const EpisodeManifest b = load_manifest(dir.file("b.toml"));
  CHECK(episode_guid(a.show, a.episode) != episode_guid(b.show, b.episode));
  EpisodeInfo numbered = a.episode;
  numbered.number = 4;
  ShowInfo other = a.show;
  other.feed_url = "https://example.org/other/feed.xml";
  CHECK(episode_guid(a.show, numbered) != episode_guid(other, numbered));  // another show
  numbered.guid = "my-own-guid";
  CHECK(episode_guid(a.show, numbered) == "my-own-guid");

  for (const std::string number : {"0", "-1", "4294967297", "1000001", "1.5", "\"7\""}) {
    CAPTURE(number);
    write_manifest(dir, "bad", "title = \"Bad\"\nnumber = " + number + "\n");
    CHECK_THROWS_WITH_AS(load_manifest(dir.file("bad.toml")),
                         (dir.file("bad.toml") + ":10:10: 'episode.number' must be a whole number from 1 to 1000000").c_str(),
                         Error);
  }
}

TEST_CASE("a manifest names files in its own folder only, with dates and text checked") {
  test::TempDir dir;
  std::filesystem::create_directory(dir.file("show"));
  test::write_file(dir.file("secret.txt"), "A secret\n\nNot for the feed.\n");
  const auto manifest = [&](const std::string& story, const std::string& episode_lines = "title = \"E\"\n") {
    test::write_file(dir.file("show/m.toml"), "[show]\ntitle = \"Desk\"\n\n[episode]\n" + episode_lines +
                                                  "\n[[stories]]\nfile = \"" + story + "\"\n");
    return dir.file("show/m.toml");
  };
  const std::string outside = manifest(dir.file("secret.txt"));
  CHECK_THROWS_WITH_AS(load_manifest(outside),
                       (outside + ":8:8: 'stories[1].file': '" + dir.file("secret.txt") +
                        "' is outside the manifest's folder (--allow-outside permits it)")
                           .c_str(),
                       Error);
  CHECK_THROWS_AS(load_manifest(manifest("../secret.txt")), Error);
  std::filesystem::create_symlink(dir.file("secret.txt"), dir.file("show/inside.txt"));
  CHECK_THROWS_AS(load_manifest(manifest("inside.txt")), Error);  // a link out is outside too
  CHECK(load_manifest(manifest("../secret.txt"), /*allow_outside=*/true).stories.size() == 1);
  const auto cli = test::run_narrate("episode show/m.toml -o e.mp3", dir.path());
  CHECK(cli.status == 1);
  CHECK_FALSE(test::file_exists(dir.file("e.mp3")));

  test::write_file(dir.file("show/story.txt"), "A story\n\nShort.\n");
  for (const std::string date : {"\"someday\"", "\"2024-02-30\"", "\"2024-13-01\"", "\"24-06-01\""}) {
    CAPTURE(date);
    CHECK_THROWS_AS(load_manifest(manifest("story.txt", "title = \"E\"\ndate = " + date + "\n")), Error);
  }
  CHECK(load_manifest(manifest("story.txt", "title = \"E\"\ndate = \"2024-02-29\"\n")).episode.date == "2024-02-29");
  CHECK_THROWS_WITH_AS(load_manifest(manifest("story.txt", "title = \"Form\\ffeed\"\n")),
                       (dir.file("show/m.toml") + ":5:9: 'episode.title' holds a control character").c_str(), Error);
}

TEST_CASE("the feed's enclosure type is the episode's format, and outputs may not be inputs") {
  test::TempDir dir;
  write_manifest(dir, "e", "title = \"E\"\nnumber = 1\ndate = 2024-06-01\n");
  REQUIRE(test::run_narrate("episode e.toml -o e.flac --feed feed.xml -q", dir.path()).status == 0);
  CHECK(test::read_file(dir.file("feed.xml")).find("type=\"audio/flac\"") != std::string::npos);
  const std::string manifest = test::read_file(dir.file("e.toml"));
  for (const std::string& arguments : {std::string("-o e.mp3 --feed e.toml"), std::string("-o e.mp3 --feed story.txt"),
                                       std::string("-o e.mp3 --feed e.vtt"), std::string("-o story.txt"),
                                       std::string("-o e.mp3 --feed e.mp3")}) {
    CAPTURE(arguments);
    const auto result = test::run_narrate("episode e.toml " + arguments + " -q", dir.path());
    CHECK(result.status == 1);
    CHECK(result.err.starts_with("narrate: refusing to write '"));
  }
  CHECK(test::read_file(dir.file("e.toml")) == manifest);
  CHECK(test::read_file(dir.file("story.txt")) == "A story\n\nIt is short.\n");
}
