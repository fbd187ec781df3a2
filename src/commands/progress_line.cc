#include "commands/progress_line.h"

#include <cstdio>

namespace narrate {

std::string format_clock(double seconds) {
  const auto tenths = static_cast<long long>(seconds * 10 + 0.5);
  char text[32];
  std::snprintf(text, sizeof text, "%lld:%02lld.%lld", tenths / 600, tenths / 10 % 60, tenths % 10);
  return text;
}

void ProgressLine::update(size_t done, size_t total, double audio_seconds) {
  if (!enabled_ || total == 0) return;
  const auto now = std::chrono::steady_clock::now();
  if (done < total && now - last_shown_ < std::chrono::milliseconds(100)) return;
  last_shown_ = now;
  const double elapsed = std::chrono::duration<double>(now - started_).count();
  const double left = done > 0 ? elapsed * static_cast<double>(total - done) / static_cast<double>(done) : 0;
  std::fprintf(stderr, "\rnarrate: %3zu%% · %s of audio · %s left ", done * 100 / total, format_clock(audio_seconds).c_str(),
               format_clock(left).c_str());
  std::fflush(stderr);
}

void ProgressLine::finish() {
  if (!enabled_) return;
  std::fprintf(stderr, "\r\033[K");
  std::fflush(stderr);
}

}  // namespace narrate
