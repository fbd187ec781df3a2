// RSS 2.0 podcast feeds with the itunes, podcast and atom namespaces, created or updated
// in place: narrate writes its channel elements and its item, and keeps all else.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "publish/manifest.h"
#include "publish/xml_tree.h"

namespace narrate {

struct FeedItem {
  std::string title;
  std::string description;
  std::string guid;           // stable for an episode: re-publishing replaces its item
  std::string date;           // YYYY-MM-DD
  int number = 0;
  std::string audio_url;
  long long audio_bytes = 0;
  std::string audio_type = "audio/mpeg";
  long long duration_seconds = 0;
  std::string chapters_url;
  std::string transcript_url;
};

// "Tue, 18 Jun 2024 00:00:00 +0000" for "2024-06-18" (RFC 822, as RSS wants).
std::string rfc822_date(const std::string& date);

// The earlier feed in the file `path`, read with an XML parser: an RSS document (root
// <rss>, a <channel> in it), or an empty document when there is no such file or it holds
// only whitespace (a new feed). Throws Error "PATH:LINE:COLUMN: why" when it is not
// well-formed XML (expat's message) or not RSS, and "cannot read 'PATH': why" (also for
// a feed over 64 MiB).
XmlDocument read_feed(const std::string& path);

// The same for feed text in memory; `origin` names it in errors.
XmlDocument parse_feed(std::string_view xml, const std::string& origin);

// The feed text with the show's channel and `item`, keeping all of `earlier` (from
// read_feed; empty for a new feed) that narrate does not write itself:
//  * the root's attributes and namespace declarations (narrate binds the prefixes itunes,
//    podcast and atom to their namespaces), and comments and instructions around it;
//  * every channel element but the ones narrate writes (title, link, description, language,
//    generator, atom:link with rel="self", itunes:author, owner, image, category and
//    explicit, podcast:guid), which narrate's replace: those it leaves out (no image in
//    the manifest, say) stay as they were;
//  * every item, whole, but the ones whose guid (its text, so CDATA and references
//    compare equal, without surrounding whitespace) is item.guid: `item` replaces them,
//    and keeps the elements of the first that narrate does not write in an item (a
//    podcast:person another tool added).
// Items are ordered by episode number (itunes:episode; none: 0), newest first, `item`
// first among equals. podcast:guid is the show's guid, else the earlier feed's (a podcast
// keeps it for life, when its feed moves too), else podcast_guid(show.feed_url) when the
// show has a feed URL. All text is escaped and stripped of what XML 1.0 forbids, so the
// feed is well-formed whatever the manifest holds; narrate's own feed reads back to the
// same bytes.
std::string build_feed(const ShowInfo& show, const FeedItem& item, const XmlDocument& earlier = {});

// The same with several items of narrate's (in this order, among equal episode numbers),
// and the earlier feed's other items kept only when `keep_other_items`.
std::string build_feed(const ShowInfo& show, const std::vector<FeedItem>& items, const XmlDocument& earlier,
                       bool keep_other_items);

// The guid of an episode's feed item: the manifest's episode.guid when it has one, else a
// UUID version 5 (in the Podcasting 2.0 namespace) of the show's identity (its guid, else
// its feed URL, else its title) and the episode's (its number, else its title and date):
// stable across runs, and different for every episode of every show.
std::string episode_guid(const ShowInfo& show, const EpisodeInfo& episode);

// The Podcasting 2.0 podcast:guid of the feed at `feed_url`: the UUID version 5 of the URL
// without its scheme ("https://") and trailing slashes, in the namespace
// ead4c236-bf58-58c6-a2c6-a6b28d128cb6.
std::string podcast_guid(std::string_view feed_url);

}  // namespace narrate
