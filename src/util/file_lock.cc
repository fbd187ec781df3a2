#include "util/file_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>

#include "util/error.h"

namespace narrate {

FileLock::FileLock(const std::string& path, int open_flags) : fd_(open(path.c_str(), open_flags | O_CLOEXEC, 0644)) {
  if (fd_ < 0) throw Error(system_error_message("cannot lock", path, errno));
  while (flock(fd_, LOCK_EX) != 0) {
    if (errno != EINTR) {
      const int err = errno;
      close(fd_);
      throw Error(system_error_message("cannot lock", path, err));
    }
  }
}

FileLock::~FileLock() { close(fd_); }

}  // namespace narrate
