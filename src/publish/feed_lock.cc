#include "publish/feed_lock.h"

#include <fcntl.h>

#include <filesystem>

#include "util/file_lock.h"

namespace narrate {

namespace {

// `path`, its folder made when missing.
const std::string& with_folder(const std::string& path) {
  std::error_code ec;
  const std::filesystem::path dir = std::filesystem::path(path).parent_path();
  if (!dir.empty()) std::filesystem::create_directories(dir, ec);
  return path;
}

}  // namespace

FeedLock::FeedLock(const std::string& feed)
    : path_(feed + ".lock"), lock_(with_folder(path_), O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK) {}

}  // namespace narrate
