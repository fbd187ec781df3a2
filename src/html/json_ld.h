// JSON-LD: the schema.org description of an article that pages put in
// <script type="application/ld+json">, read with nlohmann::json.
#pragma once

#include <string>
#include <string_view>

namespace narrate::html {

// What JSON-LD says about an article ("" for what it does not say), whitespace collapsed.
struct JsonLdArticle {
  std::string headline;
  std::string name;
  std::string author;     // "Ann Lee, Bo Chen": the names of one author or several
  std::string published;  // datePublished, as written
  std::string publisher;  // publisher.name
};

// Reads the first object of `script` (the text of a JSON-LD script; a CDATA wrapper is
// allowed) whose @type is an article (NewsArticle, BlogPosting, Report, ...): the object
// itself, an item of a top-level array, or an item of its @graph. Returns false, and
// leaves `article` alone, when there is none or the text is not JSON: never throws.
bool read_json_ld(std::string_view script, JsonLdArticle& article);

}  // namespace narrate::html
