// End-to-end runs of the real narrate binary: the sample, and every error path.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>

#include "audio/silence.h"
#include "audio/sound_file_reader.h"
#include "test_support.h"

using namespace narrate;
using test::run_narrate;

namespace {
const std::string kSample = "'" + test::source_path("samples/putin-north-korea.txt") + "'";
}

TEST_CASE("render narrates the sample to a five-minute WAV") {
  test::TempDir dir;
  const auto result = run_narrate("render " + kSample + " -o sample.wav", dir.path());
  CHECK(result.status == 0);
  CHECK(result.err.starts_with("narrate: wrote sample.wav (5:"));
  const SoundFile sound = read_sound_file(dir.file("sample.wav"));
  CHECK(sound.sample_rate == 22050);
  CHECK(sound.seconds() > 270);
  CHECK(sound.seconds() < 360);
  CHECK(test::count_entries(dir.path()) == 1);
}

TEST_CASE("render writes FLAC and Ogg Vorbis as well") {
  test::TempDir dir;
  test::write_file(dir.file("a.txt"), "Short article.\n\nSecond paragraph, also short.\n");
  const SoundFile wav = (run_narrate("render a.txt -o a.wav -q", dir.path()), read_sound_file(dir.file("a.wav")));
  REQUIRE(run_narrate("render a.txt -o a.flac -q", dir.path()).status == 0);
  REQUIRE(run_narrate("render a.txt -o a.ogg -q", dir.path()).status == 0);
  const SoundFile flac = read_sound_file(dir.file("a.flac"));
  CHECK(flac.samples == wav.samples);  // lossless
  const SoundFile ogg = read_sound_file(dir.file("a.ogg"));
  CHECK(ogg.seconds() == doctest::Approx(wav.seconds()).epsilon(0.01));
}

TEST_CASE("the default output is the article's name with .wav, in the current directory") {
  test::TempDir dir;
  test::write_file(dir.file("story.txt"), "A story.\n");
  CHECK(run_narrate("render story.txt -q", dir.path()).status == 0);
  CHECK(read_sound_file(dir.file("story.wav")).seconds() > 0.3);
}

TEST_CASE("bad input and unwritable outputs: one line, status 1, no output file") {
  test::TempDir dir;
  test::write_file(dir.file("bad.txt"), "Fine line.\nCaf\xC3\xA9 and \xFF there.\n");
  test::write_file(dir.file("empty.txt"), "");
  test::write_file(dir.file("blank.txt"), "  \n\n\t\n");
  test::write_file(dir.file("ok.txt"), "Hello there.\n");
  test::write_file(dir.file("keep.wav"), "precious");
  mkdir(dir.file("readonly").c_str(), 0555);

  struct Case {
    std::string arguments;
    std::string message;
  };
  const Case cases[] = {
      {"render missing.txt -o out.wav", "narrate: cannot read 'missing.txt': No such file or directory\n"},
      {"render readonly -o out.wav", "narrate: cannot read 'readonly': Is a directory\n"},
      {"render bad.txt -o out.wav", "narrate: bad.txt:2:10: invalid UTF-8 (byte 0xFF)\n"},
      {"render empty.txt -o out.wav", "narrate: empty.txt:1:1: the article is empty: nothing to narrate\n"},
      {"render blank.txt -o out.wav", "narrate: blank.txt:1:1: the article is empty: nothing to narrate\n"},
      {"render ok.txt -o ok.txt/dir/out.wav", "narrate: cannot write 'ok.txt/dir/out.wav': Not a directory\n"},
      {"render ok.txt -o ok.txt", "narrate: refusing to write 'ok.txt': it is also the input 'ok.txt'\n"},
      {"render ok.txt -o out.mp4", "narrate: cannot write 'out.mp4': unsupported audio format '.mp4' (use .wav, .flac, .ogg, .opus or .mp3)\n"},
      {"render ok.txt -o keep.wav --narrator nobody", "narrate: unknown voice 'nobody' (known voices: female-1, female-2, female-3, female-4, female-5, host, male-1, "
       "male-2, male-3, male-4, male-5, narrator)\n"},
  };
  const int entries_before = test::count_entries(dir.path());
  for (const Case& c : cases) {
    CAPTURE(c.arguments);
    const auto result = run_narrate(c.arguments, dir.path());
    CHECK(result.status == 1);
    CHECK(result.err == c.message);
    CHECK(test::count_entries(dir.path()) == entries_before);
  }
  CHECK(test::read_file(dir.file("keep.wav")) == "precious");
  CHECK(test::read_file(dir.file("ok.txt")) == "Hello there.\n");
}

TEST_CASE("an output in a read-only directory fails cleanly (skipped as root)") {
  if (geteuid() == 0) return;  // root writes anywhere
  test::TempDir dir;
  test::write_file(dir.file("ok.txt"), "Hello.\n");
  mkdir(dir.file("ro").c_str(), 0555);
  const auto result = run_narrate("render ok.txt -o ro/out.wav", dir.path());
  CHECK(result.status == 1);
  CHECK(result.err == "narrate: cannot write 'ro/out.wav': Permission denied\n");
}

TEST_CASE("usage errors exit 2, help exits 0 and explains every option") {
  test::TempDir dir;
  CHECK(run_narrate("", dir.path()).status == 2);
  CHECK(run_narrate("render", dir.path()).status == 2);
  CHECK(run_narrate("render a.txt --jobs many", dir.path()).status == 2);
  CHECK(run_narrate("render a.txt --jobs 300", dir.path()).status == 2);  // at most 256
  CHECK(run_narrate("frobnicate", dir.path()).status == 2);
  CHECK(run_narrate("--help", dir.path()).status == 0);
  const std::string help_file = dir.file("help.txt");
  CHECK(std::system(("'" + std::string(NARRATE_BINARY) + "' render --help > '" + help_file + "'").c_str()) == 0);
  const std::string help = test::read_file(help_file);
  for (const char* option : {"--output", "--voices", "--narrator", "--jobs", "--paragraph-pause", "--quiet"}) {
    CAPTURE(option);
    CHECK(help.find(option) != std::string::npos);
  }
}

TEST_CASE("render makes the missing folders of its outputs, and none when it fails") {
  test::TempDir dir;
  test::write_file(dir.file("a.txt"), "Short article.\n");
  const auto result = run_narrate("render a.txt -o out/new/a.wav --transcript subs/a.vtt -q", dir.path());
  CHECK(result.status == 0);
  CHECK(read_sound_file(dir.file("out/new/a.wav")).seconds() > 0.5);
  CHECK(test::read_file(dir.file("subs/a.vtt")).starts_with("WEBVTT"));
  test::write_file(dir.file("bad.txt"), "\xff\xfe not text");
  CHECK(run_narrate("render bad.txt -o never/b.wav -q", dir.path()).status == 1);
  CHECK_FALSE(test::file_exists(dir.file("never")));
}

TEST_CASE("a section change is heard: a longer silence before a heading, and the heading read slower") {
  test::TempDir dir;
  // (Three different paragraphs: one said twice would be skipped as a pull quote.)
  const auto paragraph = [](const std::string& day) { return "The council met on " + day + " to talk about the budget.\n\n"; };
  const std::string first = paragraph("Monday") + paragraph("Tuesday"), last = paragraph("Friday");
  test::write_file(dir.file("a.md"), "# Title\n\n" + first + "## Next steps\n\n" + last);
  test::write_file(dir.file("b.md"), "# Title\n\n" + first + "Next steps.\n\n" + last);
  REQUIRE(run_narrate("render a.md -o a.wav -q --transcript a.vtt", dir.path()).status == 0);
  REQUIRE(run_narrate("render b.md -o b.wav -q --transcript b.vtt --markdown", dir.path()).status == 0);
  const SoundFile sound = read_sound_file(dir.file("a.wav"));
  // Silences of a tenth of a second or more: after the title, between the paragraphs,
  // before the heading, after it (the trailing silence of each part included).
  const auto gaps = find_silences(sound.samples, 60, sound.sample_rate / 10);
  REQUIRE(gaps.size() == 4);
  const auto length = [&](const SampleRange& r) { return double(r.end - r.start) / sound.sample_rate; };
  CHECK(length(gaps[1]) == doctest::Approx(0.7).epsilon(0.1));  // paragraph break
  CHECK(length(gaps[2]) > 1.8 * length(gaps[1]));                // section break
  CHECK(length(gaps[3]) > length(gaps[1]));                      // after the heading
  // "Next steps" as a heading takes longer to say than as a one-line paragraph.
  const SoundFile plain = read_sound_file(dir.file("b.wav"));
  const auto plain_gaps = find_silences(plain.samples, 60, plain.sample_rate / 10);
  REQUIRE(plain_gaps.size() == 4);
  const double heading = double(gaps[3].start - gaps[2].end) / sound.sample_rate;
  const double line = double(plain_gaps[3].start - plain_gaps[2].end) / plain.sample_rate;
  CHECK(heading > 1.08 * line);
}

TEST_CASE("render onto a device node writes to the device and leaves it a device") {
  test::TempDir dir;
  test::write_file(dir.file("a.txt"), "Short article.\n");
  if (mknod(dir.file("null").c_str(), S_IFCHR | 0666, makedev(1, 3)) != 0) {
    MESSAGE("cannot make a device node here (not root): skipped");
    return;
  }
  for (const char* format : {"wav", "flac", "mp3", "ogg", "opus"}) {
    CAPTURE(format);
    CHECK(run_narrate(std::string("render a.txt -o null -q --format ") + format, dir.path()).status == 0);
    struct stat info {};
    REQUIRE(lstat(dir.file("null").c_str(), &info) == 0);
    CHECK(S_ISCHR(info.st_mode));
  }
}

TEST_CASE("output lost on standard output is an error, as in coreutils") {
  test::TempDir dir;
  test::write_file(dir.file("a.txt"), "Short article. It costs $5.\n");
  // narrate's standard output redirected as `redirect` says; returns its status.
  const auto run = [&](const std::string& command, const std::string& redirect) {
    const std::string line = "cd '" + dir.path() + "' && XDG_CACHE_HOME=.cache '" + NARRATE_BINARY + "' " + command +
                             " " + redirect + " 2>err.txt";
    const int raw = std::system(line.c_str());
    return WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  };
  for (const std::string command : {"inspect a.txt", "inspect a.txt --json", "normalize a.txt", "voices", "--help"}) {
    CAPTURE(command);
    CHECK(run(command, ">/dev/full") == 1);
    CHECK(test::read_file(dir.file("err.txt")) == "narrate: cannot write standard output: No space left on device\n");
    CHECK(run(command, ">&-") == 1);
    CHECK(test::read_file(dir.file("err.txt")).starts_with("narrate: cannot write standard output: "));
    CHECK(run(command, ">/dev/null") == 0);
  }
}

TEST_CASE("the cache's size limit is read strictly, and no HOME means no cache, said once") {
  test::TempDir dir;
  test::write_file(dir.file("a.txt"), "Short article.\n");
  for (const std::string bad : {"abc", "1G", "-5", "12.5", "99999999999999999999999", "1048577"}) {
    CAPTURE(bad);
    const test::ScopedEnv limit("NARRATE_CACHE_MAX_MB", bad);
    const auto result = run_narrate("render a.txt -o a.wav -q", dir.path());
    CHECK(result.status == 1);
    CHECK(result.err == "narrate: NARRATE_CACHE_MAX_MB must be a whole number of megabytes from 0 to 1048576 (it is '" +
                            bad + "')\n");
    CHECK_FALSE(test::file_exists(dir.file("a.wav")));
  }
  {
    const test::ScopedEnv limit("NARRATE_CACHE_MAX_MB", "64");
    CHECK(run_narrate("render a.txt -o a.wav -q", dir.path()).status == 0);
  }
  const std::string line = "cd '" + dir.path() + "' && env -u HOME -u XDG_CACHE_HOME '" + NARRATE_BINARY +
                           "' render a.txt -o b.wav 2>err.txt";
  CHECK(std::system(line.c_str()) == 0);
  CHECK(test::read_file(dir.file("err.txt")).starts_with(
      "narrate: not using the render cache (neither XDG_CACHE_HOME nor HOME is set)\nnarrate: wrote b.wav"));
}

TEST_CASE("every output differs from every input and from every other output, checked before anything is written") {
  test::TempDir dir;
  test::write_file(dir.file("r.txt"), "Short article.\n");
  test::write_file(dir.file("words.lex"), "council = kownsil\n");
  test::write_file(dir.file("r.wav"), "precious");
  REQUIRE(symlink("r.wav", dir.file("alias.json").c_str()) == 0);
  struct Case {
    std::string arguments;
    std::string message;
  };
  const Case cases[] = {
      {"render r.txt -o r.wav --chapters r.wav", "refusing to write 'r.wav': it is also the output 'r.wav'"},
      {"render r.txt -o r.wav --chapters alias.json", "refusing to write 'alias.json': it is also the output 'r.wav'"},
      {"render r.txt -o new.wav --transcript ./new.wav", "refusing to write './new.wav': it is also the output 'new.wav'"},
      {"render r.txt -o out.wav --lexicon words.lex --transcript words.lex",
       "refusing to write 'words.lex': it is also the input 'words.lex'"},
      {"preview r.txt --paragraph 1 -o words.lex --lexicon words.lex",
       "refusing to write 'words.lex': it is also the input 'words.lex'"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.arguments);
    const auto result = run_narrate(c.arguments + " -q", dir.path());
    CHECK(result.status == 1);
    CHECK(result.err == "narrate: " + c.message + "\n");
    CHECK(test::read_file(dir.file("r.wav")) == "precious");
    CHECK(test::read_file(dir.file("words.lex")) == "council = kownsil\n");
    CHECK_FALSE(test::file_exists(dir.file("new.wav")));
    CHECK_FALSE(test::file_exists(dir.file("out.wav")));
  }
}

TEST_CASE("an output name too long for the file system is refused before the render, a long one still works") {
  test::TempDir dir;
  test::write_file(dir.file("a.txt"), "Short article.\n");
  const std::string long_name = std::string(250, 'n') + ".wav";  // 254 bytes: fits, its temporary name would not
  CHECK(run_narrate("render a.txt -q -o " + long_name, dir.path()).status == 0);
  CHECK(test::file_exists(dir.file(long_name)));
  const std::string too_long = std::string(260, 'n') + ".wav";
  const auto result = run_narrate("render a.txt -o " + too_long, dir.path());
  CHECK(result.status == 1);
  CHECK(result.err == "narrate: cannot write '" + too_long + "': File name too long\n");
}

TEST_CASE("a lossy render made again quieter counts its cached parts once") {
  test::TempDir dir;
  const std::string article = "'" + test::source_path("samples/river-cleanup.txt") + "'";
  REQUIRE(run_narrate("render " + article + " -o a.mp3", dir.path()).status == 0);
  const auto warm = run_narrate("render " + article + " -o b.mp3", dir.path());
  REQUIRE(warm.status == 0);
  const size_t parts = std::stoul(warm.err.substr(warm.err.find(", ") + 2));
  CAPTURE(warm.err);
  CHECK(warm.err.find(", " + std::to_string(parts) + " parts, " + std::to_string(parts) + " from cache,") !=
        std::string::npos);
}
