#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

#include "test_support.h"

namespace narrate::test {

TempDir::TempDir() {
  const char* base = std::getenv("TMPDIR");
  std::string pattern = std::string(base && *base ? base : "/tmp") + "/narrate-test-XXXXXX";
  if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
  path_ = pattern;
}

TempDir::~TempDir() {
  // This file holds doctest's implementation, so the running test's failure count is
  // visible here; a failed REQUIRE is an exception in flight.
  const bool failed = std::uncaught_exceptions() > 0 ||
                      (doctest::detail::g_cs && doctest::detail::g_cs->numAssertsFailedCurrentTest_atomic > 0);
  if (failed) {
    std::cerr << "kept test directory " << path_ << '\n';
    return;
  }
  std::error_code ec;
  std::filesystem::permissions(path_, std::filesystem::perms::owner_all, std::filesystem::perm_options::add, ec);
  std::filesystem::remove_all(path_, ec);
}

void write_file(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  if (!out) throw std::runtime_error("cannot write " + path);
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

bool file_exists(const std::string& path) {
  struct stat info {};
  return stat(path.c_str(), &info) == 0;
}

int count_entries(const std::string& dir) {
  int count = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    count += entry.path().filename() != ".cache";  // the render cache run_narrate points at
  }
  return count;
}

std::vector<int16_t> chord_with_bursts(int rate, double seconds) {
  std::vector<int16_t> samples(static_cast<size_t>(rate * seconds));
  for (size_t i = 0; i < samples.size(); ++i) {
    const double t = static_cast<double>(i) / rate;
    double value = 0;
    for (const double hz : {261.6, 329.6, 392.0}) value += 1500 * std::sin(2 * M_PI * hz * t);
    if (i % static_cast<size_t>(rate / 2) < 44) value += 30000 * std::sin(M_PI / 2 * static_cast<double>(i) + M_PI / 4);
    samples[i] = static_cast<int16_t>(std::lround(std::clamp(value, -32768.0, 32767.0)));
  }
  return samples;
}

std::string source_path(const std::string& relative) { return std::string(NARRATE_SOURCE_DIR) + "/" + relative; }

std::vector<std::string> data_lines(std::string_view text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    start = end + 1;
    if (!line.empty() && line[0] != '#') lines.emplace_back(line);
  }
  return lines;
}

int run_narrate_interrupted(const std::vector<std::string>& arguments, const std::string& dir, int signal_number,
                            unsigned delay_us) {
  const pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    if (chdir(dir.c_str()) != 0) _exit(3);
    setenv("XDG_CACHE_HOME", (dir + "/.cache").c_str(), 1);
    std::vector<char*> argv{const_cast<char*>("narrate")};
    for (const std::string& a : arguments) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(NARRATE_BINARY, argv.data());
    _exit(4);
  }
  usleep(delay_us);
  kill(pid, signal_number);
  int status = 0;
  waitpid(pid, &status, 0);
  return status;
}

ScopedEnv::ScopedEnv(const char* name, const std::string& value) : name_(name) { setenv(name, value.c_str(), 1); }
ScopedEnv::~ScopedEnv() { unsetenv(name_); }

RunResult run_narrate(const std::string& arguments, const std::string& dir) {
  const std::string err_file = dir + "/.stderr";
  const std::string out_file = dir + "/.stdout";
  const std::string command =
      "cd '" + dir + "' && XDG_CACHE_HOME='" + dir + "/.cache' '" + NARRATE_BINARY + "' " + arguments + " 2> '" +
      err_file + "' > '" + out_file + "'";
  const int raw = std::system(command.c_str());
  RunResult result;
  result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  result.out = read_file(out_file);
  result.err = read_file(err_file);
  std::filesystem::remove(err_file);
  std::filesystem::remove(out_file);
  return result;
}

}  // namespace narrate::test
