// Taking turns at a podcast feed: runs that update the same feed read, change and write
// it one after another.
#pragma once

#include <string>

#include "util/file_lock.h"

namespace narrate {

// Holds an exclusive lock on `feed`.lock (made when missing, never removed: removing a
// lock file lets two runs lock two different files) while it lives. Throws Error when
// the lock file cannot be made or locked.
class FeedLock {
 public:
  explicit FeedLock(const std::string& feed);
  FeedLock(const FeedLock&) = delete;
  FeedLock& operator=(const FeedLock&) = delete;

 private:
  std::string path_;
  FileLock lock_;
};

}  // namespace narrate
