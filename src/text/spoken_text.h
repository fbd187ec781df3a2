// The spoken form of written text: what the engine is handed.
#pragma once

#include <string>
#include <string_view>

namespace narrate {

// `written` as it should be read: whitespace runs made single spaces, quotation marks
// removed (a voice change marks a quotation; the engine would only stumble on them),
// curly apostrophes made straight.
std::string spoken_form(std::string_view written);

// Adds a full stop when `spoken` does not end in sentence punctuation, so a title or
// heading is read with a falling, final intonation; a trailing comma becomes a stop.
std::string as_sentence(std::string spoken);

}  // namespace narrate
