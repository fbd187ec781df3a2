// Cast: who speaks what. The narrator, and a voice for each quoted speaker.
#pragma once

#include <map>
#include <string>

#include "voice/voice_profile.h"

namespace narrate {

class Cast {
 public:
  explicit Cast(VoiceProfile narrator) : narrator_(std::move(narrator)) {}

  const VoiceProfile& narrator() const { return narrator_; }

  // Gives `speaker` its voice (replacing an earlier one).
  void assign(const std::string& speaker, VoiceProfile voice) { voices_[speaker] = std::move(voice); }

  // The voice of `speaker`; the narrator's for an empty or unknown speaker.
  const VoiceProfile& voice_for(const std::string& speaker) const {
    const auto at = voices_.find(speaker);
    return at == voices_.end() ? narrator_ : at->second;
  }

  const std::map<std::string, VoiceProfile>& speakers() const { return voices_; }

 private:
  VoiceProfile narrator_;
  std::map<std::string, VoiceProfile> voices_;
};

}  // namespace narrate
