#include "html/json_ld.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "html/dom.h"

namespace narrate::html {
namespace {

using Json = nlohmann::json;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string json_string(const Json& object, const char* key) {
  if (!object.is_object()) return {};
  const auto found = object.find(key);
  if (found == object.end() || !found->is_string()) return {};
  return collapse_whitespace(found->get<std::string>());
}

bool is_article_type(const Json& type) {
  auto is_article_name = [](const std::string& name) {
    const std::string_view n(name);
    const auto ends_with = [&](std::string_view suffix) {
      return n.size() >= suffix.size() && n.substr(n.size() - suffix.size()) == suffix;
    };
    return ends_with("Article") || ends_with("Posting") || n == "Report" || n == "APIReference";
  };
  if (type.is_string()) return is_article_name(type.get<std::string>());
  if (type.is_array()) {
    return std::any_of(type.begin(), type.end(), [&](const Json& t) { return t.is_string() && is_article_name(t); });
  }
  return false;
}

std::string author_names(const Json& author) {
  if (author.is_string()) return collapse_whitespace(author.get<std::string>());
  if (author.is_object()) return json_string(author, "name");
  if (!author.is_array()) return {};
  std::string names;
  for (const Json& one : author) {
    const std::string name = one.is_string() ? collapse_whitespace(one.get<std::string>()) : json_string(one, "name");
    if (name.empty()) continue;
    if (!names.empty()) names += ", ";
    names += name;
  }
  return names;
}

}  // namespace

bool read_json_ld(std::string_view script, JsonLdArticle& article) {
  std::string_view text = script;
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  if (text.substr(0, 9) == "<![CDATA[") text.remove_prefix(9);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  if (text.size() >= 3 && text.substr(text.size() - 3) == "]]>") text.remove_suffix(3);
  try {
    const Json root = Json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (root.is_discarded()) return false;
    std::vector<const Json*> objects;
    auto add_all = [&](const Json& list) {
      for (const Json& item : list) objects.push_back(&item);
    };
    if (root.is_array()) add_all(root);
    if (root.is_object()) {
      objects.push_back(&root);
      const auto graph = root.find("@graph");
      if (graph != root.end() && graph->is_array()) add_all(*graph);
    }
    for (const Json* object : objects) {
      if (!object->is_object()) continue;
      const auto type = object->find("@type");
      if (type == object->end() || !is_article_type(*type)) continue;
      article.headline = json_string(*object, "headline");
      article.name = json_string(*object, "name");
      article.published = json_string(*object, "datePublished");
      const auto author = object->find("author");
      if (author != object->end()) article.author = author_names(*author);
      const auto publisher = object->find("publisher");
      if (publisher != object->end()) article.publisher = json_string(*publisher, "name");
      return true;
    }
  } catch (const std::exception&) {
    // Unexpected shapes are as good as no JSON-LD.
  }
  return false;
}

}  // namespace narrate::html
