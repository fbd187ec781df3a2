// narrate studio over HTTP: the token and the folder guard every request; edits land in
// the sidecar (or nowhere, when refused); a paragraph heard on the page is the bytes
// `narrate preview` writes; and `render` after the page's edits equals `render` with the
// same choices on the command line.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <thread>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "studio/studio_server.h"
#include "test_support.h"

namespace narrate {
namespace {

using test::TempDir;
using Json = nlohmann::json;

// A studio serving `target` on a free loopback port, in a thread, for one test.
class RunningStudio {
 public:
  explicit RunningStudio(const std::string& target, const std::string& cache)
      : env_("XDG_CACHE_HOME", cache), session_(target, {}, quiet()), server_(session_, "0123456789abcdef0123456789abcdef") {
    port_ = server_.bind("127.0.0.1", 0);
    thread_ = std::thread([this] { server_.run(); });
    client_ = std::make_unique<httplib::Client>("127.0.0.1", port_);
  }
  ~RunningStudio() {
    server_.stop();
    thread_.join();
  }
  static const char* token() { return "0123456789abcdef0123456789abcdef"; }
  httplib::Client& client() { return *client_; }

  // GET `path` with the token added, expecting `status`.
  httplib::Result get(const std::string& path) {
    return client_->Get(path + (path.find('?') == std::string::npos ? "?" : "&") + "token=" + token());
  }
  httplib::Result post(const std::string& path, const Json& body) {
    return client_->Post(path + "?token=" + token(), body.dump(), "application/json");
  }

 private:
  static AudioOptions quiet() {
    AudioOptions options;
    options.quiet = true;
    options.jobs = 2;
    return options;
  }
  test::ScopedEnv env_;
  StudioSession session_;
  StudioServer server_;
  int port_ = 0;
  std::thread thread_;
  std::unique_ptr<httplib::Client> client_;
};

int status_of(const httplib::Result& result) { return result ? result->status : -1; }

// Seconds of a 16-bit mono WAV held in `bytes`, from its header.
double wav_seconds(const std::string& bytes) {
  REQUIRE(bytes.size() > 44);
  REQUIRE(bytes.compare(0, 4, "RIFF") == 0);
  const auto u32 = [&](size_t at) {
    return static_cast<uint32_t>(static_cast<unsigned char>(bytes[at])) |
           static_cast<uint32_t>(static_cast<unsigned char>(bytes[at + 1])) << 8 |
           static_cast<uint32_t>(static_cast<unsigned char>(bytes[at + 2])) << 16 |
           static_cast<uint32_t>(static_cast<unsigned char>(bytes[at + 3])) << 24;
  };
  const uint32_t byte_rate = u32(28);
  size_t at = 12;
  while (at + 8 <= bytes.size()) {
    if (bytes.compare(at, 4, "data") == 0) return static_cast<double>(u32(at + 4)) / byte_rate;
    at += 8 + u32(at + 4);
  }
  FAIL("no data chunk");
  return 0;
}

void copy_sample(const TempDir& dir, const std::string& name) {
  test::write_file(dir.file(name), test::read_file(test::source_path("samples/putin-north-korea.txt")));
}

}  // namespace

TEST_CASE("studio: no token, a wrong token, a foreign Host or a path outside the folder is 403") {
  TempDir dir;
  mkdir(dir.file("articles").c_str(), 0755);
  copy_sample(dir, "articles/story.txt");
  test::write_file(dir.file("secret.txt"), "Not for the page.\n");
  std::filesystem::create_symlink(dir.file("secret.txt"), dir.file("articles/link.txt"));
  RunningStudio studio(dir.file("articles"), dir.file(".cache"));
  httplib::Client& client = studio.client();

  for (const std::string path : {"/", "/studio.js", "/api/article", "/api/audio?paragraph=1", "/api/articles"}) {
    CAPTURE(path);
    CHECK(status_of(client.Get(path)) == 403);
    CHECK(status_of(client.Get(path + (path.find('?') == std::string::npos ? "?" : "&") + "token=0123")) == 403);
    CHECK(status_of(client.Get(path + (path.find('?') == std::string::npos ? "?" : "&") +
                                   "token=0123456789abcdef0123456789abcdeX")) == 403);
  }
  CHECK(status_of(client.Post("/api/lexicon", R"({"word":"a","pronunciation":"b"})", "application/json")) == 403);
  const httplib::Headers rebinding = {{"Host", "evil.example:80"}};
  CHECK(status_of(client.Get(std::string("/api/articles?token=") + RunningStudio::token(), rebinding)) == 403);

  for (const std::string name : {"../secret.txt", "/etc/passwd", "link.txt", "..%2Fsecret.txt", "sub/../../secret.txt"}) {
    CAPTURE(name);
    CHECK(status_of(studio.get("/api/article?article=" + name)) == 403);
    CHECK(status_of(studio.get("/api/audio?paragraph=1&article=" + name)) == 403);
  }
  CHECK(status_of(studio.get("/api/article?article=missing.txt")) == 404);

  const auto listing = studio.get("/api/articles");
  REQUIRE(status_of(listing) == 200);
  CHECK(Json::parse(listing->body)["articles"] == Json::array({"story.txt"}));  // not the link out
  const auto page = studio.get("/");
  REQUIRE(status_of(page) == 200);
  CHECK(page->body.find(RunningStudio::token()) != std::string::npos);
  CHECK(page->body.find("__TOKEN__") == std::string::npos);
  CHECK(status_of(studio.get("/api/article?article=story.txt")) == 200);

  const std::string big(StudioServer::kMaxRequestBytes + 1, ' ');
  CHECK(status_of(client.Post(std::string("/api/lexicon?token=") + RunningStudio::token(), big, "application/json")) == 413);
}

TEST_CASE("studio: edits are saved beside the article, refused ones leave it as it was, and render then matches the command line") {
  TempDir dir;
  copy_sample(dir, "story.txt");
  const std::string sidecar = dir.file("story.txt.narrate.toml");
  {
    RunningStudio studio(dir.file("story.txt"), dir.file(".cache"));
    const auto before = studio.get("/api/article");
    REQUIRE(status_of(before) == 200);
    const Json article = Json::parse(before->body);
    int quotes = 0;
    for (const Json& segment : article["segments"]) quotes += segment["kind"] == "quote";
    CHECK(quotes == 6);
    CHECK(article["speakers"].size() == 2);
    CHECK(!test::file_exists(sidecar));

    const auto cast = studio.post("/api/cast", {{"speaker", "Artyom Lukin"}, {"voice", "male-1"}});
    REQUIRE(status_of(cast) == 200);
    CHECK(Json::parse(cast->body)["edits"]["cast"]["Artyom Lukin"] == "male-1");
    REQUIRE(status_of(studio.post("/api/assign", {{"quote", 3}, {"speaker", "narrator"}})) == 200);
    const auto lexicon = studio.post("/api/lexicon", {{"word", "Muraviev"}, {"pronunciation", "moo RAH vee ev"}});
    REQUIRE(status_of(lexicon) == 200);
    const Json edited = Json::parse(lexicon->body);
    CHECK(edited["edits"]["assign"]["3"] == "narrator");
    CHECK(edited["edits"]["lexicon"][0]["word"] == "Muraviev");
    for (const Json& segment : edited["segments"]) {
      if (segment["quote"] == 3) CHECK(segment["speaker"].is_null());
    }
    const std::string saved = test::read_file(sidecar);
    CHECK(saved.find("moo RAH vee ev") != std::string::npos);

    // Refused: nothing saved, the old sidecar byte for byte.
    CHECK(status_of(studio.post("/api/cast", {{"speaker", "Artyom Lukin"}, {"voice", "no-such-voice"}})) == 400);
    CHECK(status_of(studio.post("/api/cast", {{"speaker", "Nobody Here"}, {"voice", "male-2"}})) == 400);
    CHECK(status_of(studio.post("/api/assign", {{"quote", 7}, {"speaker", "narrator"}})) == 400);
    CHECK(status_of(studio.post("/api/assign", {{"quote", -1}, {"speaker", "narrator"}})) == 400);
    CHECK(status_of(studio.post("/api/lexicon", {{"word", "Putin"}, {"pronunciation", "[[p u"}})) == 400);
    CHECK(status_of(studio.client().Post(std::string("/api/lexicon?token=") + RunningStudio::token(), "{not json",
                                         "application/json")) == 400);
    CHECK(test::read_file(sidecar) == saved);

    // A paragraph heard on the page is what `preview` writes, as long as its header says.
    const auto heard = studio.get("/api/audio?paragraph=5");
    REQUIRE(status_of(heard) == 200);
    CHECK(heard->get_header_value("Content-Type") == "audio/wav");
    const double seconds = wav_seconds(heard->body);
    CHECK(seconds > 3.0);
    CHECK(std::stod(heard->get_header_value("X-Narrate-Seconds")) == doctest::Approx(seconds).epsilon(1e-4));
    REQUIRE(test::run_narrate("preview story.txt --paragraph 5 -q -o preview.wav", dir.path()).status == 0);
    CHECK(test::read_file(dir.file("preview.wav")) == heard->body);
    CHECK(status_of(studio.get("/api/audio?paragraph=99")) == 400);

    // Play-all's timeline: every segment in order, inside the whole article's audio.
    const auto timeline = studio.get("/api/timeline");
    REQUIRE(status_of(timeline) == 200);
    const Json times = Json::parse(timeline->body);
    double last_end = 0;
    for (const Json& segment : times["segments"]) {
      CHECK(segment["start"].get<double>() >= last_end);
      CHECK(segment["end"].get<double>() > segment["start"].get<double>());
      last_end = segment["end"];
    }
    CHECK(last_end <= times["seconds"].get<double>());
    CHECK(times["segments"].size() == edited["segments"].size());
  }
  // The page's edits, rendered from the command line, equal the same choices given there.
  // (The same file name in another folder: the name is in the audio's tags.)
  test::write_file(dir.file("words.lexicon"), "Muraviev = moo RAH vee ev\n");
  mkdir(dir.file("plain").c_str(), 0755);
  copy_sample(dir, "plain/story.txt");
  REQUIRE(test::run_narrate("render story.txt -q -o edited.wav", dir.path()).status == 0);
  REQUIRE(test::run_narrate("render plain/story.txt -q -o given.wav --cast 'Artyom Lukin=male-1' --assign 3=narrator "
                            "--lexicon words.lexicon",
                            dir.path())
              .status == 0);
  REQUIRE(test::run_narrate("render story.txt --no-sidecar -q -o unedited.wav", dir.path()).status == 0);
  CHECK(test::read_file(dir.file("edited.wav")) == test::read_file(dir.file("given.wav")));
  CHECK(test::read_file(dir.file("edited.wav")) != test::read_file(dir.file("unedited.wav")));
}

}  // namespace narrate

namespace narrate {

TEST_CASE("studio: Ctrl-C or SIGTERM stops it cleanly, its scratch folder gone, ended by the signal as before") {
  for (const int signal_number : {SIGINT, SIGTERM}) {
    CAPTURE(signal_number);
    TempDir dir;
    copy_sample(dir, "story.txt");
    mkdir(dir.file("tmp").c_str(), 0700);
    const test::ScopedEnv tmp("TMPDIR", dir.file("tmp"));
    const int status = test::run_narrate_interrupted({"studio", "story.txt", "--port", "0", "-q"}, dir.path(), signal_number, 700000);
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == signal_number);
    CHECK(test::count_entries(dir.file("tmp")) == 0);
    CHECK(!test::file_exists(dir.file("story.txt.narrate.toml")));
  }
}

}  // namespace narrate

namespace narrate {

TEST_CASE("studio: two sessions editing one article at once lose no edit") {
  TempDir dir;
  copy_sample(dir, "story.txt");
  const test::ScopedEnv cache("XDG_CACHE_HOME", dir.file(".cache"));
  AudioOptions audio;
  audio.quiet = true;
  audio.jobs = 1;
  StudioSession first(dir.file("story.txt"), {}, audio), second(dir.file("story.txt"), {}, audio);
  constexpr int kEach = 12;
  const auto add_words = [](StudioSession& session, const std::string& prefix) {
    for (int i = 0; i < kEach; ++i) session.set_pronunciation("", prefix + std::to_string(i), "word " + std::to_string(i));
  };
  std::thread a([&] { add_words(first, "alpha"); });
  std::thread b([&] { add_words(second, "beta"); });
  a.join();
  b.join();
  const Sidecar saved = read_sidecar(dir.file("story.txt.narrate.toml"));
  CHECK(saved.lexicon.size() == 2 * kEach);
  CHECK(first.article("")["edits"]["lexicon"].size() == 2 * kEach);
}

}  // namespace narrate
