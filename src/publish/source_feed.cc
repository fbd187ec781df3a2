#include "publish/source_feed.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string_view>

#include "html/dom.h"
#include "publish/xml_reader.h"
#include "publish/xml_text.h"
#include "publish/xml_tree.h"
#include "util/error.h"
#include "text/whitespace.h"
#include "util/strings.h"

namespace narrate {
namespace {

constexpr std::string_view kAtom = "http://www.w3.org/2005/Atom";
constexpr std::string_view kContent = "http://purl.org/rss/1.0/modules/content/";
constexpr std::string_view kDublinCore = "http://purl.org/dc/elements/1.1/";
constexpr std::string_view kItunes = "http://www.itunes.com/dtds/podcast-1.0.dtd";

std::string trimmed_text(const XmlNode* node) {
  return node == nullptr ? std::string() : std::string(trim_xml_space(node->text_content()));
}

std::string where(const std::string& origin, const XmlNode& node) {
  return origin + ":" + std::to_string(node.line) + ":" + std::to_string(node.column);
}

// Whether `text` holds an HTML tag ("<p>", "</a>", "<br/>"): RSS does not say whether a
// description is HTML, and most are.
bool holds_tag(std::string_view text) {
  for (size_t at = text.find('<'); at != std::string_view::npos && at + 1 < text.size(); at = text.find('<', at + 1)) {
    const char next = text[at + 1];
    if (std::isalpha(static_cast<unsigned char>(next)) || next == '/' || next == '!') return true;
  }
  return false;
}

// Plain text of a summary that may be HTML, read with the HTML parser: what a reader sees,
// a space where each element starts, blanks collapsed; "" for markup nested too deep to
// parse. (Only for the feed's description, never spoken: the article itself goes through
// the page reader.)
std::string summary_text(const std::string& text) {
  try {
    const html::Page page(text);
    if (page.body() < 0) return {};
    std::string out;
    html::visit_visible_nodes(page, page.body(), [&](const GumboNode& node) {
      if (node.type == GUMBO_NODE_ELEMENT) out += ' ';
      else out += node.v.text.text;
      return true;
    });
    return collapse_whitespace(out);
  } catch (const Error&) {
    return {};
  }
}

// The item's identity: its own, else its link, else its title and date, else its text.
std::string guid_for(std::string guid, const SourceItem& item) {
  if (!guid.empty()) return guid;
  if (!item.link.empty()) return item.link;
  if (!item.title.empty()) return item.title + " " + item.date;
  return "text " + hex64(stable_hash(item.body));
}

SourceItem rss_item(const XmlNode& node, const std::string& origin) {
  SourceItem item;
  item.origin = where(origin, node);
  item.title = trimmed_text(node.child("", "title"));
  item.link = trimmed_text(node.child("", "link"));
  std::string date = trimmed_text(node.child("", "pubDate"));
  if (date.empty()) date = trimmed_text(node.child(kDublinCore, "date"));
  item.date = feed_date(date);
  item.author = trimmed_text(node.child(kDublinCore, "creator"));
  if (item.author.empty()) item.author = trimmed_text(node.child(kItunes, "author"));
  const std::string description = trimmed_text(node.child("", "description"));
  item.description = summary_text(description);
  const std::string content = trimmed_text(node.child(kContent, "encoded"));
  item.body = content.empty() ? description : content;
  item.body_is_html = holds_tag(item.body);
  item.guid = guid_for(trimmed_text(node.child("", "guid")), item);
  return item;
}

const XmlNode* atom_link(const XmlNode& entry) {
  const XmlNode* fallback = nullptr;
  for (const XmlNode& child : entry.children) {
    if (child.kind != XmlNode::Kind::element || !child.name.is(kAtom, "link")) continue;
    const std::string* rel = child.attribute("", "rel");
    if (rel == nullptr || *rel == "alternate") return &child;
    if (fallback == nullptr) fallback = &child;
  }
  return fallback;
}

SourceItem atom_entry(const XmlNode& node, const std::string& origin) {
  SourceItem item;
  item.origin = where(origin, node);
  item.title = trimmed_text(node.child(kAtom, "title"));
  if (const XmlNode* link = atom_link(node)) {
    if (const std::string* href = link->attribute("", "href")) item.link = *href;
  }
  std::string date = trimmed_text(node.child(kAtom, "published"));
  if (date.empty()) date = trimmed_text(node.child(kAtom, "updated"));
  item.date = feed_date(date);
  if (const XmlNode* author = node.child(kAtom, "author")) item.author = trimmed_text(author->child(kAtom, "name"));
  const XmlNode* summary = node.child(kAtom, "summary");
  const XmlNode* content = node.child(kAtom, "content");
  const XmlNode* body = content != nullptr && !trimmed_text(content).empty() ? content : summary;
  if (body != nullptr) {
    const std::string* type = body->attribute("", "type");
    item.body = trimmed_text(body);
    item.body_is_html = type != nullptr && (*type == "html" || *type == "xhtml" || *type == "text/html");
  }
  if (summary != nullptr) {
    const std::string* type = summary->attribute("", "type");
    const std::string text = trimmed_text(summary);
    item.description = type != nullptr && *type == "html" ? summary_text(text) : collapse_whitespace(text);
  }
  item.guid = guid_for(trimmed_text(node.child(kAtom, "id")), item);
  return item;
}

}  // namespace

std::string feed_date(const std::string& text) {
  static constexpr const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                            "jul", "aug", "sep", "oct", "nov", "dec"};
  int year = 0, month = 0, day = 0;
  char rest = 0;
  if (std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &year, &month, &day, &rest) >= 3) {
    // ISO 8601
  } else {
    // RFC 822: "[Day, ]DD Mon YYYY ..."
    const size_t comma = text.find(',');
    const std::string after = comma == std::string::npos ? text : text.substr(comma + 1);
    char name[16] = {};
    if (std::sscanf(after.c_str(), "%d %15s %d", &day, name, &year) != 3) return {};
    const std::string lower = ascii_lowercase(std::string(name).substr(0, 3));
    const auto found = std::find(std::begin(kMonths), std::end(kMonths), lower);
    if (found == std::end(kMonths)) return {};
    month = static_cast<int>(found - std::begin(kMonths)) + 1;
    if (year < 100) year += year < 70 ? 2000 : 1900;
  }
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return {};
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02d-%02d", year, month, day);
  return out;
}

SourceFeed parse_source_feed(const std::string& xml, const std::string& origin) {
  const XmlDocument document = parse_xml(xml, origin);
  const XmlNode& root = *document.root();
  SourceFeed feed;
  if (root.name.is("", "rss") || root.name.local == "RDF") {
    const XmlNode* channel = root.child("", "channel");
    if (root.name.is("", "rss") && channel == nullptr) throw Error(where(origin, root) + ": not a feed: <rss> has no <channel>");
    if (channel != nullptr) {
      feed.title = trimmed_text(channel->child("", "title"));
      feed.link = trimmed_text(channel->child("", "link"));
      feed.description = summary_text(trimmed_text(channel->child("", "description")));
      feed.language = trimmed_text(channel->child("", "language"));
      feed.author = trimmed_text(channel->child(kItunes, "author"));
      if (const XmlNode* image = channel->child("", "image")) feed.image = trimmed_text(image->child("", "url"));
    }
    const XmlNode& holder = channel != nullptr ? *channel : root;
    for (const XmlNode& child : holder.children) {
      if (child.kind == XmlNode::Kind::element && child.name.local == "item") feed.items.push_back(rss_item(child, origin));
    }
    return feed;
  }
  if (root.name.is(kAtom, "feed")) {
    feed.title = trimmed_text(root.child(kAtom, "title"));
    if (const XmlNode* link = atom_link(root)) {
      if (const std::string* href = link->attribute("", "href")) feed.link = *href;
    }
    feed.description = collapse_whitespace(trimmed_text(root.child(kAtom, "subtitle")));
    if (const std::string* language = root.attribute("http://www.w3.org/XML/1998/namespace", "lang")) feed.language = *language;
    if (const XmlNode* author = root.child(kAtom, "author")) feed.author = trimmed_text(author->child(kAtom, "name"));
    feed.image = trimmed_text(root.child(kAtom, "logo"));
    for (const XmlNode& child : root.children) {
      if (child.kind == XmlNode::Kind::element && child.name.is(kAtom, "entry")) feed.items.push_back(atom_entry(child, origin));
    }
    return feed;
  }
  const std::string name = root.name.prefix.empty() ? root.name.local : root.name.prefix + ":" + root.name.local;
  throw Error(where(origin, root) + ": not an RSS or Atom feed: the root element is <" + name + ">");
}

SourceFeed read_source_directory(const std::string& dir) {
  namespace fs = std::filesystem;
  SourceFeed feed;
  feed.title = fs::path(dir).filename().string();
  if (feed.title.empty()) feed.title = fs::path(dir).parent_path().filename().string();
  std::vector<fs::path> files;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string extension = ascii_lowercase(it->path().extension().string());
    const bool article = extension == ".txt" || extension == ".md" || extension == ".markdown" || extension == ".html" ||
                         extension == ".htm";
    if (article && it->is_regular_file(ec)) files.push_back(it->path());
  }
  if (ec) throw Error(system_error_message("cannot read", dir, ec.value()));
  std::sort(files.begin(), files.end());
  for (const fs::path& path : files) {
    SourceItem item;
    item.file = path.string();
    item.origin = path.string();
    item.guid = "file:" + path.filename().string();
    item.title = path.stem().string();  // until the article says better
    feed.items.push_back(std::move(item));
  }
  return feed;
}

}  // namespace narrate
