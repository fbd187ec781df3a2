// Finding the quotations inside one paragraph.
#pragma once

#include <string_view>
#include <vector>

#include "article/article.h"

namespace narrate {

// A quotation at the top level of a paragraph (quotes nested inside it are part of it).
struct QuotedSpan {
  Span span;            // from the opening mark to just after the closing mark, or to the
                        // paragraph's end when it never closes
  bool closed = true;
  bool voiced = false;  // stands on its own, so a speaker's voice reads it; false for an
                        // embedded partial quote that continues the narrator's sentence
};

// The top-level quotations of text[paragraph.start, paragraph.end), in order.
//
// Double quotes delimit quotations: curly “ ”, low „ (closed by “ or ”), guillemets « »
// and ‹ ›, straight " (opening or closing judged by its neighbours), and double marks typed
// as two single ones: ‘‘ ’’ (AP style) and ''. Single quotes never do at the top level:
// inside a quotation they nest, outside they are apostrophes (Putin’s, ’90s, rock ’n’ roll)
// or scare quotes. A quotation is voiced when it opens the paragraph, follows punctuation
// (“X,” he said, “Y.”), or follows a speech verb and starts with a capital letter
// (he said “We won.”); otherwise it is embedded (Russia may “raise its middle finger”).
// Linear in the paragraph's length, whatever the nesting.
std::vector<QuotedSpan> find_quotes(std::string_view text, Span paragraph);

// Whether a quotation as find_quotes gives it ends with a closing mark (”, ", », ›, ’’,
// '', or “ after „); false when it runs to the paragraph's end unclosed.
bool ends_closed(std::string_view quotation);

// Whether the paragraph at `paragraph` begins with an opening double quote mark (the
// sign of a quotation continued from the paragraph before).
bool opens_with_quote(std::string_view text, Span paragraph);

}  // namespace narrate
