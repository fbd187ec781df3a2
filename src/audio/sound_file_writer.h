// SoundFileWriter: an AudioSink that streams into an audio file through libsndfile.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>

#include "audio/atomic_output.h"
#include "audio/audio_sink.h"

struct sf_private_tag;

namespace narrate {

// Whether libsndfile can write `path`, judged by its extension (.wav, .flac, .ogg).
// Throws Error naming the supported extensions otherwise.
void check_output_format(const std::string& path);

// Writes mono 16-bit audio to `path`, in the format its extension names, through an
// AtomicOutput: nothing appears at `path` until commit(), and an uncommitted writer
// leaves no file behind. Memory use does not depend on how much is written.
class SoundFileWriter : public AudioSink {
 public:
  SoundFileWriter(const std::string& path, int sample_rate);
  ~SoundFileWriter() override;

  void write(std::span<const int16_t> samples) override;

  // Finishes the file (header, last blocks) and moves it into place.
  void commit();

  uint64_t frames_written() const { return frames_; }

 private:
  AtomicOutput output_;
  sf_private_tag* file_ = nullptr;
  uint64_t frames_ = 0;
};

}  // namespace narrate
