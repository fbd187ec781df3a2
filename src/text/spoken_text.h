// The spoken form of written text: what the engine is handed.
#pragma once

#include <string>
#include <string_view>

#include "text/lexicon.h"
#include "text/number_words.h"

namespace narrate {

// `written` as it should be read: whitespace runs made single spaces, quotation marks
// removed (a voice change marks a quotation; the engine would only stumble on them),
// curly apostrophes made straight, control characters dropped.
std::string spoken_form(std::string_view written);

// What the engine is handed for text already in spoken form (spoken_form): normalized
// (normalize_text, its numbers in the `dialect` of the voice that speaks it), then
// pronounced by the lexicon. The one path shared by render, inspect's "spoken" and
// `narrate normalize`.
std::string for_engine(std::string_view spoken, const Lexicon& lexicon, Dialect dialect = Dialect::american);

// Adds a full stop when `spoken` does not end in sentence punctuation, so a title or
// heading is read with a falling, final intonation; a trailing comma becomes a stop.
std::string as_sentence(std::string spoken);

}  // namespace narrate
