// Hostile input: what narrate does with text from anywhere and outputs it cannot write.
#include <doctest/doctest.h>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "audio/silence.h"
#include "audio/sound_file_reader.h"
#include "audio/sound_file_writer.h"
#include "test_support.h"
#include "util/error.h"

using namespace narrate;
using test::run_narrate;

TEST_CASE("markup is read as text: no voice switch, no file played, no phonemes injected") {
  test::TempDir dir;
  test::write_file(dir.file("markup.txt"), "Title\n\nSay [[h@l'oU]] now.\n");
  test::write_file(dir.file("plain.txt"), "Title\n\nSay h@l'oU now.\n");
  REQUIRE(run_narrate("render markup.txt -o a.wav -q --no-cache", dir.path()).status == 0);
  REQUIRE(run_narrate("render plain.txt -o b.wav -q --no-cache", dir.path()).status == 0);
  // The brackets are dropped before the engine: the same audio as the plain text.
  CHECK(read_sound_file(dir.file("a.wav")).samples == read_sound_file(dir.file("b.wav")).samples);

  test::write_file(dir.file("ssml.txt"),
                   "Title\n\nHe said <voice name=\"en+f5\">switch</voice> <audio src=\"/etc/passwd\"/> then.\n");
  const auto result = run_narrate("inspect ssml.txt --json", dir.path());
  REQUIRE(result.status == 0);
  const auto spoken = nlohmann::json::parse(result.out)["segments"][1]["spoken"].get<std::string>();
  CHECK(spoken.find('[') == std::string::npos);
  CHECK(run_narrate("render ssml.txt -o s.wav -q", dir.path()).status == 0);
}

TEST_CASE("control characters, emoji and right-to-left text are narrated") {
  test::TempDir dir;
  test::write_file(dir.file("mixed.txt"),
                   "Title \xF0\x9F\x8E\x99\n\nShalom \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D and marhaba \xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7 "
                   "\xF0\x9F\x98\x80 with a bell\x07 and a tab\tin it.\n");
  REQUIRE(run_narrate("render mixed.txt -o m.wav -q", dir.path()).status == 0);
  const SoundFile sound = read_sound_file(dir.file("m.wav"));
  CHECK(sound.seconds() > 2);
  CHECK(rms_dbfs(sound.samples) > -40);
}

TEST_CASE("a 10,000-letter word and 100,000 one-word paragraphs finish") {
  test::TempDir dir;
  test::write_file(dir.file("word.txt"), "Title\n\n" + std::string(10'000, 'a') + " end.\n");
  REQUIRE(run_narrate("render word.txt -o w.wav -q --no-cache", dir.path()).status == 0);
  CHECK(read_sound_file(dir.file("w.wav")).seconds() > 10);

  std::string many = "Title";
  for (int i = 0; i < 100'000; ++i) many += "\n\nword" + std::to_string(i);
  test::write_file(dir.file("many.txt"), many);
  const auto result = run_narrate("inspect many.txt --json", dir.path());
  REQUIRE(result.status == 0);
  CHECK(nlohmann::json::parse(result.out)["segments"].size() == 100'001);
}

TEST_CASE("a 20 MB single line is read in bounded time and memory") {
  test::TempDir dir;
  std::string line = "Title\n\n";
  line.reserve(20'100'000);
  while (line.size() < 20'000'000) line += "Word after word, “a quote” and more words. ";
  test::write_file(dir.file("line.txt"), line + "\n");
  const auto result = run_narrate("inspect line.txt", dir.path());
  CHECK(result.status == 0);
  CHECK(result.err.empty());
  CHECK(result.out.starts_with("source       line.txt\ntitle        Title\nparagraphs   1\n"));
}

TEST_CASE("a full disk (a file-size limit here) is a one-line error and leaves no file") {
  test::TempDir dir;
  test::write_file(dir.file("ok.txt"), test::read_file(test::source_path("samples/putin-north-korea.txt")));
  for (const std::string format : {"wav", "mp3", "flac"}) {
    CAPTURE(format);
    const std::string command = "cd '" + dir.path() + "' && (ulimit -f 64; XDG_CACHE_HOME='" + dir.path() +
                                "/.cache' '" + NARRATE_BINARY + "' render ok.txt -o out." + format +
                                " -q 2> err.txt)";
    const int status = std::system(command.c_str());
    CHECK(WEXITSTATUS(status) == 1);
    CHECK(test::read_file(dir.file("err.txt")).find("narrate: cannot write 'out." + format + "': ") != std::string::npos);
    CHECK_FALSE(test::file_exists(dir.file("out." + format)));
  }
}

TEST_CASE("under a file size limit too small for its shared memory file, narrate renders the same") {
  // The workers' results go to a 2 GiB (sparse) memory file, which ulimit -f forbids;
  // System V shared memory takes its place.
  test::TempDir dir;
  test::write_file(dir.file("ok.txt"), "Title\n\nOne paragraph. \xE2\x80\x9C" "And a quote,\xE2\x80\x9D she said.\n");
  REQUIRE(run_narrate("render ok.txt -o free.wav -q --no-cache", dir.path()).status == 0);
  const std::string command = "cd '" + dir.path() + "' && (ulimit -f 20000; '" + NARRATE_BINARY +
                              "' render ok.txt -o limited.wav -q --no-cache 2> err.txt)";
  const int status = std::system(command.c_str());
  CHECK(WEXITSTATUS(status) == 0);
  CHECK(test::read_file(dir.file("err.txt")).empty());
  CHECK(test::read_file(dir.file("limited.wav")) == test::read_file(dir.file("free.wav")));
}

TEST_CASE("with standard input, output or error closed, narrate neither hangs nor writes elsewhere") {
  // narrate's own descriptors (the speaker's socket, its shared memory) must not take
  // the free numbers 0-2. Both kinds of shared memory: without and with a file size limit.
  test::TempDir dir;
  test::write_file(dir.file("a.txt"), "Title\n\nOne paragraph. \xE2\x80\x9C" "A quote,\xE2\x80\x9D she said.\n");
  REQUIRE(run_narrate("render a.txt -o ref.wav -q --no-cache", dir.path()).status == 0);
  for (const std::string limit : {"", "ulimit -f 20000; "}) {
    CAPTURE(limit);
    const auto run = [&](const std::string& arguments, const std::string& redirect) {
      const std::string command = "cd '" + dir.path() + "' && (" + limit + "timeout 60 '" + NARRATE_BINARY + "' " +
                                  arguments + " " + redirect + " 2> err.txt)";
      const int status = std::system(command.c_str());
      return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    };
    CHECK(run("render a.txt -o in.wav -q --no-cache", "<&-") == 0);
    CHECK(test::read_file(dir.file("in.wav")) == test::read_file(dir.file("ref.wav")));
    CHECK(run("render a.txt -o - -q --no-cache", ">&-") == 1);
    CHECK(test::read_file(dir.file("err.txt")) == "narrate: cannot write '<stdout>': Bad file descriptor\n");
    CHECK(run("render - -o stdin.wav -q --no-cache", "<&-") == 1);
    CHECK(test::read_file(dir.file("err.txt")) == "narrate: cannot read '<stdin>': Bad file descriptor\n");
    CHECK_FALSE(test::file_exists(dir.file("stdin.wav")));
    const std::string command = "cd '" + dir.path() + "' && (" + limit + "timeout 60 '" + NARRATE_BINARY +
                                "' render a.txt -o quiet.wav --no-cache 2>&-)";
    const int status = std::system(command.c_str());
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(test::read_file(dir.file("quiet.wav")) == test::read_file(dir.file("ref.wav")));
  }
}

TEST_CASE("outputs where nothing can be written") {
  test::TempDir dir;
  test::write_file(dir.file("ok.txt"), "Title\n\nHello.\n");
  const auto proc = run_narrate("render ok.txt -o /proc/narrate-test.wav", dir.path());
  CHECK(proc.status == 1);
  CHECK(proc.err.starts_with("narrate: cannot write '/proc/narrate-test.wav': "));
  const auto dev = run_narrate("render ok.txt -o /dev/null/x.wav", dir.path());
  CHECK(dev.status == 1);
}

TEST_CASE("endless and enormous inputs are refused quickly, in bounded memory") {
  test::TempDir dir;
  // /dev/zero: reading stops at the first block, which holds a NUL byte.
  const auto zero = run_narrate("inspect /dev/zero", dir.path());
  CHECK(zero.status == 1);
  CHECK(zero.err == "narrate: /dev/zero:1:1: NUL byte; this looks like a binary file, not text\n");
  // An endless text stream stops at the article limit (128 MiB).
  const std::string endless_line = "cd '" + dir.path() + "' && yes 'A line of text.' | XDG_CACHE_HOME=.cache '" +
                                   std::string(NARRATE_BINARY) + "' inspect - 2>err.txt >/dev/null";
  const int raw = std::system(endless_line.c_str());
  test::RunResult endless;
  endless.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  endless.err = test::read_file(dir.file("err.txt"));
  CHECK(endless.status == 1);
  CHECK(endless.err == "narrate: cannot read '<stdin>': larger than 128 MiB, the most narrate reads for an article\n");
  // A folder named like a manifest, a FIFO among the voice profiles.
  std::filesystem::create_directory(dir.file("x.toml"));
  const auto folder = run_narrate("episode x.toml -o e.mp3", dir.path());
  CHECK(folder.status == 1);
  CHECK(folder.err == "narrate: cannot read 'x.toml': Is a directory\n");
  std::filesystem::create_directory(dir.file("voices"));
  REQUIRE(mkfifo(dir.file("voices/stuck.toml").c_str(), 0600) == 0);
  test::write_file(dir.file("a.txt"), "Short.\n");
  CHECK(run_narrate("inspect a.txt --voices voices", dir.path()).status == 0);
}

TEST_CASE("a music file whose header claims billions of frames costs only what it holds") {
  test::TempDir dir;
  // A real, short FLAC whose STREAMINFO then claims 2^29 frames (its "total samples").
  std::string flac;
  {
    const std::vector<int16_t> tone(4410, 1000);
    SoundFileWriter writer(dir.file("short.flac"), AudioFormat::flac, 44100);
    writer.write(tone);
    writer.commit();
    flac = test::read_file(dir.file("short.flac"));
  }
  REQUIRE(flac.substr(0, 4) == "fLaC");
  // STREAMINFO starts at byte 8; total samples are the low 36 bits of bytes 21..25.
  const uint64_t claimed = uint64_t{1} << 29;
  flac[21] = static_cast<char>((flac[21] & 0xF0) | ((claimed >> 32) & 0x0F));
  for (int k = 0; k < 4; ++k) flac[22 + k] = static_cast<char>((claimed >> (24 - 8 * k)) & 0xFF);
  test::write_file(dir.file("liar.flac"), flac);
#if defined(__SANITIZE_ADDRESS__)
  MESSAGE("under AddressSanitizer the address-space limit cannot be set: only the length is checked");
  CHECK(read_sound_file(dir.file("liar.flac")).samples.size() == 4410);
#else
  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {  // 512 MiB of address space: the claimed frames would take 1 GiB
    const rlimit limit{512u << 20, 512u << 20};
    setrlimit(RLIMIT_AS, &limit);
    try {
      _exit(read_sound_file(dir.file("liar.flac")).samples.size() == 4410 ? 0 : 2);
    } catch (...) {
      _exit(3);
    }
  }
  int status = 0;
  waitpid(child, &status, 0);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
#endif
  const auto fifo = mkfifo(dir.file("music.flac").c_str(), 0600);
  REQUIRE(fifo == 0);
  CHECK_THROWS_WITH_AS(read_sound_file(dir.file("music.flac")),
                       ("cannot read '" + dir.file("music.flac") + "': not a regular file").c_str(), Error);
}
