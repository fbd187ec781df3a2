// Loading an article from a file in any of the formats narrate reads.
#pragma once

#include <string>

#include "document/reading_text.h"

namespace narrate {

enum class ArticleFormat { automatic, text, markdown, html };

// The format a path's extension names: .md and .markdown are Markdown; .html, .htm,
// .xhtml and .shtml a web page; anything else (and "-") automatic.
ArticleFormat format_of_path(const std::string& path);

// Reads the article at `path` ("-" for standard input) in `format`; automatic takes the
// path's extension, and otherwise reads a file that starts (after blanks and a byte
// order mark) with "<!DOCTYPE html" or "<html" as a web page and anything else as text.
// A web page is converted from the charset it declares; a page whose bytes are not valid
// in that charset but are valid UTF-8 (a page labelled with a charset it was not saved
// in) is read as UTF-8.
// Throws Error, naming PATH:LINE:COLUMN where it can, for an unreadable file, text that
// is not valid in its encoding, a charset narrate cannot read, or a page with no article.
ReadingText load_article(const std::string& path, ArticleFormat format);

// The same for an article already in memory (`bytes`, at most Source::kMaxArticleBytes),
// named `name` in errors; automatic here means by the bytes' start only.
ReadingText read_article(const std::string& name, std::string bytes, ArticleFormat format);

}  // namespace narrate
