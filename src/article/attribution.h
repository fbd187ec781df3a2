// Attribution: who says each quote.
#pragma once

#include <string_view>

#include "article/article.h"

namespace narrate {

// For every voiced quote of `article` (parsed from `text`), finds the mention that names
// its speaker and resolves it to a speaker; fills Segment::attribution and
// Segment::speaker, and lists the speakers in Article::speakers.
//
// Cues are speech verbs with their subject or inverted subject, in the quote's own
// sentence: “…,” said NAME; “…,” NAME said; NAME said: “…”; “…?” he asked; “…,” NAME told
// OUTLET; according to NAME; “…,” the newspaper wrote. A quote without a cue of its own
// continues the quote before it (same paragraph, or the paragraph before when that one
// ended in a quote or a colon); failing that, the last speaker named before it.
// Mentions resolve in text order (EntityRegistry, entities.h): he/she to the latest person
// of compatible gender (which then records the gender), a short or titled name (Muraviev,
// Mr. Lukin) to the person whose full name was given earlier (of two namesakes, the one
// mentioned last whose gender fits), a different full name with the same surname (Maria
// Smith after John Smith) to a new person, a description (the newspaper) to itself.
void attribute_quotes(std::string_view text, Article& article);

}  // namespace narrate
