#include "render/speaker_protocol.h"

#include <sys/socket.h>

#include <cerrno>
#include <cstring>

#include "util/error.h"

namespace narrate {
namespace {

constexpr size_t kHeader = 5;  // tag, then the payload's length (uint32, native order)

bool send_all(int socket, const char* data, size_t size) {
  while (size > 0) {
    const ssize_t n = ::send(socket, data, size, MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

// False at the end of the stream (or an error) before `size` bytes came.
bool receive_all(int socket, char* data, size_t size) {
  while (size > 0) {
    const ssize_t n = ::recv(socket, data, size, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

template <typename T>
void put(std::string& out, T value) {
  out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

void put_string(std::string& out, std::string_view s) {
  if (s.size() > UINT32_MAX) throw Error("narrate-speaker: a text over 4 GiB");
  put(out, static_cast<uint32_t>(s.size()));
  out.append(s);
}

// Reads a payload front to back; throws Error when it ends too soon.
class Cursor {
 public:
  explicit Cursor(std::string_view bytes) : bytes_(bytes) {}

  template <typename T>
  T take() {
    T value{};
    std::memcpy(&value, take_bytes(sizeof value).data(), sizeof value);
    return value;
  }
  std::string take_string() { return std::string(take_bytes(take<uint32_t>())); }
  bool done() const { return bytes_.empty(); }

 private:
  std::string_view take_bytes(size_t size) {
    if (size > bytes_.size()) throw Error("narrate-speaker: a truncated message");
    const std::string_view taken = bytes_.substr(0, size);
    bytes_.remove_prefix(size);
    return taken;
  }

  std::string_view bytes_;
};

// The longest payload a message with `tag` has, or nullopt for a tag no side sends.
std::optional<size_t> longest_payload(char tag) {
  switch (tag) {
    case 'A':
    case 'D':
      return 0;
    case 'R':
      return 16;
    case 'H':
      return 1024;
    case 'E':
      return size_t{1} << 20;
    case 'B':
      return size_t{1} << 30;  // a book is a few MiB
    default:
      return std::nullopt;
  }
}

}  // namespace

std::string speaker_greeting(const std::string& engine_version) { return "narrate-speaker 1, " + engine_version; }

bool send_message(int socket, char tag, std::string_view payload) {
  if (payload.size() > UINT32_MAX) throw Error("narrate-speaker: a message over 4 GiB");
  char header[kHeader] = {tag};
  const auto length = static_cast<uint32_t>(payload.size());
  std::memcpy(header + 1, &length, sizeof length);
  return send_all(socket, header, sizeof header) && send_all(socket, payload.data(), payload.size());
}

std::optional<SpeakerMessage> receive_message(int socket) {
  char header[kHeader];
  if (!receive_all(socket, header, sizeof header)) return std::nullopt;
  uint32_t length = 0;
  std::memcpy(&length, header + 1, sizeof length);
  const std::optional<size_t> longest = longest_payload(header[0]);
  if (!longest || length > *longest) throw Error("narrate-speaker: a malformed message");
  SpeakerMessage message{header[0], std::string(length, '\0')};
  if (!receive_all(socket, message.payload.data(), length)) return std::nullopt;
  return message;
}

std::string encode_batch(const SpeakerBatch& batch) {
  std::string out;
  put(out, batch.jobs);
  put(out, static_cast<uint32_t>(batch.parts.size()));
  for (const SpokenPart& part : batch.parts) {
    for (const std::string* s : {&part.espeak_voice, &part.espeak_name, &part.voice_id, &part.label, &part.text}) {
      put_string(out, *s);
    }
    for (const int32_t value : {part.rate, part.pitch, part.range, part.volume, part.word_gap}) put(out, value);
  }
  return out;
}

SpeakerBatch decode_batch(std::string_view payload) {
  Cursor in(payload);
  SpeakerBatch batch;
  batch.jobs = in.take<uint32_t>();
  const auto count = in.take<uint32_t>();
  for (uint32_t i = 0; i < count; ++i) {
    SpokenPart part;
    for (std::string* s : {&part.espeak_voice, &part.espeak_name, &part.voice_id, &part.label, &part.text}) {
      *s = in.take_string();
    }
    for (int32_t* value : {&part.rate, &part.pitch, &part.range, &part.volume, &part.word_gap}) {
      *value = in.take<int32_t>();
    }
    batch.parts.push_back(std::move(part));
  }
  if (!in.done()) throw Error("narrate-speaker: a batch with trailing bytes");
  return batch;
}

std::string encode_result(uint64_t offset, uint64_t size) {
  std::string out;
  put(out, offset);
  put(out, size);
  return out;
}

void decode_result(std::string_view payload, uint64_t& offset, uint64_t& size) {
  Cursor in(payload);
  offset = in.take<uint64_t>();
  size = in.take<uint64_t>();
  if (!in.done()) throw Error("narrate-speaker: a result with trailing bytes");
}

}  // namespace narrate
