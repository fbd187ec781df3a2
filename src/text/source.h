// Source: the article's bytes, checked to be UTF-8 text, with a way back from a byte
// offset to the line and column a person sees in an editor.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "text/offset_map.h"

namespace narrate {

// A 1-based line and column; the column counts code points, not bytes. Lines end at
// every line break of line_break_length_at (LF, U+0085, U+2028, U+2029).
struct Location {
  size_t line = 1;
  size_t column = 1;
};

class Source {
 public:
  // Reads the file at `path` ("-" reads standard input, named "<stdin>").
  // Throws Error when the file cannot be read, or is not UTF-8 text (invalid UTF-8,
  // UTF-16, NUL bytes): the message names "PATH:LINE:COLUMN" of the first bad byte; or
  // is larger than kMaxArticleBytes.
  static Source load(const std::string& path);
  static constexpr size_t kMaxArticleBytes = size_t{128} << 20;

  // The same checks on text already in memory; `name` stands for the path in messages.
  static Source from_text(std::string name, std::string text);

  // A text read out of a structured file (a web page, Markdown): `text` is what is read,
  // `file` the file itself (its name and UTF-8 text, checked by from_text, taken over
  // here), `map` leads from offsets in `text` to offsets in the file's text, and
  // `original`, when given, from an offset in the file's text (which it is handed) to the
  // bytes on disk (a page converted from another charset).
  using OriginalOffset = std::function<size_t(std::string_view file, size_t offset)>;
  static Source from_reading(Source file, std::string text, OffsetMap map, OriginalOffset original = {});

  const std::string& name() const { return name_; }
  std::string_view text() const { return text_; }

  // Line and column in the file of the byte at text offset `offset` (offset == size()
  // gives the end position).
  Location locate(size_t offset) const;

  // Byte offsets in the file as it is on disk: where the text at `offset` starts, and
  // where text ending just before `offset` ends. The identity for plain text.
  size_t file_start(size_t offset) const;
  size_t file_end(size_t offset) const;

  // "NAME:LINE:COLUMN", the prefix of every message that points into this source.
  std::string where(size_t offset) const;

 private:
  Source(std::string name, std::string text) : name_(std::move(name)), text_(std::move(text)) {}

  std::string name_;
  std::string text_;
  std::string file_;  // empty unless the text was read out of a structured file
  OffsetMap map_;
  OriginalOffset original_;
};

}  // namespace narrate
