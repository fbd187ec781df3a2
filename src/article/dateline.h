// The dateline that opens a news story: "Seoul, South Korea — ", "WASHINGTON (AP) - ".
#pragma once

#include <cstddef>
#include <string_view>

#include "article/article.h"

namespace narrate {

struct Dateline {
  Span place;     // "Seoul, South Korea" (no trailing comma or space)
  size_t end = 0;  // just after the dash and the whitespace after it: where the story starts
};

// Finds a dateline at the start of text[paragraph.start, paragraph.end): one to six
// capitalized words (commas, abbreviations and a parenthesized agency allowed), then
// whitespace (no-break spaces too), a dash (—, –, -, --) and whitespace. Returns false
// when the paragraph does not open with one.
bool find_dateline(std::string_view text, Span paragraph, Dateline& dateline);

}  // namespace narrate
