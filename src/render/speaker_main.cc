// narrate-speaker's main: see render/espeak_speaker.h. narrate starts it with three
// arguments: narrate's process id, and the id and size of the System V shared memory for
// the results (already marked for removal: it goes when both processes have ended).
#include <sys/prctl.h>
#include <sys/shm.h>
#include <unistd.h>

#include <csignal>
#include <cstdint>
#include <cstdlib>

#include "render/espeak_speaker.h"

int main(int argc, char** argv) {
  // It ends with narrate, even when narrate is killed outright; its workers end with it.
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (argc != 4 || getppid() != static_cast<pid_t>(std::atol(argv[1]))) return 1;
  void* results = shmat(std::atoi(argv[2]), nullptr, 0);
  if (results == reinterpret_cast<void*>(-1)) return 1;
  return narrate::run_speaker(narrate::kSpeakerSocket, results, std::strtoull(argv[3], nullptr, 10));
}
