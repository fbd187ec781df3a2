// SpeakerProcess: narrate's handle on a running narrate-speaker (espeak_speaker.h).
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "render/speaker_protocol.h"
#include "render/speech_engine.h"

namespace narrate {

// Starts narrate-speaker (beside the running program, else where the build put it) with
// shared memory for the results of `jobs` workers, and a socket to talk to it. The
// destructor ends it and its workers. Throws Error when it cannot start it.
class SpeakerProcess {
 public:
  explicit SpeakerProcess(unsigned jobs);
  ~SpeakerProcess();
  SpeakerProcess(const SpeakerProcess&) = delete;
  SpeakerProcess& operator=(const SpeakerProcess&) = delete;

  // The next message, or nullopt when the speaker is gone (throws Error for a malformed
  // one). While none has come, `while_waiting` (may be empty) runs as long as it finds
  // work.
  std::optional<SpeakerMessage> next_message(const WhileWaiting& while_waiting);

  // Sends a message; false when the speaker is gone.
  bool send(char tag, std::string_view payload = {});

  // Why the speaker is gone, once its socket closed: waits for it to end.
  std::string end_reason();

  // The bytes [offset, offset + size) of the results, where the speaker's workers wrote
  // them; throws Error when they lie outside.
  std::string_view results(uint64_t offset, uint64_t size) const;

 private:
  void start(const std::string& path);
  std::string share_results(const std::string& path);
  void stop();

  uint64_t results_size_;
  const char* results_ = nullptr;
  int results_file_ = -1;  // the memory file, if the results are in one
  bool attached_ = false;  // System V shared memory, else the memory file mapped
  int socket_ = -1;
  pid_t pid_ = -1;
};

}  // namespace narrate
