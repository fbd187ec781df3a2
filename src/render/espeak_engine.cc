// eSpeak NG as narrate's SpeechEngine: the speaking is done by narrate-speaker, a
// process of its own (see espeak_speaker.h for why); this side sends it the parts and
// hands on the speech it makes. See docs/ARCHITECTURE.md for the engine's pitfalls.
#include <espeak-ng/speak_lib.h>  // for espeak_Info alone: it needs no started engine
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
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "render/espeak_speaker.h"
#include "render/speaker_protocol.h"
#include "render/speech_engine.h"
#include "render/worker_pool.h"
#include "util/error.h"

extern char** environ;

namespace narrate {
namespace {

// narrate-speaker beside the running program (an installed pair), else where the build
// put it (narrate and the tests, run from the build tree).
std::string speaker_path() {
  std::error_code ec;
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const std::filesystem::path beside = self.parent_path() / "narrate-speaker";
    if (access(beside.c_str(), X_OK) == 0) return beside.string();
  }
  return NARRATE_SPEAKER_PATH;
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

// A running narrate-speaker: the socket to it, the shared memory its workers write their
// results to (attached here read-only), its process. The destructor ends it and its
// workers.
class SpeakerProcess {
 public:
  explicit SpeakerProcess(unsigned jobs) : results_size_(results_bytes(jobs)) {
    try {
      start(speaker_path());
    } catch (...) {
      stop();
      throw;
    }
  }
  ~SpeakerProcess() { stop(); }
  SpeakerProcess(const SpeakerProcess&) = delete;
  SpeakerProcess& operator=(const SpeakerProcess&) = delete;

  // The next message, or nullopt when the speaker is gone. While none has come,
  // `while_waiting` (may be empty) runs as long as it finds work.
  std::optional<SpeakerMessage> next_message(const WhileWaiting& while_waiting) {
    if (while_waiting) {
      pollfd ready{socket_, POLLIN, 0};
      while (poll(&ready, 1, 0) == 0 && while_waiting()) {
      }
    }
    return receive_message(socket_);
  }

  bool send(char tag, std::string_view payload = {}) { return send_message(socket_, tag, payload); }

  // Why the speaker is gone, once its socket closed: waits for it to end.
  std::string end_reason() {
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

  // The bytes [offset, offset + size) of the results.
  std::string_view results(uint64_t offset, uint64_t size) const {
    if (offset > results_size_ || size > results_size_ - offset) throw Error("narrate-speaker: a result out of bounds");
    return std::string_view(results_ + offset, size);
  }

 private:
  // Throws Error; what it made is undone by stop().
  void start(const std::string& path) {
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
    const int err = posix_spawn(&pid_, path.c_str(), &actions, nullptr, argv, environ);
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
  std::string share_results(const std::string& path) {
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

  void stop() {
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

  uint64_t results_size_;
  const char* results_ = nullptr;
  int results_file_ = -1;  // the memory file, if the results are in one
  bool attached_ = false;  // System V shared memory, else the memory file mapped
  int socket_ = -1;
  pid_t pid_ = -1;
};

SpokenPart spoken_part(const Utterance& utterance) {
  const VoiceProfile& voice = utterance.voice;
  return SpokenPart{.espeak_voice = voice.espeak_voice,
                    .espeak_name = voice.espeak_name(),
                    .voice_id = voice.id,
                    .label = utterance.label,
                    .text = utterance.text,
                    .rate = voice.rate,
                    .pitch = voice.pitch,
                    .range = voice.range,
                    .volume = voice.volume,
                    .word_gap = voice.word_gap};
}

class EspeakEngine : public SpeechEngine {
 public:
  explicit EspeakEngine(unsigned jobs) : jobs_(jobs) {}

  // Starts narrate-speaker, which starts eSpeak NG (1 ms) while narrate plans. When it
  // cannot, speak_all tries again and says why.
  void prepare() override {
    if (speaker_) return;
    try {
      start_speaker();
    } catch (const Error&) {
    }
  }

  // eSpeak NG 1.51 always speaks at 22050 Hz (the speaker checks it when it starts):
  // known without starting it, so that a render served from the cache starts nothing.
  int sample_rate() const override { return kSpeakerSampleRate; }

  // The library's version: the same library as the speaker's, linked here too.
  std::string version() const override {
    const char* version = espeak_Info(nullptr);
    return std::string("espeak-ng ") + (version ? version : "?");
  }

  using SpeechEngine::speak_all;
  void speak_all(const std::vector<Utterance>& utterances, const DeliverSpeech& deliver,
                 const WhileWaiting& while_waiting) override {
    if (utterances.empty()) return;
    SpeakerProcess& speaker = ready_speaker(while_waiting);
    SpeakerBatch batch{.jobs = jobs_, .parts = {}};
    batch.parts.reserve(utterances.size());
    for (const Utterance& utterance : utterances) batch.parts.push_back(spoken_part(utterance));
    // Whatever goes wrong on this side leaves the speaker mid-batch: it is ended, and
    // the next call starts another.
    try {
      if (!speaker.send('B', encode_batch(batch))) throw Error(speaker.end_reason());
      for (size_t index = 0; index <= utterances.size(); ++index) {
        const std::optional<SpeakerMessage> message = speaker.next_message(while_waiting);
        if (!message) throw Error(speaker.end_reason());
        if (message->tag == 'E') throw SpeakerError(message->payload);
        const bool last = index == utterances.size();
        if (message->tag != (last ? 'D' : 'R')) throw Error("narrate-speaker: an unexpected message");
        if (last) break;
        uint64_t offset = 0;
        uint64_t size = 0;
        decode_result(message->payload, offset, size);
        deliver(index, decode_speech(speaker.results(offset, size)));
        if (!speaker.send('A')) throw Error(speaker.end_reason());
      }
    } catch (const SpeakerError& e) {
      throw Error(e.what());  // the speaker failed the batch and waits for the next
    } catch (...) {
      speaker_.reset();
      throw;
    }
  }

 private:
  // A failure the speaker reported; it is still in good order.
  struct SpeakerError : Error {
    using Error::Error;
  };

  void start_speaker() {
    speaker_ = std::make_unique<SpeakerProcess>(jobs_);
    greeted_ = false;
  }

  // The speaker, started and ready to speak; throws Error when it cannot start.
  SpeakerProcess& ready_speaker(const WhileWaiting& while_waiting) {
    if (!speaker_) start_speaker();
    if (!greeted_) {
      std::string why;
      try {
        const std::optional<SpeakerMessage> hello = speaker_->next_message(while_waiting);
        if (!hello) why = speaker_->end_reason();
        else if (hello->tag == 'E') why = hello->payload;
        else if (hello->tag != 'H' || hello->payload != speaker_greeting(version())) {
          why = "narrate-speaker is not the one built with this narrate (it says '" + hello->payload + "')";
        }
      } catch (const Error& e) {
        why = e.what();
      }
      if (!why.empty()) {
        speaker_.reset();
        throw Error(why);
      }
      greeted_ = true;
    }
    return *speaker_;
  }

  // A worker's result: samples, events, event count (uint32). The samples are read where
  // they are (results start page-aligned); the events are copied into a buffer kept
  // across utterances.
  SpeechOutput decode_speech(std::string_view bytes) {
    uint32_t count = 0;
    if (bytes.size() < sizeof count) throw Error("eSpeak NG worker sent a truncated result");
    std::memcpy(&count, bytes.data() + bytes.size() - sizeof count, sizeof count);
    const size_t event_bytes = static_cast<size_t>(count) * sizeof(SpeechEvent);
    if (bytes.size() < sizeof count + event_bytes) throw Error("eSpeak NG worker sent a truncated result");
    const size_t sample_bytes = bytes.size() - sizeof count - event_bytes;
    events_.resize(count);
    if (count > 0) std::memcpy(events_.data(), bytes.data() + sample_bytes, event_bytes);
    const size_t sample_count = sample_bytes / sizeof(int16_t);
    if (reinterpret_cast<uintptr_t>(bytes.data()) % alignof(int16_t) != 0) {
      samples_.resize(sample_count);
      if (sample_count > 0) std::memcpy(samples_.data(), bytes.data(), sample_count * sizeof(int16_t));
      return SpeechOutput{samples_, events_};
    }
    return SpeechOutput{std::span<const int16_t>(reinterpret_cast<const int16_t*>(bytes.data()), sample_count), events_};
  }

  unsigned jobs_;
  std::unique_ptr<SpeakerProcess> speaker_;
  bool greeted_ = false;  // the speaker said it is ready
  std::vector<int16_t> samples_;  // only for results that are not aligned
  std::vector<SpeechEvent> events_;
};

}  // namespace

std::unique_ptr<SpeechEngine> make_espeak_engine(unsigned jobs) { return std::make_unique<EspeakEngine>(jobs); }

}  // namespace narrate
