#include "narration/shipped_data.h"

#include <cstdlib>

#include "util/install_layout.h"

namespace narrate {
namespace {

std::string shipped_dir() {
  const char* configured = std::getenv("NARRATE_VOICES_DIR");
  if (configured != nullptr && *configured != '\0') return configured;
  return installed_or(NARRATE_VOICES_FROM_BIN, NARRATE_VOICES_DIR);
}

}  // namespace

Lexicon load_lexicon(const std::string& user_file) {
  Lexicon lexicon;
  lexicon.add_file(shipped_dir() + "/lexicon.txt");
  if (!user_file.empty()) lexicon.add_file(user_file);
  return lexicon;
}

LoudnessTable load_loudness_table(const std::string& user_dir) {
  LoudnessTable table;
  table.add_file(shipped_dir() + "/loudness.tsv");
  if (!user_dir.empty()) table.add_file(user_dir + "/loudness.tsv");
  return table;
}

VoiceLibrary load_voices(const std::string& user_dir) {
  VoiceLibrary library;
  library.add_directory(shipped_dir());
  if (!user_dir.empty()) library.add_directory(user_dir);
  return library;
}

}  // namespace narrate
