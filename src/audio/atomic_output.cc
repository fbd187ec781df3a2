#include "audio/atomic_output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <climits>
#include <condition_variable>
#include <mutex>
#include <system_error>
#include <thread>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>

#include "util/error.h"

namespace narrate {
namespace {

// Temporary files to delete if a signal ends the process. Signal handlers may only use
// async-signal-safe calls, hence fixed slots of plain characters instead of strings.
constexpr size_t kSlots = 8;
constexpr size_t kPathMax = 4096;
std::array<std::array<char, kPathMax>, kSlots> g_pending{};
std::array<std::atomic<bool>, kSlots> g_used{};

extern "C" void remove_pending_and_reraise(int signal_number) {
  for (size_t i = 0; i < kSlots; ++i) {
    if (g_used[i].load()) unlink(g_pending[i].data());
  }
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
}

void install_handlers_once() {
  static const bool installed = [] {
    for (const int s : {SIGINT, SIGTERM, SIGHUP}) std::signal(s, remove_pending_and_reraise);
    return true;
  }();
  (void)installed;
}

int register_pending(const std::string& path) {
  if (path.size() >= kPathMax) return -1;
  install_handlers_once();
  for (size_t i = 0; i < kSlots; ++i) {
    if (!g_used[i].load()) {
      std::memcpy(g_pending[i].data(), path.c_str(), path.size() + 1);
      g_used[i].store(true);
      return static_cast<int>(i);
    }
  }
  return -1;
}

void unregister_pending(const std::string& path) {
  for (size_t i = 0; i < kSlots; ++i) {
    if (g_used[i].load() && path == g_pending[i].data()) g_used[i].store(false);
  }
}

// Drops the regular file at `path`, if there is one, from the page cache (pages not yet
// written to disk stay; the kernel starts writing them). Only a regular file is opened:
// opening a device or a FIFO may do something.
void drop_from_page_cache(const std::string& path) {
  struct stat info {};
  if (lstat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return;
  const int fd = open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) return;  // unreadable: the rename frees its pages instead
  if (fstat(fd, &info) == 0 && S_ISREG(info.st_mode)) posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
  close(fd);
}

// Links `source` (AT_SYMLINK_FOLLOW: a /proc/self/fd path links the open file) under a
// unique name made from `pattern` (mkstemp's XXXXXX), into `linked`. 0, or an errno.
int link_to_unique_name(const std::string& source, const std::string& pattern, std::string& linked) {
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string candidate = pattern;
    const int fd = mkstemp(candidate.data());  // a unique name, then free it for linkat
    if (fd < 0) return errno;
    close(fd);
    unlink(candidate.c_str());
    if (linkat(AT_FDCWD, source.c_str(), AT_FDCWD, candidate.c_str(), AT_SYMLINK_FOLLOW) == 0) {
      linked = candidate;
      return 0;
    }
    if (errno != EEXIST) return errno;
  }
  return EEXIST;
}

// Makes the missing folders of `dir`, outermost first, and returns those it made.
// Throws Error (naming `path`) when one cannot be made; the ones made are removed again.
std::vector<std::string> make_missing_dirs(const std::filesystem::path& dir, const std::string& path) {
  std::vector<std::filesystem::path> missing;
  for (std::filesystem::path at = dir; !at.empty(); at = at.parent_path()) {
    struct stat info {};
    if (stat(at.c_str(), &info) == 0 || errno != ENOENT) break;
    missing.push_back(at);
    if (at == at.parent_path()) break;
  }
  std::vector<std::string> made;
  for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
    if (mkdir(it->c_str(), 0777) == 0) {
      made.push_back(it->string());
      continue;
    }
    if (errno == EEXIST) continue;  // another run made it meanwhile
    const int err = errno;
    for (auto m = made.rbegin(); m != made.rend(); ++m) rmdir(m->c_str());
    throw Error(system_error_message("cannot write", path, err));
  }
  return made;
}

// The final target of the symbolic link at `path` (followed link by link, a relative target
// taken from its link's folder), whether or not that target exists; `path` itself when it
// is not a link. Throws Error (naming `path`) for a loop or too long a chain.
std::string final_target(const std::string& path) {
  std::filesystem::path at(path);
  for (int hops = 0; hops < 40; ++hops) {
    struct stat info {};
    if (lstat(at.c_str(), &info) != 0 || !S_ISLNK(info.st_mode)) return at.string();
    std::error_code ec;
    const std::filesystem::path next = std::filesystem::read_symlink(at, ec);
    if (ec) throw Error(system_error_message("cannot write", path, ec.value()));
    at = next.is_absolute() ? next : at.parent_path() / next;
  }
  throw Error(system_error_message("cannot write", path, ELOOP));
}

}  // namespace

AtomicOutput::AtomicOutput(std::string path) : path_(std::move(path)) {
  struct stat info {};
  if (stat(path_.c_str(), &info) == 0) {
    if (S_ISDIR(info.st_mode)) throw Error(system_error_message("cannot write", path_, EISDIR));
    if (!S_ISREG(info.st_mode)) {
      // A device, FIFO or socket (also behind a link such as /dev/stdout): written to,
      // never replaced. A FIFO's open waits for its reader, as with any writer.
      fd_ = open(path_.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
      if (fd_ < 0) throw Error(system_error_message("cannot write", path_, errno));
      streams_ = true;
      return;
    }
    replaces_ = true;
    replaced_ = info;
  }
  path_ = final_target(path_);  // a link's target is what gets replaced
  const std::filesystem::path target(path_);
  const std::filesystem::path dir = target.has_parent_path() ? target.parent_path() : ".";
  // A name the file system cannot hold is said now, not after the whole render.
  if (target.filename().string().size() > NAME_MAX) throw Error(system_error_message("cannot write", path_, ENAMETOOLONG));
  made_dirs_ = make_missing_dirs(dir, path_);
  // The temporary name is the target's with a prefix and suffix, or a short one when
  // that would be too long a name.
  std::string temp_name = ".";
  temp_name += target.filename().string();
  if (temp_name.size() + 15 > NAME_MAX) temp_name = ".narrate";
  temp_name += ".narrate-XXXXXX";
  temp_path_ = (dir / temp_name).string();
  // An unnamed file first (O_TMPFILE): if the process is killed, even by SIGKILL,
  // nothing is left behind. Named temporary files where the file system has no such thing.
  fd_ = open(dir.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0666);
  if (fd_ >= 0) {
    anonymous_ = true;
    return;
  }
  if (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL) fd_ = mkstemp(temp_path_.data());
  if (fd_ < 0) {
    const int err = errno;
    remove_made_dirs();
    throw Error(system_error_message("cannot write", path_, err));
  }
  register_pending(temp_path_);
}

// A thread that makes a file's data durable (fdatasync) whenever asked, until stopped.
// Requests that come while it syncs are served by one more sync.
class AtomicOutput::BackgroundSync {
 public:
  explicit BackgroundSync(int fd) : fd_(fd), thread_([this] { run(); }) {}
  ~BackgroundSync() { stop(); }

  void request() {
    const std::lock_guard lock(mutex_);
    wanted_ = true;
    wake_.notify_one();
  }
  // Waits for a sync under way (not for one only asked for) and ends the thread; returns
  // the first error a sync met, else 0.
  int stop() {
    {
      const std::lock_guard lock(mutex_);
      stopping_ = true;
      wake_.notify_one();
    }
    if (thread_.joinable()) thread_.join();
    return error_;
  }

 private:
  void run() {
    std::unique_lock lock(mutex_);
    for (;;) {
      wake_.wait(lock, [this] { return wanted_ || stopping_; });
      if (stopping_) return;
      wanted_ = false;
      lock.unlock();
      const int err = fdatasync(fd_) == 0 ? 0 : errno;
      lock.lock();
      // The first error is kept: a later fsync of the same descriptor may not report it
      // again (the kernel reports a writeback error once per open file).
      if (err != 0 && error_ == 0) error_ = err;
    }
  }

  const int fd_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool wanted_ = false;
  bool stopping_ = false;
  int error_ = 0;
  std::thread thread_;  // last: started once the members it uses are made
};

int AtomicOutput::stop_background_sync() {
  if (!syncing_) return 0;
  const int err = syncing_->stop();
  syncing_.reset();
  return err;
}

AtomicOutput::~AtomicOutput() {
  stop_background_sync();
  if (fd_ >= 0) close(fd_);
  if (!committed_ && !anonymous_ && !streams_) {
    unlink(temp_path_.c_str());
    unregister_pending(temp_path_);
  }
  if (!committed_) remove_made_dirs();
}

void AtomicOutput::remove_made_dirs() {
  for (auto it = made_dirs_.rbegin(); it != made_dirs_.rend(); ++it) rmdir(it->c_str());  // fails if not empty
  made_dirs_.clear();
}

// Gives the unnamed file a temporary name beside the target (to be renamed over it).
int AtomicOutput::name_anonymous_file() {
  std::string linked;
  const int err = link_to_unique_name("/proc/self/fd/" + std::to_string(fd_), temp_path_, linked);
  if (err != 0) return err;
  temp_path_ = linked;
  register_pending(temp_path_);
  anonymous_ = false;
  return 0;
}

void AtomicOutput::start_writeback() {
  if (streams_ || fd_ < 0) return;
  if (!syncing_) {
    drop_from_page_cache(path_);
    try {
      syncing_ = std::make_unique<BackgroundSync>(fd_);
    } catch (const std::system_error&) {
      return;  // no thread to be had: commit's fsync does it all, as it always can
    }
  }
  syncing_->request();
}

void AtomicOutput::commit() {
  int err = stop_background_sync();
  if (streams_) {
    const int closed = close(fd_);
    fd_ = -1;
    committed_ = true;
    if (closed != 0 && errno != EINTR) throw Error(system_error_message("cannot write", path_, errno));
    return;
  }
  const mode_t mask = umask(0);
  umask(mask);
  if (err == 0 && replaces_) {
    // As the file it replaces: owner first (which may clear set-id bits), then mode. Only
    // a privileged process can give a file away; others keep their own ownership.
    if (fchown(fd_, replaced_.st_uid, replaced_.st_gid) != 0 && errno != EPERM) err = errno;
    if (err == 0 && fchmod(fd_, replaced_.st_mode & 07777) != 0) err = errno;
  } else if (err == 0 && fchmod(fd_, 0666 & ~mask) != 0) {
    err = errno;
  }
  if (err == 0 && fsync(fd_) != 0) err = errno;
  if (err == 0 && anonymous_) err = name_anonymous_file();
  if (close(fd_) != 0 && err == 0) err = errno;
  fd_ = -1;
  if (err == 0 && rename(temp_path_.c_str(), path_.c_str()) != 0) err = errno;
  if (err != 0) throw Error(system_error_message("cannot write", path_, err));
  committed_ = true;
  unregister_pending(temp_path_);
}

void write_all(AtomicOutput& output, std::string_view content) {
  const char* data = content.data();
  size_t left = content.size();
  while (left > 0) {
    const ssize_t n = ::write(output.fd(), data, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw Error(system_error_message("cannot write", output.path(), errno));
    data += n;
    left -= static_cast<size_t>(n);
  }
}

void write_file_atomically(const std::string& path, std::string_view content) {
  AtomicOutput output(path);
  write_all(output, content);
  output.commit();
}

void commit_together(const std::vector<AtomicOutput*>& outputs) {
  struct Kept {
    std::string path;    // the published name
    std::string backup;  // the file it replaced, linked aside; empty when there was none
    bool committed = false;
  };
  std::vector<Kept> kept;
  const auto put_back = [&] {
    for (auto it = kept.rbegin(); it != kept.rend(); ++it) {
      if (!it->committed) {
        if (!it->backup.empty()) unlink(it->backup.c_str());
        continue;
      }
      if (!it->backup.empty()) {
        rename(it->backup.c_str(), it->path.c_str());
      } else {
        unlink(it->path.c_str());
      }
    }
  };
  try {
    for (AtomicOutput* output : outputs) {
      if (output == nullptr) continue;
      Kept entry{output->path(), "", false};
      struct stat info {};
      if (!output->streams() && lstat(entry.path.c_str(), &info) == 0 && S_ISREG(info.st_mode)) {
        const std::filesystem::path target(entry.path);
        const std::string pattern =
            (target.has_parent_path() ? target.parent_path() / ".narrate-old-XXXXXX" : ".narrate-old-XXXXXX").string();
        if (const int err = link_to_unique_name(entry.path, pattern, entry.backup); err != 0) {
          throw Error(system_error_message("cannot write", entry.path, err));
        }
      }
      kept.push_back(entry);
    }
    size_t index = 0;
    for (AtomicOutput* output : outputs) {
      if (output == nullptr) continue;
      output->commit();
      kept[index++].committed = true;
    }
  } catch (...) {
    put_back();
    throw;
  }
  for (const Kept& entry : kept) {
    if (!entry.backup.empty()) unlink(entry.backup.c_str());
  }
}

namespace {

// What identifies the file at `path`: "dev:inode" when it exists, else its canonical path;
// empty for what is never replaced (a device, FIFO or socket).
std::string file_identity(const std::string& path) {
  struct stat info {};
  if (stat(path.c_str(), &info) == 0) {
    if (!S_ISREG(info.st_mode) && !S_ISDIR(info.st_mode)) return {};
    return std::to_string(info.st_dev) + ":" + std::to_string(info.st_ino);
  }
  std::error_code ec;
  const std::filesystem::path canonical = std::filesystem::weakly_canonical(std::filesystem::absolute(path, ec), ec);
  return ec ? path : canonical.string();
}

}  // namespace

void ensure_distinct_files(const std::vector<std::string>& inputs, const std::vector<std::string>& outputs) {
  std::vector<std::pair<std::string, std::string>> seen;  // identity, then "the input 'X'" or "the output 'Y'"
  for (const std::string& input : inputs) {
    if (input.empty() || input == "-") continue;
    if (const std::string id = file_identity(input); !id.empty()) seen.emplace_back(id, "the input '" + input + "'");
  }
  for (const std::string& output : outputs) {
    if (output.empty() || output == "-") continue;
    const std::string id = file_identity(output);
    if (id.empty()) continue;
    for (const auto& [other, what] : seen) {
      if (other == id) throw Error("refusing to write '" + output + "': it is also " + what);
    }
    seen.emplace_back(id, "the output '" + output + "'");
  }
}

void ensure_distinct_files(const std::string& input, const std::string& output) {
  ensure_distinct_files(std::vector<std::string>{input}, std::vector<std::string>{output});
}

}  // namespace narrate
