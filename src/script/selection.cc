#include "script/selection.h"

#include <algorithm>
#include <cctype>
#include <functional>

#include "text/utf8.h"
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

// Damerau-Levenshtein distance in its optimal string alignment form: inserting,
// deleting or replacing a code point, or swapping two neighbours, costs 1 each.
size_t edit_distance(const std::u32string& a, const std::u32string& b) {
  std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.size()][b.size()];
}

// The words of a speaker's name (names are made of words separated by single spaces).
std::vector<std::u32string> name_words(const std::u32string& name) {
  std::vector<std::u32string> words;
  size_t start = 0;
  while (start <= name.size()) {
    size_t space = name.find(U' ', start);
    if (space == std::u32string::npos) space = name.size();
    if (space > start) words.push_back(name.substr(start, space - start));
    start = space + 1;
  }
  return words;
}

// How far `wanted` (lower case) is from `name`: from the whole name or from its nearest word.
size_t name_distance(const std::u32string& wanted, const std::string& name) {
  const std::u32string lower = lowercase_code_points(name);
  size_t best = edit_distance(wanted, lower);
  for (const std::u32string& word : name_words(lower)) best = std::min(best, edit_distance(wanted, word));
  return best;
}

}  // namespace

Script select_paragraph(const Script& script, const Article& article, size_t number) {
  if (number < 1) {
    throw Error("there is no paragraph 0: paragraphs are numbered from 1 (the article has paragraphs 1 to " +
                std::to_string(article.paragraph_count) + ")");
  }
  if (number > article.paragraph_count) {
    throw Error("paragraph " + std::to_string(number) + " is out of range: the article has paragraphs 1 to " +
                std::to_string(article.paragraph_count));
  }
  return pick(script, article, [&](const Segment& s) { return s.paragraph == number; });
}

std::vector<size_t> quote_numbers(const Article& article) {
  std::vector<size_t> numbers(article.segments.size(), 0);
  size_t count = 0;
  for (size_t i = 0; i < article.segments.size(); ++i) {
    if (article.segments[i].kind == SegmentKind::quote) numbers[i] = ++count;
  }
  return numbers;
}

Script select_quote(const Script& script, const Article& article, size_t number) {
  const std::vector<size_t> numbers = quote_numbers(article);
  const size_t quotes = numbers.empty() ? 0 : *std::max_element(numbers.begin(), numbers.end());
  const std::string has = quotes == 0 ? std::string("no quotes") : "quotes 1 to " + std::to_string(quotes);
  if (number < 1) throw Error("there is no quote 0: quotes are numbered from 1 (the article has " + has + ")");
  if (number > quotes) throw Error("quote " + std::to_string(number) + " is out of range: the article has " + has);
  const Segment* target = &article.segments[static_cast<size_t>(std::find(numbers.begin(), numbers.end(), number) - numbers.begin())];
  return pick(script, article, [&](const Segment& s) { return &s == target; });
}

Script select_speaker(const Script& script, const Article& article, const std::string& name) {
  const std::u32string wanted = lowercase_code_points(collapse_whitespace(name));
  const Speaker* found = nullptr;
  std::string namesakes;  // speakers with that last name, when it is not a full name
  for (const Speaker& speaker : article.speakers) {
    const std::u32string full = lowercase_code_points(speaker.name);
    if (full == wanted) {
      found = &speaker;
      namesakes.clear();
      break;
    }
    const std::vector<std::u32string> words = name_words(full);
    if (!words.empty() && words.back() == wanted) {
      if (found != nullptr) namesakes += (namesakes.empty() ? found->name : "") + ", " + speaker.name;
      found = &speaker;
    }
  }
  if (!namesakes.empty()) throw Error("'" + name + "' could be any of " + namesakes + ": give the full name");
  if (found == nullptr) {
    if (article.speakers.empty()) throw Error("no speaker '" + name + "': the article quotes nobody");
    const Speaker* closest = nullptr;
    size_t closest_distance = std::max<size_t>(1, (wanted.size() + 2) / 3);  // the farthest worth suggesting
    std::string all;
    for (const Speaker& speaker : article.speakers) {
      const size_t distance = name_distance(wanted, speaker.name);
      if (distance <= closest_distance && (closest == nullptr || distance < closest_distance)) {
        closest = &speaker;
        closest_distance = distance;
      }
      all += (all.empty() ? "" : ", ") + speaker.name;
    }
    const std::string suggestion = closest ? "did you mean " + closest->name + "? " : "";
    throw Error("no speaker '" + name + "' (" + suggestion + "speakers: " + all + ")");
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
