// Selection: the part of a script a preview plays.
#pragma once

#include <string>
#include <vector>

#include "article/article.h"
#include "script/script.h"

namespace narrate {

// The utterances of body paragraph `number` (from 1, as `inspect` numbers them).
// Throws Error when it is out of range (0 too), saying how many there are.
Script select_paragraph(const Script& script, const Article& article, size_t number);

// The quote number of each of `article.segments` (same index): voiced quotes are
// numbered from 1 in article order, other segments get 0. This is the number `inspect`
// shows and `select_quote` (`preview --quote N`) takes.
std::vector<size_t> quote_numbers(const Article& article);

// The quote numbered `number` by quote_numbers. Throws Error when it is out of range
// (0 too), saying how many there are.
Script select_quote(const Script& script, const Article& article, size_t number);

// Every quote of the speaker `name` (full or last name, any case), in order. Throws Error
// naming both when two speakers share that last name (John and Maria Smith). When there
// is no such speaker, throws Error listing them all, and suggesting the one whose name,
// or a word of it, is nearest `name` by edit distance (Damerau-Levenshtein over code
// points, any case) when that is at most a third of `name`'s length, rounded up:
// "Gaimen" suggests Neil Gaiman, and a name far from all suggests none.
Script select_speaker(const Script& script, const Article& article, const std::string& name);

// The paragraph (or title, or heading) whose text contains `text` (any case). Throws
// Error when nothing does.
Script select_text(const Script& script, const Article& article, std::string_view source_text, const std::string& text);

// In every selection, the pauses between the selected utterances are those of the full
// script, and there is none after the last: the selection is a stretch of the render.

}  // namespace narrate
