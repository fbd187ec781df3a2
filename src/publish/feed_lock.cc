#include "publish/feed_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>

#include "util/error.h"

namespace narrate {

FeedLock::FeedLock(const std::string& feed) {
  const std::string path = feed + ".lock";
  std::error_code ec;
  const std::filesystem::path dir = std::filesystem::path(path).parent_path();
  if (!dir.empty()) std::filesystem::create_directories(dir, ec);
  fd_ = open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0644);
  if (fd_ < 0) throw Error(system_error_message("cannot lock", path, errno));
  while (flock(fd_, LOCK_EX) != 0) {
    if (errno != EINTR) {
      const int err = errno;
      close(fd_);
      throw Error(system_error_message("cannot lock", path, err));
    }
  }
}

FeedLock::~FeedLock() { close(fd_); }

}  // namespace narrate
