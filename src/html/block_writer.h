// The blocks of a web page's Document, once its article has been chosen: the title, the
// author line, then the page in document order, the article as headings, paragraphs,
// block quotes and list items, and everything else as skipped blocks saying what they are.
#pragma once

#include <vector>

#include "document/document.h"
#include "html/content_scoring.h"
#include "html/dom.h"
#include "html/metadata.h"
#include "html/page_hints.h"

namespace narrate::html {

// Writes the blocks:
//  * a title block with title.pieces (when the page has a title);
//  * a byline block with the author line's text (when choice.byline is one);
//  * in document order, each block of the article: h1-h6 give headings (with their level),
//    p paragraphs, blockquote block quotes, li (dt, dd) list items, dates (short elements
//    whose class says "date") date blocks, and other text paragraphs when they read like
//    sentences, else text; a table row is one block. A figure's caption (figcaption, or a
//    class saying "caption") gives paragraphs; in a figure or caption, a block that is a
//    picture's credit by its shape (boilerplate_reason: "Photo: Jane Doe/AP", "Getty
//    Images") is a skipped "photo credit" block, and a credit ending a block is split off
//    as one ("... on Monday. (AP Photo/Jane Doe)"). Inline elements (a, em, span...) and
//    table cells do not break blocks; one <br> is a line break within a block, two or
//    more end it. Preformatted code, credits and the article's own furniture are skipped
//    blocks;
//  * the regions of the page outside the article that hold text, one skipped block each,
//    with the reason their tag or class gives ("navigation", "comments", "footer"...) or
//    "outside the article".
// Silent and hidden elements give no text at all. A line break or block boundary inside
// one block is a piece of its own (" " or "\n") whose bytes are the tag that made it.
std::vector<DocumentBlock> write_blocks(const Page& page, const std::vector<ElementHints>& hints,
                                        const PageTitle& title, const ArticleChoice& choice);

}  // namespace narrate::html
