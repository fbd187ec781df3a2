#include "article/interview.h"

#include <map>

#include "text/utf8.h"
#include "text/whitespace.h"

namespace narrate {
namespace {

constexpr size_t kMaxLabelWords = 3;
constexpr size_t kMaxLabelBytes = 40;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The label that opens text[block] ("Q:", "A.", "Jane Doe:"), or an empty span.
Span label_of(std::string_view text, Span block) {
  size_t start = block.start;
  while (start < block.end && is_space(text[start])) ++start;
  const size_t limit = std::min(block.end, start + kMaxLabelBytes);
  // Q: / A: / Q. / A. followed by a space.
  if (start + 2 < block.end && (text[start] == 'Q' || text[start] == 'A') &&
      (text[start + 1] == ':' || text[start + 1] == '.') && is_space(text[start + 2])) {
    return {start, start + 2};
  }
  // One to three words, each starting with a capital, then a colon and a space.
  size_t words = 0;
  size_t i = start;
  while (i < limit && words < kMaxLabelWords) {
    if (!is_capital_at(text, i)) return {start, start};
    ++words;
    while (i < limit && !is_space(text[i]) && text[i] != ':') ++i;
    if (i < limit && text[i] == ':') {
      const bool spaced = i + 1 < block.end && is_space(text[i + 1]);
      return spaced ? Span{start, i + 1} : Span{start, start};
    }
    while (i < limit && text[i] == ' ') ++i;
  }
  return {start, start};
}

}  // namespace

std::vector<Turn> find_interview_turns(std::string_view text, const std::vector<Span>& blocks) {
  std::vector<Turn> turns(blocks.size());
  std::map<std::string, size_t> count;  // label as written, without its mark → turns
  for (size_t k = 0; k < blocks.size(); ++k) {
    const Span label = label_of(text, blocks[k]);
    if (label.start == label.end) continue;
    turns[k].label = label;
    turns[k].speaker = std::string(text.substr(label.start, label.size() - 1));
    ++count[turns[k].speaker];
  }
  const size_t questions = count.contains("Q") ? count["Q"] : 0;
  const size_t answers = count.contains("A") ? count["A"] : 0;
  const bool question_and_answer = questions >= 1 && answers >= 1 && questions + answers >= 3;
  size_t named = 0;  // labelled speakers other than Q and A with two or more turns
  for (const auto& [label, turns_of] : count) named += label != "Q" && label != "A" && turns_of >= 2;
  for (Turn& turn : turns) {
    if (turn.speaker.empty()) continue;
    const bool qa = turn.speaker == "Q" || turn.speaker == "A";
    const bool keep = qa ? question_and_answer : (named >= 2 && count[turn.speaker] >= 2);
    if (!keep) {
      turn = Turn{};
    } else if (qa) {
      turn.speaker = turn.speaker == "Q" ? "Interviewer" : "Interviewee";
    }
  }
  return turns;
}

}  // namespace narrate
