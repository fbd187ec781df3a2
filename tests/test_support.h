// Helpers shared by the tests: temporary directories, files, running the binary.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace narrate::test {

// A fresh directory under $TMPDIR, removed when the test passes and kept (its path
// printed) when the test failed, so the files can be examined.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::string& path() const { return path_; }
  std::string file(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

// Sets an environment variable for the lifetime of the object (unset afterwards).
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const std::string& value);
  ~ScopedEnv();
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* name_;
};

void write_file(const std::string& path, const std::string& bytes);
std::string read_file(const std::string& path);
bool file_exists(const std::string& path);
// Number of entries in a directory, but for the render cache (to see that no temporary
// file was left behind).
int count_entries(const std::string& dir);

// `seconds` of music at `rate` whose true peaks sit far above its sample peaks: a quiet
// chord, and every half second a 2 ms burst of a loud tone at a quarter of the rate,
// sampled 45 degrees off its crests (3 dB between samples and peaks).
std::vector<int16_t> chord_with_bursts(int rate, double seconds);

// Path of a file in the source tree, e.g. source_path("samples/x.txt").
std::string source_path(const std::string& relative);

// The lines of a data table's text (data_table()) that are not comments nor empty.
std::vector<std::string> data_lines(std::string_view text);

struct RunResult {
  int status = -1;  // exit status
  std::string out;  // standard output
  std::string err;  // standard error
};

// Starts the narrate binary with `arguments` in `dir` (render cache in `dir`/.cache),
// sends it `signal_number` after `delay_us` microseconds, and returns its wait status.
int run_narrate_interrupted(const std::vector<std::string>& arguments, const std::string& dir, int signal_number,
                            unsigned delay_us);

// Runs the narrate binary with `arguments` (a shell-quoted string) from `dir`, with its
// render cache in `dir`/.cache.
RunResult run_narrate(const std::string& arguments, const std::string& dir);

}  // namespace narrate::test
