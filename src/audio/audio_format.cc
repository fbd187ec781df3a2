#include "audio/audio_format.h"

#include <array>
#include <cctype>
#include <filesystem>

#include "util/error.h"
#include "util/strings.h"

namespace narrate {
namespace {

constexpr std::array<std::pair<std::string_view, AudioFormat>, 5> kFormats = {{
    {"wav", AudioFormat::wav}, {"flac", AudioFormat::flac}, {"ogg", AudioFormat::ogg},
    {"opus", AudioFormat::opus}, {"mp3", AudioFormat::mp3}}};

}  // namespace

AudioFormat format_from_name(std::string_view name) {
  const std::string key = ascii_lowercase(name);
  for (const auto& [known, format] : kFormats) {
    if (key == known) return format;
  }
  throw Error("unsupported audio format '" + std::string(name) + "' (use wav, flac, ogg, opus or mp3)");
}

AudioFormat format_for_path(const std::string& path) {
  const std::string extension = std::filesystem::path(path).extension().string();
  try {
    return format_from_name(extension.empty() ? extension : extension.substr(1));
  } catch (const Error&) {
    throw Error("cannot write '" + path + "': unsupported audio format '" + extension +
                "' (use .wav, .flac, .ogg, .opus or .mp3)");
  }
}

std::string_view format_name(AudioFormat format) {
  for (const auto& [name, known] : kFormats) {
    if (known == format) return name;
  }
  return "wav";
}

int output_rate(AudioFormat format, int input_rate) { return format == AudioFormat::opus ? 48000 : input_rate; }

bool is_lossy(AudioFormat format) {
  return format == AudioFormat::ogg || format == AudioFormat::opus || format == AudioFormat::mp3;
}

std::string_view media_type(AudioFormat format) {
  switch (format) {
    case AudioFormat::wav: return "audio/wav";
    case AudioFormat::flac: return "audio/flac";
    case AudioFormat::ogg:
    case AudioFormat::opus: return "audio/ogg";
    case AudioFormat::mp3: return "audio/mpeg";
  }
  return "audio/mpeg";
}

}  // namespace narrate
