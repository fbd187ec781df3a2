#include "voice/casting.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <set>
#include <vector>

#include "util/error.h"
#include "util/strings.h"

namespace narrate {
namespace {

std::string last_word(const std::string& name) {
  const size_t space = name.rfind(' ');
  return space == std::string::npos ? name : name.substr(space + 1);
}

// The speakers `name` (any case) may mean: the one with that full name, else all whose
// last name it is (two or more when namesakes speak: John Smith and Maria Smith).
std::vector<const Speaker*> find_speakers(const std::vector<Speaker>& speakers, const std::string& name) {
  const std::string wanted = ascii_lowercase(name);
  for (const Speaker& s : speakers) {
    if (ascii_lowercase(s.name) == wanted) return {&s};
  }
  std::vector<const Speaker*> matches;
  for (const Speaker& s : speakers) {
    if (ascii_lowercase(last_word(s.name)) == wanted) matches.push_back(&s);
  }
  return matches;
}

}  // namespace

std::pair<std::string, std::string> parse_cast_override(const std::string& text) {
  const size_t equals = text.rfind('=');
  if (equals == std::string::npos || equals == 0 || equals + 1 == text.size()) {
    throw Error("--cast wants NAME=VOICE, not '" + text + "'");
  }
  return {text.substr(0, equals), text.substr(equals + 1)};
}

Cast cast_voices(const VoiceLibrary& library, const VoiceProfile& narrator, const std::vector<Speaker>& speakers,
                 const std::vector<std::pair<std::string, std::string>>& overrides) {
  Cast cast(narrator);
  std::set<std::string> used{narrator.id};
  for (const auto& [name, voice_id] : overrides) {
    const std::vector<const Speaker*> matches = find_speakers(speakers, name);
    if (matches.size() > 1) {
      std::string which;
      for (const Speaker* s : matches) which += (which.empty() ? "" : ", ") + s->name;
      throw Error("--cast: '" + name + "' could be any of " + which + ": give the full name");
    }
    if (matches.empty()) {
      std::string known;
      for (const Speaker& s : speakers) known += (known.empty() ? "" : ", ") + s.name;
      throw Error("--cast: no speaker '" + name + "' in the article (speakers: " + (known.empty() ? "none" : known) + ")");
    }
    cast.assign(matches.front()->name, library.get(voice_id));
    used.insert(voice_id);
  }
  for (const Speaker& speaker : speakers) {
    if (cast.speakers().contains(speaker.name)) continue;
    std::vector<const VoiceProfile*> pool;
    for (const VoiceProfile& voice : library.all()) {
      const bool gender_fits = speaker.gender.empty() || voice.gender == speaker.gender || voice.gender == "neutral";
      if (voice.role == "speaker" && voice.id != narrator.id && gender_fits) pool.push_back(&voice);
    }
    if (pool.empty()) continue;  // no speaker voices at all: the narrator reads the quote
    const size_t first = stable_hash(speaker.name) % pool.size();
    const VoiceProfile* chosen = pool[first];
    for (size_t k = 0; k < pool.size(); ++k) {
      const VoiceProfile* candidate = pool[(first + k) % pool.size()];
      if (!used.contains(candidate->id)) {
        chosen = candidate;
        break;
      }
    }
    cast.assign(speaker.name, *chosen);
    used.insert(chosen->id);
  }
  return cast;
}

}  // namespace narrate
