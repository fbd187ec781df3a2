// Article: the structure of a news article, every piece pointing back into the source.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/span.h"

namespace narrate {

enum class SegmentKind { banner, title, byline, dateline, heading, narration, quote };

// "banner", "title", ... as in `inspect --json`.
std::string_view kind_name(SegmentKind kind);

// One piece of the article that is spoken, in reading order.
struct Segment {
  SegmentKind kind = SegmentKind::narration;
  size_t paragraph = 0;  // body paragraph number from 1; 0 for banner, title, byline, heading
  Span span;             // the text as written: source bytes [start, end)
  std::string spoken;    // what is handed to the engine
  // Who says a quote: the mention in the text and the resolved name. Empty for the
  // narrator's segments and for quotes not attributed (yet).
  std::optional<Span> attribution;
  std::string speaker;
  // For quotes: the speaker attribution found, even when it was not sure enough to give
  // the quote that voice (then `speaker` is empty); how sure it is (attribution_model.h;
  // nullopt when no model is built in); the evidence that decision rests on.
  std::string candidate;
  std::optional<double> confidence;
  // Interview turns (a paragraph opened by "Q:", "A:" or a speaker's label): who speaks
  // it, "Interviewer", "Interviewee" or the label's name. The label itself is skipped.
  std::string turn;
  std::vector<std::string> evidence;
};

// Something in the input that is not read aloud, and why ("banner", "boilerplate",
// "date line"). Kept so that `inspect` shows it: nothing is silently lost.
struct Skipped {
  Span span;
  std::string reason;
};

// A remark about the input that did not stop the work (an unclosed quote).
struct Warning {
  size_t offset = 0;
  std::string message;
};

// A person or body that speaks in the article.
struct Speaker {
  std::string name;    // canonical: the fullest form the text gives ("Alexey Muraviev")
  std::string gender;  // "male", "female", or empty when the text does not show it
  size_t quotes = 0;   // voiced quotes attributed to them
};

struct Article {
  std::string publication;  // from the banner; empty when there is none
  std::string title;        // empty when there is none
  std::string dateline;     // "Seoul, South Korea"; empty when there is none
  std::vector<Segment> segments;
  std::vector<Skipped> skipped;
  std::vector<Warning> warnings;
  std::vector<Speaker> speakers;  // in order of their first quote
  size_t paragraph_count = 0;     // body paragraphs
};

}  // namespace narrate
