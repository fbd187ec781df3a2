// `narrate feed`, end to end: a publication's feed in, a podcast out.
#include <doctest/doctest.h>

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "audio/sound_file_reader.h"
#include "test_support.h"

using namespace narrate;
using test::run_narrate;

namespace {

const std::string kRss = test::source_path("tests/data/feeds/news.rss");
const std::string kAtom = test::source_path("tests/data/feeds/news.atom");

std::set<std::string> files_with(const std::string& dir, const std::string& suffix) {
  std::set<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name.ends_with(suffix)) names.insert(name);
  }
  return names;
}

// The numbers in "N rendered, N unchanged, N failed" of a run's report.
std::map<std::string, int> counts(const std::string& err) {
  std::map<std::string, int> found;
  const std::regex pattern(R"((\d+) (rendered|unchanged|failed))");
  for (std::sregex_iterator it(err.begin(), err.end(), pattern), end; it != end; ++it) {
    found[(*it)[2]] = std::stoi((*it)[1]);
  }
  return found;
}

// Checks the podcast feed with Python's ElementTree: one item per audio file, each
// enclosure as long as its file; returns the items' guids in order.
std::string check_with_element_tree(const std::string& dir) {
  const std::string script = dir + "/check.py";
  test::write_file(script, R"(import os, sys, xml.etree.ElementTree as ET
d = sys.argv[1]
items = ET.parse(os.path.join(d, 'podcast.xml')).getroot().findall('./channel/item')
for item in items:
    e = item.find('enclosure')
    assert int(e.get('length')) == os.path.getsize(os.path.join(d, e.get('url'))), e.get('url')
    assert e.get('type') == 'audio/mpeg'
    ns = {'itunes': 'http://www.itunes.com/dtds/podcast-1.0.dtd'}
    assert int(item.find('itunes:duration', ns).text) > 10
    print(item.find('guid').text)
)");
  const std::string out = dir + "/guids.txt";
  const int status = std::system(("python3 '" + script + "' '" + dir + "' > '" + out + "'").c_str());
  REQUIRE(WIFEXITED(status));
  REQUIRE(WEXITSTATUS(status) == 0);
  std::filesystem::remove(script);
  const std::string guids = test::read_file(out);
  std::filesystem::remove(out);
  return guids;
}

}  // namespace

TEST_CASE("feed: ten items of RSS and Atom, HTML and text, one broken: nine published, the broken one named") {
  test::TempDir dir;
  const auto rss = run_narrate("feed '" + kRss + "' -o rss", dir.path());
  CHECK(rss.status == 1);
  // The broken item (a share widget, no article) is named with its place in the feed.
  CHECK(rss.err.find("news.rss:71:5 \"Photos: Spring parade on Main Street\": no article text found") != std::string::npos);
  CHECK(counts(rss.err) == std::map<std::string, int>{{"rendered", 6}, {"unchanged", 0}, {"failed", 1}});
  const auto atom = run_narrate("feed '" + kAtom + "' -o atom -q", dir.path());
  CHECK(atom.status == 0);
  CHECK(atom.err.empty());
  const std::set<std::string> rss_audio = files_with(dir.file("rss"), ".mp3");
  const std::set<std::string> atom_audio = files_with(dir.file("atom"), ".mp3");
  CHECK(rss_audio.size() + atom_audio.size() == 9);
  for (const std::string& audio : rss_audio) {
    const std::string stem = audio.substr(0, audio.size() - 4);
    CHECK(std::filesystem::exists(dir.file("rss/" + stem + ".vtt")));
    const auto chapters = nlohmann::json::parse(test::read_file(dir.file("rss/" + stem + ".chapters.json")));
    CHECK(chapters.at("chapters").at(0).at("startTime") == 0);  // the title's chapter opens the file
    const SoundFile sound = read_sound_file(dir.file("rss/" + audio));
    CHECK(sound.samples.size() > 10 * static_cast<size_t>(sound.sample_rate));
  }
  // The feeds: every item with its file's length, in the source's order (newest first).
  const std::string rss_guids = check_with_element_tree(dir.file("rss"));
  CHECK(rss_guids.find("story-1041\n") < rss_guids.find("story-1038\n"));
  CHECK(std::count(rss_guids.begin(), rss_guids.end(), '\n') == 6);
  const std::string atom_guids = check_with_element_tree(dir.file("atom"));
  CHECK(std::count(atom_guids.begin(), atom_guids.end(), '\n') == 3);
  // HTML bodies: the quote is read in the speaker's voice, so the transcript names her.
  bool quoted = false;
  for (const std::string& vtt : files_with(dir.file("rss"), ".vtt")) {
    quoted = quoted || test::read_file(dir.file("rss/" + vtt)).find("<v Ana Lima>") != std::string::npos;
  }
  CHECK(quoted);

  // Again: nothing is rendered; the files are untouched.
  const auto before = std::filesystem::last_write_time(dir.file("rss/" + *rss_audio.begin()));
  const auto again = run_narrate("feed '" + kRss + "' -o rss", dir.path());
  CHECK(again.status == 1);
  CHECK(counts(again.err) == std::map<std::string, int>{{"rendered", 0}, {"unchanged", 6}, {"failed", 1}});
  CHECK(std::filesystem::last_write_time(dir.file("rss/" + *rss_audio.begin())) == before);
}

TEST_CASE("feed: a changed item is rendered again, a removed one kept or pruned") {
  test::TempDir dir;
  std::string feed = test::read_file(kAtom);
  test::write_file(dir.file("news.atom"), feed);
  REQUIRE(run_narrate("feed news.atom -o out -q", dir.path()).status == 0);
  REQUIRE(files_with(dir.file("out"), ".mp3").size() == 3);
  // One word of one article changed: that item alone is rendered.
  const size_t content = feed.find("<content", feed.find("<entry"));
  REQUIRE(content != std::string::npos);
  feed.replace(feed.find(" the ", content), 5, " a ");
  test::write_file(dir.file("news.atom"), feed);
  const auto changed = run_narrate("feed news.atom -o out", dir.path());
  CHECK(changed.status == 0);
  CHECK(counts(changed.err) == std::map<std::string, int>{{"rendered", 1}, {"unchanged", 2}, {"failed", 0}});
  // Retitled: rendered under its new name, and its files under the old one go.
  const size_t title = feed.find("<title>", feed.find("<entry"));
  feed.insert(title + 7, "Update: ");
  test::write_file(dir.file("news.atom"), feed);
  const std::set<std::string> mp3_before = files_with(dir.file("out"), ".mp3");
  const auto retitled = run_narrate("feed news.atom -o out", dir.path());
  CHECK(counts(retitled.err) == std::map<std::string, int>{{"rendered", 1}, {"unchanged", 2}, {"failed", 0}});
  const std::set<std::string> mp3_after = files_with(dir.file("out"), ".mp3");
  CHECK(mp3_after.size() == 3);
  CHECK(std::count_if(mp3_after.begin(), mp3_after.end(), [](const std::string& name) { return name.starts_with("update-"); }) == 1);
  CHECK(mp3_after != mp3_before);
  CHECK(files_with(dir.file("out"), ".vtt").size() == 3);
  // The first entry removed from the source: kept (files and feed item) unless --prune.
  const size_t first = feed.find("<entry");
  const size_t after = feed.find("</entry>", first) + 8;
  const size_t id_start = feed.find("<id>", first) + 4;
  const std::string id = feed.substr(id_start, feed.find("</id>", id_start) - id_start);
  test::write_file(dir.file("news.atom"), feed.substr(0, first) + feed.substr(after));
  REQUIRE(run_narrate("feed news.atom -o out -q", dir.path()).status == 0);
  CHECK(files_with(dir.file("out"), ".mp3").size() == 3);
  CHECK(test::read_file(dir.file("out/podcast.xml")).find(">" + id + "<") != std::string::npos);
  REQUIRE(run_narrate("feed news.atom -o out -q --prune", dir.path()).status == 0);
  CHECK(files_with(dir.file("out"), ".mp3").size() == 2);
  CHECK(files_with(dir.file("out"), ".narrate.json").size() == 2);
  CHECK(test::read_file(dir.file("out/podcast.xml")).find(">" + id + "<") == std::string::npos);
}

TEST_CASE("feed: shards run side by side, then --merge, give the single run's files and feed byte for byte") {
  test::TempDir dir;
  REQUIRE(run_narrate("feed '" + kRss + "' -o single -q --base-url https://example.org/a/", dir.path()).status == 1);
  // Three shard processes at once, sharing the output folder and the render cache.
  const std::string narrate = std::string("XDG_CACHE_HOME='") + dir.file(".cache") + "' '" + NARRATE_BINARY + "'";
  std::string shards = "cd '" + dir.path() + "' && (";
  for (int k = 1; k <= 3; ++k) {
    shards += narrate + " feed '" + kRss + "' -o sharded -q --shard " + std::to_string(k) + "/3 2>> shards.err & ";
  }
  shards += "wait)";
  REQUIRE(std::system(shards.c_str()) != -1);
  CHECK(test::read_file(dir.file("shards.err")).find("no article text found") != std::string::npos);  // one shard had it
  CHECK_FALSE(std::filesystem::exists(dir.file("sharded/podcast.xml")));  // shards write no feed
  const auto merged = run_narrate("feed '" + kRss + "' -o sharded --merge --base-url https://example.org/a/", dir.path());
  CHECK(merged.status == 1);  // the broken item has no record
  std::set<std::string> single_files, sharded_files;
  for (const auto& entry : std::filesystem::directory_iterator(dir.file("single"))) single_files.insert(entry.path().filename());
  for (const auto& entry : std::filesystem::directory_iterator(dir.file("sharded"))) sharded_files.insert(entry.path().filename());
  CHECK(single_files == sharded_files);
  for (const std::string& name : single_files) {
    CAPTURE(name);
    CHECK(test::read_file(dir.file("single/" + name)) == test::read_file(dir.file("sharded/" + name)));
  }
  CHECK(single_files.contains("podcast.xml"));
  // Bad shards are usage errors before any work.
  CHECK(run_narrate("feed '" + kRss + "' -o x --shard 4/3", dir.path()).status == 1);
  CHECK(run_narrate("feed '" + kRss + "' -o x --shard 1/3 --merge", dir.path()).status == 1);
}

TEST_CASE("feed: a folder of articles, and sources that are not feeds") {
  test::TempDir dir;
  std::filesystem::create_directory(dir.file("articles"));
  std::filesystem::copy(test::source_path("samples/river-cleanup.txt"), dir.file("articles/river-cleanup.txt"));
  std::filesystem::copy(test::source_path("tests/data/pages/wire-story.html"), dir.file("articles/wire-story.html"));
  test::write_file(dir.file("articles/notes.json"), "{}");  // not an article: left alone
  const auto run = run_narrate("feed articles -o out -q", dir.path());
  CHECK(run.status == 0);
  CHECK(files_with(dir.file("out"), ".mp3").size() == 2);
  check_with_element_tree(dir.file("out"));

  // An article's sidecar (studio's edits) is read: that item alone is rendered again, and
  // again without it under --no-sidecar.
  test::write_file(dir.file("articles/river-cleanup.txt.narrate.toml"), "[lexicon]\nriver = 'rivver'\n");
  const auto edited = run_narrate("feed articles -o out", dir.path());
  CHECK(edited.status == 0);
  CHECK(counts(edited.err) == std::map<std::string, int>{{"rendered", 1}, {"unchanged", 1}, {"failed", 0}});
  const auto unedited = run_narrate("feed articles -o out --no-sidecar", dir.path());
  CHECK(counts(unedited.err) == std::map<std::string, int>{{"rendered", 1}, {"unchanged", 1}, {"failed", 0}});
  CHECK(files_with(dir.file("out"), ".mp3").size() == 2);

  // A folder's article is titled by what it says, not by its file name.
  CHECK(test::read_file(dir.file("out/podcast.xml")).find("<title>river-cleanup</title>") == std::string::npos);

  // The podcast feed may not be written over its own source.
  std::filesystem::create_directory(dir.file("same"));
  test::write_file(dir.file("same/podcast.xml"), test::read_file(kAtom));
  const auto same = run_narrate("feed same/podcast.xml -o same", dir.path());
  CHECK(same.status == 1);
  CHECK(same.err.find("refusing to write 'same/podcast.xml': it is also the input") != std::string::npos);
  CHECK(test::read_file(dir.file("same/podcast.xml")) == test::read_file(kAtom));
  CHECK(files_with(dir.file("same"), ".mp3").empty());

  test::write_file(dir.file("page.html"), "<!DOCTYPE html><html><body><p>Not a feed.</p></body></html>");
  const auto page = run_narrate("feed page.html -o out2", dir.path());
  CHECK(page.status == 1);
  CHECK(page.err.find("page.html:1:") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir.file("out2")));
  test::write_file(dir.file("html.rss"), "<rss version=\"2.0\"><channel><title>x</title>");
  const auto cut = run_narrate("feed html.rss -o out3", dir.path());
  CHECK(cut.status == 1);
  CHECK(cut.err.find("html.rss:1:") != std::string::npos);
}
