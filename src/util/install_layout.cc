#include "util/install_layout.h"

#include <unistd.h>

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

std::string helper_program_path(const std::string& name, const std::string& relative, const std::string& build_path) {
  const std::string dir = program_dir();
  const std::string beside = dir + "/" + name;
  if (!dir.empty() && access(beside.c_str(), X_OK) == 0) return beside;
  return installed_or(relative, build_path);
}

}  // namespace narrate
