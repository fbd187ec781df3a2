// Interviews: paragraphs that open with a speaker's label ("Q:", "A:", "SMITH:") are turns
// of two or more people, each read in their own voice, the labels not spoken.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/span.h"

namespace narrate {

struct Turn {
  Span label;           // "Q:" with its colon; empty (start == end) when the block is no turn
  std::string speaker;  // "Interviewer" for Q, "Interviewee" for A, else the label's words
};

// For each block of `blocks` (spans of text), the turn it is, if the article is an
// interview: "Q:"/"A:" (or "Q."/"A.") labels, both present and three or more in all; or
// labels of one to three capitalized words and a colon ("Jane Doe:", "SMITH:") from two or
// more speakers who each have two or more turns. A label that occurs once ("Update:",
// "Note:") or an article with one labelled speaker is no interview: every turn is empty.
std::vector<Turn> find_interview_turns(std::string_view text, const std::vector<Span>& blocks);

}  // namespace narrate
