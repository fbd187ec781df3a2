#include "article/paragraphs.h"

#include <string_view>

#include "text/whitespace.h"

namespace narrate {

std::vector<Paragraph> split_paragraphs(const Source& source) {
  const std::string_view text = source.text();
  std::vector<Paragraph> paragraphs;
  Paragraph current;
  const auto finish = [&] {
    if (current.lines.empty()) return;
    current.start = current.lines.front().start;
    current.end = current.lines.back().end;
    current.text = collapse_whitespace(text.substr(current.start, current.end - current.start));
    paragraphs.push_back(std::move(current));
    current = Paragraph{};
  };
  size_t line_begin = 0;
  while (line_begin <= text.size()) {
    size_t break_length = 0;
    const size_t line_end = find_line_break(text, line_begin, break_length);
    size_t first = line_begin, last = line_end;
    if (trim_blanks(text, first, last)) {
      current.lines.push_back({first, last});
    } else {
      finish();
    }
    if (break_length > 0 && is_paragraph_separator_at(text, line_end)) finish();
    line_begin = line_end + (break_length > 0 ? break_length : 1);
  }
  finish();
  return paragraphs;
}

}  // namespace narrate
