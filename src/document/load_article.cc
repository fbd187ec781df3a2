#include "document/load_article.h"

#include <filesystem>

#include "markdown/markdown_reader.h"
#include "util/read_bounded.h"
#include "util/strings.h"

namespace narrate {
namespace {

// Whether `bytes` opens like an HTML document.
bool looks_like_html(std::string_view bytes) {
  size_t i = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r')) ++i;
  const std::string head = ascii_lowercase(bytes.substr(i, 14));
  return head.starts_with("<!doctype html") || head.starts_with("<html");
}

}  // namespace

ArticleFormat format_of_path(const std::string& path) {
  const std::string extension = ascii_lowercase(std::filesystem::path(path).extension().string());
  if (extension == ".md" || extension == ".markdown") return ArticleFormat::markdown;
  if (extension == ".html" || extension == ".htm" || extension == ".xhtml" || extension == ".shtml") return ArticleFormat::html;
  return ArticleFormat::automatic;
}

ReadingText load_article(const std::string& path, ArticleFormat format) {
  if (format == ArticleFormat::automatic) format = format_of_path(path);
  // Reading stops at a NUL byte (a binary file, or /dev/zero): Source says where.
  std::string bytes = read_bounded(path, Source::kMaxArticleBytes, "an article", true);
  if (format == ArticleFormat::automatic) format = looks_like_html(bytes) ? ArticleFormat::html : ArticleFormat::text;
  const std::string name = path == "-" ? "<stdin>" : path;
  Source source = Source::from_text(name, std::move(bytes));
  if (format == ArticleFormat::markdown) {
    const Document document = read_markdown(source.text());
    return read_document(name, std::string(source.text()), document);
  }
  return plain_reading(std::move(source));
}

}  // namespace narrate
