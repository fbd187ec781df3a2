// Script: the ordered list of utterances a renderer speaks, one per piece of the
// article, each with its voice, its spoken text, the silence after it and the place
// in the source it comes from.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "article/paragraphs.h"
#include "voice/voice_profile.h"

namespace narrate {

struct Utterance {
  std::string label;       // what a person calls it: "paragraph 3"
  VoiceProfile voice;      // who speaks it
  std::string text;        // exactly what is handed to the engine
  size_t start = 0;        // source byte span it speaks, end exclusive
  size_t end = 0;
  int pause_after_ms = 0;  // silence after it (none after the last utterance)
};

// Silences between the parts of a script, in milliseconds.
struct Pauses {
  int paragraph_ms = 700;
};

struct Script {
  std::vector<Utterance> utterances;
};

// One narrator utterance per paragraph, `pauses.paragraph_ms` of silence between
// consecutive paragraphs and none after the last.
Script build_script(const std::vector<Paragraph>& paragraphs, const VoiceProfile& narrator,
                    const Pauses& pauses);

}  // namespace narrate
