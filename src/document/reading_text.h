// ReadingText: a Document made into the text every later stage reads, with the way back
// to the file kept in the Source.
#pragma once

#include <string>
#include <vector>

#include "document/document.h"
#include "text/source.h"
#include "text/span.h"

namespace narrate {

// A block of the reading text and what its format says it is.
struct ReadingBlock {
  Span span;  // in the reading text: no blanks at either end
  BlockKind kind = BlockKind::text;
  int level = 0;
  std::string reason;  // for skipped blocks
};

struct ReadingText {
  Source source;
  DocumentInfo info;
  std::vector<ReadingBlock> blocks;  // empty for plain text: its structure is found by
                                     // parse_article's heuristics
};

// Plain text: the source as it is, no blocks.
ReadingText plain_reading(Source source);

// The reading text of `document`, read from `file` (whose text the document's pieces
// point into): its blocks in order, separated by blank lines, every run of whitespace in
// a block read as one space, blocks with nothing but whitespace left out. When no title
// block exists and the document's info names a title, a title block holding it comes
// first (pointing at the start of the file). `original` maps offsets in the file's text
// to bytes on disk, as in Source::from_reading.
ReadingText read_document(Source file, const Document& document, Source::OriginalOffset original = {});

}  // namespace narrate
