// Normalization, the lexicon and the splitting of long text for the engine. Invariants:
// valid UTF-8 out, no bracket of the input survives (so no phoneme markup reaches the
// engine but the lexicon's), pieces are within the size limit and lose no text.
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "script/script.h"
#include "text/lexicon.h"
#include "text/normalizer.h"
#include "text/spoken_text.h"
#include "text/utf8.h"

using namespace narrate;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  if (find_invalid_utf8(text) != kValidUtf8) return 0;  // Source refuses such input first
  const std::string normalized = normalize_text(spoken_form(text));
  FUZZ_CHECK(find_invalid_utf8(normalized) == kValidUtf8);
  FUZZ_CHECK(normalized.find('[') == std::string::npos && normalized.find(']') == std::string::npos);

  static const Lexicon lexicon = [] {
    Lexicon l;
    l.add_text("Putin = [[p'u:tIn]]\nXi Jinping = [[S'i: dZ'InpIN]]\nKyiv = Keev\n", "fuzz");
    return l;
  }();
  const std::string engine_text = lexicon.apply(normalized);
  FUZZ_CHECK(find_invalid_utf8(engine_text) == kValidUtf8);
  // Every "[[" is the lexicon's: balanced and without brackets inside.
  for (size_t at = engine_text.find("[["); at != std::string::npos; at = engine_text.find("[[", at + 2)) {
    const size_t close = engine_text.find("]]", at);
    FUZZ_CHECK(close != std::string::npos);
    FUZZ_CHECK(engine_text.substr(at + 2, close - at - 2).find('[') == std::string::npos);
  }
  size_t letters = 0, piece_letters = 0;
  for (const char c : engine_text) letters += c != ' ';
  for (const std::string& piece : split_for_engine(engine_text)) {
    FUZZ_CHECK(piece.size() <= kMaxUtteranceBytes);
    for (const char c : piece) piece_letters += c != ' ';
  }
  FUZZ_CHECK(letters == piece_letters);
  return 0;
}
