// Structure: from the source text to an Article (title, dateline, headings, paragraphs
// split into narration and quotes, and what was skipped).
#pragma once

#include "article/article.h"
#include "document/reading_text.h"
#include "text/source.h"

namespace narrate {

struct StructureOptions {
  bool keep_boilerplate = false;   // speak banners, share widgets and date lines too
};

// Reads the article's structure. Never fails: text it cannot place is narration. The
// segments are in reading order, do not overlap, and their spans lie inside the source.
//
// * Blocks are separated by blank lines; in a block whose lines are too long to be
//   wrapped by hand (over 100 bytes), every line is a block of its own.
// * Leading and trailing page furniture (boilerplate_reason) is skipped, line by line.
// * The first block is the title when it is one line; a one-line block before it that
//   reads like a heading and holds a separator ("Site - Section") is the banner, skipped.
// * "By NAME" after the title is the byline; a date on its own line is skipped.
// * The first body paragraph may open with a dateline ("Seoul, South Korea — ").
// * A later one-line block of at most 12 words without closing punctuation is a heading.
// * A block that repeats a longer one nearby word for word (find_repeated_blocks) is a
//   pull quote, skipped.
// * Every other block is a body paragraph, numbered from 1, split into narration and
//   voiced quotes (find_quotes). A quote that never closes ends with its paragraph; a
//   warning says so unless the next paragraph continues it (opens with a quote mark).
Article parse_article(const Source& source, const StructureOptions& options);

// The same for a text read out of a structured file: when `reading` has blocks, their
// kinds are trusted (a title block is the title, a heading a heading, a skipped block is
// skipped with its reason, a paragraph is never taken for a heading), the heuristics
// above decide only blocks of kind `text` and what happens inside paragraphs (bylines
// and date lines right after the title, boilerplate lines, datelines, quotes); the
// document's publication names the publication.
Article parse_article(const ReadingText& reading, const StructureOptions& options);

}  // namespace narrate
