// The only file that includes eSpeak NG's headers. See docs/ARCHITECTURE.md for the
// engine's pitfalls (global state, history-dependent output) that shape this code.
#include <espeak-ng/speak_lib.h>
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <unistd.h>

#include <cstdint>
#include <cstring>
#include <vector>
#include <atomic>
#include <clocale>
#include <exception>
#include <filesystem>
#include <map>
#include <mutex>
#include <thread>
#include <utility>

#include "render/speech_engine.h"
#include "render/worker_pool.h"
#include "util/error.h"
#include "util/strings.h"
#include "audio/audio_buffer.h"

namespace narrate {
namespace {

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

// Initializes the process-wide engine exactly once (Terminate + Initialize can deadlock
// in 1.51) and returns its sample rate.
int initialize_once() {
  static int sample_rate = 0;
  static std::once_flag once;
  std::call_once(once, [] {
    const int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, espeakINITIALIZE_DONT_EXIT);
    if (rate > 0) espeak_SetSynthCallback(collect_samples);
    sample_rate = rate;
  });
  if (sample_rate <= 0) {
    throw Error("eSpeak NG could not start: its data (espeak-ng-data) was not found; install the espeak-ng-data package");
  }
  return sample_rate;
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
  ~VoiceFiles() {
    for (const auto& [path, fd] : descriptors_) {
      if (fd >= 0) close(fd);
    }
  }
  VoiceFiles(const VoiceFiles&) = delete;
  VoiceFiles& operator=(const VoiceFiles&) = delete;

  // Lists `data_dir`/lang (where eSpeak NG keeps its language voices).
  void index(const std::string& data_dir) {
    std::error_code ec;
    std::filesystem::recursive_directory_iterator it(std::filesystem::path(data_dir) / "lang", ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      if (!it->is_regular_file(ec)) continue;
      const std::string name = ascii_lowercase(it->path().filename().string());
      const auto [at, added] = paths_.emplace(name, it->path().string());
      if (!added) at->second.clear();  // ambiguous: eSpeak NG decides
    }
  }

  // "/proc/self/fd/N" naming the voice file of `language`, or "" to let eSpeak NG search.
  std::string path_for(const std::string& language) {
    const auto found = paths_.find(ascii_lowercase(language));
    if (found == paths_.end() || found->second.empty()) return "";
    auto [at, added] = descriptors_.emplace(found->second, -1);
    // Kept open while the engine lives (eSpeak NG reads the file when the voice is
    // selected; workers inherit the loaded voice, not the file).
    if (added) at->second = open(found->second.c_str(), O_RDONLY | O_CLOEXEC);
    return at->second < 0 ? "" : "/proc/self/fd/" + std::to_string(at->second);
  }

 private:
  std::map<std::string, std::string> paths_;  // lowercase file name -> path ("" when ambiguous)
  std::map<std::string, int> descriptors_;    // path -> open descriptor
};

// Selects the utterance's eSpeak NG voice in the calling (parent) process. Loading a
// voice reads its files and the language's dictionary; done once in the parent, every
// worker forked for the same voice inherits it instead of loading it again. Loading
// replaces the voice state as a whole, so it does not matter which voice came before
// (the tests check that an utterance gives the same samples alone and in any script).
// Returns false when eSpeak NG has no such voice.
bool select_voice(const VoiceProfile& voice, VoiceFiles& files, std::string& selected) {
  const std::string name = voice.espeak_name();
  if (name == selected) return true;
  selected.clear();
  const std::string file = files.path_for(voice.espeak_voice);
  const std::string variant = name.substr(voice.espeak_voice.size());  // "" or "+variant"
  const bool by_file = !file.empty() && espeak_SetVoiceByFile((file + variant).c_str()) == EE_OK;
  if (!by_file && espeak_SetVoiceByName(name.c_str()) != EE_OK) return false;
  selected = name;
  return true;
}

// Runs in a freshly forked worker whose parent selected the voice; streams the samples
// to `out`, then the events and their count (see decode_speech).
void speak(const Utterance& utterance, bool voice_selected, int sample_rate, ChildOutput& out) {
  const VoiceProfile& voice = utterance.voice;
  if (!voice_selected) {
    throw Error("eSpeak NG has no voice '" + voice.espeak_name() + "' (voice profile '" + voice.id + "')");
  }
  Collector collector{&out, sample_rate, {}, {}};
  // Parameters are global and sticky: set every one, every time.
  set_parameter(espeakRATE, voice.rate, "rate");
  set_parameter(espeakPITCH, voice.pitch, "pitch");
  set_parameter(espeakRANGE, voice.range, "pitch range");
  set_parameter(espeakVOLUME, voice.volume, "volume");
  set_parameter(espeakWORDGAP, voice.word_gap, "word gap");
  // UTF-8 with [[phonemes]] (the lexicon's; the normalizer removes every bracket of the
  // article's own) and never SSML: article text cannot switch voices or play files.
  const espeak_ERROR status = espeak_Synth(utterance.text.c_str(), utterance.text.size() + 1, 0, POS_CHARACTER,
                                           0, espeakCHARS_UTF8 | espeakPHONEMES, nullptr, &collector);
  if (!collector.error.empty()) throw Error(collector.error + " (" + utterance.label + ")");
  if (status != EE_OK || espeak_Synchronize() != EE_OK) {
    throw Error("eSpeak NG failed to speak " + utterance.label);
  }
  const auto count = static_cast<uint32_t>(collector.events.size());
  out.write(collector.events.data(), count * sizeof(SpeechEvent));
  out.write(&count, sizeof count);
}

// Keeps `thread` off the calling thread's processor when there is another: a new thread
// otherwise often waits for this one to block before it runs at all (measured here: a
// 2 ms wait, which is most of what the thread was meant to save).
void run_elsewhere(std::thread& thread) {
  cpu_set_t allowed;
  const int here = sched_getcpu();
  if (here < 0 || sched_getaffinity(0, sizeof allowed, &allowed) != 0) return;
  CPU_CLR(here, &allowed);
  if (CPU_COUNT(&allowed) > 0) pthread_setaffinity_np(thread.native_handle(), sizeof allowed, &allowed);
}

class EspeakEngine : public SpeechEngine {
 public:
  explicit EspeakEngine(unsigned jobs) : jobs_(jobs) {}
  ~EspeakEngine() override {
    if (preparing_.joinable()) preparing_.join();
  }

  // Starting takes 1 ms, and listing the voice files (see VoiceFiles) 0.2 ms: done side
  // by side with planning the article. The thread touches only eSpeak NG and
  // voice_files_, which nothing else touches until speak_all joins it.
  void prepare() override {
    if (preparing_.joinable() || prepared_) return;
    prepared_ = true;
    // eSpeak NG's start sets LC_CTYPE (C.UTF-8, else the next it finds), and setlocale
    // must not run while other threads use the locale: set it here first, in the only
    // thread, so that eSpeak NG's own call finds it set and changes nothing.
    for (const char* name : {"C.UTF-8", "UTF-8", "en_US.UTF-8", ""}) {
      if (std::setlocale(LC_CTYPE, name) != nullptr) break;
    }
    preparing_ = std::thread([this] {
      try {
        initialize_once();
        index_voice_files();
      } catch (...) {
        preparing_error_ = std::current_exception();
      }
      ready_ = true;
    });
    run_elsewhere(preparing_);
  }

  // eSpeak NG 1.51 always speaks at 22050 Hz (checked when it starts): known without
  // starting it, so that a render served from the cache never starts the engine.
  int sample_rate() const override { return kSampleRate; }

  // The library's version (espeak_Info needs no started engine for it).
  std::string version() const override {
    const char* version = espeak_Info(nullptr);
    return std::string("espeak-ng ") + (version ? version : "?");
  }

  using SpeechEngine::speak_all;
  void speak_all(const std::vector<Utterance>& utterances, const DeliverSpeech& deliver,
                 const WhileWaiting& while_waiting) override {
    if (utterances.empty()) return;
    if (preparing_.joinable()) {
      while (!ready_ && while_waiting && while_waiting()) {  // e.g. cached speech, meanwhile
      }
      preparing_.join();
    }
    if (preparing_error_) std::rethrow_exception(std::exchange(preparing_error_, nullptr));
    if (initialize_once() != kSampleRate) {
      throw Error("eSpeak NG speaks at " + std::to_string(initialize_once()) + " Hz, not the expected " +
                  std::to_string(kSampleRate));
    }
    index_voice_files();
    bool voice_selected = false;
    run_forked(
        utterances.size(), jobs_,
        [&](size_t index, ChildOutput& out) { speak(utterances[index], voice_selected, kSampleRate, out); },
        [&](size_t index, std::string_view bytes) { deliver(index, decode_speech(bytes)); },
        [&](size_t index) { voice_selected = select_voice(utterances[index].voice, voice_files_, selected_voice_); },
        while_waiting);
  }

 private:
  static constexpr int kSampleRate = 22050;
  unsigned jobs_;
  // A worker's result: samples, events, event count (uint32). The samples are read where
  // they are (the worker pool's results start page-aligned); the events are copied into
  // a buffer kept across utterances.
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

  // Once, after the engine started (it knows its data directory then).
  void index_voice_files() {
    if (voice_files_indexed_) return;
    voice_files_indexed_ = true;
    const char* data_dir = nullptr;
    espeak_Info(&data_dir);
    if (data_dir != nullptr) voice_files_.index(data_dir);
  }

  bool prepared_ = false;
  std::thread preparing_;                  // prepare's, until joined
  std::atomic<bool> ready_ = false;        // set when preparing_ is done
  std::exception_ptr preparing_error_;     // what it threw
  VoiceFiles voice_files_;
  bool voice_files_indexed_ = false;
  std::string selected_voice_;  // the voice the parent process has loaded
  AudioBuffer samples_;         // only for results that are not aligned
  std::vector<SpeechEvent> events_;
};

}  // namespace

std::unique_ptr<SpeechEngine> make_espeak_engine(unsigned jobs) { return std::make_unique<EspeakEngine>(jobs); }

}  // namespace narrate
