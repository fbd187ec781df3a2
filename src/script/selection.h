// Selection: the part of a script a preview plays.
#pragma once

#include <string>

#include "article/article.h"
#include "script/script.h"

namespace narrate {

// The utterances of body paragraph `number` (from 1, as `inspect` numbers them).
// Throws Error when it is out of range, saying how many there are.
Script select_paragraph(const Script& script, const Article& article, size_t number);

// The `number`-th voiced quote (from 1). Throws Error when out of range.
Script select_quote(const Script& script, const Article& article, size_t number);

// Every quote of the speaker `name` (full or last name, any case), in order. Throws
// Error naming the closest speaker and listing them all when there is no such speaker,
// and naming both when two speakers share that last name (John and Maria Smith).
Script select_speaker(const Script& script, const Article& article, const std::string& name);

// The paragraph (or title, or heading) whose text contains `text` (any case). Throws
// Error when nothing does.
Script select_text(const Script& script, const Article& article, std::string_view source_text, const std::string& text);

// In every selection, the pauses between the selected utterances are those of the full
// script, and there is none after the last: the selection is a stretch of the render.

}  // namespace narrate
