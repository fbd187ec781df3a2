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
    size_t line_end = text.find('\n', line_begin);
    if (line_end == std::string_view::npos) line_end = text.size();
    size_t first = line_begin, last = line_end;
    if (trim_blanks(text, first, last)) {
      current.lines.push_back({first, last});
    } else {
      finish();
    }
    line_begin = line_end + 1;
  }
  finish();
  return paragraphs;
}

}  // namespace narrate
