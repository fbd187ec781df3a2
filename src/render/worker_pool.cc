#include "render/worker_pool.h"

#include <poll.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <cerrno>
#include <csignal>
#include <map>
#include <optional>
#include <vector>

#include "util/error.h"
#include "util/unforked_allocator.h"

namespace narrate {
namespace {

// Children send frames: a tag byte, a 4-byte length, the payload.
constexpr char kData = 'D';
constexpr char kDone = 'K';
constexpr char kFailed = 'E';
constexpr size_t kFrameHeader = 5;
constexpr size_t kChunk = 65536;

bool write_all(int fd, const char* data, size_t size) {
  while (size > 0) {
    const ssize_t n = ::write(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

bool write_frame(int fd, char tag, const char* data, size_t size) {
  char header[kFrameHeader] = {tag};
  const auto length = static_cast<uint32_t>(size);
  std::memcpy(header + 1, &length, sizeof length);
  return write_all(fd, header, sizeof header) && write_all(fd, data, size);
}

// Buffers a child's result into data frames of kChunk bytes. Its buffer is static: the
// child is a fresh process, and memory it never allocates is memory it never faults in.
class FrameWriter : public ChildOutput {
 public:
  explicit FrameWriter(int fd) : fd_(fd) {}

  void write(const void* data, size_t size) override {
    const char* bytes = static_cast<const char*>(data);
    while (size > 0) {
      const size_t room = std::min(size, kChunk - used_);
      std::memcpy(buffer_ + used_, bytes, room);
      used_ += room;
      bytes += room;
      size -= room;
      if (used_ == kChunk) flush();
    }
  }

  void flush() {
    if (used_ > 0 && !write_frame(fd_, kData, buffer_, used_)) _exit(1);
    used_ = 0;
  }

 private:
  static inline char buffer_[kChunk];
  int fd_;
  size_t used_ = 0;
};

// Blocks until the parent says go (one byte on `go_fd`); true when it did, false when
// the parent closed the pipe or died instead.
bool wait_for_go(int go_fd) {
  char go = 0;
  ssize_t n = 0;
  do {
    n = ::read(go_fd, &go, 1);
  } while (n < 0 && errno == EINTR);
  return n == 1;
}

[[noreturn]] void run_child(size_t index, pid_t parent, int fd, int go_fd, const ChildJob& job) {
  // The parent's handlers clean up the parent's files; a worker just ends, and ends with
  // its parent, even one killed outright (no orphan left speaking or waiting).
  for (const int s : {SIGINT, SIGTERM, SIGHUP}) std::signal(s, SIG_DFL);
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (getppid() != parent || !wait_for_go(go_fd)) _exit(1);
  FrameWriter out(fd);
  bool ok = true;
  try {
    job(index, out);
    out.flush();
    ok = write_frame(fd, kDone, nullptr, 0);
  } catch (const std::exception& e) {
    const std::string message = e.what();
    ok = write_frame(fd, kFailed, message.data(), message.size());
  }
  _exit(ok ? 0 : 1);  // no atexit handlers, no flushing of the parent's stdio buffers
}

// Buffers for results: reused from job to job, and not shared with forked children.
using Bytes = std::vector<char, UnforkedAllocator<char>>;

void close_fd(int& fd) {
  if (fd >= 0) close(fd);
  fd = -1;
}

struct Child {
  pid_t pid = -1;
  int fd = -1;         // the result pipe; -1 once the child closed its end
  int go_fd = -1;      // the start pipe; -1 once the child was told to go
  Bytes frames;        // received, not yet parsed
  Bytes output;        // the data frames' payloads
  bool done = false;   // the child sent its whole result
  std::string error;   // the child's error message, if it failed

  bool started() const { return go_fd < 0; }
  bool ended() const { return done || fd < 0 || !error.empty(); }

  // Moves every complete frame out of `frames`.
  void parse() {
    size_t at = 0;
    while (frames.size() - at >= kFrameHeader) {
      uint32_t length = 0;
      std::memcpy(&length, frames.data() + at + 1, sizeof length);
      if (frames.size() - at - kFrameHeader < length) break;
      const char tag = frames[at];
      const char* payload = frames.data() + at + kFrameHeader;
      if (tag == kData) output.insert(output.end(), payload, payload + length);
      if (tag == kDone) done = true;
      if (tag == kFailed) error.assign(payload, length);
      at += kFrameHeader + length;
    }
    frames.erase(frames.begin(), frames.begin() + static_cast<ptrdiff_t>(at));
  }
};

void wait_for_exit(pid_t pid, int* status) {
  while (waitpid(pid, status, 0) < 0 && errno == EINTR) {
  }
}

// Owns the children: forked ones waiting for their turn, running ones, and finished
// ones still exiting. On the way out (error or not) kills and reaps them all.
class Children {
 public:
  ~Children() {
    for (auto& [index, child] : children_) {
      close_fd(child.fd);
      close_fd(child.go_fd);
      if (child.pid > 0) {
        kill(child.pid, SIGKILL);
        wait_for_exit(child.pid, nullptr);
      }
    }
    for (const pid_t pid : exiting_) wait_for_exit(pid, nullptr);
  }

  // Forks the child for job `index`; it waits until start(index).
  void fork_child(size_t index, const ChildJob& job) {
    int fds[2];
    int go[2];
    if (pipe(fds) != 0) throw Error(system_error_message("cannot start worker", "pipe", errno));
    if (pipe(go) != 0) {
      const int err = errno;
      close(fds[0]);
      close(fds[1]);
      throw Error(system_error_message("cannot start worker", "pipe", err));
    }
    const pid_t parent = getpid();
    const pid_t pid = fork();
    if (pid < 0) {
      const int err = errno;
      for (const int fd : {fds[0], fds[1], go[0], go[1]}) close(fd);
      throw Error(system_error_message("cannot start worker", "fork", err));
    }
    if (pid == 0) {
      close(fds[0]);
      close(go[1]);
      for (auto& [other, child] : children_) {  // the other children's pipes are not ours
        close_fd(child.fd);
        close_fd(child.go_fd);
      }
      run_child(index, parent, fds[1], go[0], job);
    }
    close(fds[1]);
    close(go[0]);
    Child child;
    child.pid = pid;
    child.fd = fds[0];
    child.go_fd = go[1];
    if (!spare_.empty()) {
      child.output = std::move(spare_.back());
      spare_.pop_back();
      child.output.clear();
    }
    children_[index] = std::move(child);
  }

  // Tells the child for job `index` to start.
  void start(size_t index) {
    Child& child = children_.at(index);
    const char go = 'G';
    // A child that cannot read it has died: its result pipe says so.
    [[maybe_unused]] const bool sent = write_all(child.go_fd, &go, 1);
    close_fd(child.go_fd);
  }

  // Children told to start that have not finished.
  size_t running() const {
    return static_cast<size_t>(std::count_if(children_.begin(), children_.end(), [](const auto& entry) {
      return entry.second.started() && !entry.second.ended();
    }));
  }

  // Children forked and waiting to start.
  size_t waiting() const {
    return static_cast<size_t>(std::count_if(children_.begin(), children_.end(),
                                             [](const auto& entry) { return !entry.second.started(); }));
  }

  // The lowest job index forked and waiting to start, if any.
  std::optional<size_t> next_waiting() const {
    for (const auto& [index, child] : children_) {
      if (!child.started()) return index;
    }
    return std::nullopt;
  }

  bool finished(size_t index) const {
    const auto at = children_.find(index);
    return at != children_.end() && at->second.ended();
  }

  // Waits until some running child has more output or ends, and reads what is there.
  void read_some() {
    std::vector<pollfd> polled;
    std::vector<size_t> indexes;
    for (const auto& [index, child] : children_) {
      if (child.started() && !child.ended()) {
        polled.push_back({child.fd, POLLIN, 0});
        indexes.push_back(index);
      }
    }
    if (polled.empty()) return;
    if (poll(polled.data(), polled.size(), -1) < 0) {
      if (errno == EINTR) return;
      throw Error(system_error_message("cannot wait for worker", "poll", errno));
    }
    static char buffer[kChunk];
    for (size_t k = 0; k < polled.size(); ++k) {
      if (polled[k].revents == 0) continue;
      Child& child = children_[indexes[k]];
      const ssize_t n = ::read(child.fd, buffer, sizeof buffer);
      if (n > 0) {
        child.frames.insert(child.frames.end(), buffer, buffer + n);
        child.parse();
      } else if (n == 0 || errno != EINTR) {
        close_fd(child.fd);
      }
    }
  }

  // Gives a result's buffer back for the next job.
  void recycle(Bytes&& buffer) { spare_.push_back(std::move(buffer)); }

  // Returns a finished child's result; throws Error when it failed. A child that sent
  // its whole result is left to exit on its own (reaped later): its result does not
  // wait for the kernel to tear the process down.
  Bytes take(size_t index) {
    Child child = std::move(children_[index]);
    children_.erase(index);
    close_fd(child.fd);
    if (child.done && child.error.empty()) {
      exiting_.push_back(child.pid);
      reap_exited();
      return std::move(child.output);
    }
    int status = 0;
    wait_for_exit(child.pid, &status);
    if (WIFSIGNALED(status)) {
      throw Error("speech worker for part " + std::to_string(index + 1) + " died from signal " +
                  std::to_string(WTERMSIG(status)));
    }
    if (!child.error.empty()) throw Error(child.error);
    throw Error("speech worker for part " + std::to_string(index + 1) + " ended without a result");
  }

 private:
  // Reaps the finished children that have exited, without waiting for the others.
  void reap_exited() {
    std::erase_if(exiting_, [](pid_t pid) { return waitpid(pid, nullptr, WNOHANG) != 0; });
  }

  std::map<size_t, Child> children_;
  std::vector<pid_t> exiting_;
  std::vector<Bytes> spare_;
};

}  // namespace

void run_forked(size_t count, unsigned jobs, const ChildJob& job, const DeliverResult& deliver,
                const PrepareJob& prepare) {
  jobs = std::max(jobs, 1u);
  Children children;
  size_t next_fork = 0;
  size_t next_deliver = 0;
  while (next_deliver < count) {
    // Up to `jobs` children run; up to as many more are forked ahead, waiting, so that
    // forking the next one overlaps the running ones' speech.
    while (next_fork < count && children.waiting() < jobs && next_fork - next_deliver < 2 * jobs) {
      if (prepare) prepare(next_fork);
      children.fork_child(next_fork++, job);
      while (children.running() < jobs && children.next_waiting()) children.start(*children.next_waiting());
    }
    while (children.running() < jobs && children.next_waiting()) children.start(*children.next_waiting());
    if (children.finished(next_deliver)) {
      Bytes result = children.take(next_deliver);
      deliver(next_deliver, std::string_view(result.data(), result.size()));
      children.recycle(std::move(result));
      ++next_deliver;
      continue;
    }
    children.read_some();
  }
}

unsigned default_job_count() {
  const long online = sysconf(_SC_NPROCESSORS_ONLN);
  return online > 0 ? static_cast<unsigned>(online) : 1u;
}

}  // namespace narrate
