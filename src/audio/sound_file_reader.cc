#include "audio/sound_file_reader.h"

#include <sndfile.h>

#include "util/error.h"

namespace narrate {

SoundFile read_sound_file(const std::string& path) {
  SF_INFO info{};
  SNDFILE* file = sf_open(path.c_str(), SFM_READ, &info);
  if (!file) throw Error("cannot read '" + path + "': " + sf_strerror(nullptr));
  SoundFile sound;
  sound.sample_rate = info.samplerate;
  sound.channels = info.channels;
  sound.samples.resize(static_cast<size_t>(info.frames) * info.channels);
  const sf_count_t read = sf_read_short(file, sound.samples.data(), static_cast<sf_count_t>(sound.samples.size()));
  const auto tag = [&](int which) {
    const char* value = sf_get_string(file, which);
    return std::string(value != nullptr ? value : "");
  };
  sound.title = tag(SF_STR_TITLE);
  sound.artist = tag(SF_STR_ARTIST);
  sound.album = tag(SF_STR_ALBUM);
  sound.date = tag(SF_STR_DATE);
  sound.track = tag(SF_STR_TRACKNUMBER);
  sf_close(file);
  sound.samples.resize(static_cast<size_t>(read));
  return sound;
}

}  // namespace narrate
