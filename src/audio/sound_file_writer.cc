#include "audio/sound_file_writer.h"

#include <sndfile.h>
#include <unistd.h>

#include <bit>
#include <cerrno>
#include <memory>
#include <vector>

#include "audio/loudness.h"
#include "audio/ogg_serial.h"
#include "text/utf8.h"
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

// libsndfile writes MP3 (ID3) tags as Latin-1: typographic quotes and dashes become
// their plain forms, other characters beyond Latin-1 a question mark.
std::string latin1_from_utf8(const std::string& text) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    const size_t length = utf8_sequence_length(static_cast<unsigned char>(text[i]));
    const char32_t cp = decode_utf8_at(text, i);
    i += length;
    if (cp < 0x100) {
      out += static_cast<char>(cp);
    } else if (cp == U'\u2018' || cp == U'\u2019') {
      out += '\'';
    } else if (cp == U'\u201C' || cp == U'\u201D') {
      out += '"';
    } else if (cp == U'\u2013' || cp == U'\u2014') {
      out += '-';
    } else {
      out += '?';
    }
  }
  return out;
}

void set_tag(SNDFILE* file, int type, const std::string& value, bool latin1) {
  if (!value.empty()) sf_set_string(file, type, (latin1 ? latin1_from_utf8(value) : value).c_str());
}

}  // namespace

SoundFileWriter::SoundFileWriter(const std::string& path, AudioFormat format, int input_rate, const AudioTags& tags)
    : path_(path == "-" ? "<stdout>" : path), format_(format) {
  int fd = STDOUT_FILENO;
  if (path != "-") {
    output_.emplace(path);
    fd = output_->fd();
  }
  const bool streamed = !output_ || output_->streams();  // a pipe, terminal, FIFO or device
  const int rate = output_rate(format, input_rate);
  if (rate != input_rate) resampler_ = std::make_unique<Resampler>(input_rate, rate);
  if (streamed && format == AudioFormat::wav) {
    streamed_wav_fd_ = fd;
    write_streamed_wav_header(rate);
    return;
  }
  SF_INFO info{};
  info.samplerate = rate;
  info.channels = 1;
  info.format = sndfile_format(format);
  file_ = sf_open_fd(fd, SFM_WRITE, &info, SF_FALSE);
  if (!file_) throw Error("cannot write '" + path_ + "': " + sf_strerror(nullptr));
  const bool latin1 = format == AudioFormat::mp3;
  set_tag(file_, SF_STR_TITLE, tags.title, latin1);
  set_tag(file_, SF_STR_ARTIST, tags.artist, latin1);
  set_tag(file_, SF_STR_ALBUM, tags.album, latin1);
  set_tag(file_, SF_STR_DATE, tags.date, latin1);
  set_tag(file_, SF_STR_COMMENT, tags.comment, latin1);
  set_tag(file_, SF_STR_TRACKNUMBER, tags.track, latin1);
  set_tag(file_, SF_STR_SOFTWARE, "narrate", latin1);
}

SoundFileWriter::~SoundFileWriter() {
  if (file_) sf_close(file_);
}

void SoundFileWriter::write_streamed_wav_header(int rate) {
  // RIFF/WAVE, PCM, mono, 16 bits; the RIFF and data sizes say "as long as it gets".
  std::string header = "RIFF";
  const auto u32 = [&](uint32_t v) { for (int k = 0; k < 4; ++k) header += static_cast<char>(v >> (8 * k) & 0xFF); };
  const auto u16 = [&](uint16_t v) { for (int k = 0; k < 2; ++k) header += static_cast<char>(v >> (8 * k) & 0xFF); };
  u32(0xFFFFFFFF);
  header += "WAVEfmt ";
  u32(16);
  u16(1);  // PCM
  u16(1);  // mono
  u32(static_cast<uint32_t>(rate));
  u32(static_cast<uint32_t>(rate) * 2);
  u16(2);
  u16(16);
  header += "data";
  u32(0xFFFFFFFF);
  write_bytes(header.data(), header.size());
}

void SoundFileWriter::write_bytes(const void* data, size_t size) {
  const char* bytes = static_cast<const char*>(data);
  while (size > 0) {
    const ssize_t n = ::write(streamed_wav_fd_, bytes, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw Error(system_error_message("cannot write", path_, errno));
    bytes += n;
    size -= static_cast<size_t>(n);
  }
}

void SoundFileWriter::write_encoded(std::span<const int16_t> samples) {
  if (samples.empty()) return;
  if (streamed_wav_fd_ >= 0) {
    static_assert(std::endian::native == std::endian::little, "WAV samples are little-endian");
    write_bytes(samples.data(), samples.size_bytes());
    return;
  }
  const sf_count_t written = sf_write_short(file_, samples.data(), static_cast<sf_count_t>(samples.size()));
  // Some encoders (MP3) report a failed write only through sf_error.
  if (written != static_cast<sf_count_t>(samples.size()) || sf_error(file_) != SF_ERR_NO_ERROR) {
    throw Error("cannot write '" + path_ + "': " + sf_strerror(file_));
  }
}

void SoundFileWriter::write(std::span<const int16_t> samples) {
  write_encoded(resampler_ ? resampler_->process(samples) : samples);
  unsynced_bytes_ += samples.size_bytes();
  if (output_ && unsynced_bytes_ >= kWritebackBytes) {
    output_->start_writeback();
    unsynced_bytes_ = 0;
  }
}

void SoundFileWriter::finish() {
  if (finished_) return;
  finished_ = true;
  if (resampler_) write_encoded(resampler_->finish());
  if (streamed_wav_fd_ >= 0) return;
  if (sf_error(file_) != SF_ERR_NO_ERROR) throw Error("cannot write '" + path_ + "': " + sf_strerror(file_));
  const int status = sf_close(file_);
  file_ = nullptr;
  if (status != 0) throw Error("cannot write '" + path_ + "': " + sf_error_number(status));
  if (output_ && !output_->streams() && (format_ == AudioFormat::ogg || format_ == AudioFormat::opus)) {
    set_ogg_serial_number(output_->fd(), kOggSerialNumber, path_);
  }
}

std::optional<double> SoundFileWriter::decoded_true_peak_db() {
  finish();
  if (!output_ || output_->streams()) return std::nullopt;
  // A descriptor of its own (libsndfile closes it), reading the unnamed file from the start.
  const int fd = dup(output_->fd());
  if (fd < 0) throw Error(system_error_message("cannot read back", path_, errno));
  if (lseek(fd, 0, SEEK_SET) != 0) {
    const int err = errno;
    close(fd);
    throw Error(system_error_message("cannot read back", path_, err));
  }
  SF_INFO info{};
  SNDFILE* file = sf_open_fd(fd, SFM_READ, &info, SF_TRUE);  // closes fd, also when it fails
  if (file == nullptr) throw Error("cannot read back '" + path_ + "': " + sf_strerror(nullptr));
  const std::unique_ptr<SNDFILE, int (*)(SNDFILE*)> closer(file, sf_close);
  if (info.channels != 1 || info.samplerate <= 0) throw Error("cannot read back '" + path_ + "': not mono");
  TruePeakMeter meter(info.samplerate);
  std::vector<int16_t> block(8192);
  for (;;) {
    const sf_count_t n = sf_read_short(file, block.data(), static_cast<sf_count_t>(block.size()));
    if (n <= 0) break;
    meter.add(std::span<const int16_t>(block.data(), static_cast<size_t>(n)));
  }
  if (sf_error(file) != SF_ERR_NO_ERROR) throw Error("cannot read back '" + path_ + "': " + sf_strerror(file));
  return meter.peak_db();
}

void SoundFileWriter::commit() {
  finish();
  if (output_) output_->commit();
}

}  // namespace narrate
