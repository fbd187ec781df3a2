#include "audio/sound_file_reader.h"

#include <fcntl.h>
#include <sndfile.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <memory>

#include "util/error.h"

namespace narrate {

SoundFile read_sound_file(const std::string& path, double max_seconds) {
  // A regular file only: opening a FIFO would wait for a writer, reading a device forever.
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) throw Error(system_error_message("cannot read", path, errno));
  struct stat stat_info {};
  if (fstat(fd, &stat_info) != 0 || !S_ISREG(stat_info.st_mode)) {
    close(fd);
    throw Error("cannot read '" + path + "': not a regular file");
  }
  SF_INFO info{};
  SNDFILE* opened = sf_open_fd(fd, SFM_READ, &info, SF_TRUE);  // closes fd, also when it fails
  if (!opened) throw Error("cannot read '" + path + "': " + sf_strerror(nullptr));
  const std::unique_ptr<SNDFILE, int (*)(SNDFILE*)> file(opened, sf_close);
  if (info.channels < 1 || info.channels > 64 || info.samplerate < 1 || info.samplerate > 768000) {
    throw Error("cannot read '" + path + "': " + std::to_string(info.channels) + " channels at " +
                std::to_string(info.samplerate) + " Hz is not audio narrate reads");
  }
  SoundFile sound;
  sound.sample_rate = info.samplerate;
  sound.channels = info.channels;
  // The header's frame count is not trusted (a 200-byte file may claim billions): the
  // samples are read block by block, and memory grows with what is actually decoded.
  const auto max_samples = static_cast<size_t>(max_seconds * info.samplerate) * static_cast<size_t>(info.channels);
  constexpr size_t kBlockFrames = 65536;
  for (;;) {
    const size_t at = sound.samples.size();
    sound.samples.resize(at + kBlockFrames * static_cast<size_t>(info.channels));
    const sf_count_t read = sf_read_short(file.get(), sound.samples.data() + at, kBlockFrames * info.channels);
    sound.samples.resize(at + static_cast<size_t>(read > 0 ? read : 0));
    if (read <= 0) break;
    if (sound.samples.size() > max_samples) {
      throw Error("cannot read '" + path + "': longer than " + std::to_string(static_cast<long long>(max_seconds / 60)) +
                  " minutes");
    }
  }
  if (sf_error(file.get()) != SF_ERR_NO_ERROR) throw Error("cannot read '" + path + "': " + sf_strerror(file.get()));
  sound.samples.shrink_to_fit();
  const auto tag = [&](int which) {
    const char* value = sf_get_string(file.get(), which);
    return std::string(value != nullptr ? value : "");
  };
  sound.title = tag(SF_STR_TITLE);
  sound.artist = tag(SF_STR_ARTIST);
  sound.album = tag(SF_STR_ALBUM);
  sound.date = tag(SF_STR_DATE);
  sound.track = tag(SF_STR_TRACKNUMBER);
  return sound;
}

}  // namespace narrate
