// VoiceLibrary: the voice profiles narrate can speak with, found in directories of
// *.toml files.
#pragma once

#include <string>
#include <vector>

#include "voice/voice_profile.h"

namespace narrate {

class VoiceLibrary {
 public:
  // Adds every *.toml profile in `dir`, in file name order. A profile whose id is already
  // in the library replaces it, so a user's directory added later overrides the shipped
  // voices. Throws Error when `dir` cannot be read, or for the first invalid profile.
  void add_directory(const std::string& dir);

  // Adds one profile (replacing one with the same id).
  void add(VoiceProfile profile);

  // The profile with this id. Throws Error listing the known ids when there is none.
  const VoiceProfile& get(const std::string& id) const;

  // nullptr when absent.
  const VoiceProfile* find(const std::string& id) const;

  // All profiles, sorted by id.
  const std::vector<VoiceProfile>& all() const { return profiles_; }

 private:
  std::vector<VoiceProfile> profiles_;  // sorted by id
};

}  // namespace narrate
