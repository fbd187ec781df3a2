#include "render/speaker_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/shm.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>

#include "render/espeak_speaker.h"
#include "render/worker_pool.h"
#include "util/error.h"
#include "util/install_layout.h"

extern char** environ;

namespace narrate {
namespace {

std::string speaker_path() {
  return helper_program_path("narrate-speaker", NARRATE_SPEAKER_FROM_BIN, NARRATE_SPEAKER_PATH);
}

// `fd` moved to `lowest` or above (close-on-exec; the original is closed), or -1 with
// errno set. Descriptors 0-2 are free when narrate runs with standard input, output or
// error closed, and none of ours may take their place: what narrate writes to "standard
// output" would land in it.
int moved_up(int fd, int lowest) {
  if (fd < 0 || fd >= lowest) return fd;
  const int moved = fcntl(fd, F_DUPFD_CLOEXEC, lowest);
  const int err = errno;
  close(fd);
  errno = err;
  return moved;
}

}  // namespace

SpeakerProcess::SpeakerProcess(unsigned jobs) : results_size_(results_bytes(jobs)) {
  try {
    start(speaker_path());
  } catch (...) {
    stop();
    throw;
  }
}

SpeakerProcess::~SpeakerProcess() { stop(); }

std::optional<SpeakerMessage> SpeakerProcess::next_message(const WhileWaiting& while_waiting) {
  if (while_waiting) {
    pollfd ready{socket_, POLLIN, 0};
    while (poll(&ready, 1, 0) == 0 && while_waiting()) {
    }
  }
  return receive_message(socket_);
}

bool SpeakerProcess::send(char tag, std::string_view payload) { return send_message(socket_, tag, payload); }

std::string SpeakerProcess::end_reason() {
  int status = 0;
  pid_t ended = -1;
  do {
    ended = pid_ > 0 ? waitpid(pid_, &status, 0) : -1;
  } while (ended < 0 && errno == EINTR);
  if (ended != pid_) return "narrate-speaker ended unexpectedly";
  pid_ = -1;
  if (WIFSIGNALED(status)) return "narrate-speaker died from signal " + std::to_string(WTERMSIG(status));
  return "narrate-speaker ended unexpectedly (exit status " + std::to_string(WEXITSTATUS(status)) + ")";
}

std::string_view SpeakerProcess::results(uint64_t offset, uint64_t size) const {
  if (offset > results_size_ || size > results_size_ - offset) throw Error("narrate-speaker: a result out of bounds");
  return std::string_view(results_ + offset, size);
}

// Throws Error; what it made is undone by stop().
void SpeakerProcess::start(const std::string& path) {
  const std::string memory = share_results(path);
  int pair[2];
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0) {
    throw Error(system_error_message("cannot start", path, errno));
  }
  socket_ = moved_up(pair[0], 3);
  // The speaker's descriptors go above its fixed numbers first, so that they can be
  // put in place in any order (dup2 onto itself would leave one closed on exec).
  const int theirs = moved_up(pair[1], kSpeakerResults + 1);
  if (socket_ < 0 || theirs < 0) {
    const int err = errno;
    if (theirs >= 0) close(theirs);
    throw Error(system_error_message("cannot start", path, err));
  }
  const int results_copy = results_file_ >= 0 ? fcntl(results_file_, F_DUPFD_CLOEXEC, kSpeakerResults + 1) : -1;
  if (results_file_ >= 0 && results_copy < 0) {
    const int err = errno;
    close(theirs);
    throw Error(system_error_message("cannot start", path, err));
  }
  const std::string parent = std::to_string(getpid());
  const std::string memory_size = std::to_string(results_size_);
  char* argv[] = {const_cast<char*>(path.c_str()), const_cast<char*>(parent.c_str()),
                  const_cast<char*>(memory.c_str()), const_cast<char*>(memory_size.c_str()), nullptr};
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, theirs, kSpeakerSocket);
  if (results_copy >= 0) posix_spawn_file_actions_adddup2(&actions, results_copy, kSpeakerResults);
  // The speaker starts with no signal blocked, whatever the thread that starts it blocks
  // (the studio blocks the stopping signals in all its threads to take them in one).
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  sigset_t none;
  sigemptyset(&none);
  posix_spawnattr_setsigmask(&attributes, &none);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK);
  const int err = posix_spawn(&pid_, path.c_str(), &actions, &attributes, argv, environ);
  posix_spawnattr_destroy(&attributes);
  posix_spawn_file_actions_destroy(&actions);
  close(theirs);
  if (results_copy >= 0) close(results_copy);
  if (err != 0) {
    pid_ = -1;
    throw Error(system_error_message("cannot start", path, err));
  }
}

// Makes the shared memory for the results and attaches it here, read-only; returns how
// the speaker finds it ("file": its descriptor kSpeakerResults; "sysv:ID"). A memory
// file when the file size limit (ulimit -f) allows one this large: the kernel then maps
// up to 16 pages of it per page fault (fault-around; ~5000 faults fewer per render of
// the sample). Else System V shared memory, which no such limit bounds; marked for
// removal at once, it goes when both processes have, however they end.
std::string SpeakerProcess::share_results(const std::string& path) {
  const std::string action = "cannot make shared memory for";
  rlimit limit{};
  // (Checked first: growing a file beyond the limit raises SIGXFSZ.)
  const bool file_fits = getrlimit(RLIMIT_FSIZE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY ||
                         limit.rlim_cur >= results_size_;
  if (file_fits) results_file_ = moved_up(memfd_create("narrate-results", MFD_CLOEXEC), 3);
  if (results_file_ >= 0 && ftruncate(results_file_, static_cast<off_t>(results_size_)) == 0) {
    void* view = mmap(nullptr, results_size_, PROT_READ, MAP_SHARED | MAP_NORESERVE, results_file_, 0);
    if (view == MAP_FAILED) throw Error(system_error_message(action, path, errno));
    results_ = static_cast<const char*>(view);
    return "file";
  }
  if (results_file_ >= 0) close(results_file_);
  results_file_ = -1;
  const int memory = shmget(IPC_PRIVATE, results_size_, IPC_CREAT | SHM_NORESERVE | 0600);
  if (memory < 0) throw Error(system_error_message(action, path, errno));
  void* view = shmat(memory, nullptr, SHM_RDONLY);
  const int attach_error = errno;
  shmctl(memory, IPC_RMID, nullptr);
  if (view == reinterpret_cast<void*>(-1)) throw Error(system_error_message(action, path, attach_error));
  results_ = static_cast<const char*>(view);
  attached_ = true;
  return "sysv:" + std::to_string(memory);
}

void SpeakerProcess::stop() {
  if (results_ != nullptr) attached_ ? shmdt(results_) : munmap(const_cast<char*>(results_), results_size_);
  results_ = nullptr;
  if (results_file_ >= 0) close(results_file_);
  results_file_ = -1;
  if (socket_ >= 0) close(socket_);
  socket_ = -1;
  if (pid_ > 0) {
    kill(pid_, SIGKILL);  // its workers end with it
    while (waitpid(pid_, nullptr, 0) < 0 && errno == EINTR) {
    }
  }
  pid_ = -1;
}

}  // namespace narrate
