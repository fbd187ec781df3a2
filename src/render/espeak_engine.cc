// The only file that includes eSpeak NG's headers. See docs/ARCHITECTURE.md for the
// engine's pitfalls (global state, history-dependent output) that shape this code.
#include <espeak-ng/speak_lib.h>

#include <cstring>
#include <mutex>

#include "render/speech_engine.h"
#include "render/worker_pool.h"
#include "util/error.h"

namespace narrate {
namespace {

// Copies each block of samples into the vector passed as user_data; the engine reuses
// its buffer. The final call has wav == nullptr.
int collect_samples(short* wav, int count, espeak_EVENT* events) {
  if (wav != nullptr && count > 0 && events != nullptr && events->user_data != nullptr) {
    auto* samples = static_cast<std::vector<int16_t>*>(events->user_data);
    samples->insert(samples->end(), wav, wav + count);
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
    if (rate > 0) {
      espeak_SetSynthCallback(collect_samples);
      // SetVoiceByName scans every voice file of the data directory until this list
      // exists. Built once here, forked workers inherit it instead of each rescanning.
      // It is voice metadata only; synthesis state stays pristine.
      espeak_ListVoices(nullptr);
    }
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

// Runs in a freshly forked worker: the engine's synthesis state is the pristine state
// the parent had after initialization.
std::vector<int16_t> speak(const Utterance& utterance) {
  const VoiceProfile& voice = utterance.voice;
  const std::string name = voice.espeak_name();
  if (espeak_SetVoiceByName(name.c_str()) != EE_OK) {
    throw Error("eSpeak NG has no voice '" + name + "' (voice profile '" + voice.id + "')");
  }
  // Parameters are global and sticky: set every one, every time.
  set_parameter(espeakRATE, voice.rate, "rate");
  set_parameter(espeakPITCH, voice.pitch, "pitch");
  set_parameter(espeakRANGE, voice.range, "pitch range");
  set_parameter(espeakVOLUME, voice.volume, "volume");
  set_parameter(espeakWORDGAP, voice.word_gap, "word gap");
  std::vector<int16_t> samples;
  // UTF-8 with [[phonemes]] (the lexicon's; the normalizer removes every bracket of the
  // article's own) and never SSML: article text cannot switch voices or play files.
  const espeak_ERROR status = espeak_Synth(utterance.text.c_str(), utterance.text.size() + 1, 0, POS_CHARACTER,
                                           0, espeakCHARS_UTF8 | espeakPHONEMES, nullptr, &samples);
  if (status != EE_OK || espeak_Synchronize() != EE_OK) {
    throw Error("eSpeak NG failed to speak " + utterance.label);
  }
  return samples;
}

class EspeakEngine : public SpeechEngine {
 public:
  explicit EspeakEngine(unsigned jobs) : jobs_(jobs), sample_rate_(initialize_once()) {}

  int sample_rate() const override { return sample_rate_; }

  void speak_all(const std::vector<Utterance>& utterances, const DeliverSpeech& deliver) override {
    run_forked(
        utterances.size(), jobs_,
        [&](size_t index) {
          const std::vector<int16_t> samples = speak(utterances[index]);
          return std::string(reinterpret_cast<const char*>(samples.data()), samples.size() * sizeof(int16_t));
        },
        [&](size_t index, std::string&& bytes) {
          std::vector<int16_t> samples(bytes.size() / sizeof(int16_t));
          std::memcpy(samples.data(), bytes.data(), samples.size() * sizeof(int16_t));
          deliver(index, std::move(samples));
        });
  }

 private:
  unsigned jobs_;
  int sample_rate_;
};

}  // namespace

std::unique_ptr<SpeechEngine> make_espeak_engine(unsigned jobs) { return std::make_unique<EspeakEngine>(jobs); }

}  // namespace narrate
