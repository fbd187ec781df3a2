// narrate-speaker's main: see render/espeak_speaker.h. narrate starts it with three
// arguments: narrate's process id; where the results go, "file" (a memory file, open as
// descriptor kSpeakerResults) or "sysv:ID" (System V shared memory, already marked for
// removal: it goes when both processes have ended); and that memory's size.
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/shm.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

#include "render/espeak_speaker.h"
#include "render/speaker_protocol.h"

namespace {

// Tells narrate why this speaker cannot start; returns the exit status.
int fail(const std::string& why) {
  narrate::send_message(narrate::kSpeakerSocket, 'E', "narrate-speaker: " + why);
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);
  // It ends with narrate, even when narrate is killed outright; its workers end with it.
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (argc != 4) return fail("started without narrate's three arguments");
  if (getppid() != static_cast<pid_t>(std::atol(argv[1]))) return 1;  // narrate is gone already
  const std::string where = argv[2];
  const uint64_t size = std::strtoull(argv[3], nullptr, 10);
  void* results = nullptr;
  if (where == "file") {
    results = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_NORESERVE, narrate::kSpeakerResults, 0);
    if (results == MAP_FAILED) return fail(std::string("cannot map its shared memory: ") + std::strerror(errno));
  } else if (where.starts_with("sysv:")) {
    results = shmat(std::atoi(where.c_str() + 5), nullptr, 0);
    if (results == reinterpret_cast<void*>(-1)) {
      return fail(std::string("cannot attach its shared memory: ") + std::strerror(errno));
    }
  } else {
    return fail("no shared memory named '" + where + "'");
  }
  return narrate::run_speaker(narrate::kSpeakerSocket, results, size);
}
