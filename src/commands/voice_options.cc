#include "commands/voice_options.h"

namespace narrate {

void add_voice_options(CLI::App& command, std::string& voices_dir, std::string& narrator) {
  command.add_option("--voices", voices_dir, "Directory of extra voice profiles (*.toml)");
  command.add_option("--narrator", narrator, "Voice profile id of the narrator")->capture_default_str();
}

}  // namespace narrate
