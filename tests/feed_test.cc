// The RSS feed: an earlier feed read with an XML parser and all narrate does not write
// kept, the channel podcast directories expect, and text that is always well-formed.
#include <doctest/doctest.h>

#include <expat.h>

#include <map>
#include <string>
#include <vector>

#include "publish/feed.h"
#include "publish/manifest.h"
#include "test_support.h"
#include "util/error.h"

using namespace narrate;

namespace {

const std::string kItunes = "http://www.itunes.com/dtds/podcast-1.0.dtd ";
const std::string kPodcast = "https://podcastindex.org/namespace/1.0 ";
const std::string kAtom = "http://www.w3.org/2005/Atom ";
const std::string kGooglePlay = "http://www.google.com/schemas/play-podcasts/1.0";
const std::string kContent = "http://purl.org/rss/1.0/modules/content/";

// An element as expat reads it with namespaces, independently of narrate's own reader.
// Names are "NAMESPACE local", or "local" in no namespace.
struct Element {
  std::string name;
  std::map<std::string, std::string> attributes;
  std::map<std::string, std::string> namespaces;  // declared on the element: prefix → namespace
  std::string text;                               // its own character data, CDATA included
  std::vector<Element> children;

  std::vector<const Element*> all(const std::string& child) const {
    std::vector<const Element*> found;
    for (const Element& e : children) {
      if (e.name == child) found.push_back(&e);
    }
    return found;
  }
  const Element& at(const std::string& child) const {
    static const Element none;
    const auto found = all(child);
    CHECK_MESSAGE(found.size() == 1, "expected one <" << child << "> in <" << name << ">, found " << found.size());
    return found.empty() ? none : *found.front();
  }
};

struct Reading {
  Element root;
  std::vector<Element*> open;
  std::map<std::string, std::string> declared;
};

// The feed as expat reads it. Every feed these tests write goes through here: expat
// must accept it.
Element read_back(const std::string& xml) {
  Reading reading;
  XML_Parser parser = XML_ParserCreateNS(nullptr, ' ');
  XML_SetUserData(parser, &reading);
  XML_SetNamespaceDeclHandler(
      parser,
      [](void* data, const XML_Char* prefix, const XML_Char* uri) {
        static_cast<Reading*>(data)->declared[prefix ? prefix : ""] = uri ? uri : "";
      },
      nullptr);
  XML_SetElementHandler(
      parser,
      [](void* data, const XML_Char* name, const XML_Char** attributes) {
        Reading& r = *static_cast<Reading*>(data);
        Element e;
        e.name = name;
        e.namespaces = std::move(r.declared);
        r.declared.clear();
        for (const XML_Char** a = attributes; *a; a += 2) e.attributes[a[0]] = a[1];
        if (r.open.empty()) {
          r.root = std::move(e);
          r.open.push_back(&r.root);
        } else {
          r.open.back()->children.push_back(std::move(e));
          r.open.push_back(&r.open.back()->children.back());
        }
      },
      [](void* data, const XML_Char*) { static_cast<Reading*>(data)->open.pop_back(); });
  XML_SetCharacterDataHandler(parser, [](void* data, const XML_Char* text, int length) {
    static_cast<Reading*>(data)->open.back()->text.append(text, length);
  });
  const bool ok = XML_Parse(parser, xml.data(), static_cast<int>(xml.size()), 1) == XML_STATUS_OK;
  CHECK_MESSAGE(ok, "expat rejects the feed at " << XML_GetCurrentLineNumber(parser) << ":"
                                                  << XML_GetCurrentColumnNumber(parser) + 1 << ": "
                                                  << XML_ErrorString(XML_GetErrorCode(parser)) << "\n" << xml);
  XML_ParserFree(parser);
  return ok ? reading.root : Element{};
}

ShowInfo test_show() {
  ShowInfo show;
  show.title = "Test Desk";
  show.author = "Tests";
  show.description = "Short news";
  show.link = "https://example.org/";
  show.base_url = "https://example.org/e/";
  return show;
}

FeedItem episode(int number) {
  const std::string n = std::to_string(number);
  return FeedItem{.title = "Episode " + n,
                  .description = "News " + n,
                  .guid = "Test Desk #" + n,
                  .date = "2024-06-1" + n,
                  .number = number,
                  .audio_url = "https://example.org/e/ep" + n + ".mp3",
                  .audio_bytes = 1000 * number,
                  .duration_seconds = 60,
                  .chapters_url = "https://example.org/e/ep" + n + ".chapters.json",
                  .transcript_url = "https://example.org/e/ep" + n + ".vtt"};
}

// The feed after narrate adds `item` to the feed text `earlier` (empty: a new feed).
std::string add_to(const std::string& earlier, const FeedItem& item, const ShowInfo& show = test_show()) {
  return build_feed(show, item, parse_feed(earlier, "feed.xml"));
}

std::vector<std::string> guids(const Element& rss) {
  std::vector<std::string> all;
  for (const Element* item : rss.at("channel").all("item")) all.push_back(item->at("guid").text);
  return all;
}

// A manifest with these [show] lines, its one story from samples/.
EpisodeManifest manifest_with(const std::string& show_lines, const std::string& episode_lines = "title = \"E\"\n") {
  return parse_manifest("[show]\n" + show_lines + "\n[episode]\n" + episode_lines + "\n[[stories]]\nfile = \"" +
                            test::source_path("samples/river-cleanup.txt") + "\"\n",
                        "show.toml", /*allow_outside=*/true);
}

}  // namespace

TEST_CASE("feed: earlier items written as <item > or with a line break before > are kept, newest episode first") {
  const std::string earlier = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
<channel><title>Test Desk</title>
<item ><title>Episode 3</title><guid isPermaLink="false">Test Desk #3</guid><itunes:episode>3</itunes:episode></item>
<item
  ><title>Episode 1</title><guid isPermaLink="false">Test Desk #1</guid><itunes:episode>1</itunes:episode></item>
</channel></rss>
)";
  const Element rss = read_back(add_to(earlier, episode(2)));
  CHECK(guids(rss) == std::vector<std::string>{"Test Desk #3", "Test Desk #2", "Test Desk #1"});
}

TEST_CASE("feed: a guid in CDATA or with references is the same guid: its item is replaced, not duplicated") {
  const std::string earlier = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
  <channel>
    <title>Test Desk</title>
    <item>
      <title>First cut</title>
      <guid isPermaLink="false"><![CDATA[Test Desk #1]]></guid>
      <itunes:episode>1</itunes:episode>
    </item>
    <item>
      <title>Second cut</title>
      <guid isPermaLink="false">
        Test Desk &#35;2
      </guid>
      <itunes:episode>2</itunes:episode>
    </item>
  </channel>
</rss>
)";
  std::string feed = add_to(earlier, episode(1));
  Element rss = read_back(feed);
  CHECK(guids(rss) == std::vector<std::string>{"\n        Test Desk #2\n      ", "Test Desk #1"});
  REQUIRE(rss.at("channel").all("item").size() == 2);
  CHECK(rss.at("channel").all("item").back()->at("title").text == "Episode 1");
  feed = add_to(feed, episode(2));
  rss = read_back(feed);
  CHECK(guids(rss) == std::vector<std::string>{"Test Desk #2", "Test Desk #1"});
  // narrate reads its own feed back to the same bytes.
  CHECK(add_to(feed, episode(2)) == feed);
}

TEST_CASE("feed: control characters, non-characters and invalid UTF-8 in the manifest give a feed expat accepts") {
  // The manifest refuses control characters (manifest_test); the feed's writer filters
  // whatever text it is given all the same.
  const EpisodeManifest manifest = manifest_with("title = \"Desk\"\n", "title = \"Episode\"\n");
  ShowInfo show = manifest.show;
  show.title = "Form\ffeed Desk";
  show.author = "Bell\a and escape\x1B[0m";
  show.description = "Not characters: \uFFFE \uFFFF.";
  show.image = "https://example.org/a\x01\"b.jpg";
  show.category = "News \xFF\xC3(";  // not UTF-8, as a file name may be
  FeedItem item = episode(1);
  item.title = "Tab\tand\x01start";
  item.description = "Line\r\nbreak";
  item.guid = show.title + " #1";
  const std::string feed = add_to("", item, show);
  const Element rss = read_back(feed);
  const Element& channel = rss.at("channel");
  CHECK(channel.at("title").text == "Form feed Desk");
  CHECK(channel.at(kItunes + "author").text == "Bell  and escape [0m");
  CHECK(channel.at("description").text == "Not characters: \uFFFD \uFFFD.");
  CHECK(channel.at(kItunes + "image").attributes.at("href") == "https://example.org/a \"b.jpg");
  CHECK(channel.at(kItunes + "category").attributes.at("text") == "News \uFFFD\uFFFD(");
  const Element& written = channel.at("item");
  CHECK(written.at("title").text == "Tab\tand start");
  CHECK(written.at("description").text == "Line\r\nbreak");
  CHECK(written.at("guid").text == "Form feed Desk #1");
  CHECK(read_back(add_to(feed, item, show)).at("channel").all("item").size() == 1);  // the same guid
}

TEST_CASE("feed: elements, attributes, CDATA and namespaces written by another tool are kept") {
  const std::string earlier = R"(<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="feed.xsl"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"
     xmlns:googleplay="http://www.google.com/schemas/play-podcasts/1.0"
     xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:podcast="https://podcastindex.org/namespace/1.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>An older name</title>
    <atom:link href="https://hub.example.org/" rel="hub"/>
    <googleplay:author>The desk team</googleplay:author>
    <podcast:person role="host" img="https://example.org/ana.jpg">Ana Ruiz</podcast:person>
    <!-- the second host since 2023 -->
    <podcast:person role="host">Bo Chen</podcast:person>
    <podcast:locked owner="desk@example.org">no</podcast:locked>
    <itunes:type>episodic</itunes:type>
    <item>
      <title>Episode 1</title>
      <guid isPermaLink="false">Test Desk #1</guid>
      <enclosure url="https://example.org/e/ep1.mp3" length="1000" type="audio/mpeg"/>
      <itunes:episode>1</itunes:episode>
      <content:encoded><![CDATA[<p>Notes with <a href="https://example.org/">a link</a> & more.</p>]]></content:encoded>
      <googleplay:explicit>no</googleplay:explicit>
      <podcast:person role="guest" href="https://example.org/bo">Bo Chen</podcast:person>
    </item>
  </channel>
</rss>
)";
  const std::string feed = add_to(earlier, episode(2));
  CHECK(feed.find("<?xml-stylesheet type=\"text/xsl\" href=\"feed.xsl\"?>") != std::string::npos);
  const Element rss = read_back(feed);
  CHECK(rss.namespaces.at("googleplay") == kGooglePlay);
  CHECK(rss.namespaces.at("content") == kContent);
  const Element& channel = rss.at("channel");
  CHECK(channel.at("title").text == "Test Desk");  // the channel's own title is narrate's
  CHECK(channel.at(kGooglePlay + " author").text == "The desk team");
  const auto people = channel.all(kPodcast + "person");
  REQUIRE(people.size() == 2);
  CHECK(people[0]->attributes.at("img") == "https://example.org/ana.jpg");
  CHECK(people[1]->text == "Bo Chen");
  CHECK(feed.find("<!-- the second host since 2023 -->") != std::string::npos);
  CHECK(channel.at(kPodcast + "locked").attributes.at("owner") == "desk@example.org");
  CHECK(channel.at(kItunes + "type").text == "episodic");
  std::vector<std::string> links;
  for (const Element* link : channel.all(kAtom + "link")) links.push_back(link->attributes.at("rel"));
  CHECK(links == std::vector<std::string>{"hub"});  // no feed_url in the manifest: no self link
  REQUIRE(guids(rss) == std::vector<std::string>{"Test Desk #2", "Test Desk #1"});
  const Element& kept = *channel.all("item").back();
  CHECK(kept.at(kContent + " encoded").text == "<p>Notes with <a href=\"https://example.org/\">a link</a> & more.</p>");
  CHECK(kept.at(kGooglePlay + " explicit").text == "no");
  CHECK(kept.at(kPodcast + "person").text == "Bo Chen");
  CHECK(kept.at("enclosure").attributes.at("length") == "1000");
}

TEST_CASE("feed: re-publishing an episode keeps what another tool added to its item") {
  const std::string earlier = add_to("", episode(1));
  const size_t end = earlier.find("</item>");
  REQUIRE(end != std::string::npos);
  const std::string edited = earlier.substr(0, end) +
                             "<podcast:person role=\"guest\">Bo Chen</podcast:person>"
                             "<podcast:soundbite startTime=\"10\" duration=\"30\">Best bit</podcast:soundbite>" +
                             earlier.substr(end);
  FeedItem again = episode(1);
  again.title = "Episode 1, corrected";
  const Element rss = read_back(add_to(edited, again));
  const Element& item = rss.at("channel").at("item");
  CHECK(item.at("title").text == "Episode 1, corrected");
  CHECK(item.at(kPodcast + "person").text == "Bo Chen");
  CHECK(item.at(kPodcast + "soundbite").attributes.at("duration") == "30");
}

TEST_CASE("feed: an earlier feed that is not well-formed XML or not RSS is an error naming file, line and column") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"<rss version=\"2.0\"><channel><item></channel></rss>", "feed.xml:1:37: mismatched tag"},
      {"<?xml version=\"1.0\"?>\n<rss><channel><title>A \f B</title></channel></rss>",
       "feed.xml:2:24: not well-formed (invalid token)"},
      {"<rss><channel><itunes:image href=\"a.jpg\"/></channel></rss>", "feed.xml:1:15: unbound prefix"},
      {"<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>A</title></feed>",
       "feed.xml:1:1: not an RSS feed: the root element is <feed>, not <rss>"},
      {"<?xml version=\"1.0\"?>\n<rss version=\"2.0\"/>", "feed.xml:2:1: not an RSS feed: <rss> has no <channel>"},
  };
  for (const auto& [xml, message] : cases) {
    CAPTURE(xml);
    CHECK_THROWS_WITH_AS(add_to(xml, episode(1)), message.c_str(), Error);
  }
}

TEST_CASE("feed: the channel carries atom:link self, itunes:owner, itunes:image, itunes:explicit, podcast:guid") {
  const EpisodeManifest manifest = manifest_with(
      "title = \"Test Desk\"\nimage = \"https://example.org/cover.jpg\"\nexplicit = true\n"
      "feed_url = \"https://example.org/e/feed.xml\"\nowner_name = \"Ana Ruiz\"\nowner_email = \"ana@example.org\"\n");
  const Element rss = read_back(add_to("", episode(1), manifest.show));
  const Element& channel = rss.at("channel");
  const Element& self = channel.at(kAtom + "link");
  CHECK(self.attributes.at("rel") == "self");
  CHECK(self.attributes.at("type") == "application/rss+xml");
  CHECK(self.attributes.at("href") == "https://example.org/e/feed.xml");
  CHECK(channel.at(kItunes + "owner").at(kItunes + "name").text == "Ana Ruiz");
  CHECK(channel.at(kItunes + "owner").at(kItunes + "email").text == "ana@example.org");
  CHECK(channel.at(kItunes + "image").attributes.at("href") == "https://example.org/cover.jpg");
  CHECK(channel.at(kItunes + "explicit").text == "true");
  // uuid.uuid5(uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6"), "example.org/e/feed.xml") in Python
  CHECK(channel.at(kPodcast + "guid").text == "13ad92ad-a558-5dad-8c2c-16256e6a5610");
}

TEST_CASE("feed: podcast:guid is the manifest's, else the earlier feed's, else derived from the feed URL") {
  ShowInfo show = test_show();
  show.feed_url = "https://example.org/e/feed.xml";
  const std::string derived = "13ad92ad-a558-5dad-8c2c-16256e6a5610";
  const std::string first = add_to("", episode(1), show);
  CHECK(read_back(first).at("channel").at(kPodcast + "guid").text == derived);
  // A podcast keeps its guid for life, even when its feed moves.
  show.feed_url = "https://new-host.example.com/desk/feed.xml";
  const std::string moved = add_to(first, episode(2), show);
  CHECK(read_back(moved).at("channel").at(kPodcast + "guid").text == derived);
  CHECK(read_back(moved).at("channel").at(kAtom + "link").attributes.at("href") == show.feed_url);
  show.guid = "917393e3-1b1e-5cef-ace4-edaa54e1f810";
  CHECK(read_back(add_to(moved, episode(3), show)).at("channel").at(kPodcast + "guid").text == show.guid);
}

TEST_CASE("podcast_guid: UUIDv5 of the feed URL without its scheme and trailing slashes") {
  // The expected values are Python's uuid.uuid5(uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6"), URL)
  // for the URL without scheme; the second is the example of the Podcasting 2.0 namespace's guid page.
  CHECK(podcast_guid("https://podcastindex.org/namespace/1.0") == "0b20eef2-824a-5f6a-bc6b-68f611056e0c");
  CHECK(podcast_guid("http://podcastindex.org/namespace/1.0//") == "0b20eef2-824a-5f6a-bc6b-68f611056e0c");
  CHECK(podcast_guid("podcastindex.org/namespace/1.0") == "0b20eef2-824a-5f6a-bc6b-68f611056e0c");
  CHECK(podcast_guid("https://mp3s.nashownotes.com/pc20rss.xml") == "917393e3-1b1e-5cef-ace4-edaa54e1f810");
}
