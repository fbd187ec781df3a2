#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <ctime>
#include <set>

#include <vector>

#include "audio/memory_sink.h"
#include "audio/silence.h"
#include "render/render_cache.h"
#include "render/render_script.h"
#include "test_support.h"

#include <filesystem>

using namespace narrate;

namespace {

// Speaks each utterance as a constant tone, 10 samples per byte of text.
class FakeEngine : public SpeechEngine {
 public:
  int sample_rate() const override { return 1000; }
  std::string version() const override { return "fake 1"; }
  using SpeechEngine::speak_all;
  // Like the real engine, it lets the caller work while it "speaks" each utterance.
  void speak_all(const std::vector<Utterance>& utterances, const DeliverSpeech& deliver,
                 const WhileWaiting& while_waiting) override {
    for (size_t i = 0; i < utterances.size(); ++i) {
      while (while_waiting && while_waiting()) {
      }
      log.push_back("spoke " + utterances[i].text);
      const std::vector<int16_t> tone(utterances[i].text.size() * 10, static_cast<int16_t>(1000 + i));
      deliver(i, SpeechOutput{tone, {}});
    }
  }
  std::vector<std::string> log;
};

}  // namespace

TEST_CASE("speech and pauses land in order at the reported places") {
  Script script;
  for (const auto& [text, pause] : {std::pair{"abc", 500}, std::pair{"de", 2500}, std::pair{"f", 0}}) {
    Utterance utterance;
    utterance.text = text;
    utterance.pause_after_ms = pause;
    script.utterances.push_back(utterance);
  }
  FakeEngine engine;
  MemorySink sink;
  const RenderReport report = render_script(script, engine, sink);

  REQUIRE(report.parts.size() == 3);
  CHECK(report.parts[0].start == 0);
  CHECK(report.parts[0].speech == 30);
  CHECK(report.parts[0].pause == 500);
  CHECK(report.parts[1].start == 530);
  CHECK(report.parts[1].pause == 2500);  // longer than the one-second silence chunk
  CHECK(report.parts[2].start == 3050);
  CHECK(report.total_samples == 3060);
  CHECK(sink.samples().size() == 3060);
  CHECK(report.seconds() == doctest::Approx(3.06));

  const auto silences = find_silences(sink.samples(), 0, 1);
  REQUIRE(silences.size() == 2);
  CHECK(silences[0].start == 30);
  CHECK(silences[0].end == 530);
  CHECK(silences[1].start == 550);
  CHECK(silences[1].end == 3050);
  CHECK(sink.samples()[3050] == 1002);
}

TEST_CASE("silence measures") {
  const std::vector<int16_t> samples{0, 3, -2, 500, 0, 0, 0, -1, 900};
  const auto silences = find_silences(samples, 3, 3);
  REQUIRE(silences.size() == 2);
  CHECK(silences[0].start == 0);
  CHECK(silences[0].end == 3);
  CHECK(silences[1].start == 4);
  CHECK(silences[1].end == 8);
  CHECK(peak(samples) == 900);
  CHECK(rms_dbfs(std::vector<int16_t>(100, 0)) < -1000);
  CHECK(rms_dbfs(std::vector<int16_t>(100, 16384)) == doctest::Approx(-6.02).epsilon(0.001));
}

TEST_CASE("the render cache serves whole entries only, and a damaged one is spoken again") {
  test::TempDir dir;
  const RenderCache cache(dir.path(), 1 << 20);
  Utterance utterance;
  utterance.text = "abc";
  const std::string key = RenderCache::key_for("fake 1", 1000, utterance);
  std::vector<int16_t> samples(301);
  for (size_t i = 0; i < samples.size(); ++i) samples[i] = static_cast<int16_t>(i * 7 - 1000);
  const std::vector<SpeechEvent> events{{SpeechEvent::sentence, 0, 0, 0}, {SpeechEvent::word, 120, 4, 3}};
  cache.store(key, SpeechOutput{samples, events});
  CHECK(cache.contains(key));
  {
    const std::optional<MappedEntry> loaded = cache.load(key);
    REQUIRE(loaded);
    const SpeechOutput speech = loaded->speech();
    CHECK(std::vector<int16_t>(speech.samples.begin(), speech.samples.end()) == samples);
    REQUIRE(speech.events.size() == 2);
    CHECK(speech.events[1].sample == 120);
    CHECK(speech.events[1].length == 3);
    CHECK_FALSE(cache.load(RenderCache::key_for("fake 2", 1000, utterance)));  // another key
  }

  // Cut the entry short, as a full disk or a crash of something else might.
  std::string entry;
  for (const auto& file : std::filesystem::recursive_directory_iterator(dir.path())) {
    if (file.path().extension() == ".nrc") entry = file.path().string();
  }
  REQUIRE(!entry.empty());
  std::filesystem::resize_file(entry, std::filesystem::file_size(entry) - 10);
  CHECK_FALSE(cache.contains(key));
  CHECK_FALSE(cache.load(key));

  FakeEngine inner;
  CachingEngine engine(inner, cache);
  Script script;
  script.utterances = {utterance};
  MemorySink sink;
  render_script(script, engine, sink);
  CHECK(engine.hits() == 0);
  CHECK(sink.samples().size() == 30);  // spoken again by the engine
  CHECK(cache.contains(key));          // and stored whole
}

namespace {
std::set<std::string> entry_files(const std::string& dir) {
  std::set<std::string> files;
  for (const auto& file : std::filesystem::recursive_directory_iterator(dir)) {
    if (file.path().extension() == ".nrc") files.insert(file.path().string());
  }
  return files;
}

uint64_t entry_bytes(const std::string& dir) {
  uint64_t total = 0;
  for (const std::string& file : entry_files(dir)) total += std::filesystem::file_size(file);
  return total;
}

void set_age(const std::string& path, int minutes) {
  const time_t when = time(nullptr) - minutes * 60;
  const timespec times[2] = {{when, 0}, {when, 0}};
  REQUIRE(utimensat(AT_FDCWD, path.c_str(), times, 0) == 0);
}

// Stores an entry of `kilobytes` (and a few bytes) and returns its file.
std::string store_entry(const RenderCache& cache, const std::string& dir, int number, size_t kilobytes) {
  const std::set<std::string> before = entry_files(dir);
  Utterance utterance;
  utterance.text = "entry " + std::to_string(number);
  const std::vector<int16_t> samples(kilobytes * 500, 1);
  cache.store(RenderCache::key_for("fake 1", 1000, utterance), SpeechOutput{samples, {}});
  for (const std::string& file : entry_files(dir)) {
    if (!before.contains(file)) return file;
  }
  FAIL("no entry stored");
  return "";
}
}  // namespace

TEST_CASE("the render cache drops its least recently used entries, checking its size only now and then") {
  test::TempDir dir;
  constexpr uint64_t kMax = 1'000'000;
  std::vector<std::string> files;
  {
    const RenderCache cache(dir.path(), kMax);
    for (int i = 0; i < 15; ++i) files.push_back(store_entry(cache, dir.path(), i, 100));  // over 1/16 of the limit
    for (int i = 0; i < 15; ++i) set_age(files[i], 100 - i);  // entry 0 used longest ago
    set_age(files[3], 0);                                    // but entry 3 just now
    REQUIRE(entry_bytes(dir.path()) > kMax);
    cache.trim();
  }
  const uint64_t kept = entry_bytes(dir.path());
  CHECK(kept <= kMax / 10 * 9);
  CHECK(kept > kMax / 2);
  CHECK_FALSE(test::file_exists(files[0]));  // the least recently used went first
  CHECK(test::file_exists(files[3]));
  CHECK(test::file_exists(files[14]));

  // Just checked, and a run that stores little: no check, even over the limit.
  {
    constexpr uint64_t kSmaller = 700'000;
    const RenderCache cache(dir.path(), kSmaller);
    for (int i = 100; i < 103; ++i) store_entry(cache, dir.path(), i, 10);  // under 1/16 of it
    const uint64_t before = entry_bytes(dir.path());
    REQUIRE(before > kSmaller);
    cache.trim();
    CHECK(entry_bytes(dir.path()) == before);
    // The last check ten minutes ago or more: checked again.
    set_age(dir.file("last-trim"), 11);
    cache.trim();
    CHECK(entry_bytes(dir.path()) <= kSmaller / 10 * 9);
  }
  // A run that stored nothing never checks.
  const RenderCache reader(dir.path(), 1);
  set_age(dir.file("last-trim"), 60);
  reader.trim();
  CHECK(entry_bytes(dir.path()) > 1);
}

TEST_CASE("cached utterances are delivered while the engine speaks the others, all in order") {
  test::TempDir dir;
  const RenderCache cache(dir.path(), 1 << 20);
  std::vector<Utterance> utterances(6);
  for (size_t i = 0; i < utterances.size(); ++i) utterances[i].text = "u" + std::to_string(i);
  for (const size_t i : {0, 1, 3, 4}) {
    const std::vector<int16_t> tone(20, static_cast<int16_t>(i));
    cache.store(RenderCache::key_for("fake 1", 1000, utterances[i]), SpeechOutput{tone, {}});
  }
  FakeEngine inner;
  CachingEngine engine(inner, cache);
  engine.speak_all(utterances, [&](size_t index, const SpeechOutput& speech) {
    inner.log.push_back("delivered " + std::to_string(index) + " (" + std::to_string(speech.samples.size()) + ")");
  });
  // Cached ones (20 samples) go out while the engine is busy with the next miss (u2, u5).
  CHECK(inner.log == std::vector<std::string>{"delivered 0 (20)", "delivered 1 (20)", "spoke u2", "delivered 2 (20)",
                                              "delivered 3 (20)", "delivered 4 (20)", "spoke u5", "delivered 5 (20)"});
  CHECK(engine.hits() == 4);
}

TEST_CASE("a cache entry with bytes flipped anywhere in it is never served") {
  test::TempDir dir;
  const RenderCache cache(dir.path(), 1 << 20);
  Utterance utterance;
  utterance.text = "abc";
  const std::string key = RenderCache::key_for("fake 1", 1000, utterance);
  const std::vector<int16_t> samples(4000, 300);
  const std::string number_key = "gain of narrator";
  for (const size_t at : {0.0, 0.02, 0.5, 0.97}) {  // header, events, middle, end of the samples
    cache.store(key, SpeechOutput{samples, {}});
    cache.store_number(number_key, 6.5);
    for (const std::string& file : entry_files(dir.path())) {
      std::string bytes = test::read_file(file);
      const size_t from = std::min(static_cast<size_t>(at * bytes.size()), bytes.size() - 64);
      for (size_t i = from; i < from + 64 && i < bytes.size(); ++i) bytes[i] = static_cast<char>(bytes[i] ^ 0x5A);
      test::write_file(file, bytes);
    }
    CAPTURE(at);
    CHECK_FALSE(cache.contains(key));
    CHECK_FALSE(cache.load(key));
    CHECK_FALSE(cache.load_number(number_key));
  }
  // A FIFO or a link planted where an entry belongs is no entry (and does not hang).
  for (const std::string& file : entry_files(dir.path())) std::filesystem::remove(file);
  cache.store(key, SpeechOutput{samples, {}});
  const std::string file = *entry_files(dir.path()).begin();
  std::filesystem::rename(file, dir.file("elsewhere.nrc"));
  REQUIRE(mkfifo(file.c_str(), 0600) == 0);
  CHECK_FALSE(cache.contains(key));
  std::filesystem::remove(file);
  std::filesystem::create_symlink(dir.file("elsewhere.nrc"), file);
  CHECK_FALSE(cache.contains(key));
}

TEST_CASE("the cache is the user's own: XDG rules, a private folder, never another user's or a link's target trimmed") {
  {
    const test::ScopedEnv xdg("XDG_CACHE_HOME", "relative/not/allowed");
    const test::ScopedEnv home("HOME", "/home/someone");
    CHECK(RenderCache::default_dir() == "/home/someone/.cache/narrate");
  }
  {
    const test::ScopedEnv xdg("XDG_CACHE_HOME", "");
    const test::ScopedEnv home("HOME", "");
    CHECK(RenderCache::default_dir().empty());  // no shared /tmp fallback
    const RenderCache none(RenderCache::default_dir(), 1 << 20);
    CHECK(none.disabled_reason() == "neither XDG_CACHE_HOME nor HOME is set");
    CHECK_FALSE(none.load_number("x"));
  }
  test::TempDir dir;
  {
    const RenderCache made(dir.file("new/narrate"), 1 << 20);
    CHECK(made.disabled_reason().empty());
    struct stat info {};
    REQUIRE(stat(dir.file("new/narrate").c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0700);
  }
  std::filesystem::create_directory(dir.file("open"));
  chmod(dir.file("open").c_str(), 0777);
  CHECK(RenderCache(dir.file("open"), 1 << 20).disabled_reason() == dir.file("open") + ": writable by other users");

  // Trimming removes entries inside the cache only: not through a link to a file or folder.
  std::filesystem::create_directories(dir.file("outside/ab"));
  test::write_file(dir.file("outside/ab/keep.nrc"), std::string(100000, 'x'));
  test::write_file(dir.file("outside/file.nrc"), std::string(100000, 'x'));
  std::filesystem::create_directory(dir.file("cache"));
  std::filesystem::create_directory_symlink(dir.file("outside/ab"), dir.file("cache/ab"));
  std::filesystem::create_symlink(dir.file("outside/file.nrc"), dir.file("cache/linked.nrc"));
  {
    const RenderCache cache(dir.file("cache"), 1000);
    store_entry(cache, dir.file("cache"), 1, 10);
    cache.trim();
  }
  CHECK(test::file_exists(dir.file("outside/ab/keep.nrc")));
  CHECK(test::file_exists(dir.file("outside/file.nrc")));

  if (geteuid() != 0) {
    MESSAGE("not root: another user's folder cannot be made here");
    return;
  }
  std::filesystem::create_directory(dir.file("theirs"));
  REQUIRE(chown(dir.file("theirs").c_str(), 65534, 65534) == 0);
  CHECK(RenderCache(dir.file("theirs"), 1 << 20).disabled_reason() == dir.file("theirs") + ": owned by another user");
  // A link another user planted, even to a folder of ours, is refused too.
  std::filesystem::create_directory_symlink(dir.file("cache"), dir.file("planted"));
  REQUIRE(lchown(dir.file("planted").c_str(), 65534, 65534) == 0);
  CHECK(RenderCache(dir.file("planted"), 1 << 20).disabled_reason() == dir.file("planted") + ": owned by another user");
  std::filesystem::create_directory_symlink(dir.file("cache"), dir.file("mine"));
  CHECK(RenderCache(dir.file("mine"), 1 << 20).disabled_reason().empty());
}
