#include "audio/sound_file_writer.h"

#include <sndfile.h>
#include <unistd.h>

#include "util/error.h"

namespace narrate {
namespace {

int sndfile_format(AudioFormat format) {
  switch (format) {
    case AudioFormat::wav: return SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    case AudioFormat::flac: return SF_FORMAT_FLAC | SF_FORMAT_PCM_16;
    case AudioFormat::ogg: return SF_FORMAT_OGG | SF_FORMAT_VORBIS;
    case AudioFormat::opus: return SF_FORMAT_OGG | SF_FORMAT_OPUS;
    case AudioFormat::mp3: return SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III;
  }
  return SF_FORMAT_WAV | SF_FORMAT_PCM_16;
}

void set_tag(SNDFILE* file, int type, const std::string& value) {
  if (!value.empty()) sf_set_string(file, type, value.c_str());
}

}  // namespace

SoundFileWriter::SoundFileWriter(const std::string& path, AudioFormat format, int input_rate, const AudioTags& tags)
    : path_(path == "-" ? "<stdout>" : path) {
  int fd = STDOUT_FILENO;
  if (path != "-") {
    output_.emplace(path);
    fd = output_->fd();
  }
  const int rate = output_rate(format, input_rate);
  if (rate != input_rate) resampler_ = std::make_unique<Resampler>(input_rate, rate);
  SF_INFO info{};
  info.samplerate = rate;
  info.channels = 1;
  info.format = sndfile_format(format);
  file_ = sf_open_fd(fd, SFM_WRITE, &info, SF_FALSE);
  if (!file_) throw Error("cannot write '" + path_ + "': " + sf_strerror(nullptr));
  set_tag(file_, SF_STR_TITLE, tags.title);
  set_tag(file_, SF_STR_ARTIST, tags.artist);
  set_tag(file_, SF_STR_ALBUM, tags.album);
  set_tag(file_, SF_STR_DATE, tags.date);
  set_tag(file_, SF_STR_COMMENT, tags.comment);
  set_tag(file_, SF_STR_TRACKNUMBER, tags.track);
  set_tag(file_, SF_STR_SOFTWARE, "narrate");
}

SoundFileWriter::~SoundFileWriter() {
  if (file_) sf_close(file_);
}

void SoundFileWriter::write_encoded(std::span<const int16_t> samples) {
  if (samples.empty()) return;
  const sf_count_t written = sf_write_short(file_, samples.data(), static_cast<sf_count_t>(samples.size()));
  if (written != static_cast<sf_count_t>(samples.size())) {
    throw Error("cannot write '" + path_ + "': " + sf_strerror(file_));
  }
}

void SoundFileWriter::write(std::span<const int16_t> samples) {
  write_encoded(resampler_ ? resampler_->process(samples) : samples);
  frames_ += samples.size();
}

void SoundFileWriter::commit() {
  if (resampler_) write_encoded(resampler_->finish());
  sf_write_sync(file_);
  const int status = sf_close(file_);
  file_ = nullptr;
  if (status != 0) throw Error("cannot write '" + path_ + "': " + sf_error_number(status));
  if (output_) output_->commit();
}

}  // namespace narrate
