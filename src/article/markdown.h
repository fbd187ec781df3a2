// The parts of Markdown that matter when an article is read aloud.
#pragma once

#include <string>
#include <string_view>

namespace narrate {

// The heading level of a Markdown ATX heading line ("## Ups and downs" is 2), or 0.
// `text_start` receives the offset (within `line`) of the heading's text.
int markdown_heading_level(std::string_view line, size_t& text_start);

// Whether `line` is a thematic break ("---", "***", "___").
bool is_markdown_rule(std::string_view line);

// Markdown source made plain for speech: emphasis and code markers removed, links and
// images read as their text, list and block quote markers at line starts dropped (after
// any line break of line_break_length_at, U+2028 too).
// The written text (and its offsets) stay as they are; only the spoken form changes.
std::string markdown_to_plain(std::string_view markdown);

}  // namespace narrate
