// What the two ways of running jobs in other processes share (worker_pool.h's
// run_forked, a process per job; restoring_pool.h's run_restoring, long-lived workers
// that bring their memory back after each job): result slots in shared memory, the
// frames a worker reports on, and the order in which jobs start. Internal to them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <poll.h>
#include <string>
#include <string_view>
#include <vector>

#include "render/worker_pool.h"

namespace narrate::pool {

// A worker writes its result into a memory region it shares with the parent (no copying
// through a pipe, and it never waits for the parent to read), then reports on its pipe
// with one frame: a tag byte, a 4-byte length, the payload.
constexpr char kDone = 'K';    // payload: the result's size (uint64)
constexpr char kFailed = 'E';  // payload: the error message
constexpr char kRetiring = 'X';  // a long-lived worker takes no job after this one (no payload)
constexpr size_t kFrameHeader = 5;

// Room for one result. Only what is written takes memory; an utterance (at most 2000
// bytes of text) makes a few megabytes. The largest found: 999 one-letter words at the
// slowest rate with the longest word gap, 47 minutes, 125 MB.
constexpr size_t kSlotBytes = size_t{256} << 20;

bool write_all(int fd, const char* data, size_t size);
// A frame's bytes: the tag, the payload's length (4 bytes), the payload.
std::string frame(char tag, std::string_view payload);
bool write_frame(int fd, char tag, const char* data, size_t size);

// One read of `size` bytes (a pipe's or a packet socket's message, written whole); false
// when fewer came (the other end closed, or an error).
bool read_exactly(int fd, void* data, size_t size);

void close_fd(int& fd);

// Forks; when that fails, closes both descriptors of `pair` and throws Error.
int fork_or_close(int pair[2]);

// Makes a socket pair of `type` (SOCK_STREAM, SOCK_SEQPACKET) and forks: returns 0 in
// the child and the child's pid in the parent, `end` set to this process's end of the
// pair (the other end closed here). Throws Error when either step fails.
int fork_with_socket(int type, int& end);

// In a new process of the pool (a worker or a family head), named `name` in ps, top and
// perf: the parent's handlers clean up the parent's files, this process just ends, and
// ends with its parent, even one killed outright (no orphan left speaking or waiting).
void become_pool_process(const char* name);

// Shared memory regions, one per job that may be running or undelivered at once, mapped
// before the workers are forked and reused from job to job (their pages stay allocated).
// One mapping holds them all: every mapping is one more for each fork to copy. The
// caller's shared memory when given, else mapped here.
class ResultSlots {
 public:
  ResultSlots(size_t count, void* shared);
  ~ResultSlots();
  ResultSlots(const ResultSlots&) = delete;
  ResultSlots& operator=(const ResultSlots&) = delete;

  char* slot(size_t index) const { return region_ + index % count_ * kSlotBytes; }

  // Frees the memory of the slot of job `index`, which no later job uses. Done as the
  // last results are delivered, while the last jobs still run, rather than all at once
  // when the pool is gone (1 ms here, with nothing else left to do).
  void release(size_t index);

 private:
  char* region_ = nullptr;
  size_t count_;
  bool owned_;  // mapped here, unmapped at the end
};

// Appends a job's result to its slot.
class SlotWriter : public ChildOutput {
 public:
  explicit SlotWriter(char* slot) : slot_(slot) {}

  void write(const void* data, size_t size) override;
  uint64_t size() const { return used_; }

 private:
  void map_ahead(size_t end);

  char* slot_;
  size_t used_ = 0;
  size_t mapped_ = 0;  // pages below this were touched by map_ahead
};

// Reads a worker's report frames from its pipe.
struct Reports {
  std::string frames;                   // received, not yet parsed
  std::optional<uint64_t> result_size;  // set when the worker reported its result whole
  std::string error;                    // the worker's error message, if it failed
  bool retiring = false;                // the worker said kRetiring

  // Takes every complete frame out of `frames`.
  void parse();
};

// Waits until one of `polled` can be read; false when a signal came first. Throws Error.
bool wait_readable(std::vector<pollfd>& polled);

// Reads what `fd` has into `reports` and parses it: the bytes read, 0 when the other end
// closed, -1 on an error (errno; EINTR: try again).
long read_reports(int fd, Reports& reports);

// Jobs next_deliver .. next_deliver + window - 1 may run or wait undelivered at once,
// each with a slot of its own.
size_t window_for(unsigned jobs);

// The order in which the last jobs start (see run_forked's `cost`): longest first, among
// at most 2 * jobs of them and at most `window` - jobs. Empty: index order.
std::vector<size_t> tail_order(size_t count, unsigned jobs, size_t window, const JobCost& cost);

}  // namespace narrate::pool
