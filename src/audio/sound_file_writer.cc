#include "audio/sound_file_writer.h"

#include <sndfile.h>

#include <filesystem>

#include "util/error.h"

namespace narrate {
namespace {

int format_for(const std::string& path) {
  std::string extension = std::filesystem::path(path).extension().string();
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (extension == ".wav") return SF_FORMAT_WAV | SF_FORMAT_PCM_16;
  if (extension == ".flac") return SF_FORMAT_FLAC | SF_FORMAT_PCM_16;
  if (extension == ".ogg") return SF_FORMAT_OGG | SF_FORMAT_VORBIS;
  throw Error("cannot write '" + path + "': unsupported audio format '" + extension +
              "' (use .wav, .flac or .ogg)");
}

}  // namespace

void check_output_format(const std::string& path) { format_for(path); }

SoundFileWriter::SoundFileWriter(const std::string& path, int sample_rate) : output_(path) {
  SF_INFO info{};
  info.samplerate = sample_rate;
  info.channels = 1;
  info.format = format_for(path);
  file_ = sf_open_fd(output_.fd(), SFM_WRITE, &info, SF_FALSE);
  if (!file_) throw Error("cannot write '" + path + "': " + sf_strerror(nullptr));
}

SoundFileWriter::~SoundFileWriter() {
  if (file_) sf_close(file_);
}

void SoundFileWriter::write(std::span<const int16_t> samples) {
  if (samples.empty()) return;
  const sf_count_t written = sf_write_short(file_, samples.data(), static_cast<sf_count_t>(samples.size()));
  if (written != static_cast<sf_count_t>(samples.size())) {
    throw Error("cannot write '" + output_.path() + "': " + sf_strerror(file_));
  }
  frames_ += samples.size();
}

void SoundFileWriter::commit() {
  sf_write_sync(file_);
  const int status = sf_close(file_);
  file_ = nullptr;
  if (status != 0) throw Error("cannot write '" + output_.path() + "': " + sf_error_number(status));
  output_.commit();
}

}  // namespace narrate
