// The parsers of files users write: voice profiles, lexicons, episode manifests and
// sidecars (a sidecar read is written back and read again unchanged).
// Anything either parses or is refused with narrate's Error; nothing else escapes.
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "narration/sidecar.h"
#include "publish/manifest.h"
#include "text/lexicon.h"
#include "text/utf8.h"
#include "util/error.h"
#include "voice/voice_profile.h"

using namespace narrate;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    const VoiceProfile profile = parse_voice_profile(text, "fuzz.toml");
    FUZZ_CHECK(!profile.id.empty() && !profile.espeak_voice.empty());
    FUZZ_CHECK(profile.rate >= 80 && profile.rate <= 450);
  } catch (const Error&) {
  }
  try {
    Lexicon lexicon;
    lexicon.add_text(text, "fuzz.lex");
    const std::string applied = lexicon.apply("Putin met Xi Jinping in Kyiv, said the word list.");
    FUZZ_CHECK(find_invalid_utf8(applied) == kValidUtf8 || find_invalid_utf8(text) != kValidUtf8);
  } catch (const Error&) {
  }
  try {
    const EpisodeManifest manifest = parse_manifest(text, "/nonexistent/fuzz.toml");
    FUZZ_CHECK(!manifest.show.title.empty() && !manifest.stories.empty());
  } catch (const Error&) {
  }
  try {
    const Sidecar sidecar = parse_sidecar(text, "fuzz.narrate.toml");
    const Sidecar again = parse_sidecar(format_sidecar(sidecar), "again.narrate.toml");
    FUZZ_CHECK(again.cast == sidecar.cast && again.speakers == sidecar.speakers && again.lexicon == sidecar.lexicon);
  } catch (const Error&) {
  }
  return 0;
}
