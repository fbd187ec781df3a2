// LoudnessTable: voices' loudness gains measured once and shipped beside them, so that a
// render need not speak a calibration paragraph in every voice before it starts.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "voice/voice_profile.h"

namespace narrate {

// Lines of five tab-separated fields: engine, voice (eSpeak NG name and parameters),
// target LUFS, peak ceiling dB, gain dB ('#' starts a comment). A gain counts only for
// exactly the engine, voice parameters, target and ceiling it was measured with: a table
// made with another eSpeak NG, or before a profile was edited, simply has no entry, and
// the voice is measured again.
class LoudnessTable {
 public:
  // A gain narrate will apply: finite and within ±kMaxGainDb. Anything else read from a
  // table or the cache (NaN, infinity, 1e300) is refused, never applied.
  static constexpr double kMaxGainDb = 40;
  static bool plausible_gain(double gain_db);

  // Adds the entries of the file at `path`, replacing equal keys; a missing file adds
  // nothing. Throws Error naming "PATH:LINE" for a malformed line, or one whose target,
  // ceiling or gain is not a plausible number (NaN, infinity, a gain beyond ±kMaxGainDb).
  void add_file(const std::string& path);

  // Adds entries from text (origin names it in errors).
  void add_text(std::string_view text, const std::string& origin);

  // What a gain is filed under.
  static std::string key_for(const std::string& engine_version, const VoiceProfile& voice, double target_lufs,
                             double ceiling_db);

  std::optional<double> find(const std::string& key) const;
  void set(const std::string& key, double gain_db) { gains_[key] = gain_db; }

  // Every entry, one line each, sorted, in the format add_text reads.
  std::string format() const;

  size_t size() const { return gains_.size(); }

 private:
  std::map<std::string, double> gains_;
};

}  // namespace narrate
