#include "markdown/front_matter.h"

#include <yaml-cpp/yaml.h>

#include <initializer_list>
#include <optional>
#include <sstream>

#include <toml++/toml.h>

#include "html/entity.h"
#include "text/utf8.h"
#include "text/whitespace.h"

namespace narrate {

namespace {

// A line of `text` starting at `start`: [start, content_end) without its line break,
// `next` the start of the following line.
struct Line {
  size_t start = 0;
  size_t content_end = 0;
  size_t next = 0;
};

Line line_at(std::string_view text, size_t start) {
  Line line{start, text.size(), text.size()};
  const size_t newline = text.find('\n', start);
  if (newline != std::string_view::npos) {
    line.content_end = newline;
    line.next = newline + 1;
  }
  if (line.content_end > start && text[line.content_end - 1] == '\r') --line.content_end;
  return line;
}

// Whether the line is `fence` followed by nothing but spaces and tabs.
bool is_fence(std::string_view text, const Line& line, std::string_view fence) {
  std::string_view content = text.substr(line.start, line.content_end - line.start);
  if (!content.starts_with(fence)) return false;
  return content.find_first_not_of(" \t", fence.size()) == std::string_view::npos;
}

// The value of the `line_index`-th line (0-based) of `block`, which starts at byte
// `block_start` of the file: where `value` is written on it, else the text after the
// key's ':' or '=', else the whole line. Empty when the block has no such line.
std::optional<std::pair<size_t, size_t>> value_on_line(std::string_view text, size_t block_start, size_t block_end,
                                                       size_t line_index, const std::string& value) {
  size_t at = block_start;
  for (size_t k = 0; k < line_index && at < block_end; ++k) at = line_at(text, at).next;
  if (at >= block_end) return std::nullopt;
  const Line line = line_at(text, at);
  const std::string_view content = text.substr(line.start, line.content_end - line.start);
  size_t from = content.find_first_of(":=");  // after the key ("title: title" is a title)
  from = from == std::string_view::npos ? 0 : from + 1;
  if (!value.empty()) {
    const size_t found = content.find(value, from);
    if (found != std::string_view::npos) return std::pair{line.start + found, line.start + found + value.size()};
  }
  from = content.find_first_not_of(" \t", from);
  if (from == std::string_view::npos) return std::pair{line.start, line.content_end};
  size_t to = content.find_last_not_of(" \t") + 1;
  if (to - from >= 2 && (content[from] == '"' || content[from] == '\'') && content[to - 1] == content[from]) {
    ++from;  // inside the quotes
    --to;
  }
  // Only the opening of a value written on the lines below ('"""', '|', '>-').
  if (content.substr(from, to - from).find_first_not_of("\"'|>-+ ") == std::string_view::npos) {
    return std::pair{line.start, line.content_end};
  }
  return std::pair{line.start + from, line.start + to};
}

// `text` with each byte that is not part of well-formed UTF-8 as U+FFFD (yaml-cpp
// makes a lone 0x85 of a NUL).
std::string well_formed(std::string text) {
  for (size_t from = 0;;) {
    const size_t bad = find_invalid_utf8(std::string_view(text).substr(from));
    if (bad == kValidUtf8) return text;
    text.replace(from + bad, 1, "\xEF\xBF\xBD");
    from += bad + 3;
  }
}

// The values as they would be read: "title: >" folds lines, a quoted value may hold
// only spaces, and blogs write titles as HTML ("Rebuilt &mdash; and paid for").
void tidy(DocumentInfo& info) {
  for (std::string* value : {&info.title, &info.author, &info.published, &info.publication}) {
    *value = collapse_whitespace(decode_html_entities(well_formed(std::move(*value))));
  }
}

// --- YAML ---

// How deep a name is looked for ("authors: [{name: X}]" is 3): an alias can make a
// YAML node its own element.
constexpr int kMaxNameDepth = 4;

// A name: a scalar, or a map's "name", or the first of a list of either.
std::string yaml_name(const YAML::Node& node, int depth = 0) {
  if (!node || depth > kMaxNameDepth) return {};
  if (node.IsScalar()) return node.Scalar();
  if (node.IsMap()) return yaml_name(node["name"], depth + 1);
  if (node.IsSequence() && node.size() > 0) return yaml_name(node[0], depth + 1);
  return {};
}

std::string yaml_text(const YAML::Node& node) { return node && node.IsScalar() ? node.Scalar() : std::string(); }

// The first of `keys` whose value `read` makes text of.
template <typename Read>
std::string first_of(const YAML::Node& map, std::initializer_list<const char*> keys, Read read) {
  for (const char* key : keys) {
    std::string value = read(map[key]);
    if (!value.empty()) return value;
  }
  return {};
}

void read_yaml(std::string_view text, size_t content_start, size_t content_end, FrontMatter& out) {
  YAML::Node root;
  try {
    root = YAML::Load(std::string(text.substr(content_start, content_end - content_start)));
  } catch (const YAML::Exception& e) {
    out.error = "invalid YAML: " + e.msg + " at line " + std::to_string(e.mark.line + 2);  // + the fence line
    return;
  }
  if (!root || root.IsNull()) return;
  if (!root.IsMap()) {
    out.error = "YAML that is not a map of keys and values";
    return;
  }
  const YAML::Node& map = root;
  try {
    out.info.title = yaml_text(map["title"]);
    out.info.author = first_of(map, {"author", "authors"}, [](const YAML::Node& node) { return yaml_name(node); });
    out.info.published = first_of(map, {"date", "publishDate", "published"}, yaml_text);
    out.info.publication = first_of(map, {"publication", "site", "publisher"}, [](const YAML::Node& node) { return yaml_name(node); });
    tidy(out.info);
    if (!out.info.title.empty()) {
      const YAML::Mark mark = map["title"].Mark();
      if (const auto range = value_on_line(text, content_start, content_end, mark.line, out.info.title)) {
        out.title_start = range->first;
        out.title_end = range->second;
      }
    }
  } catch (const YAML::Exception& e) {
    out.info = {};
    out.error = "unreadable YAML: " + e.msg;
  }
}

// --- TOML ---

std::string toml_text(const toml::node* node) {
  if (node == nullptr) return {};
  if (const auto* text = node->as_string()) return text->get();
  std::ostringstream written;  // dates and times as TOML writes them
  if (const auto* value = node->as_date_time()) {
    written << *value;
  } else if (const auto* date = node->as_date()) {
    written << *date;
  } else if (const auto* time = node->as_time()) {
    written << *time;
  }
  return written.str();
}

std::string toml_name(const toml::node* node, int depth = 0) {
  if (node == nullptr || depth > kMaxNameDepth) return {};
  if (const auto* text = node->as_string()) return text->get();
  if (const auto* table = node->as_table()) return toml_name(table->get("name"), depth + 1);
  if (const auto* array = node->as_array(); array != nullptr && !array->empty()) return toml_name(array->get(0), depth + 1);
  return {};
}

template <typename Read>
std::string first_of(const toml::table& table, std::initializer_list<const char*> keys, Read read) {
  for (const char* key : keys) {
    std::string value = read(table.get(key));
    if (!value.empty()) return value;
  }
  return {};
}

void read_toml(std::string_view text, size_t content_start, size_t content_end, FrontMatter& out) {
  toml::table table;
  try {
    table = toml::parse(text.substr(content_start, content_end - content_start));
  } catch (const toml::parse_error& e) {
    out.error = "invalid TOML: " + std::string(e.description()) + " at line " +
                std::to_string(e.source().begin.line + 1);
    return;
  }
  out.info.title = toml_text(table.get("title"));
  if (const toml::node* title = table.get("title"); title != nullptr && !title->is_string()) out.info.title.clear();
  out.info.author = first_of(table, {"author", "authors"}, [](const toml::node* node) { return toml_name(node); });
  out.info.published = first_of(table, {"date", "publishDate", "published"}, toml_text);
  out.info.publication = first_of(table, {"publication", "site", "publisher"}, [](const toml::node* node) { return toml_name(node); });
  tidy(out.info);
  if (!out.info.title.empty()) {
    const size_t line = table.get("title")->source().begin.line;
    if (line > 0) {
      if (const auto range = value_on_line(text, content_start, content_end, line - 1, out.info.title)) {
        out.title_start = range->first;
        out.title_end = range->second;
      }
    }
  }
}

}  // namespace

FrontMatter read_front_matter(std::string_view text) {
  FrontMatter out;
  const size_t start = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  out.start = out.end = start;
  const Line opening = line_at(text, start);
  const bool yaml = is_fence(text, opening, "---");
  const bool toml = is_fence(text, opening, "+++");
  if ((!yaml && !toml) || opening.next >= text.size()) return out;

  for (size_t at = opening.next; at < text.size();) {
    const Line line = line_at(text, at);
    if (toml ? is_fence(text, line, "+++") : (is_fence(text, line, "---") || is_fence(text, line, "..."))) {
      out.end = line.next;
      if (yaml) {
        read_yaml(text, opening.next, line.start, out);
      } else {
        read_toml(text, opening.next, line.start, out);
      }
      if (out.info.title.empty() || out.title_end == 0) {
        out.title_start = opening.start;
        out.title_end = opening.content_end;
      }
      return out;
    }
    at = line.next;
  }
  return out;  // never closed: not front matter
}

}  // namespace narrate
