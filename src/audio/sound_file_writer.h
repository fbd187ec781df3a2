// SoundFileWriter: an AudioSink that streams into an audio file through libsndfile.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>

#include "audio/atomic_output.h"
#include "audio/audio_format.h"
#include "audio/audio_sink.h"
#include "audio/resampler.h"

struct sf_private_tag;

namespace narrate {

// Metadata written where the format carries it (WAV INFO chunk, Vorbis comments, ID3).
struct AudioTags {
  std::string title;
  std::string artist;   // the publication, or the show's author
  std::string album;
  std::string date;     // YYYY-MM-DD
  std::string comment;
  std::string track;
};

// Writes mono 16-bit audio at `input_rate` in `format` (resampled when the format needs
// another rate). To a path, through an AtomicOutput: nothing appears there until
// commit(), and an uncommitted writer leaves no file. To standard output when the path is
// "-" (or to the device or FIFO at the path), streamed as it comes (a WAV header then gives the largest length, as streamed
// WAV does; tags are left out). Memory use does not depend on how much is written.
// The same samples and tags give the same bytes on every run (to a path: Ogg's serial
// number, which libsndfile draws from the clock, is set to kOggSerialNumber).
class SoundFileWriter : public AudioSink {
 public:
  SoundFileWriter(const std::string& path, AudioFormat format, int input_rate, const AudioTags& tags = {});
  ~SoundFileWriter() override;

  void write(std::span<const int16_t> samples) override;

  // Finishes the file (resampler tail, header, last blocks); nothing more may be
  // written. Called by commit() when not called before.
  void finish();

  // The true peak (dBTP) of the finished file as a player decodes it: a lossy encoder
  // overshoots the peaks it was given, by how much depends on the encoder and the audio.
  // Decoded block by block from the file itself. nullopt when streaming (standard output,
  // a device or FIFO: nothing to read back). Throws Error when the file cannot be decoded.
  std::optional<double> decoded_true_peak_db();

  // Finishes the file if need be and moves it into place.
  void commit();

  // The file being written (finish() first), for committing it with others
  // (commit_together); nullptr on standard output.
  AtomicOutput* output() { return output_ ? &*output_ : nullptr; }

 private:
  void write_encoded(std::span<const int16_t> samples);
  void write_streamed_wav_header(int rate);
  void write_bytes(const void* data, size_t size);

  std::string path_;
  AudioFormat format_;
  std::optional<AtomicOutput> output_;  // none when writing to standard output
  std::unique_ptr<Resampler> resampler_;
  // The disk starts writing every few megabytes of audio, so that committing (which
  // waits until the file is on disk) does not wait for the whole file at the end.
  static constexpr size_t kWritebackBytes = 2 << 20;
  size_t unsynced_bytes_ = 0;
  sf_private_tag* file_ = nullptr;
  int streamed_wav_fd_ = -1;  // WAV to a pipe, written here: libsndfile cannot
  bool finished_ = false;
};

}  // namespace narrate
