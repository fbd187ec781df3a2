#include "render/worker_pool.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstring>
#include <map>
#include <optional>
#include <vector>

#include "render/pool_parts.h"
#include "util/error.h"

namespace narrate {
namespace {

using namespace pool;

// Blocks until told to go (one byte on `go_fd`); true when it was, false when the pipe
// was closed instead.
bool wait_for_go(int go_fd) {
  char go = 0;
  return read_exactly(go_fd, &go, 1);
}

// Turns: at most `jobs` children speak at once, each on whichever processor frees first,
// in a fixed order: index order, but the last `tail.size()` start in the order `tail`
// gives. Child k waits for one byte on turn pipe k % slots; the parent gives the first
// `jobs` turns, and every child that finishes takes the next place in the order from a
// counter in shared memory and gives that place's child its turn. In index order a pipe
// never holds two turns: the turn of k + slots is taken only after `slots` children other
// than k finished, and only `slots` - 1 children besides k can be alive (k is not
// delivered). Among the tail a turn may reach a child not forked yet, while one forked
// earlier waits on the same pipe: that one takes it (turns are alike), the later one the
// next; each child still takes one turn. No turn waits for ever: the tail (shorter than
// `slots`) starts after every child before it started, so a child of the tail not forked
// yet waits only for started children to be delivered.
class Turns {
 public:
  Turns(size_t count, size_t jobs, size_t slots, std::vector<size_t> tail)
      : count_(count), tail_(std::move(tail)) {
    void* shared = mmap(nullptr, sizeof(std::atomic<uint64_t>), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (shared == MAP_FAILED) throw Error(system_error_message("cannot start worker", "mmap", errno));
    next_ = new (shared) std::atomic<uint64_t>(std::min(jobs, count));
    for (size_t i = 0; i < slots; ++i) {
      int fds[2];
      if (pipe2(fds, O_CLOEXEC) != 0) {
        const int err = errno;
        close_all();
        throw Error(system_error_message("cannot start worker", "pipe", err));
      }
      pipes_.push_back({fds[0], fds[1]});
    }
    for (size_t place = 0; place < std::min(jobs, count); ++place) give(child_at(place));
  }
  ~Turns() {
    close_all();
    munmap(next_, sizeof *next_);
  }
  Turns(const Turns&) = delete;
  Turns& operator=(const Turns&) = delete;

  // The descriptor child `index` waits on.
  int wait_fd(size_t index) const { return pipes_[index % pipes_.size()].read; }

  // In a child: closes the other children's ends, keeping its own and the write ends.
  void keep_only(size_t index) {
    for (size_t i = 0; i < pipes_.size(); ++i) {
      if (i != index % pipes_.size()) close_fd(pipes_[i].read);
    }
  }

  // In a finished child: lets the next child start, if any is left.
  void hand_on() {
    const uint64_t place = next_->fetch_add(1);
    if (place < count_) give(child_at(place));
  }

 private:
  struct Pipe {
    int read = -1;
    int write = -1;
  };

  // The child that starts `place`-th.
  size_t child_at(size_t place) const {
    const size_t tail_start = count_ - tail_.size();
    return place < tail_start ? place : tail_[place - tail_start];
  }

  void give(size_t index) {
    const char go = 'G';
    write_all(pipes_[index % pipes_.size()].write, &go, 1);
  }
  void close_all() {
    for (Pipe& pipe : pipes_) {
      close_fd(pipe.read);
      close_fd(pipe.write);
    }
  }

  size_t count_;
  std::vector<size_t> tail_;               // the order of the last children to start
  std::atomic<uint64_t>* next_ = nullptr;  // the next place to start, shared by all children
  std::vector<Pipe> pipes_;
};

[[noreturn]] void run_child(size_t index, pid_t parent, char* slot, int report_fd, Turns& turns, const ChildJob& job) {
  become_pool_process("narrate-worker");
  if (getppid() != parent || !wait_for_go(turns.wait_fd(index))) _exit(1);
  SlotWriter out(slot);
  std::string failure;
  try {
    job(index, out);
  } catch (const std::exception& e) {
    failure = e.what();
  }
  // The turn goes straight to the next waiting child, which then usually runs on this
  // processor at once, rather than through the parent (two wake-ups, ~0.5 ms each here).
  turns.hand_on();
  const uint64_t size = out.size();
  const bool ok = failure.empty() ? write_frame(report_fd, kDone, reinterpret_cast<const char*>(&size), sizeof size)
                                  : write_frame(report_fd, kFailed, failure.data(), failure.size());
  _exit(ok ? 0 : 1);  // no atexit handlers, no flushing of the parent's stdio buffers
}

void wait_for_exit(pid_t pid, int* status) {
  while (waitpid(pid, status, 0) < 0 && errno == EINTR) {
  }
}

// A message between the pool and a family head: a job's index, with room for one
// descriptor (SCM_RIGHTS). Not copyable: the header points into the object.
struct IndexMessage {
  explicit IndexMessage(uint64_t& index) : data{&index, sizeof index} {
    header.msg_iov = &data;
    header.msg_iovlen = 1;
    header.msg_control = control;
    header.msg_controllen = sizeof control;
  }
  IndexMessage(const IndexMessage&) = delete;
  IndexMessage& operator=(const IndexMessage&) = delete;

  char control[CMSG_SPACE(sizeof(int))] = {};
  iovec data;
  msghdr header{};
};

// Sends job `index` and a descriptor for its child to a family head.
bool send_request(int socket, uint64_t index, int fd) {
  IndexMessage message(index);
  cmsghdr* header = CMSG_FIRSTHDR(&message.header);
  header->cmsg_level = SOL_SOCKET;
  header->cmsg_type = SCM_RIGHTS;
  header->cmsg_len = CMSG_LEN(sizeof(int));
  std::memcpy(CMSG_DATA(header), &fd, sizeof fd);
  ssize_t n = 0;
  do {
    n = sendmsg(socket, &message.header, MSG_NOSIGNAL);
  } while (n < 0 && errno == EINTR);
  return n == static_cast<ssize_t>(sizeof index);
}

// Receives a request (see send_request); false when the caller closed the socket or
// sent something else.
bool receive_request(int socket, uint64_t& index, int& fd) {
  IndexMessage message(index);
  ssize_t n = 0;
  do {
    n = recvmsg(socket, &message.header, MSG_CMSG_CLOEXEC);
  } while (n < 0 && errno == EINTR);
  const cmsghdr* header = CMSG_FIRSTHDR(&message.header);
  if (n != static_cast<ssize_t>(sizeof index) || header == nullptr || header->cmsg_type != SCM_RIGHTS ||
      header->cmsg_len != CMSG_LEN(sizeof(int))) {
    return false;
  }
  std::memcpy(&fd, CMSG_DATA(header), sizeof fd);
  return true;
}

// Forks a child of this process's parent (clone with CLONE_PARENT): 0 in the child, its
// pid here, -1 with errno when refused. All other arguments are zero, so their order
// (which differs between processor architectures) does not matter.
pid_t fork_sibling() { return static_cast<pid_t>(syscall(SYS_clone, CLONE_PARENT | SIGCHLD, 0, 0, 0, 0)); }

struct Child : Reports {
  pid_t pid = -1;
  int fd = -1;  // the report pipe; -1 once the child closed its end

  bool ended() const { return result_size || fd < 0 || !error.empty(); }
};

// Owns the children: forked ones waiting for their turn (see Turns), running ones, and
// finished ones still exiting. On the way out (error or not) kills and reaps them all.
class Children {
 public:
  Children(size_t count, size_t jobs, size_t slots, std::vector<size_t> tail, void* results,
           const JobFamilies* families)
      : turns_(count, jobs, slots, std::move(tail)), slots_(slots, results), count_(count), families_(families) {}

  ~Children() {
    for (auto& [index, child] : children_) {
      close_fd(child.fd);
      if (child.pid > 0) {
        kill(child.pid, SIGKILL);
        wait_for_exit(child.pid, nullptr);
      }
    }
    for (const pid_t pid : exiting_) wait_for_exit(pid, nullptr);
    // A head ends when its socket closes (it may be forking a child: let it finish).
    for (auto& [name, head] : heads_) close_fd(head.socket);
    for (auto& [name, head] : heads_) wait_for_exit(head.pid, nullptr);
  }

  // Forks the child for job `index` (all jobs before it forked already); it starts when
  // its turn comes. Its result goes to slot index % slots, which the caller must not
  // give two live children.
  void fork_child(size_t index, const ChildJob& job) {
    int report[2];
    if (pipe2(report, O_CLOEXEC) != 0) throw Error(system_error_message("cannot start worker", "pipe", errno));
    const pid_t parent = getpid();
    pid_t pid = -1;
    try {
      if (families_ && siblings_allowed_ && family_size(index) > 1) pid = fork_in_family(index, report[1], job);
    } catch (...) {
      close(report[0]);
      close(report[1]);
      throw;
    }
    if (pid < 0) pid = fork_or_close(report);
    if (pid == 0) {
      close(report[0]);
      leave_pool_descriptors();
      if (families_) families_->start(index);  // no head forked this child
      turns_.keep_only(index);
      run_child(index, parent, slots_.slot(index), report[1], turns_, job);
    }
    close(report[1]);
    Child child;
    child.pid = pid;
    child.fd = report[0];
    children_[index] = std::move(child);
  }

  bool finished(size_t index) const {
    const auto at = children_.find(index);
    return at != children_.end() && at->second.ended();
  }

  // Waits until some child reports or ends, and reads what is there.
  void read_some() {
    std::vector<pollfd> polled;
    std::vector<size_t> indexes;
    for (const auto& [index, child] : children_) {
      if (!child.ended()) {
        polled.push_back({child.fd, POLLIN, 0});
        indexes.push_back(index);
      }
    }
    if (polled.empty() || !wait_readable(polled)) return;
    for (size_t k = 0; k < polled.size(); ++k) {
      if (polled[k].revents == 0) continue;
      Child& child = children_[indexes[k]];
      const long n = read_reports(child.fd, child);
      if (n == 0 || (n < 0 && errno != EINTR)) close_fd(child.fd);
    }
  }

  // Frees the slot of a delivered job that was the slot's last (see ResultSlots).
  void release_slot(size_t index) { slots_.release(index); }

 private:
  struct Head {
    pid_t pid = -1;
    int socket = -1;  // this side of the socket pair
  };

  // How many jobs of the batch are in job `index`'s family. A family of one needs no
  // head: its child is forked here and runs the family's start itself (one process
  // fewer, e.g. for a preview of one part, or a speaker quoted once).
  size_t family_size(size_t index) {
    if (family_sizes_.empty()) {
      for (size_t k = 0; k < count_; ++k) ++family_sizes_[families_->name(k)];
    }
    return family_sizes_[families_->name(index)];
  }

  // In a new child or head: closes the descriptors the pool holds for other children
  // and for heads, which belong to this process's parent.
  void leave_pool_descriptors() {
    for (auto& [other, child] : children_) close_fd(child.fd);
    for (auto& [name, head] : heads_) close_fd(head.socket);
  }

  // Has job `index`'s family head fork the job's child (reporting on `report_fd`), the
  // head itself forked first if the family has none yet. Returns the child's pid, or -1
  // when the system refuses siblings (the caller then forks the child itself). Throws
  // Error when the head cannot be started or has gone.
  pid_t fork_in_family(size_t index, int report_fd, const ChildJob& job) {
    const std::string name = families_->name(index);
    auto found = heads_.find(name);
    if (found == heads_.end()) found = heads_.emplace(name, start_head(index, job)).first;
    const Head& head = found->second;
    int32_t reply = 0;
    if (!send_request(head.socket, index, report_fd) || !read_exactly(head.socket, &reply, sizeof reply)) {
      throw Error("cannot start worker: its family's process has gone");
    }
    if (reply > 0) return reply;
    if (reply == -EINVAL || reply == -EPERM || reply == -ENOSYS) {  // clone refused CLONE_PARENT
      siblings_allowed_ = false;
      return -1;
    }
    throw Error(system_error_message("cannot start worker", "clone", -reply));
  }

  // Forks the head of job `index`'s family: it runs the family's start, then forks a
  // child for every request until the socket closes.
  Head start_head(size_t index, const ChildJob& job) {
    const pid_t parent = getpid();
    int socket = -1;
    const pid_t pid = fork_with_socket(SOCK_SEQPACKET, socket);
    if (pid == 0) {
      become_pool_process("narrate-family");
      if (getppid() != parent) _exit(1);
      leave_pool_descriptors();
      try {
        families_->start(index);
      } catch (...) {
        _exit(1);  // the caller finds the head gone
      }
      serve_family(socket, parent, job);
    }
    return Head{pid, socket};
  }

  // A head's life: a child for each request, a sibling of the head, so that the caller
  // waits for it as for any other child.
  [[noreturn]] void serve_family(int socket, pid_t parent, const ChildJob& job) {
    uint64_t index = 0;
    int report_fd = -1;
    while (receive_request(socket, index, report_fd)) {
      const pid_t pid = fork_sibling();
      if (pid == 0) {
        close(socket);
        turns_.keep_only(index);
        run_child(index, parent, slots_.slot(index), report_fd, turns_, job);
      }
      const int32_t reply = pid > 0 ? pid : -errno;
      close(report_fd);
      if (!write_all(socket, reinterpret_cast<const char*>(&reply), sizeof reply)) break;
    }
    _exit(0);
  }

 public:
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

  Turns turns_;
  ResultSlots slots_;
  std::map<size_t, Child> children_;
  std::vector<pid_t> exiting_;
  size_t count_;  // jobs in the batch
  const JobFamilies* families_;
  std::map<std::string, size_t> family_sizes_;  // by family name, counted when first needed
  std::map<std::string, Head> heads_;           // by family name
  bool siblings_allowed_ = true;       // clone with CLONE_PARENT works here
};

}  // namespace

uint64_t results_bytes(unsigned jobs) { return window_for(std::max(jobs, 1u)) * kSlotBytes; }

uint64_t result_offset(size_t index, unsigned jobs) {
  return index % window_for(std::max(jobs, 1u)) * kSlotBytes;
}

void run_forked(size_t count, unsigned jobs, const ChildJob& job, const DeliverResult& deliver,
                const PrepareJob& prepare, void* results, const JobCost& cost, const JobFamilies* families) {
  jobs = std::max(jobs, 1u);
  const size_t window = window_for(jobs);
  Children children(count, jobs, window, tail_order(count, jobs, window, cost), results, families);
  size_t next_fork = 0;
  size_t next_deliver = 0;
  while (next_deliver < count) {
    while (next_fork < count && next_fork - next_deliver < window) {
      if (prepare) prepare(next_fork);
      children.fork_child(next_fork++, job);
    }
    if (children.finished(next_deliver)) {
      deliver(next_deliver, children.take(next_deliver));
      if (next_deliver + window >= count) children.release_slot(next_deliver);
      ++next_deliver;
      continue;
    }
    // Sleeps until a child reports. (Watching for reports while a processor had no child
    // to run paid when the pool ran in narrate itself; in narrate-speaker the watching
    // takes the processor narrate needs for the results: 2.7 and 3.7 ms slower, medians
    // of 31 and 21 interleaved renders.)
    children.read_some();
  }
}

unsigned default_job_count() {
  const long online = sysconf(_SC_NPROCESSORS_ONLN);
  return online > 0 ? static_cast<unsigned>(online) : 1u;
}

}  // namespace narrate
