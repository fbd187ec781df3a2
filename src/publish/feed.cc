#include "publish/feed.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace narrate {
namespace {

// The text of the first <name ...>...</name> in `xml`, or empty.
std::string element_text(std::string_view xml, std::string_view name) {
  const size_t open = xml.find("<" + std::string(name));
  if (open == std::string_view::npos) return {};
  const size_t start = xml.find('>', open);
  const size_t end = xml.find("</" + std::string(name) + ">", start);
  if (start == std::string_view::npos || end == std::string_view::npos) return {};
  return std::string(xml.substr(start + 1, end - start - 1));
}

struct KeptItem {
  int number = 0;
  std::string xml;
};

std::string item_xml(const FeedItem& item) {
  std::string x = "    <item>\n";
  x += "      <title>" + xml_escape(item.title) + "</title>\n";
  x += "      <description>" + xml_escape(item.description) + "</description>\n";
  x += "      <guid isPermaLink=\"false\">" + xml_escape(item.guid) + "</guid>\n";
  x += "      <pubDate>" + rfc822_date(item.date) + "</pubDate>\n";
  x += "      <enclosure url=\"" + xml_escape(item.audio_url) + "\" length=\"" + std::to_string(item.audio_bytes) +
       "\" type=\"" + item.audio_type + "\"/>\n";
  x += "      <itunes:title>" + xml_escape(item.title) + "</itunes:title>\n";
  x += "      <itunes:duration>" + std::to_string(item.duration_seconds) + "</itunes:duration>\n";
  x += "      <itunes:episode>" + std::to_string(item.number) + "</itunes:episode>\n";
  x += "      <itunes:episodeType>full</itunes:episodeType>\n";
  if (!item.chapters_url.empty()) {
    x += "      <podcast:chapters url=\"" + xml_escape(item.chapters_url) + "\" type=\"application/json+chapters\"/>\n";
  }
  if (!item.transcript_url.empty()) {
    x += "      <podcast:transcript url=\"" + xml_escape(item.transcript_url) + "\" type=\"text/vtt\"/>\n";
  }
  x += "    </item>\n";
  return x;
}

}  // namespace

std::string xml_escape(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default: out += c;
    }
  }
  return out;
}

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

std::string build_feed(const ShowInfo& show, const FeedItem& item, std::string_view existing) {
  std::vector<KeptItem> items{{item.number, item_xml(item)}};
  size_t at = 0;
  while ((at = existing.find("<item>", at)) != std::string_view::npos) {
    const size_t end = existing.find("</item>", at);
    if (end == std::string_view::npos) break;
    const std::string_view block = existing.substr(at, end + 7 - at);
    at = end + 7;
    if (element_text(block, "guid") == xml_escape(item.guid)) continue;  // replaced by the new item
    const std::string number = element_text(block, "itunes:episode");
    items.push_back({number.empty() ? 0 : std::atoi(number.c_str()), "    " + std::string(block) + "\n"});
  }
  std::stable_sort(items.begin(), items.end(), [](const KeptItem& a, const KeptItem& b) { return a.number > b.number; });

  std::string x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  x += "<rss version=\"2.0\" xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\" "
       "xmlns:podcast=\"https://podcastindex.org/namespace/1.0\">\n";
  x += "  <channel>\n";
  x += "    <title>" + xml_escape(show.title) + "</title>\n";
  x += "    <link>" + xml_escape(show.link) + "</link>\n";
  x += "    <description>" + xml_escape(show.description) + "</description>\n";
  x += "    <language>" + xml_escape(show.language) + "</language>\n";
  x += "    <generator>narrate</generator>\n";
  x += "    <itunes:author>" + xml_escape(show.author) + "</itunes:author>\n";
  if (!show.image.empty()) x += "    <itunes:image href=\"" + xml_escape(show.image) + "\"/>\n";
  if (!show.category.empty()) x += "    <itunes:category text=\"" + xml_escape(show.category) + "\"/>\n";
  x += std::string("    <itunes:explicit>") + (show.explicit_content ? "true" : "false") + "</itunes:explicit>\n";
  for (const KeptItem& kept : items) x += kept.xml;
  x += "  </channel>\n</rss>\n";
  return x;
}

}  // namespace narrate
