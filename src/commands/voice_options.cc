#include "commands/voice_options.h"

#include <cstdlib>

namespace narrate {

void add_voice_options(CLI::App& command, std::string& voices_dir, std::string& narrator) {
  command.add_option("--voices", voices_dir, "Directory of extra voice profiles (*.toml)");
  command.add_option("--narrator", narrator, "Voice profile id of the narrator")->capture_default_str();
}

VoiceLibrary load_voices(const std::string& user_dir) {
  VoiceLibrary library;
  const char* configured = std::getenv("NARRATE_VOICES_DIR");
  library.add_directory(configured != nullptr && *configured != '\0' ? configured : NARRATE_VOICES_DIR);
  if (!user_dir.empty()) library.add_directory(user_dir);
  return library;
}

}  // namespace narrate
