// Paragraphs: the blocks of text between blank lines (or U+2029 PARAGRAPH SEPARATORs).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "text/source.h"
#include "text/span.h"

namespace narrate {

// One block of non-blank lines. `start`/`end` are byte offsets into the source
// (end exclusive) of its first and last non-blank characters; `text` is the block
// with its line breaks and whitespace runs made single spaces.
struct Paragraph {
  size_t start = 0;
  size_t end = 0;
  std::string text;
  std::vector<Span> lines;  // each non-blank line, trimmed
};

// Splits the source into lines at every line break (LF, CRLF, U+0085, U+2028, U+2029;
// see line_break_length_at) and into blocks at blank lines (lines holding only
// whitespace, including no-break spaces) and after each U+2029 PARAGRAPH SEPARATOR.
// Returns the blocks in order; none when the source holds only whitespace.
std::vector<Paragraph> split_paragraphs(const Source& source);

}  // namespace narrate
