// `narrate episode`: manifests, the episode's audio and chapters, the feed.
#include <doctest/doctest.h>

#include <expat.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "audio/silence.h"
#include "audio/sound_file_reader.h"
#include "publish/manifest.h"
#include "test_support.h"
#include "util/error.h"

using namespace narrate;

namespace {

// A small episode: two short stories written for the test, music from samples/.
void write_episode(const test::TempDir& dir, int number, const std::string& extra = "") {
  test::write_file(dir.file("one.txt"),
                   "Bridge reopens after repairs\n\nThe old bridge reopened on Monday. “It feels like a new town,” said "
                   "Ana Ruiz, who drives across it every day.\n");
  test::write_file(dir.file("two.txt"),
                   "Library extends its hours\n\nThe library will stay open until nine. “Students asked for it,” the "
                   "director said.\n");
  // Music beside the manifest: a manifest names files in its own folder only.
  if (!test::file_exists(dir.file("jingle.flac"))) {
    test::write_file(dir.file("jingle.flac"), test::read_file(test::source_path("samples/jingle.flac")));
  }
  test::write_file(dir.file("show.toml"),
                   "[show]\ntitle = \"Test Desk\"\nauthor = \"Tests\"\ndescription = \"Short news\"\n"
                   "base_url = \"https://example.org/e/\"\n\n[episode]\ntitle = \"Episode " +
                       std::to_string(number) + "\"\nnumber = " + std::to_string(number) +
                       "\ndate = 2024-06-1" + std::to_string(number) + "\n\n[music]\nintro = \"jingle.flac\"\nbed = \"jingle.flac\"\n\n[[stories]]\nfile = \"one.txt\"\n\n[[stories]]\nfile = \"two.txt\"\n" + extra);
}

// Counts <item> elements; false when expat finds the XML malformed.
bool parse_feed(const std::string& xml, int& items) {
  XML_Parser parser = XML_ParserCreateNS(nullptr, ' ');
  items = 0;
  XML_SetUserData(parser, &items);
  XML_SetStartElementHandler(parser, [](void* data, const XML_Char* name, const XML_Char**) {
    if (std::string(name) == "item") ++*static_cast<int*>(data);
  });
  const bool ok = XML_Parse(parser, xml.data(), static_cast<int>(xml.size()), 1) == XML_STATUS_OK;
  XML_ParserFree(parser);
  return ok;
}

}  // namespace

TEST_CASE("manifest errors name the key, the file and the line") {
  test::TempDir dir;
  const std::string path = dir.file("m.toml");
  test::write_file(path, "[show]\ntitel = \"x\"\n");
  CHECK_THROWS_WITH_AS(load_manifest(path), (path + ":2:1: unknown key 'show.titel'").c_str(), Error);
  test::write_file(path, "[show]\ntitle = \"x\"\n[episode]\ntitle = \"y\"\n[[stories]]\nfile = \"nope.txt\"\n");
  CHECK_THROWS_WITH_AS(load_manifest(path),
                       (path + ":6:8: 'stories[1].file': cannot read 'nope.txt': No such file or directory").c_str(), Error);
  test::write_file(path, "[episode]\ntitle = \"y\"\n");
  CHECK_THROWS_WITH_AS(load_manifest(path), (path + ": missing required key 'show.title'").c_str(), Error);
  test::write_file(path, "[show]\ntitle = \"x\"\nexplicit = \"no\"\n");
  CHECK_THROWS_WITH_AS(load_manifest(path), (path + ":3:12: 'show.explicit' must be true or false").c_str(), Error);
  test::write_file(dir.file("a.txt"), "A story.\n");
  test::write_file(path, "[show]\ntitle = \"x\"\n[episode]\ntitle = \"y\"\n[[stories]]\nfile = \"a.txt\"\n");
  const EpisodeManifest manifest = load_manifest(path);
  CHECK(manifest.stories.at(0).file == dir.file("a.txt"));
  CHECK(fill_placeholders("{show}: {title} ({stories}) {date} {other}", manifest, {"A", "B", "C"}, "B") ==
        "x: B (A; B; and C)  {other}");
}

TEST_CASE("an episode: tags, chapters where each story starts speaking, loudness, transcript") {
  test::TempDir dir;
  write_episode(dir, 1);
  const auto result = test::run_narrate("episode show.toml -o ep.mp3", dir.path());
  REQUIRE(result.status == 0);
  const SoundFile sound = read_sound_file(dir.file("ep.mp3"));
  CHECK(sound.title == "Episode 1");
  CHECK(sound.artist == "Tests");
  CHECK(sound.album == "Test Desk");
  const auto chapters = nlohmann::json::parse(test::read_file(dir.file("ep.chapters.json")))["chapters"];
  REQUIRE(chapters.size() == 4);  // intro, two stories, outro
  CHECK(chapters[0]["title"] == "Intro");
  CHECK(chapters[1]["title"] == "Bridge reopens after repairs");
  CHECK(chapters[3]["title"] == "Outro");
  for (const int story : {1, 2}) {
    CAPTURE(story);
    const double start = chapters[story]["startTime"];
    const auto at = static_cast<size_t>(start * sound.sample_rate);
    // Quiet just before (the pause between sections), speech within 100 ms after.
    const std::span<const int16_t> all(sound.samples);
    CHECK(rms_dbfs(all.subspan(at - sound.sample_rate / 4, sound.sample_rate / 5)) < -50);
    size_t first = at;
    while (first < sound.samples.size() && std::abs(static_cast<int>(sound.samples[first])) < 1000) ++first;
    CHECK(static_cast<double>(first - at) / sound.sample_rate < 0.1);
  }
  const std::string vtt = test::read_file(dir.file("ep.vtt"));
  CHECK(vtt.starts_with("WEBVTT\n"));
  CHECK(vtt.find("<v Host>Next: Library extends its hours.") != std::string::npos);
  CHECK(vtt.find("<v Ana Ruiz>“It feels like a new town,”") != std::string::npos);
}

TEST_CASE("the feed: valid XML, one item per episode, re-running replaces it") {
  test::TempDir dir;
  write_episode(dir, 1);
  REQUIRE(test::run_narrate("episode show.toml -o ep1.mp3 --feed feed.xml -q", dir.path()).status == 0);
  REQUIRE(test::run_narrate("episode show.toml -o ep1.mp3 --feed feed.xml -q", dir.path()).status == 0);
  int items = 0;
  std::string feed = test::read_file(dir.file("feed.xml"));
  REQUIRE(parse_feed(feed, items));
  CHECK(items == 1);
  struct stat info {};
  REQUIRE(stat(dir.file("ep1.mp3").c_str(), &info) == 0);
  CHECK(feed.find("<enclosure url=\"https://example.org/e/ep1.mp3\" length=\"" + std::to_string(info.st_size) +
                  "\" type=\"audio/mpeg\"/>") != std::string::npos);
  CHECK(feed.find("<podcast:chapters url=\"https://example.org/e/ep1.chapters.json\"") != std::string::npos);
  CHECK(feed.find("<pubDate>Tue, 11 Jun 2024 00:00:00 +0000</pubDate>") != std::string::npos);

  write_episode(dir, 2);
  REQUIRE(test::run_narrate("episode show.toml -o ep2.mp3 --feed feed.xml -q", dir.path()).status == 0);
  feed = test::read_file(dir.file("feed.xml"));
  REQUIRE(parse_feed(feed, items));
  CHECK(items == 2);
  CHECK(feed.find("Episode 2") < feed.find("Episode 1"));  // newest first
}

TEST_CASE("an episode with a missing story fails before writing anything") {
  test::TempDir dir;
  write_episode(dir, 1, "\n[[stories]]\nfile = \"missing.txt\"\n");
  const auto result = test::run_narrate("episode show.toml -o ep.mp3 --feed feed.xml", dir.path());
  CHECK(result.status == 1);
  CHECK(result.err.find("'stories[3].file': cannot read 'missing.txt'") != std::string::npos);
  CHECK_FALSE(test::file_exists(dir.file("ep.mp3")));
  CHECK_FALSE(test::file_exists(dir.file("feed.xml")));
}

TEST_CASE("an earlier feed that is not well-formed XML stops the episode before anything is written") {
  test::TempDir dir;
  write_episode(dir, 1);
  const std::string broken = "<rss version=\"2.0\"><channel><item></channel></rss>\n";
  test::write_file(dir.file("feed.xml"), broken);
  const auto result = test::run_narrate("episode show.toml -o ep.mp3 --feed feed.xml", dir.path());
  CHECK(result.status == 1);
  CHECK(result.err == "narrate: feed.xml:1:37: mismatched tag\n");
  CHECK(test::read_file(dir.file("feed.xml")) == broken);
  CHECK_FALSE(test::file_exists(dir.file("ep.mp3")));
}

TEST_CASE("an interrupted episode leaves the earlier episode, chapters and feed as they were") {
  test::TempDir dir;
  write_episode(dir, 1);
  std::string long_story = "A long story\n\n";
  const std::string article = test::read_file(test::source_path("samples/putin-north-korea.txt"));
  for (int i = 0; i < 10; ++i) long_story += article.substr(article.find("Seoul")) + "\n\n";
  test::write_file(dir.file("one.txt"), long_story);
  const auto earlier = [](const std::string& name) {
    return name == "feed.xml" ? "<rss version=\"2.0\"><channel><title>earlier</title></channel></rss>\n" : "earlier";
  };
  for (const std::string name : {"ep.mp3", "ep.chapters.json", "ep.vtt", "feed.xml"}) test::write_file(dir.file(name), earlier(name));
  for (const int signal_number : {SIGINT, SIGTERM, SIGKILL}) {
    CAPTURE(signal_number);
    const int status = test::run_narrate_interrupted(
        {"episode", "show.toml", "-o", "ep.mp3", "--feed", "feed.xml", "-q", "--no-cache", "-j", "1"}, dir.path(),
        signal_number, 400'000);
    CHECK(WIFSIGNALED(status));
    for (const std::string name : {"ep.mp3", "ep.chapters.json", "ep.vtt", "feed.xml"}) {
      CAPTURE(name);
      CHECK(test::read_file(dir.file(name)) == earlier(name));
    }
    CHECK(test::count_entries(dir.path()) == 8);  // show.toml, jingle.flac, one.txt, two.txt and the four above
  }
}
