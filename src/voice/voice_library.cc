#include "voice/voice_library.h"

#include <algorithm>
#include <filesystem>

#include "util/error.h"

namespace narrate {

void VoiceLibrary::add_directory(const std::string& dir) {
  std::error_code ec;
  std::vector<std::filesystem::path> files;
  for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    // Regular files only (through links): a FIFO would wait forever, a folder is no profile.
    if (it->path().extension() == ".toml" && it->is_regular_file(ec)) files.push_back(it->path());
  }
  if (ec) throw Error(system_error_message("cannot read voice directory", dir, ec.value()));
  std::sort(files.begin(), files.end());
  for (const auto& file : files) add(load_voice_profile(file.string()));
}

void VoiceLibrary::add(VoiceProfile profile) {
  const auto at = std::lower_bound(profiles_.begin(), profiles_.end(), profile.id,
                                   [](const VoiceProfile& p, const std::string& id) { return p.id < id; });
  if (at != profiles_.end() && at->id == profile.id) {
    *at = std::move(profile);
  } else {
    profiles_.insert(at, std::move(profile));
  }
}

const VoiceProfile* VoiceLibrary::find(const std::string& id) const {
  const auto at = std::lower_bound(profiles_.begin(), profiles_.end(), id,
                                   [](const VoiceProfile& p, const std::string& key) { return p.id < key; });
  return at != profiles_.end() && at->id == id ? &*at : nullptr;
}

const VoiceProfile& VoiceLibrary::get(const std::string& id) const {
  if (const VoiceProfile* profile = find(id)) return *profile;
  std::string known;
  for (const auto& p : profiles_) known += (known.empty() ? "" : ", ") + p.id;
  throw Error("unknown voice '" + id + "' (known voices: " + (known.empty() ? "none" : known) + ")");
}

}  // namespace narrate
