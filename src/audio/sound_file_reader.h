// Reading audio files back, for measuring what narrate wrote.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace narrate {

struct SoundFile {
  int sample_rate = 0;
  int channels = 0;
  std::vector<int16_t> samples;  // interleaved when channels > 1
  std::string title, artist, album, date, track;  // tags, where the format has them

  double seconds() const {
    return channels > 0 && sample_rate > 0
               ? static_cast<double>(samples.size()) / channels / sample_rate
               : 0.0;
  }
};

// Reads a whole audio file of any format libsndfile decodes: a regular file, whose
// header's length is not trusted (memory follows what actually decodes). Throws Error on
// failure, for a FIFO or device, or when it holds more than `max_seconds` of audio.
SoundFile read_sound_file(const std::string& path, double max_seconds = 24 * 3600);

}  // namespace narrate
