// Reading a Markdown article: md4c (a CommonMark parser) finds the structure, and this
// reader hands on the text worth reading aloud as a Document.
#pragma once

#include <string_view>

#include "document/document.h"

namespace narrate {

// The Document of Markdown `text` (UTF-8, already validated; "\r\n" line ends are fine).
// Blocks, in reading order:
// * Front matter (markdown/front_matter.h) is a skipped block "front matter" (or
//   "front matter (unreadable: ...)" when its YAML or TOML is bad), never spoken; its
//   title, author, date and publication fill `info`. An excerpt or description in it is
//   not read.
// * The first h1 (ATX "# T" or setext "T\n=") before any body text (paragraph, list
//   item, block quote, table row) is the title; other headings are headings with their
//   level. When the front matter has a title and the body no title, the title block
//   holds the front matter's title, its piece on the title's value there (else on the
//   first fence): the front matter is then skipped in two blocks, before and after it.
//   info.title is the front matter's title, else the title block's text.
// * A paragraph is a paragraph; a list item (each paragraph of it, and a tight item's
//   text) a list_item; a paragraph in a block quote a blockquote; when they nest, the
//   innermost list item or quote decides.
// * A table is read row by row: each row one block (paragraph, or as its container
//   says), its cells separated by a piece ", " of no bytes, so a row is read as a list.
//   A table over 128 columns is no table (as md4c 0.5.1 and later decide; with 0.4.8
//   the whole text is then read without tables): its lines are a paragraph.
// * Skipped: code blocks, fenced or indented ("code"), raw HTML blocks ("raw HTML",
//   "<!-- more -->" on a line of its own among them). Thematic breaks give no block.
//   A skipped block's pieces are its bytes as they are (the front matter whole, a code
//   block's lines without their fences), for inspect to show where it was.
// Inside blocks, emphasis, links and inline code keep their text; link destinations,
// image alt text and inline raw HTML are never read (an HTML tag that breaks a line
// or a block, "<br>", "<p>", "<div>", reads as a space). Character references are
// decoded (html/entity.h); strikethrough, underline, wiki links and LaTeX are not
// Markdown here (their marks stay text), nor are bare URLs links (they are read the
// same either way); link reference definitions are no text.
//
// Pieces: text from the file has source_start/end on its bytes, so that slicing the
// file gives the piece's text, except that a character reference's bytes are the
// reference ("&amp;" for "&"), a line break's piece is " " on the first byte of the
// line end ('\n' or '\r'; or on no bytes when it cannot be found), an HTML tag read
// as a space is " " on the tag, a table cell's ", " is on no bytes, and a NUL is
// U+FFFD on it. All pieces, of all blocks, are in file order and do not overlap;
// neighbouring pieces of verbatim text are joined into one.
//
// Never throws for any valid UTF-8 text short of running out of memory (md4c keeps its
// nesting in arrays, not on the stack: a list nested 10,000 deep is read).
Document read_markdown(std::string_view text);

}  // namespace narrate
