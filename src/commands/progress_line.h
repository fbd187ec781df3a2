// ProgressLine: "narrate: 42% · 2:13 of audio · 0:03 left" on a terminal.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

namespace narrate {

// "m:ss.t" for a duration in seconds.
std::string format_clock(double seconds);

// Rewrites one line of standard error with the render's progress. Does nothing when
// not enabled (not a terminal, or --quiet), so output to files and pipes stays clean.
class ProgressLine {
 public:
  explicit ProgressLine(bool enabled) : enabled_(enabled), started_(std::chrono::steady_clock::now()) {}

  bool enabled() const { return enabled_; }

  void update(size_t done, size_t total, double audio_seconds);

  // Clears the line.
  void finish();

 private:
  bool enabled_;
  std::chrono::steady_clock::time_point started_;
  std::chrono::steady_clock::time_point last_shown_{};
};

}  // namespace narrate
