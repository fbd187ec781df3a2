#include "util/install_layout.h"

#include <filesystem>
#include <system_error>

namespace narrate {

std::string program_dir() {
  std::error_code ec;
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : self.parent_path().string();
}

std::string installed_or(const std::string& relative, const std::string& fallback) {
  const std::string dir = program_dir();
  if (dir.empty()) return fallback;
  std::error_code ec;
  const std::filesystem::path candidate = (std::filesystem::path(dir) / relative).lexically_normal();
  return std::filesystem::exists(candidate, ec) ? candidate.string() : fallback;
}

}  // namespace narrate
