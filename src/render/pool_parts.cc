#include "render/pool_parts.h"

#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>

#include "util/error.h"

namespace narrate::pool {

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

std::string frame(char tag, std::string_view payload) {
  std::string bytes(kFrameHeader, tag);
  const auto length = static_cast<uint32_t>(payload.size());
  std::memcpy(bytes.data() + 1, &length, sizeof length);
  return bytes.append(payload);
}

bool write_frame(int fd, char tag, const char* data, size_t size) {
  const std::string bytes = frame(tag, std::string_view(data, size));
  return write_all(fd, bytes.data(), bytes.size());
}

bool read_exactly(int fd, void* data, size_t size) {
  ssize_t n = 0;
  do {
    n = ::read(fd, data, size);
  } while (n < 0 && errno == EINTR);
  return n == static_cast<ssize_t>(size);
}

void close_fd(int& fd) {
  if (fd >= 0) close(fd);
  fd = -1;
}

int fork_or_close(int pair[2]) {
  const pid_t pid = fork();
  if (pid < 0) {
    const int err = errno;
    close(pair[0]);
    close(pair[1]);
    throw Error(system_error_message("cannot start worker", "fork", err));
  }
  return pid;
}

int fork_with_socket(int type, int& end) {
  int pair[2];
  if (socketpair(AF_UNIX, type | SOCK_CLOEXEC, 0, pair) != 0) {
    throw Error(system_error_message("cannot start worker", "socketpair", errno));
  }
  const pid_t pid = fork_or_close(pair);
  close(pair[pid == 0 ? 0 : 1]);
  end = pair[pid == 0 ? 1 : 0];
  return pid;
}

void become_pool_process(const char* name) {
  for (const int s : {SIGINT, SIGTERM, SIGHUP}) std::signal(s, SIG_DFL);
  sigset_t none;  // nor blocked, whatever the forking thread blocks
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, nullptr);
  std::signal(SIGPIPE, SIG_IGN);  // a write to a pipe nobody reads fails; it does not kill
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  prctl(PR_SET_NAME, name);
}

ResultSlots::ResultSlots(size_t count, void* shared) : count_(count), owned_(shared == nullptr) {
  if (shared == nullptr) {
    shared = mmap(nullptr, count * kSlotBytes, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (shared == MAP_FAILED) throw Error(system_error_message("cannot start worker", "mmap", errno));
  }
  region_ = static_cast<char*>(shared);
}

ResultSlots::~ResultSlots() {
  if (owned_) munmap(region_, count_ * kSlotBytes);
}

void ResultSlots::release(size_t index) { madvise(slot(index), kSlotBytes, MADV_REMOVE); }

void SlotWriter::write(const void* data, size_t size) {
  if (size > kSlotBytes - used_) {
    throw Error("a speech worker's result is larger than " + std::to_string(kSlotBytes >> 20) + " MiB");
  }
  map_ahead(used_ + size);
  if (size > 0) std::memcpy(slot_ + used_, data, size);
  used_ += size;
}

// A slot's pages usually exist already (an earlier worker wrote them), but each new
// worker must map them again: one page fault per 4 KiB written. Reading the first byte
// of each 64 KiB maps the pages there that exist in one fault (the kernel's fault-around
// for shared memory files, not System V segments), writable, when it is read a block
// ahead of the writing: read just where the writing starts, most pages still faulted
// one by one (measured on 400 KB written in eSpeak NG's 2.6 KB pieces into a reused
// slot: 92 faults read at the block, 9 read a block ahead; a render of the sample:
// 5141 -> 4788 faults with --jobs 1, 5894 -> 5261 with --jobs 2).
void SlotWriter::map_ahead(size_t end) {
  constexpr size_t kFaultAround = 64 * 1024;
  const size_t ahead = std::min(end + kFaultAround, kSlotBytes);
  for (; mapped_ < ahead; mapped_ += kFaultAround) (void)*static_cast<volatile const char*>(slot_ + mapped_);
}

void Reports::parse() {
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
    if (tag == kRetiring) retiring = true;
    at += kFrameHeader + length;
  }
  frames.erase(0, at);
}

bool wait_readable(std::vector<pollfd>& polled) {
  if (poll(polled.data(), polled.size(), -1) >= 0) return true;
  if (errno == EINTR) return false;
  throw Error(system_error_message("cannot wait for worker", "poll", errno));
}

long read_reports(int fd, Reports& reports) {
  char buffer[4096];
  const ssize_t n = ::read(fd, buffer, sizeof buffer);
  if (n > 0) {
    reports.frames.append(buffer, static_cast<size_t>(n));
    reports.parse();
  }
  return n;
}

// Four times --jobs measured best with two processors (two or eight times: 3% slower);
// beyond that, sixteen waiting are plenty.
size_t window_for(unsigned jobs) { return std::min(4 * size_t{jobs}, size_t{jobs} + 16); }

std::vector<size_t> tail_order(size_t count, unsigned jobs, size_t window, const JobCost& cost) {
  std::vector<size_t> tail;
  if (!cost || jobs < 2) return tail;
  const size_t length = std::min({count, 2 * size_t{jobs}, window - jobs});
  for (size_t index = count - length; index < count; ++index) tail.push_back(index);
  std::stable_sort(tail.begin(), tail.end(), [&](size_t a, size_t b) { return cost(a) > cost(b); });
  return tail;
}

}  // namespace narrate::pool
