// An exclusive lock (flock) on a file, held while the object lives.
#pragma once

#include <string>

namespace narrate {

class FileLock {
 public:
  // Opens `path` with `open_flags` (O_CREAT makes it, mode 0644) and waits for the lock
  // on it. Throws Error "cannot lock 'PATH': reason" when it cannot.
  FileLock(const std::string& path, int open_flags);
  ~FileLock();
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;

 private:
  int fd_;
};

}  // namespace narrate
