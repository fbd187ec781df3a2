#include "script/selection.h"

#include <algorithm>
#include <cctype>
#include <functional>

#include "text/whitespace.h"
#include "util/error.h"
#include "util/strings.h"

namespace narrate {
namespace {

Script pick(const Script& script, const Article& article, const std::function<bool(const Segment&)>& wanted) {
  Script selection;
  for (const Utterance& utterance : script.utterances) {
    if (utterance.segment == 0 || utterance.segment > article.segments.size()) continue;
    if (wanted(article.segments[utterance.segment - 1])) selection.utterances.push_back(utterance);
  }
  if (!selection.utterances.empty()) selection.utterances.back().pause_after_ms = 0;
  return selection;
}

// Levenshtein distance, for suggesting the speaker a user meant.
size_t distance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string last_word(const std::string& name) {
  const size_t space = name.rfind(' ');
  return space == std::string::npos ? name : name.substr(space + 1);
}

}  // namespace

Script select_paragraph(const Script& script, const Article& article, size_t number) {
  if (number < 1 || number > article.paragraph_count) {
    throw Error("paragraph " + std::to_string(number) + " is out of range: the article has paragraphs 1 to " +
                std::to_string(article.paragraph_count));
  }
  return pick(script, article, [&](const Segment& s) { return s.paragraph == number; });
}

Script select_quote(const Script& script, const Article& article, size_t number) {
  const size_t quotes = static_cast<size_t>(std::count_if(
      article.segments.begin(), article.segments.end(), [](const Segment& s) { return s.kind == SegmentKind::quote; }));
  if (number < 1 || number > quotes) {
    throw Error("quote " + std::to_string(number) + " is out of range: the article has " +
                (quotes == 0 ? std::string("no quotes") : "quotes 1 to " + std::to_string(quotes)));
  }
  size_t seen = 0;
  return pick(script, article, [&](const Segment& s) { return s.kind == SegmentKind::quote && ++seen == number; });
}

Script select_speaker(const Script& script, const Article& article, const std::string& name) {
  const std::string wanted = ascii_lowercase(name);
  const Speaker* found = nullptr;
  std::string namesakes;  // speakers with that last name, when it is not a full name
  for (const Speaker& speaker : article.speakers) {
    if (ascii_lowercase(speaker.name) == wanted) {
      found = &speaker;
      namesakes.clear();
      break;
    }
    if (ascii_lowercase(last_word(speaker.name)) == wanted) {
      if (found != nullptr) namesakes += (namesakes.empty() ? found->name : "") + ", " + speaker.name;
      found = &speaker;
    }
  }
  if (!namesakes.empty()) throw Error("'" + name + "' could be any of " + namesakes + ": give the full name");
  if (found == nullptr) {
    if (article.speakers.empty()) throw Error("no speaker '" + name + "': the article quotes nobody");
    const Speaker* closest = &article.speakers.front();
    std::string all;
    for (const Speaker& speaker : article.speakers) {
      if (distance(wanted, ascii_lowercase(speaker.name)) < distance(wanted, ascii_lowercase(closest->name))) closest = &speaker;
      all += (all.empty() ? "" : ", ") + speaker.name;
    }
    throw Error("no speaker '" + name + "' (did you mean " + closest->name + "? speakers: " + all + ")");
  }
  return pick(script, article, [&](const Segment& s) { return s.kind == SegmentKind::quote && s.speaker == found->name; });
}

Script select_text(const Script& script, const Article& article, std::string_view source_text, const std::string& text) {
  const std::string wanted = ascii_lowercase(collapse_whitespace(text));
  for (const Segment& segment : article.segments) {
    const std::string written = ascii_lowercase(collapse_whitespace(source_text.substr(segment.span.start, segment.span.size())));
    if (wanted.empty() || written.find(wanted) == std::string::npos) continue;
    if (segment.paragraph > 0) return select_paragraph(script, article, segment.paragraph);
    const Segment* target = &segment;
    return pick(script, article, [&](const Segment& s) { return &s == target; });
  }
  throw Error("no paragraph contains '" + text + "'");
}

}  // namespace narrate
