#include "voice/voice_profile.h"

#include <cerrno>
#include <fstream>
#include <iterator>
#include <set>

#include <toml++/toml.h>

#include "util/error.h"
#include "util/read_bounded.h"

namespace narrate {
namespace {

std::string where(const std::string& origin, const toml::source_region& region) {
  return origin + ":" + std::to_string(region.begin.line) + ":" + std::to_string(region.begin.column);
}

bool is_identifier(const std::string& id) {
  if (id.empty()) return false;
  for (const char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

class ProfileReader {
 public:
  ProfileReader(const toml::table& table, const std::string& origin) : table_(table), origin_(origin) {}

  void check_keys(const std::set<std::string, std::less<>>& known) const {
    for (const auto& [key, node] : table_) {
      if (!known.contains(key.str())) {
        throw Error(where(origin_, key.source()) + ": unknown key '" + std::string(key.str()) + "'");
      }
    }
  }

  void text(const char* key, std::string& out, bool required) const {
    const toml::node* node = table_.get(key);
    if (!node) {
      if (required) throw Error(origin_ + ": missing required key '" + key + "'");
      return;
    }
    const auto* value = node->as_string();
    if (!value) throw Error(where(origin_, node->source()) + ": '" + key + "' must be a string");
    out = value->get();
  }

  void one_of(const char* key, std::string& out, std::initializer_list<const char*> allowed) const {
    text(key, out, false);
    for (const char* a : allowed) {
      if (out == a) return;
    }
    std::string list;
    for (const char* a : allowed) list += std::string(list.empty() ? "" : ", ") + a;
    throw Error(where(origin_, table_.get(key)->source()) + ": '" + key + "' must be one of " + list);
  }

  void integer(const char* key, int& out, int low, int high) const {
    const toml::node* node = table_.get(key);
    if (!node) return;
    const auto* value = node->as_integer();
    if (!value || value->get() < low || value->get() > high) {
      throw Error(where(origin_, node->source()) + ": '" + key + "' must be an integer from " +
                  std::to_string(low) + " to " + std::to_string(high));
    }
    out = static_cast<int>(value->get());
  }

 private:
  const toml::table& table_;
  const std::string& origin_;
};

}  // namespace

std::string VoiceProfile::espeak_name() const {
  return variant.empty() ? espeak_voice : espeak_voice + "+" + variant;
}

std::string VoiceProfile::engine_settings() const {
  return espeak_name() + " rate=" + std::to_string(rate) + " pitch=" + std::to_string(pitch) +
         " range=" + std::to_string(range) + " volume=" + std::to_string(volume) + " gap=" + std::to_string(word_gap);
}

VoiceProfile parse_voice_profile(std::string_view toml_text, const std::string& origin) {
  toml::table table;
  try {
    table = toml::parse(toml_text, origin);
  } catch (const toml::parse_error& e) {
    throw Error(where(origin, e.source()) + ": " + std::string(e.description()));
  }
  const ProfileReader reader(table, origin);
  reader.check_keys({"id", "name", "role", "gender", "espeak_voice", "variant", "rate", "pitch",
                     "range", "volume", "word_gap"});
  VoiceProfile profile;
  profile.role = "speaker";
  profile.gender = "neutral";
  reader.text("id", profile.id, true);
  if (!is_identifier(profile.id)) {
    throw Error(where(origin, table.get("id")->source()) +
                ": 'id' must use only a-z, 0-9, '-' and '_'");
  }
  profile.name = profile.id;
  reader.text("name", profile.name, false);
  reader.one_of("role", profile.role, {"narrator", "speaker", "host"});
  reader.one_of("gender", profile.gender, {"male", "female", "neutral"});
  reader.text("espeak_voice", profile.espeak_voice, true);
  // Found by fuzzing: an empty name was accepted and failed only when speaking.
  const auto is_name = [](const std::string& name) {
    return !name.empty() && name.find_first_of(" \t+") == std::string::npos;
  };
  if (!is_name(profile.espeak_voice)) {
    throw Error(where(origin, table.get("espeak_voice")->source()) +
                ": 'espeak_voice' must be an eSpeak NG voice name such as \"en-us\"");
  }
  reader.text("variant", profile.variant, false);
  if (!profile.variant.empty() && !is_name(profile.variant)) {
    throw Error(where(origin, table.get("variant")->source()) + ": 'variant' must be an eSpeak NG variant such as \"m3\"");
  }
  reader.integer("rate", profile.rate, 80, 450);
  reader.integer("pitch", profile.pitch, 0, 100);
  reader.integer("range", profile.range, 0, 100);
  reader.integer("volume", profile.volume, 0, 200);
  reader.integer("word_gap", profile.word_gap, 0, 100);
  return profile;
}

VoiceProfile load_voice_profile(const std::string& path) {
  return parse_voice_profile(read_bounded(path, size_t{1} << 20, "a voice profile"), path);
}

}  // namespace narrate
