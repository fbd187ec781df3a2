// VoiceProfile: how one voice of narrate sounds, read from a small TOML file in voices/.
#pragma once

#include <string>
#include <string_view>

namespace narrate {

// Everything the engine needs to speak in one voice. eSpeak NG's parameters are
// process-global and sticky, so the renderer sets all of them before every utterance.
struct VoiceProfile {
  std::string id;            // stable name used on the command line: "narrator", "male-2"
  std::string name;          // display name
  std::string role;          // "narrator", "speaker" or "host"
  std::string gender;        // "male", "female" or "neutral"
  std::string espeak_voice;  // eSpeak NG voice, e.g. "en-us"
  std::string variant;       // eSpeak NG variant, e.g. "m3"; empty for none
  int rate = 175;            // words per minute, 80..450
  int pitch = 50;            // 0..100
  int range = 50;            // pitch range, 0..100
  int volume = 100;          // 0..200
  int word_gap = 0;          // extra pause between words, units of 10 ms, 0..100

  // The name eSpeak NG's SetVoiceByName takes: "en-us+m3", or "en-us" without variant.
  std::string espeak_name() const;

  // Everything that decides how the engine sounds in this voice, as one line:
  // "en-us+m3 rate=165 pitch=45 range=45 volume=100 gap=0" (the render cache and the
  // loudness table file speech and gains under it).
  std::string engine_settings() const;
};

// Parses one profile. `origin` (usually the file path) prefixes error messages.
// Throws Error naming "ORIGIN:LINE:COLUMN" for TOML syntax errors, unknown keys, values
// of the wrong type or out of range; and "ORIGIN" alone for a missing required key.
// Required: id, espeak_voice. Defaults: name = id, role = "speaker", gender = "neutral".
VoiceProfile parse_voice_profile(std::string_view toml_text, const std::string& origin);

// Reads and parses the profile file at `path`.
VoiceProfile load_voice_profile(const std::string& path);

}  // namespace narrate
