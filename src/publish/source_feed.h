// The articles of a publication, as `narrate feed` takes them: the items of an RSS 2.0 or
// Atom feed that carry their full text, or the article files of a directory.
#pragma once

#include <string>
#include <vector>

namespace narrate {

struct SourceItem {
  std::string guid;         // the item's identity: guid, Atom id, else its link, else its title and
                            // date, else a hash of its text (never empty)
  std::string title;
  std::string link;
  std::string date;         // YYYY-MM-DD, or "" when the item has none readable
  std::string description;  // the item's summary as plain text (may be "")
  std::string author;
  std::string body;         // the article: HTML (body_is_html) or plain text; or a file's path
  bool body_is_html = false;
  std::string file;         // for a directory's article: its path (body is then empty)
  std::string origin;       // where it is, for messages: "FEED:LINE:COLUMN" or the file's path
};

struct SourceFeed {
  std::string title;
  std::string link;
  std::string description;
  std::string language;
  std::string author;
  std::string image;
  std::vector<SourceItem> items;  // in the source's order
};

// Reads an RSS 2.0 (<rss><channel><item>) or Atom 1.0 (<feed><entry>) feed, `origin`
// naming it in errors. An item's article is RSS content:encoded, else description; Atom
// content, else summary: HTML when the feed says so (RSS always may hold HTML: it is
// taken as HTML when it holds a tag), else text. Throws Error "ORIGIN:LINE:COLUMN: why"
// for XML that is not well-formed or a document that is neither feed.
SourceFeed parse_source_feed(const std::string& xml, const std::string& origin);

// The articles (.txt, .md, .markdown, .html, .htm) directly in `dir`, by file name.
SourceFeed read_source_directory(const std::string& dir);

// "YYYY-MM-DD" from an RFC 822 date ("Tue, 18 Jun 2024 09:00:00 GMT") or an ISO 8601 one
// ("2024-06-18T09:00:00Z"); "" when it is neither.
std::string feed_date(const std::string& text);

}  // namespace narrate
