// narrate-speaker: eSpeak NG in a process of its own. See espeak_speaker.h.
#include "render/espeak_speaker.h"

#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <clocale>
#include <csignal>
#include <cstdlib>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "render/memory_images.h"
#include "render/restoring_pool.h"
#include "render/speaker_protocol.h"
#include "render/speech_engine.h"
#include "render/worker_pool.h"
#include "util/error.h"
#include "util/strings.h"

namespace narrate {
namespace {

constexpr unsigned kRandomSeed = 1;

// Whether the voice of the family (see speak_batch) was selected: set by the family's
// start, read by its jobs. Static, so that the memory images of run_restoring hold it.
bool g_voice_selected = false;

// How a part gets an engine that has spoken nothing: a worker that brings its memory
// back after each part (run_restoring), unless this build cannot (AddressSanitizer) or
// NARRATE_ENGINE_RESET=fork asks for a process per part (run_forked), as the tests do to
// compare the two.
bool restore_between_parts() {
  const char* asked = std::getenv("NARRATE_ENGINE_RESET");
  return memory_images_supported() && !(asked != nullptr && std::strcmp(asked, "fork") == 0);
}

// What a worker's synthesis callback writes to: the samples go straight on to the
// parent; sentence and word events are kept and sent after them.
struct Collector {
  ChildOutput* out = nullptr;
  int sample_rate = 0;
  std::vector<SpeechEvent> events;
  std::string error;  // why the output refused the samples (synthesis then stops)
};

// Called by the engine with each block of samples (its buffer is reused, so they are
// passed on at once) and the events in it. The final call has wav == nullptr.
int collect_samples(short* wav, int count, espeak_EVENT* events) {
  if (events == nullptr || events->user_data == nullptr) return 0;
  auto* collector = static_cast<Collector*>(events->user_data);
  for (const espeak_EVENT* e = events; e->type != espeakEVENT_LIST_TERMINATED; ++e) {
    if (e->type != espeakEVENT_SENTENCE && e->type != espeakEVENT_WORD) continue;
    SpeechEvent event;
    event.kind = e->type == espeakEVENT_SENTENCE ? SpeechEvent::sentence : SpeechEvent::word;
    event.sample = static_cast<uint32_t>(static_cast<int64_t>(e->audio_position) * collector->sample_rate / 1000);
    event.text_position = e->text_position > 0 ? static_cast<uint32_t>(e->text_position - 1) : 0;
    event.length = e->length > 0 ? static_cast<uint32_t>(e->length) : 0;
    collector->events.push_back(event);
  }
  if (wav != nullptr && count > 0) {
    // No exception may cross eSpeak NG's C code: stop the synthesis instead.
    try {
      collector->out->write(wav, static_cast<size_t>(count) * sizeof(int16_t));
    } catch (const std::exception& e) {
      collector->error = e.what();
      return 1;
    }
  }
  return 0;
}

void set_parameter(espeak_PARAMETER parameter, int value, const char* what) {
  if (espeak_SetParameter(parameter, value, 0) != EE_OK) {
    throw Error(std::string("eSpeak NG rejected ") + what + " " + std::to_string(value));
  }
}

// eSpeak NG 1.51 finds a voice named "en-us" by reading all of its ~400 voice files
// (2.5 ms at every start): its direct lookup lowercases the name, and the file is
// lang/gmw/en-US. VoiceFiles finds such files by name alone, listing the directories,
// and names each by an open descriptor's /proc path, which is lowercase and short as
// espeak_SetVoiceByFile requires. eSpeak NG's own search matches a name against the
// files' last path part, ignoring case; a name found twice, or not at all, is left to it.
class VoiceFiles {
 public:
  VoiceFiles() = default;
  VoiceFiles(const VoiceFiles&) = delete;
  VoiceFiles& operator=(const VoiceFiles&) = delete;

  // Lists `data_dir`/lang (where eSpeak NG keeps its language voices).
  void index(const std::string& data_dir) {
    variants_dir_ = (std::filesystem::path(data_dir) / "voices" / "!v").string();
    std::error_code ec;
    std::filesystem::recursive_directory_iterator it(std::filesystem::path(data_dir) / "lang", ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      if (!it->is_regular_file(ec)) continue;
      const std::string name = ascii_lowercase(it->path().filename().string());
      const auto [at, added] = paths_.emplace(name, it->path().string());
      if (!added) at->second.clear();  // ambiguous: eSpeak NG decides
    }
  }

  // Whether eSpeak NG has the variant `name` (a file in voices/!v): given one it does not
  // have, it would speak in the plain voice without a word.
  bool has_variant(const std::string& name) const {
    if (name.empty() || name.find('/') != std::string::npos || name[0] == '.') return false;
    struct stat info {};
    return stat((variants_dir_ + "/" + name).c_str(), &info) == 0 && S_ISREG(info.st_mode);
  }

  // An open descriptor of the voice file of `language` (eSpeak NG reads it through its
  // /proc/self/fd path, an opening of its own), or -1 to let eSpeak NG search. Changes
  // nothing here: a worker that brings its memory back (restoring_pool.h) calls it, and
  // the heap an object on the speaker's stack points to must be the same before and after.
  int open_file(const std::string& language) const {
    const auto found = paths_.find(ascii_lowercase(language));
    if (found == paths_.end() || found->second.empty()) return -1;
    return open(found->second.c_str(), O_RDONLY | O_CLOEXEC);
  }

 private:
  std::map<std::string, std::string> paths_;  // lowercase file name -> path ("" when ambiguous)
  std::string variants_dir_;
};

// Selects the part's eSpeak NG voice. Never in the speaker itself: loading a voice hands
// a voice change to eSpeak NG's wave generator through an internal queue that only
// speaking empties, so a speaker that loaded voices without speaking would pile them up
// (in 1.51 and 1.52 the queue holds 170 commands: past that, speech comes out cut
// short), and its workers would start from a state that depends on the voices loaded
// before. It is done once per voice and batch, in the voice's family head (worker_pool.h),
// which forks the voice's workers: each starts as a fresh `espeak-ng` process does,
// initialized, one voice loaded, nothing spoken. Returns false when eSpeak NG has no
// such voice.
bool select_voice(const SpokenPart& voice, const VoiceFiles& files) {
  const std::string& name = voice.espeak_name;
  const std::string variant = name.substr(voice.espeak_voice.size());  // "" or "+variant"
  if (!variant.empty() && !files.has_variant(variant.substr(1))) return false;
  const int fd = files.open_file(voice.espeak_voice);
  const std::string path = "/proc/self/fd/" + std::to_string(fd) + variant;
  const bool by_file = fd >= 0 && espeak_SetVoiceByFile(path.c_str()) == EE_OK;
  if (fd >= 0) close(fd);  // read by now
  return by_file || espeak_SetVoiceByName(name.c_str()) == EE_OK;
}

// Runs in a freshly forked worker whose family head selected the part's voice (true in
// `voice_selected` when it could); streams the samples to `out`, then the events and
// their count (see the engine's decode_speech).
void speak(const SpokenPart& part, bool voice_selected, int sample_rate, ChildOutput& out) {
  if (!voice_selected) {
    throw Error("eSpeak NG has no voice '" + part.espeak_name + "' (voice profile '" + part.voice_id + "')");
  }
  Collector collector{&out, sample_rate, {}, {}};
  // Parameters are global and sticky: set every one, every time.
  set_parameter(espeakRATE, part.rate, "rate");
  set_parameter(espeakPITCH, part.pitch, "pitch");
  set_parameter(espeakRANGE, part.range, "pitch range");
  set_parameter(espeakVOLUME, part.volume, "volume");
  set_parameter(espeakWORDGAP, part.word_gap, "word gap");
  // UTF-8 with [[phonemes]] (the lexicon's; the normalizer removes every bracket of the
  // article's own) and never SSML: article text cannot switch voices or play files.
  const espeak_ERROR status = espeak_Synth(part.text.c_str(), part.text.size() + 1, 0, POS_CHARACTER,
                                           0, espeakCHARS_UTF8 | espeakPHONEMES, nullptr, &collector);
  if (!collector.error.empty()) throw Error(collector.error + " (" + part.label + ")");
  if (status != EE_OK || espeak_Synchronize() != EE_OK) {
    throw Error("eSpeak NG failed to speak " + part.label);
  }
  const auto count = static_cast<uint32_t>(collector.events.size());
  out.write(collector.events.data(), count * sizeof(SpeechEvent));
  out.write(&count, sizeof count);
}

// Speaks one batch, handing each result to narrate and waiting until narrate is done
// with it (its slot is then free for a later part). Throws Error.
void speak_batch(int socket, void* results, uint64_t results_size, const SpeakerBatch& batch,
                 VoiceFiles& voice_files) {
  if (results_bytes(batch.jobs) > results_size) throw Error("narrate-speaker: too many jobs for its shared memory");
  // The parts of one voice form a family: the voice is loaded once per family (in its
  // head, or in each worker that brings its memory back), never in the speaker.
  const JobFamilies voices{
      .name = [&](size_t index) { return batch.parts[index].espeak_name; },
      .start = [&](size_t index) { g_voice_selected = select_voice(batch.parts[index], voice_files); }};
  const ChildJob job = [&](size_t index, ChildOutput& out) {
    speak(batch.parts[index], g_voice_selected, kSpeakerSampleRate, out);
  };
  // A result is read in place: narrate is told where in the shared memory it lies.
  const DeliverResult deliver = [&](size_t, std::string_view bytes) {
    if (!send_message(socket, 'R', encode_result(static_cast<uint64_t>(bytes.data() - static_cast<const char*>(results)), bytes.size()))) {
      throw Error("narrate-speaker: narrate is gone");
    }
    const std::optional<SpeakerMessage> done = receive_message(socket);
    if (!done || done->tag != 'A') throw Error("narrate-speaker: narrate is gone");
  };
  const JobCost cost = [&](size_t index) {
    // Speaking takes about as long as the speech lasts: text length over rate.
    const SpokenPart& part = batch.parts[index];
    return static_cast<double>(part.text.size()) / std::max(part.rate, 1);
  };
  if (restore_between_parts()) {
    run_restoring(batch.parts.size(), batch.jobs, job, deliver, results, cost, &voices);
  } else {
    run_forked(batch.parts.size(), batch.jobs, job, deliver, {}, results, cost, &voices);
  }
}

}  // namespace

int run_speaker(int socket, void* results, uint64_t results_size) {
  std::signal(SIGPIPE, SIG_IGN);
  keep_heap_in_brk();  // before eSpeak NG allocates anything: see memory_images.h
  // eSpeak NG's start sets LC_CTYPE (C.UTF-8, else the next it finds): the same choice
  // narrate made before eSpeak NG ran in a process of its own.
  for (const char* name : {"C.UTF-8", "UTF-8", "en_US.UTF-8", ""}) {
    if (std::setlocale(LC_CTYPE, name) != nullptr) break;
  }
  const int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, espeakINITIALIZE_DONT_EXIT);
  if (rate <= 0) {
    send_message(socket, 'E', "eSpeak NG could not start: its data (espeak-ng-data) was not found; install the espeak-ng-data package");
    return 1;
  }
  if (rate != kSpeakerSampleRate) {
    send_message(socket, 'E', "eSpeak NG speaks at " + std::to_string(rate) + " Hz, not the expected " +
                                  std::to_string(kSpeakerSampleRate));
    return 1;
  }
  espeak_SetSynthCallback(collect_samples);
  VoiceFiles voice_files;
  const char* data_dir = nullptr;
  espeak_Info(&data_dir);
  if (data_dir != nullptr) voice_files.index(data_dir);
  // Breath noise (variants f2, f3, f5) comes from a random generator: fixed here, before
  // any worker is forked, every worker draws the same numbers. eSpeak NG 1.52 seeds its
  // own from the clock and has a public call to fix it; 1.51 draws from the C library's.
#if NARRATE_HAVE_ESPEAK_SET_RAND_SEED
  espeak_ng_SetRandSeed(kRandomSeed);
#endif
  std::srand(kRandomSeed);
  const char* version = espeak_Info(nullptr);
  const std::string greeting = std::string("espeak-ng ") + (version ? version : "?") + " at " + (data_dir ? data_dir : "");
  if (!send_message(socket, 'H', speaker_greeting(greeting))) return 1;

  for (;;) {
    std::optional<SpeakerMessage> message;
    try {
      message = receive_message(socket);
    } catch (const Error&) {
      return 1;  // not narrate talking
    }
    if (!message) return 0;  // narrate closed the socket: nothing more to speak
    try {
      if (message->tag != 'B') throw Error("narrate-speaker: an unexpected message");
      speak_batch(socket, results, results_size, decode_batch(message->payload), voice_files);
      if (!send_message(socket, 'D')) return 1;
    } catch (const std::exception& e) {
      if (!send_message(socket, 'E', e.what())) return 1;
    }
  }
}

}  // namespace narrate
