// eSpeak NG as narrate's SpeechEngine: the speaking is done by narrate-speaker, a
// process of its own (see espeak_speaker.h for why); this side sends it the parts and
// hands on the speech it makes. See docs/ARCHITECTURE.md for the engine's pitfalls.
// For espeak_Info and espeak_ng_InitializePath alone: they need no started engine.
#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>

#include <cstdint>
#include <cstring>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "render/engine_data.h"
#include "render/espeak_speaker.h"
#include "render/speaker_process.h"
#include "render/speaker_protocol.h"
#include "render/speech_engine.h"
#include "util/error.h"

namespace narrate {
namespace {

SpokenPart spoken_part(const Utterance& utterance) {
  const VoiceProfile& voice = utterance.voice;
  return SpokenPart{.espeak_voice = voice.espeak_voice,
                    .espeak_name = voice.espeak_name(),
                    .voice_id = voice.id,
                    .label = utterance.label,
                    .text = utterance.text,
                    .rate = reading_rate(utterance),
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
    // The data digest (a walk of eSpeak NG's data, ~5 ms) is made meanwhile, beside the
    // planning, rather than on the way to the first part.
    if (version_.empty() && !digest_.valid()) {
      digest_ = std::async(std::launch::async, [dir = data_directory()] { return engine_data_digest(dir); });
    }
  }

  // eSpeak NG 1.51 and 1.52 always speak at 22050 Hz (the speaker checks it when it starts):
  // known without starting it, so that a render served from the cache starts nothing.
  int sample_rate() const override { return kSpeakerSampleRate; }

  // The library's version (the same library as the speaker's, linked here too) and a
  // digest of the data directory it will load: the one eSpeak NG's own search finds
  // (ESPEAK_DATA_PATH, ~/espeak-ng-data, the system's), asked of eSpeak NG itself.
  std::string version() const override {
    if (version_.empty()) {
      const std::string dir = data_directory();
      const char* version = espeak_Info(nullptr);
      const std::string digest = digest_.valid() ? digest_.get() : engine_data_digest(dir);
      version_ = std::string("espeak-ng ") + (version ? version : "?") + " data " + digest;
    }
    return version_;
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

  // "espeak-ng VERSION at DATA_DIR", as a speaker of this library with this data greets.
  std::string library_version() const {
    const std::string dir = data_directory();
    const char* version = espeak_Info(nullptr);
    return std::string("espeak-ng ") + (version ? version : "?") + " at " + dir;
  }

  // Where eSpeak NG finds its data (ESPEAK_DATA_PATH, ~/espeak-ng-data, the system's),
  // asked of eSpeak NG itself, without starting it.
  const std::string& data_directory() const {
    if (!data_dir_known_) {
      espeak_ng_InitializePath(nullptr);
      const char* data_dir = nullptr;
      espeak_Info(&data_dir);
      data_dir_ = data_dir ? data_dir : "";
      data_dir_known_ = true;
    }
    return data_dir_;
  }

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
        else if (const std::string expected = speaker_greeting(library_version());
                 hello->tag != 'H' || hello->payload != expected) {
          why = "narrate-speaker is not the one built with this narrate, or reads other eSpeak NG data (it says '" +
                hello->payload + "', expected '" + expected + "')";
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
  mutable std::string version_;   // computed once, on first use
  mutable std::string data_dir_;  // where eSpeak NG finds its data (data_directory)
  mutable bool data_dir_known_ = false;
  mutable std::future<std::string> digest_;  // the data digest, made while narrate plans
  std::unique_ptr<SpeakerProcess> speaker_;
  bool greeted_ = false;  // the speaker said it is ready
  std::vector<int16_t> samples_;  // only for results that are not aligned
  std::vector<SpeechEvent> events_;
};

}  // namespace

std::unique_ptr<SpeechEngine> make_espeak_engine(unsigned jobs) { return std::make_unique<EspeakEngine>(jobs); }

}  // namespace narrate
