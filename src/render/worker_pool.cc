#include "render/worker_pool.h"

#include <poll.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstring>
#include <map>
#include <optional>
#include <vector>

#include "util/error.h"

namespace narrate {
namespace {

// A child writes its result into a memory region it shares with the parent (no copying
// through a pipe, and it never waits for the parent to read), then reports on its pipe
// with one frame: a tag byte, a 4-byte length, the payload.
constexpr char kDone = 'K';    // payload: the result's size (uint64)
constexpr char kFailed = 'E';  // payload: the error message
constexpr size_t kFrameHeader = 5;

// Room for one result. Only what is written takes memory; an utterance (at most 2000
// bytes of text) makes a few megabytes. The largest found: 999 one-letter words at the
// slowest rate with the longest word gap, 47 minutes, 125 MB.
constexpr size_t kSlotBytes = size_t{256} << 20;

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
  return write_all(fd, header, sizeof header) && (size == 0 || write_all(fd, data, size));
}

// Shared memory regions, one per child that may be alive at once, mapped before the
// children are forked and reused from child to child (their pages stay allocated).
class ResultSlots {
 public:
  explicit ResultSlots(size_t count) : used_(count, 0) {
    for (size_t i = 0; i < count; ++i) {
      void* region = mmap(nullptr, kSlotBytes, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
      if (region == MAP_FAILED) {
        const int err = errno;
        for (char* slot : slots_) munmap(slot, kSlotBytes);
        throw Error(system_error_message("cannot start worker", "mmap", err));
      }
      slots_.push_back(static_cast<char*>(region));
    }
  }
  ~ResultSlots() {
    for (char* slot : slots_) munmap(slot, kSlotBytes);
  }
  ResultSlots(const ResultSlots&) = delete;
  ResultSlots& operator=(const ResultSlots&) = delete;

  char* slot(size_t index) const { return slots_[index % slots_.size()]; }

  // The most any result has filled the slot of job `index`: its pages exist.
  size_t used(size_t index) const { return used_[index % slots_.size()]; }
  void record_use(size_t index, size_t bytes) {
    size_t& used = used_[index % slots_.size()];
    used = std::max(used, bytes);
  }

 private:
  std::vector<char*> slots_;
  std::vector<size_t> used_;
};

// Appends a child's result to its slot.
class SlotWriter : public ChildOutput {
 public:
  explicit SlotWriter(char* slot) : slot_(slot) {}

  void write(const void* data, size_t size) override {
    if (size > kSlotBytes - used_) {
      throw Error("a speech worker's result is larger than " + std::to_string(kSlotBytes >> 20) + " MiB");
    }
    if (size > 0) std::memcpy(slot_ + used_, data, size);
    used_ += size;
  }

  uint64_t size() const { return used_; }

 private:
  char* slot_;
  size_t used_ = 0;
};

// Blocks until told to go (one byte on `go_fd`); true when it was, false when the pipe
// was closed instead.
bool wait_for_go(int go_fd) {
  char go = 0;
  ssize_t n = 0;
  do {
    n = ::read(go_fd, &go, 1);
  } while (n < 0 && errno == EINTR);
  return n == 1;
}

// The pipes of one child: its report to the parent, its turn to start, and the turn it
// hands on when it is done (-1: none).
struct ChildPipes {
  int report = -1;
  int go = -1;
  int next_go = -1;
};

[[noreturn]] void run_child(size_t index, pid_t parent, char* slot, size_t slot_used, ChildPipes pipes,
                            const ChildJob& job) {
  // The parent's handlers clean up the parent's files; a worker just ends, and ends with
  // its parent, even one killed outright (no orphan left speaking or waiting).
  for (const int s : {SIGINT, SIGTERM, SIGHUP}) std::signal(s, SIG_DFL);
  std::signal(SIGPIPE, SIG_IGN);  // a write to a pipe nobody reads fails; it does not kill
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  // While waiting: map the slot's existing pages at once (one call, not a page fault
  // for each 4 KiB the result fills), up to what a long paragraph needs, so that one huge
  // result does not make every later worker map all of it. Older kernels refuse; then it
  // faults as before.
  constexpr size_t kPrefaultBytes = size_t{4} << 20;
  const size_t prefault = std::min(slot_used, kPrefaultBytes);
  if (prefault > 0) madvise(slot, (prefault + 4095) / 4096 * 4096, MADV_POPULATE_WRITE);
  if (getppid() != parent || !wait_for_go(pipes.go)) _exit(1);
  SlotWriter out(slot);
  std::string failure;
  try {
    job(index, out);
  } catch (const std::exception& e) {
    failure = e.what();
  }
  // The turn goes straight to the next waiting child, which then usually runs on this
  // processor at once, rather than through the parent (two wake-ups, ~0.5 ms each here).
  const char go = 'G';
  if (pipes.next_go >= 0) write_all(pipes.next_go, &go, 1);
  const uint64_t size = out.size();
  const bool ok = failure.empty() ? write_frame(pipes.report, kDone, reinterpret_cast<const char*>(&size), sizeof size)
                                  : write_frame(pipes.report, kFailed, failure.data(), failure.size());
  _exit(ok ? 0 : 1);  // no atexit handlers, no flushing of the parent's stdio buffers
}

void close_fd(int& fd) {
  if (fd >= 0) close(fd);
  fd = -1;
}

void wait_for_exit(pid_t pid, int* status) {
  while (waitpid(pid, status, 0) < 0 && errno == EINTR) {
  }
}

struct Child {
  pid_t pid = -1;
  int fd = -1;               // the report pipe; -1 once the child closed its end
  std::string frames;        // received, not yet parsed
  std::optional<uint64_t> result_size;  // set when the child reported its result whole
  std::string error;         // the child's error message, if it failed

  bool ended() const { return result_size || fd < 0 || !error.empty(); }

  // Takes every complete frame out of `frames`.
  void parse() {
    size_t at = 0;
    while (frames.size() - at >= kFrameHeader) {
      uint32_t length = 0;
      std::memcpy(&length, frames.data() + at + 1, sizeof length);
      if (frames.size() - at - kFrameHeader < length) break;
      const char tag = frames[at];
      const char* payload = frames.data() + at + kFrameHeader;
      if (tag == kDone && length == sizeof(uint64_t)) {
        uint64_t size = 0;
        std::memcpy(&size, payload, sizeof size);
        if (size <= kSlotBytes) result_size = size;
      }
      if (tag == kFailed) error.assign(payload, length);
      at += kFrameHeader + length;
    }
    frames.erase(0, at);
  }
};

// A pipe whose read end a child waits on for its turn, and whose write end belongs to
// the child before it in the chain (or to the parent, for the first `jobs` children).
struct TurnPipe {
  int read = -1;
  int write = -1;
};

// Owns the children: forked ones waiting for their turn, running ones, and finished
// ones still exiting. On the way out (error or not) kills and reaps them all.
//
// Turns: at most `jobs` children speak at once. Children 0 .. jobs-1 may start at once;
// child i, when done, lets child i + jobs start.
class Children {
 public:
  Children(size_t count, size_t jobs, size_t slots) : count_(count), jobs_(jobs), slots_(slots) {}

  ~Children() {
    for (auto& [index, child] : children_) {
      close_fd(child.fd);
      if (child.pid > 0) {
        kill(child.pid, SIGKILL);
        wait_for_exit(child.pid, nullptr);
      }
    }
    for (auto& [index, turn] : turns_) {
      close_fd(turn.read);
      close_fd(turn.write);
    }
    for (const pid_t pid : exiting_) wait_for_exit(pid, nullptr);
  }

  // Forks the child for job `index` (all jobs before it forked already); it starts when
  // its turn comes. Its result goes to slot index % slots, which the caller must not
  // give two live children.
  void fork_child(size_t index, const ChildJob& job) {
    TurnPipe& turn = turn_pipe(index);
    if (index < jobs_) {  // a first turn: given by the parent
      const char go = 'G';
      write_all(turn.write, &go, 1);
      close_fd(turn.write);
    }
    const bool hands_on = index + jobs_ < count_;
    if (hands_on) turn_pipe(index + jobs_);
    int report[2];
    if (pipe(report) != 0) throw Error(system_error_message("cannot start worker", "pipe", errno));
    const pid_t parent = getpid();
    const pid_t pid = fork();
    if (pid < 0) {
      const int err = errno;
      close(report[0]);
      close(report[1]);
      throw Error(system_error_message("cannot start worker", "fork", err));
    }
    if (pid == 0) {
      close(report[0]);
      ChildPipes pipes{report[1], turns_[index].read, hands_on ? turns_[index + jobs_].write : -1};
      // Every other descriptor of the pool belongs to the parent or to other children.
      for (auto& [other, child] : children_) close_fd(child.fd);
      for (auto& [other, pipe] : turns_) {
        if (pipe.read != pipes.go) close_fd(pipe.read);
        if (pipe.write != pipes.next_go) close_fd(pipe.write);
      }
      run_child(index, parent, slots_.slot(index), slots_.used(index), pipes, job);
    }
    close(report[1]);
    close_fd(turns_[index].read);
    turns_.erase(index);
    if (hands_on) close_fd(turns_[index + jobs_].write);
    Child child;
    child.pid = pid;
    child.fd = report[0];
    children_[index] = std::move(child);
  }

  bool finished(size_t index) const {
    const auto at = children_.find(index);
    return at != children_.end() && at->second.ended();
  }

  // Waits up to `timeout_ms` (-1: for ever) until some child reports or ends, and reads
  // what is there.
  void read_some(int timeout_ms) {
    std::vector<pollfd> polled;
    std::vector<size_t> indexes;
    for (const auto& [index, child] : children_) {
      if (!child.ended()) {
        polled.push_back({child.fd, POLLIN, 0});
        indexes.push_back(index);
      }
    }
    if (polled.empty()) return;
    if (poll(polled.data(), polled.size(), timeout_ms) < 0) {
      if (errno == EINTR) return;
      throw Error(system_error_message("cannot wait for worker", "poll", errno));
    }
    char buffer[4096];
    for (size_t k = 0; k < polled.size(); ++k) {
      if (polled[k].revents == 0) continue;
      Child& child = children_[indexes[k]];
      const ssize_t n = ::read(child.fd, buffer, sizeof buffer);
      if (n > 0) {
        child.frames.append(buffer, static_cast<size_t>(n));
        child.parse();
      } else if (n == 0 || errno != EINTR) {
        close_fd(child.fd);
      }
    }
  }

  // Returns a finished child's result, which stays valid until its slot is given to
  // another child; throws Error when the child failed. A child that reported its whole
  // result is left to exit on its own (reaped later): its result does not wait for the
  // kernel to tear the process down.
  std::string_view take(size_t index) {
    Child child = std::move(children_[index]);
    children_.erase(index);
    close_fd(child.fd);
    if (child.result_size && child.error.empty()) {
      exiting_.push_back(child.pid);
      reap_exited();
      slots_.record_use(index, *child.result_size);
      return std::string_view(slots_.slot(index), *child.result_size);
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

  // The turn pipe of job `index`, made when first needed.
  TurnPipe& turn_pipe(size_t index) {
    TurnPipe& turn = turns_[index];
    if (turn.read < 0) {
      int fds[2];
      if (pipe(fds) != 0) throw Error(system_error_message("cannot start worker", "pipe", errno));
      turn = {fds[0], fds[1]};
    }
    return turn;
  }

  size_t count_;
  size_t jobs_;
  ResultSlots slots_;
  std::map<size_t, TurnPipe> turns_;  // of children not forked yet
  std::map<size_t, Child> children_;
  std::vector<pid_t> exiting_;
};

}  // namespace

void run_forked(size_t count, unsigned jobs, const ChildJob& job, const DeliverResult& deliver,
                const PrepareJob& prepare, const WhileWaitingForChildren& while_waiting) {
  jobs = std::max(jobs, 1u);
  // Jobs next_deliver .. next_fork-1 are alive or undelivered: at most `window`, so that
  // each has a slot of its own. Up to `jobs` of them speak; the others are forked ahead
  // and wait for their turn, so that forking overlaps speaking.
  // Four times --jobs measured best with two processors (two or eight times: 3% slower);
  // beyond that, sixteen waiting are plenty.
  const size_t window = std::min(4 * size_t{jobs}, size_t{jobs} + 16);
  Children children(count, jobs, window);
  size_t next_fork = 0;
  size_t next_deliver = 0;
  while (next_deliver < count) {
    while (next_fork < count && next_fork - next_deliver < window) {
      if (prepare) prepare(next_fork);
      children.fork_child(next_fork++, job);
    }
    if (children.finished(next_deliver)) {
      deliver(next_deliver, children.take(next_deliver));
      ++next_deliver;
      continue;
    }
    if (while_waiting) {
      children.read_some(0);  // whatever has arrived, without waiting
      if (children.finished(next_deliver) || while_waiting()) continue;
    }
    children.read_some(-1);
  }
}

unsigned default_job_count() {
  const long online = sysconf(_SC_NPROCESSORS_ONLN);
  return online > 0 ? static_cast<unsigned>(online) : 1u;
}

}  // namespace narrate
