// Front matter: the metadata block at the very start of a Markdown file, as static
// site generators (Jekyll, Hugo, Eleventy) write it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "document/document.h"

namespace narrate {

struct FrontMatter {
  // The bytes of the whole block, both fence lines and the closing line's break
  // included; start == end when `text` has no front matter. (start is 3 when the
  // file begins with a UTF-8 byte order mark.)
  size_t start = 0;
  size_t end = 0;
  // What it says: title; author, else the first of authors (a name, or a map's "name");
  // date, else publishDate, else published (as written); publication, else site,
  // else publisher. Values that are not text (a list where a name should be) are
  // left out.
  DocumentInfo info;
  // Where the title's value is written: [title_start, title_end) holds `info.title`
  // as written in the file (inside its quotes) when it can be found there; otherwise
  // the title's line, or the block's first line.
  size_t title_start = 0;
  size_t title_end = 0;
  // Empty, or why the block could not be read ("invalid YAML: ... at line 3"): then
  // `info` is empty, but the block is front matter all the same (not article text).
  std::string error;
};

// The front matter at the start of `text`: YAML between a first line "---" and a line
// "---" or "...", or TOML between two lines "+++" (a fence line may end in spaces, and
// lines in CRLF). An opening fence without a closing one is no front matter: the
// Markdown reader sees a thematic break. Never throws for any content.
FrontMatter read_front_matter(std::string_view text);

}  // namespace narrate
