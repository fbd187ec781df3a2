// What narrate and its speech process (narrate-speaker, see espeak_speaker.h) say to
// each other over their socket: messages of a tag, a length and a payload.
//
//   speaker -> narrate  'H' ready (eSpeak NG started; speaker_greeting), or 'E' why not
//   narrate -> speaker  'B' a batch: jobs, then the parts to speak (encode_batch)
//   speaker -> narrate  'R' a result: its offset and size in the results memory, for
//                           each part in order; narrate answers 'A' when done with it
//                       'D' the batch is done, or 'E' why it failed
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace narrate {

// What the speaker needs to know of an utterance: its text and its eSpeak NG voice.
struct SpokenPart {
  std::string espeak_voice;  // the language voice, e.g. "en-us"
  std::string espeak_name;   // with the variant, e.g. "en-us+m3"
  std::string voice_id;      // narrate's voice profile, for messages
  std::string label;         // where the text comes from, for messages
  std::string text;
  int32_t rate = 0;
  int32_t pitch = 0;
  int32_t range = 0;
  int32_t volume = 0;
  int32_t word_gap = 0;
};

struct SpeakerBatch {
  uint32_t jobs = 1;
  std::vector<SpokenPart> parts;
};

struct SpeakerMessage {
  char tag = 0;
  std::string payload;
};

// What the speaker says when it is ready: this protocol's revision and eSpeak NG's
// version (`engine_version`, SpeechEngine::version), so that narrate notices a speaker
// from another build.
std::string speaker_greeting(const std::string& engine_version);

// Sends one message; false when the other side is gone (never raises SIGPIPE). Throws
// Error for a payload over 4 GiB.
bool send_message(int socket, char tag, std::string_view payload = {});

// The next message, or nullopt when the other side closed the socket or is gone. Throws
// Error for a message no side sends (an unknown tag, or longer than its tag allows), so
// that garbage never makes it wait for or allocate gigabytes.
std::optional<SpeakerMessage> receive_message(int socket);

std::string encode_batch(const SpeakerBatch& batch);
// Throws Error when `payload` is not a whole batch.
SpeakerBatch decode_batch(std::string_view payload);

std::string encode_result(uint64_t offset, uint64_t size);
// Throws Error when `payload` is not a result.
void decode_result(std::string_view payload, uint64_t& offset, uint64_t& size);

}  // namespace narrate
