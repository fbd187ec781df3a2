// Document: what a reader of a structured format (a web page, Markdown) hands on to the
// article stage: the text worth reading, as blocks of decoded text pieces, each piece
// pointing back to the bytes of the file it came from.
//
// Plain text needs none of this: its structure is found by parse_article's heuristics.
// A structured format already knows which block is the title, a heading or a paragraph,
// and which text is only page furniture; its reader says so here, and the article stage
// trusts it (see build_source in document/reading_text.h for how the pieces become the
// text every later stage reads).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace narrate {

// What a block is, as far as its format tells.
enum class BlockKind {
  text,        // no more than "a block of text": parse_article's heuristics decide
  title,       // the article's title
  byline,      // "By Jane Doe", an author line
  date,        // a publication date line (skipped unless boilerplate is kept)
  heading,     // a section heading (level in DocumentBlock::level)
  paragraph,   // a body paragraph, never a heading or title whatever its length
  blockquote,  // a block quotation: a body paragraph
  list_item,   // one item of a list: a body paragraph
  skipped,     // not read aloud (navigation, a share widget, code); `reason` says why
};

// A run of decoded text and the bytes of the file it stands for. `text` is what the
// bytes say once markup is taken away ("&amp;" in the file is "&" here); when `text`
// has the same length as [source_start, source_end) the two are taken to correspond
// byte by byte, otherwise only the piece's two ends correspond. Whitespace inside and
// between pieces may be anything: runs of it are read as one space.
struct TextPiece {
  std::string text;
  size_t source_start = 0;  // byte offsets into the file as read (after any charset
  size_t source_end = 0;    // conversion to UTF-8), end exclusive
};

struct DocumentBlock {
  BlockKind kind = BlockKind::text;
  int level = 0;                  // heading level, 1-6; 0 for other kinds
  std::vector<TextPiece> pieces;  // in reading order; a block whose pieces hold only
                                  // whitespace is dropped
  std::string reason;             // why a skipped block is not read ("navigation")
};

// What a format says about the article besides its text (empty when it says nothing).
struct DocumentInfo {
  std::string title;        // also spoken when no title block carries it
  std::string author;       // "Jane Doe"
  std::string published;    // as written: "2024-06-18T10:00:00Z", "June 18, 2024"
  std::string publication;  // the site or outlet: "Voice of America"
};

struct Document {
  DocumentInfo info;
  std::vector<DocumentBlock> blocks;  // in reading order
};

}  // namespace narrate
