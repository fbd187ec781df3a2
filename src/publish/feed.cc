#include "publish/feed.h"

#include <sys/stat.h>

#include <algorithm>
#include <map>
#include <set>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <vector>

#include "publish/xml_reader.h"
#include "publish/xml_text.h"
#include "util/error.h"
#include "util/read_bounded.h"
#include "util/uuid.h"

namespace narrate {
namespace {

constexpr size_t kMaxFeedBytes = size_t{64} << 20;  // a feed of thousands of long items

constexpr std::string_view kItunes = "http://www.itunes.com/dtds/podcast-1.0.dtd";
constexpr std::string_view kPodcast = "https://podcastindex.org/namespace/1.0";
constexpr std::string_view kAtom = "http://www.w3.org/2005/Atom";
// The Podcasting 2.0 namespace's UUID for podcast:guid.
constexpr std::string_view kPodcastGuidNamespace = "ead4c236-bf58-58c6-a2c6-a6b28d128cb6";

XmlName rss(std::string_view local) { return {"", std::string(local), ""}; }
XmlName itunes(std::string_view local) { return {std::string(kItunes), std::string(local), "itunes"}; }
XmlName podcast(std::string_view local) { return {std::string(kPodcast), std::string(local), "podcast"}; }
XmlName atom(std::string_view local) { return {std::string(kAtom), std::string(local), "atom"}; }

XmlNode with_attributes(XmlNode node, std::initializer_list<std::pair<std::string_view, std::string>> attributes) {
  for (const auto& [name, value] : attributes) node.attributes.push_back({{"", std::string(name), ""}, value});
  return node;
}

bool is_element(const XmlNode& node, std::string_view uri, std::string_view local) {
  return node.kind == XmlNode::Kind::element && node.name.is(uri, local);
}

std::string guid_of(const XmlNode& item) {
  const XmlNode* guid = item.child("", "guid");
  return guid ? std::string(trim_xml_space(guid->text_content())) : std::string();
}

long number_of(const XmlNode& item) {
  const XmlNode* episode = item.child(kItunes, "episode");
  return episode ? std::strtol(std::string(trim_xml_space(episode->text_content())).c_str(), nullptr, 10) : 0;
}

// Whether `node` of an earlier feed is one of `written`, narrate's own elements: the
// same name (and for atom:link, the same rel).
bool written_by_narrate(const XmlNode& node, const std::vector<XmlNode>& written) {
  return std::any_of(written.begin(), written.end(), [&](const XmlNode& own) {
    if (!is_element(node, own.name.uri, own.name.local)) return false;
    if (!own.name.is(kAtom, "link")) return true;
    const std::string* rel = node.attribute("", "rel");
    return rel && *rel == *own.attribute("", "rel");
  });
}

XmlNode item_element(const FeedItem& item) {
  XmlNode x = XmlNode::element(rss("item"));
  auto add = [&](XmlNode node) { x.children.push_back(std::move(node)); };
  add(XmlNode::element(rss("title"), item.title));
  add(XmlNode::element(rss("description"), item.description));
  add(with_attributes(XmlNode::element(rss("guid"), item.guid), {{"isPermaLink", "false"}}));
  if (const std::string date = rfc822_date(item.date); !date.empty()) add(XmlNode::element(rss("pubDate"), date));
  add(with_attributes(XmlNode::element(rss("enclosure")),
                      {{"url", item.audio_url}, {"length", std::to_string(item.audio_bytes)}, {"type", item.audio_type}}));
  add(XmlNode::element(itunes("title"), item.title));
  add(XmlNode::element(itunes("duration"), std::to_string(item.duration_seconds)));
  if (item.number > 0) add(XmlNode::element(itunes("episode"), std::to_string(item.number)));
  add(XmlNode::element(itunes("episodeType"), "full"));
  if (!item.chapters_url.empty()) {
    add(with_attributes(XmlNode::element(podcast("chapters")),
                        {{"url", item.chapters_url}, {"type", "application/json+chapters"}}));
  }
  if (!item.transcript_url.empty()) {
    add(with_attributes(XmlNode::element(podcast("transcript")), {{"url", item.transcript_url}, {"type", "text/vtt"}}));
  }
  return x;
}

std::vector<XmlNode> channel_elements(const ShowInfo& show, const XmlNode* earlier) {
  std::vector<XmlNode> x;
  x.push_back(XmlNode::element(rss("title"), show.title));
  x.push_back(XmlNode::element(rss("link"), show.link));
  x.push_back(XmlNode::element(rss("description"), show.description));
  x.push_back(XmlNode::element(rss("language"), show.language));
  x.push_back(XmlNode::element(rss("generator"), "narrate"));
  if (!show.feed_url.empty()) {
    x.push_back(with_attributes(XmlNode::element(atom("link")),
                                {{"href", show.feed_url}, {"rel", "self"}, {"type", "application/rss+xml"}}));
  }
  x.push_back(XmlNode::element(itunes("author"), show.author));
  if (!show.owner_name.empty() || !show.owner_email.empty()) {
    XmlNode owner = XmlNode::element(itunes("owner"));
    if (!show.owner_name.empty()) owner.children.push_back(XmlNode::element(itunes("name"), show.owner_name));
    if (!show.owner_email.empty()) owner.children.push_back(XmlNode::element(itunes("email"), show.owner_email));
    x.push_back(std::move(owner));
  }
  if (!show.image.empty()) x.push_back(with_attributes(XmlNode::element(itunes("image")), {{"href", show.image}}));
  if (!show.category.empty()) {
    x.push_back(with_attributes(XmlNode::element(itunes("category")), {{"text", show.category}}));
  }
  x.push_back(XmlNode::element(itunes("explicit"), show.explicit_content ? "true" : "false"));
  std::string guid = show.guid;
  if (const XmlNode* kept = earlier ? earlier->child(kPodcast, "guid") : nullptr; guid.empty() && kept) {
    guid = trim_xml_space(kept->text_content());
  }
  if (guid.empty() && !show.feed_url.empty()) guid = podcast_guid(show.feed_url);
  if (!guid.empty()) x.push_back(XmlNode::element(podcast("guid"), guid));
  return x;
}

struct SortedItem {
  long number = 0;
  XmlNode item;
};

XmlNode channel_element(const ShowInfo& show, const std::vector<FeedItem>& own_items, const XmlNode* earlier,
                        bool keep_other_items) {
  XmlNode channel = XmlNode::element(rss("channel"));
  channel.children = channel_elements(show, earlier);
  std::vector<SortedItem> items;
  std::map<std::string, size_t> own_by_guid;  // as written (and read back): what XML cannot hold replaced
  for (const FeedItem& item : own_items) {
    own_by_guid.emplace(std::string(trim_xml_space(xml_characters(item.guid))), items.size());
    items.push_back({item.number, item_element(item)});
  }
  if (earlier) {
    channel.namespaces = earlier->namespaces;
    channel.attributes = earlier->attributes;
    const std::vector<XmlNode> own = channel.children;
    std::set<size_t> replaced;
    for (const XmlNode& node : earlier->children) {
      if (node.kind == XmlNode::Kind::text && trim_xml_space(node.text).empty()) continue;  // indent_xml indents anew
      if (is_element(node, "", "item")) {
        const std::string guid = guid_of(node);
        const auto mine = guid.empty() ? own_by_guid.end() : own_by_guid.find(guid);
        if (mine == own_by_guid.end()) {
          if (keep_other_items) items.push_back({number_of(node), node});
        } else if (replaced.insert(mine->second).second) {
          // Narrate's item replaces the earlier one, and keeps what other tools added to it.
          XmlNode& item = items[mine->second].item;
          const std::vector<XmlNode> own_item = item.children;
          for (const XmlNode& child : node.children) {
            if (child.kind == XmlNode::Kind::element && !written_by_narrate(child, own_item)) {
              item.children.push_back(child);
            }
          }
        }
      } else if (!written_by_narrate(node, own)) {
        channel.children.push_back(node);
      }
    }
  }
  std::stable_sort(items.begin(), items.end(), [](const SortedItem& a, const SortedItem& b) { return a.number > b.number; });
  for (SortedItem& sorted : items) channel.children.push_back(std::move(sorted.item));
  return channel;
}

// The root's namespace declarations: narrate's prefixes for its namespaces, then the
// earlier root's other declarations.
std::vector<std::pair<std::string, std::string>> root_namespaces(const XmlNode* earlier) {
  std::vector<std::pair<std::string, std::string>> all = {
      {"itunes", std::string(kItunes)}, {"podcast", std::string(kPodcast)}, {"atom", std::string(kAtom)}};
  if (!earlier) return all;
  const size_t own = all.size();
  for (const auto& declaration : earlier->namespaces) {
    if (std::none_of(all.begin(), all.begin() + own, [&](const auto& o) { return o.first == declaration.first; })) {
      all.push_back(declaration);
    }
  }
  return all;
}

}  // namespace

std::string rfc822_date(const std::string& date) {
  std::tm tm{};
  if (std::sscanf(date.c_str(), "%d-%d-%d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday) != 3) return {};
  tm.tm_year -= 1900;
  tm.tm_mon -= 1;
  const time_t seconds = timegm(&tm);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  static constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char text[64];
  std::snprintf(text, sizeof text, "%s, %02d %s %04d 00:00:00 +0000", kDays[utc.tm_wday], utc.tm_mday,
                kMonths[utc.tm_mon], utc.tm_year + 1900);
  return text;
}

XmlDocument read_feed(const std::string& path) {
  struct stat info {};
  if (stat(path.c_str(), &info) != 0 && errno == ENOENT) return {};  // a new feed
  return parse_feed(read_bounded(path, kMaxFeedBytes, "a feed"), path);
}

XmlDocument parse_feed(std::string_view xml, const std::string& origin) {
  if (trim_xml_space(xml).empty()) return {};
  XmlDocument document = parse_xml(xml, origin);
  const XmlNode& root = *document.root();  // parse_xml finds one, or throws
  const std::string where = origin + ":" + std::to_string(root.line) + ":" + std::to_string(root.column) + ": ";
  if (!root.name.is("", "rss")) {
    const std::string name = root.name.prefix.empty() ? root.name.local : root.name.prefix + ":" + root.name.local;
    throw Error(where + "not an RSS feed: the root element is <" + name + ">, not <rss>");
  }
  if (!root.child("", "channel")) throw Error(where + "not an RSS feed: <rss> has no <channel>");
  return document;
}

std::string build_feed(const ShowInfo& show, const FeedItem& item, const XmlDocument& earlier) {
  return build_feed(show, std::vector<FeedItem>{item}, earlier, true);
}

std::string build_feed(const ShowInfo& show, const std::vector<FeedItem>& items, const XmlDocument& earlier,
                       bool keep_other_items) {
  const XmlNode* earlier_root = earlier.root();
  XmlDocument feed;
  XmlNode root = XmlNode::element(rss("rss"));
  root.attributes.push_back({rss("version"), "2.0"});
  root.namespaces = root_namespaces(earlier_root);
  const XmlNode* earlier_channel = earlier_root ? earlier_root->child("", "channel") : nullptr;
  root.children.push_back(channel_element(show, items, earlier_channel, keep_other_items));
  if (earlier_root) {
    for (const XmlAttribute& attribute : earlier_root->attributes) {
      if (!attribute.name.is("", "version")) root.attributes.push_back(attribute);
    }
    for (const XmlNode& node : earlier_root->children) {
      if (&node == earlier_channel || (node.kind == XmlNode::Kind::text && trim_xml_space(node.text).empty())) continue;
      root.children.push_back(node);
    }
  }
  indent_xml(root, 0);
  for (const XmlNode& node : earlier.nodes) {
    feed.nodes.push_back(&node == earlier_root ? std::move(root) : node);
  }
  if (!earlier_root) feed.nodes.push_back(std::move(root));
  return format_xml(feed);
}

std::string episode_guid(const ShowInfo& show, const EpisodeInfo& episode) {
  if (!episode.guid.empty()) return episode.guid;
  const std::string show_identity = !show.guid.empty()      ? "guid " + show.guid
                                    : !show.feed_url.empty() ? "feed " + podcast_guid(show.feed_url)
                                                             : "title " + show.title;
  const std::string episode_identity = episode.number > 0 ? "number " + std::to_string(episode.number)
                                                          : "title " + episode.title + "\ndate " + episode.date;
  return uuid_v5(kPodcastGuidNamespace, "narrate episode\n" + show_identity + "\n" + episode_identity);
}

std::string podcast_guid(std::string_view feed_url) {
  std::string_view url = trim_xml_space(feed_url);
  if (const size_t scheme = url.find("://"); scheme != std::string_view::npos) {
    const std::string_view name = url.substr(0, scheme);
    const bool is_scheme = !name.empty() && std::isalpha(static_cast<unsigned char>(name[0])) &&
                           std::all_of(name.begin(), name.end(), [](char c) {
                             return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
                           });
    if (is_scheme) url.remove_prefix(scheme + 3);
  }
  while (url.ends_with('/')) url.remove_suffix(1);
  return uuid_v5(kPodcastGuidNamespace, url);
}

}  // namespace narrate
