#include "article/markdown.h"

#include <algorithm>
#include <cctype>

#include "text/whitespace.h"

namespace narrate {
namespace {
constexpr size_t kMaxLinkBytes = 2048;
}  // namespace

int markdown_heading_level(std::string_view line, size_t& text_start) {
  size_t level = 0;
  while (level < line.size() && line[level] == '#') ++level;
  if (level == 0 || level > 6) return 0;
  if (level < line.size() && line[level] != ' ' && line[level] != '\t') return 0;
  size_t start = level;
  while (start < line.size() && (line[start] == ' ' || line[start] == '\t')) ++start;
  text_start = start;
  return static_cast<int>(level);
}

bool is_markdown_rule(std::string_view line) {
  if (line.size() < 3) return false;
  const char mark = line[0];
  if (mark != '-' && mark != '*' && mark != '_') return false;
  int count = 0;
  for (const char c : line) {
    if (c == mark) {
      ++count;
    } else if (c != ' ') {
      return false;
    }
  }
  return count >= 3;
}

std::string markdown_to_plain(std::string_view markdown) {
  std::string out;
  out.reserve(markdown.size());
  bool line_start = true;
  size_t i = 0;
  while (i < markdown.size()) {
    const char c = markdown[i];
    if (line_start) {
      // Block quote and list markers: "> ", "- ", "* ", "+ ", "1. ".
      size_t j = i;
      while (j < markdown.size() && markdown[j] == ' ') ++j;
      size_t marker = j;
      if (marker < markdown.size() && markdown[marker] == '>') {
        ++marker;
      } else if (marker + 1 < markdown.size() && (markdown[marker] == '-' || markdown[marker] == '*' || markdown[marker] == '+') &&
                 markdown[marker + 1] == ' ') {
        ++marker;
      } else {
        size_t digits = marker;
        while (digits < markdown.size() && std::isdigit(static_cast<unsigned char>(markdown[digits]))) ++digits;
        if (digits > marker && digits + 1 < markdown.size() && (markdown[digits] == '.' || markdown[digits] == ')') &&
            markdown[digits + 1] == ' ') {
          marker = digits + 1;
        }
      }
      if (marker != j) {
        i = marker;
        line_start = false;
        continue;
      }
      line_start = false;
    }
    if (const size_t line_break = line_break_length_at(markdown, i); line_break > 0) {
      out.append(markdown.substr(i, line_break));
      line_start = true;
      i += line_break;
    } else if (c == '\\' && i + 1 < markdown.size() && std::ispunct(static_cast<unsigned char>(markdown[i + 1]))) {
      out += markdown[i + 1];  // an escaped character is itself
      i += 2;
    } else if (c == '*' || c == '`' || (c == '_' && (i == 0 || !std::isalnum(static_cast<unsigned char>(markdown[i - 1])) ||
                                                     i + 1 >= markdown.size() ||
                                                     !std::isalnum(static_cast<unsigned char>(markdown[i + 1]))))) {
      ++i;  // emphasis or code marker (an underscore inside a word is kept)
    } else if ((c == '[' || (c == '!' && i + 1 < markdown.size() && markdown[i + 1] == '['))) {
      // [text](url) or ![alt](url): keep the text, drop the address.
      // The search is bounded so that a flood of brackets stays linear.
      const size_t open = c == '!' ? i + 1 : i;
      const std::string_view window = markdown.substr(0, std::min(markdown.size(), open + kMaxLinkBytes));
      const size_t close = window.find(']', open);
      if (close != std::string_view::npos && close + 1 < window.size() && window[close + 1] == '(') {
        const size_t end = window.find(')', close + 2);
        if (end != std::string_view::npos) {
          out += markdown_to_plain(markdown.substr(open + 1, close - open - 1));
          i = end + 1;
          continue;
        }
      }
      out += c;
      ++i;
    } else {
      out += c;
      ++i;
    }
  }
  return out;
}

}  // namespace narrate
