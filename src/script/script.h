// Script: the ordered list of utterances a renderer speaks, one per segment of the
// article, each with its voice, its spoken text, the silence after it and the place in
// the source it comes from.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "article/article.h"
#include "text/lexicon.h"
#include "voice/cast.h"
#include "voice/voice_profile.h"

namespace narrate {

struct Utterance {
  std::string label;       // what a person calls it: "title", "paragraph 3", "quote 2"
  size_t segment = 0;      // the article segment it speaks, numbered from 1 (0: none)
  VoiceProfile voice;      // who speaks it
  std::string text;        // exactly what is handed to the engine: plain text, with no
                           // brackets but the lexicon's [[phoneme]] markup
  size_t start = 0;        // source byte span it speaks, end exclusive
  size_t end = 0;
  int pause_after_ms = 0;  // silence after it (none after the last utterance)
  int rate_percent = 100;  // how fast it is read, relative to the voice's own rate: a
                           // heading is read a little slower (the voice, and so its
                           // loudness gain, stays the same)
};

// The speaking rate of `utterance` in eSpeak NG's words per minute: its voice's rate
// scaled by rate_percent, within the range a voice profile may have (80-450).
int reading_rate(const Utterance& utterance);

// The percentage of its voice's rate at which a section heading is read.
constexpr int kHeadingRatePercent = 88;

// Silences between the parts of a script, in milliseconds.
struct Pauses {
  int title_ms = 1000;     // after the title (and banner, byline)
  int heading_ms = 800;    // after a section heading
  int paragraph_ms = 700;  // between paragraphs
  int section_ms = 1400;   // before a section heading: a new section is heard as one
  int segment_ms = 250;    // between the pieces of one paragraph (narration, quotes)
};

struct Script {
  std::vector<Utterance> utterances;
};

// Longer spoken text is split into utterances of at most this many bytes, at sentence
// ends where it can: one utterance is synthesized, and held in memory, as a whole.
constexpr size_t kMaxUtteranceBytes = 2000;

// Splits `text` into pieces of at most kMaxUtteranceBytes: after a sentence's end, else
// after the last space, else anywhere between two characters; never inside [[phonemes]].
std::vector<std::string> split_for_engine(const std::string& text);

// One utterance per segment (several for a segment longer than kMaxUtteranceBytes, with
// a sentence pause between them), voiced by the cast (the narrator unless the segment
// has a speaker), with the pause after each chosen by what comes next; none after the last.
// Headings are read at kHeadingRatePercent of their voice's rate.
// Each utterance's text is the segment's spoken form made ready for the engine
// (for_engine: normalized, then the lexicon's pronunciations).
Script build_script(const Article& article, const Cast& cast, const Pauses& pauses, const Lexicon& lexicon);

}  // namespace narrate
