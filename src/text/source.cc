#include "text/source.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>

#include "text/utf8.h"
#include "text/whitespace.h"
#include "util/error.h"
#include "util/read_bounded.h"

namespace narrate {
namespace {

bool starts_with_utf16_bom(std::string_view text) {
  return text.size() >= 2 && ((text[0] == '\xFF' && text[1] == '\xFE') ||
                              (text[0] == '\xFE' && text[1] == '\xFF'));
}

}  // namespace

Source Source::load(const std::string& path) {
  // Reading stops at a NUL byte (a binary file, or /dev/zero): from_text says where.
  std::string bytes = read_bounded(path, kMaxArticleBytes, "an article", true);
  return from_text(path == "-" ? "<stdin>" : path, std::move(bytes));
}

Source Source::from_text(std::string name, std::string text) {
  Source source(std::move(name), std::move(text));
  const std::string_view bytes = source.text_;
  if (starts_with_utf16_bom(bytes)) {
    throw Error(source.where(0) + ": the file is UTF-16; narrate reads UTF-8 text");
  }
  const size_t invalid = find_invalid_utf8(bytes);
  if (invalid != kValidUtf8) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(bytes[invalid]));
    throw Error(source.where(invalid) + ": invalid UTF-8 (byte " + hex + ")");
  }
  const size_t nul = bytes.find('\0');
  if (nul != std::string_view::npos) {
    throw Error(source.where(nul) + ": NUL byte; this looks like a binary file, not text");
  }
  return source;
}

Source Source::from_reading(Source file, std::string text, OffsetMap map, OriginalOffset original) {
  Source source(std::move(file.name_), std::move(text));
  source.file_ = std::move(file.text_);
  source.map_ = std::move(map);
  source.original_ = std::move(original);
  return source;
}

size_t Source::file_start(size_t offset) const {
  if (file_.empty()) return offset;
  const size_t in_file = map_.file_start(offset);
  return original_ ? original_(file_, in_file) : in_file;
}

size_t Source::file_end(size_t offset) const {
  if (file_.empty()) return offset;
  const size_t in_file = map_.file_end(offset);
  return original_ ? original_(file_, in_file) : in_file;
}

Location Source::locate(size_t offset) const {
  const std::string_view text = file_.empty() ? std::string_view(text_) : std::string_view(file_);
  if (!file_.empty()) offset = map_.file_start(offset);
  Location location;
  size_t line_start = 0;
  const size_t end = offset < text.size() ? offset : text.size();
  for (size_t i = 0; i < end;) {
    const size_t line_break = line_break_length_at(text, i);
    if (line_break == 0) {
      ++i;
      continue;
    }
    ++location.line;
    i += line_break;
    line_start = i;
  }
  // Count the code points before `offset` on its line; a partial sequence counts once.
  size_t column = 1;
  for (size_t i = line_start; i < end; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
  }
  location.column = column;
  return location;
}

std::string Source::where(size_t offset) const {
  const Location location = locate(offset);
  return name_ + ":" + std::to_string(location.line) + ":" + std::to_string(location.column);
}

}  // namespace narrate
