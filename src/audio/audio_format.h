// The audio formats narrate writes, all through libsndfile.
#pragma once

#include <string>
#include <string_view>

namespace narrate {

enum class AudioFormat { wav, flac, ogg, opus, mp3 };

// "wav", "flac", "ogg" (Vorbis), "opus" (in Ogg), "mp3". Throws Error naming the
// supported formats for anything else.
AudioFormat format_from_name(std::string_view name);

// The format an output path's extension names (.wav, .flac, .ogg, .opus, .mp3, any case).
AudioFormat format_for_path(const std::string& path);

std::string_view format_name(AudioFormat format);

// The media type a feed's enclosure gives for the format: audio/wav, audio/flac,
// audio/ogg (Vorbis and Opus), audio/mpeg.
std::string_view media_type(AudioFormat format);

// Whether the format's encoder is lossy (Ogg Vorbis, Opus, MP3): it overshoots the peaks
// it is given.
bool is_lossy(AudioFormat format);

// The sample rate the format is written at for speech at `input_rate`: Opus only takes
// 8, 12, 16, 24 or 48 kHz, so speech is resampled to 48 kHz for it.
int output_rate(AudioFormat format, int input_rate);

}  // namespace narrate
