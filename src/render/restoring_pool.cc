#include "render/restoring_pool.h"

#include <poll.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "render/memory_images.h"
#include "render/pool_parts.h"
#include "util/error.h"

namespace narrate {
namespace {

using namespace pool;

// A job as a worker runs it, on MemoryImages' own stack.
struct JobRun {
  const ChildJob* job;
  size_t index;
  char* slot;
  int report_fd;
  uint64_t size = 0;
  bool failed = false;
};

void run_job(void* argument) {
  auto& run = *static_cast<JobRun*>(argument);
  const char* failure = nullptr;
  std::string message;
  try {
    SlotWriter out(run.slot);
    (*run.job)(run.index, out);
    run.size = out.size();
  } catch (const std::exception& e) {
    message = e.what();
    failure = message.c_str();
  } catch (...) {
    failure = "a worker failed";
  }
  if (failure != nullptr) {
    // Reported here: the message's memory is gone with the next restore.
    run.failed = true;
    write_frame(run.report_fd, kFailed, failure, std::strlen(failure));
  }
}

struct StartRun {
  const JobFamilies* families;
  size_t index;
};

void run_start(void* argument) {
  const auto& run = *static_cast<StartRun*>(argument);
  try {
    run.families->start(run.index);
  } catch (...) {  // start must not throw; a job can report what it found
  }
}

// The families a worker has served, and the image of each it served more than once. In
// the worker's stack frame, never the heap (which every restore brings back).
struct KnownFamilies {
  static constexpr int kMost = 48;
  static constexpr size_t kLongestName = 120;
  struct Entry {
    char name[kLongestName];
    size_t length;
    int image;  // -1: served once, no image yet (a family of one job needs none)
  };
  Entry entries[kMost];
  int count = 0;

  Entry* find(const char* name, size_t length) {
    for (int k = 0; k < count; ++k) {
      if (entries[k].length == length && std::memcmp(entries[k].name, name, length) == 0) return &entries[k];
    }
    return nullptr;
  }
  Entry* add(const char* name, size_t length) {
    if (count == kMost) return nullptr;
    Entry& entry = entries[count++];
    std::memcpy(entry.name, name, length);
    entry.length = length;
    entry.image = -1;
    return &entry;
  }
};

// What the pool sends a worker: a job, and the slot its result goes to.
struct Order {
  uint64_t index;
  uint64_t slot;
};

// Reads one order; false when the pool closed the socket.
bool receive_order(int fd, Order& order) {
  auto* bytes = reinterpret_cast<char*>(&order);
  size_t got = 0;
  while (got < sizeof order) {
    const ssize_t n = ::read(fd, bytes + got, sizeof order - got);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    got += static_cast<size_t>(n);
  }
  return true;
}

// A worker's life: jobs from `socket` until it closes, each reported on it.
[[noreturn]] void serve(int socket, pid_t parent, const ResultSlots& slots, const ChildJob& job,
                        const JobFamilies* families) {
  become_pool_process("narrate-worker");
  if (getppid() != parent) _exit(1);
  MemoryImages images;
  const bool reusable = images.ok() && images.record() == 0;
  KnownFamilies known;
  bool pristine = true;  // nothing has run since the fork: memory is the base image
  for (;;) {
    Order order{};
    if (!receive_order(socket, order)) _exit(0);
    const size_t index = order.index;
    char name[KnownFamilies::kLongestName];
    size_t length = 0;
    bool nameable = families == nullptr;
    if (families != nullptr) {
      const std::string family = families->name(index);  // gone before any restore
      nameable = family.size() <= sizeof name;
      length = nameable ? family.size() : 0;
      std::memcpy(name, family.data(), length);
    }
    KnownFamilies::Entry* known_family = nameable && families != nullptr ? known.find(name, length) : nullptr;
    const int image = families == nullptr ? 0 : known_family != nullptr ? known_family->image : -1;
    if (!pristine && !images.restore(image >= 0 ? image : 0)) _exit(1);  // the pool reports the part's worker gone
    if (image < 0) {
      StartRun start{families, index};
      images.run_on_own_stack(run_start, &start);
      if (reusable && nameable) {
        if (known_family == nullptr) {
          known_family = known.add(name, length);
        } else {
          // A second job of the family: its start is kept as an image from now on.
          int recorded = images.record();
          if (recorded < 0) {  // no room: the images of other families go
            images.forget_all_but_base();
            for (int k = 0; k < known.count; ++k) known.entries[k].image = -1;
            recorded = images.record();
          }
          known_family->image = recorded;
        }
      }
    }
    JobRun run{&job, index, slots.slot(order.slot), socket};
    images.run_on_own_stack(run_job, &run);
    pristine = false;
    if (run.failed) _exit(1);
    const bool retiring = !reusable || !images.can_restore(0);
    {  // one write; the string is gone before the next restore
      const std::string frames = (retiring ? frame(kRetiring, {}) : std::string()) +
                                 frame(kDone, std::string_view(reinterpret_cast<const char*>(&run.size), sizeof run.size));
      if (!write_all(socket, frames.data(), frames.size())) _exit(1);
    }
    if (retiring) _exit(0);
  }
}

void wait_for_exit(pid_t pid, int* status) {
  while (waitpid(pid, status, 0) < 0 && errno == EINTR) {
  }
}

struct Worker : Reports {
  pid_t pid = -1;
  int socket = -1;            // -1 once the worker ended (or is retiring and reported)
  std::optional<size_t> job;  // the job it runs
  std::string family;         // its last job's family
};

// Owns the workers; on the way out (error or not) ends and reaps them all.
class Workers {
 public:
  Workers(const ChildJob& job, const JobFamilies* families, const ResultSlots& slots)
      : job_(job), families_(families), slots_(slots) {}
  ~Workers() {
    for (Worker& worker : workers_) {
      const bool busy = worker.job.has_value();
      close_fd(worker.socket);  // an idle worker ends when its socket closes
      if (busy && worker.pid > 0) kill(worker.pid, SIGKILL);
    }
    for (const Worker& worker : workers_) {
      if (worker.pid > 0) wait_for_exit(worker.pid, nullptr);
    }
  }
  Workers(const Workers&) = delete;
  Workers& operator=(const Workers&) = delete;

  size_t alive() const {
    return static_cast<size_t>(std::count_if(workers_.begin(), workers_.end(), [](const Worker& w) { return w.socket >= 0; }));
  }

  // An idle worker for a job of `family`, one that served the family if any; nullptr
  // when all are busy.
  Worker* idle(const std::string& family) {
    Worker* any = nullptr;
    for (Worker& worker : workers_) {
      if (worker.socket < 0 || worker.job) continue;
      if (worker.family == family) return &worker;
      if (any == nullptr) any = &worker;
    }
    return any;
  }

  Worker& fork_worker() {
    const pid_t parent = getpid();
    int socket = -1;
    const pid_t pid = fork_with_socket(SOCK_STREAM, socket);
    if (pid == 0) {
      for (Worker& other : workers_) close_fd(other.socket);
      serve(socket, parent, slots_, job_, families_);
    }
    Worker worker;
    worker.pid = pid;
    worker.socket = socket;
    workers_.push_back(std::move(worker));
    return workers_.back();
  }

  // Gives job `index` to `worker`, its result to go to slot `slot`; false when the worker
  // has gone.
  static bool give(Worker& worker, size_t index, size_t slot) {
    const Order order{index, slot};
    ssize_t n = 0;
    do {
      n = send(worker.socket, &order, sizeof order, MSG_NOSIGNAL);
    } while (n < 0 && errno == EINTR);
    if (n != static_cast<ssize_t>(sizeof order)) return false;
    worker.job = index;
    return true;
  }

  // Waits until a busy worker reports, reads what is there, and adds each finished job's
  // result size to `ready`. Throws Error when a job failed or its worker died.
  void read_some(std::map<size_t, uint64_t>& ready) {
    std::vector<pollfd> polled;
    std::vector<Worker*> polled_workers;
    for (Worker& worker : workers_) {
      if (worker.socket >= 0 && worker.job) {
        polled.push_back({worker.socket, POLLIN, 0});
        polled_workers.push_back(&worker);
      }
    }
    if (polled.empty() || !wait_readable(polled)) return;
    for (size_t k = 0; k < polled.size(); ++k) {
      if (polled[k].revents == 0) continue;
      Worker& worker = *polled_workers[k];
      const long n = read_reports(worker.socket, worker);
      if (n < 0 && errno == EINTR) continue;
      if (n > 0) {
        if (!worker.error.empty()) throw Error(worker.error);
        if (worker.result_size) {
          ready[*worker.job] = *worker.result_size;
          worker.result_size.reset();
          worker.job.reset();
          if (worker.retiring) close_fd(worker.socket);  // it ends on its own; reaped at the end
        }
        continue;
      }
      // The worker ended in the middle of a job.
      close_fd(worker.socket);
      int status = 0;
      wait_for_exit(worker.pid, &status);
      const size_t index = *worker.job;
      worker.pid = -1;
      if (WIFSIGNALED(status)) {
        throw Error("speech worker for part " + std::to_string(index + 1) + " died from signal " +
                    std::to_string(WTERMSIG(status)));
      }
      throw Error("speech worker for part " + std::to_string(index + 1) + " ended without a result");
    }
  }

 private:
  const ChildJob& job_;
  const JobFamilies* families_;
  const ResultSlots& slots_;
  std::vector<Worker> workers_;  // ended ones too, until reaped at the end
};

}  // namespace

void run_restoring(size_t count, unsigned jobs, const ChildJob& job, const DeliverResult& deliver, void* results,
                   const JobCost& cost, const JobFamilies* families) {
  jobs = std::max(jobs, 1u);
  const size_t window = window_for(jobs);
  const std::vector<size_t> tail = tail_order(count, jobs, window, cost);
  const auto job_at = [&](size_t place) {  // the job that starts `place`-th
    const size_t tail_start = count - tail.size();
    return place < tail_start ? place : tail[place - tail_start];
  };
  ResultSlots slots(window, results);
  Workers workers(job, families, slots);
  const size_t most_workers = std::min(size_t{jobs}, count);
  // Each job's result goes to the lowest free slot, not slot index % window: a slot's
  // pages are made (and mapped by the caller) the first time a result is written there,
  // so the fewer slots used, the fewer page faults (a render of the sample with --jobs 2:
  // 540 fewer, 0.78 against 0.86 of espeak-ng's time, medians of 15 interleaved runs).
  // All `window` stay available for results that wait for a long job before them.
  std::vector<bool> slot_used(window, false);
  std::map<size_t, size_t> slot_of;                  // running or undelivered job -> its slot
  std::map<size_t, uint64_t> ready;                  // finished jobs, not yet delivered: their result sizes
  size_t next_place = 0;
  size_t next_deliver = 0;
  while (next_deliver < count) {
    // Idle workers get their next job first: delivering waits for the caller (narrate
    // reads the result), and a worker should speak meanwhile, not wait for it.
    while (next_place < count) {
      const size_t index = job_at(next_place);
      if (index >= next_deliver + window) break;  // (the tail's order) every slot may be needed before it
      const auto free_slot = std::find(slot_used.begin(), slot_used.end(), false);
      if (free_slot == slot_used.end()) break;
      const std::string family = families ? families->name(index) : std::string();
      Worker* worker = workers.idle(family);
      if (worker == nullptr && workers.alive() < most_workers) worker = &workers.fork_worker();
      if (worker == nullptr) break;
      const auto slot = static_cast<size_t>(free_slot - slot_used.begin());
      if (!Workers::give(*worker, index, slot)) throw Error("speech worker for part " + std::to_string(index + 1) + " has gone");
      *free_slot = true;
      slot_of[index] = slot;
      worker->family = family;
      ++next_place;
    }
    if (const auto found = ready.find(next_deliver); found != ready.end()) {
      const size_t slot = slot_of[next_deliver];
      deliver(next_deliver, std::string_view(slots.slot(slot), found->second));
      ready.erase(found);
      slot_of.erase(next_deliver);
      slot_used[slot] = false;
      ++next_deliver;
      continue;
    }
    workers.read_some(ready);
  }
  for (size_t slot = 0; slot < window; ++slot) slots.release(slot);  // see ResultSlots::release
}

}  // namespace narrate
