// The podcast feed: any bytes as an earlier feed are refused with narrate's Error, or
// give a feed that narrate reads back and writes again to the same bytes; any bytes in
// the text narrate writes give a feed that reads back. And any bytes as a source feed
// (`narrate feed`) are refused with Error or give items whose dates are "" or
// YYYY-MM-DD and whose every item has a guid.
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "publish/feed.h"
#include "publish/source_feed.h"
#include "util/error.h"

using namespace narrate;

namespace {

FeedItem item_with(const std::string& text) {
  return FeedItem{.title = text, .description = text, .guid = text, .date = "2024-06-18", .number = 2,
                  .audio_url = text, .audio_bytes = 1, .chapters_url = text, .transcript_url = text};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  ShowInfo show;
  show.title = "Fuzz Desk";
  show.feed_url = "https://example.org/feed.xml";
  try {
    const std::string feed = build_feed(show, item_with("Fuzz Desk #2"), parse_feed(text, "fuzz.xml"));
    std::string again;
    try {
      again = build_feed(show, item_with("Fuzz Desk #2"), parse_feed(feed, "feed.xml"));
    } catch (const Error& e) {
      std::fprintf(stderr, "narrate cannot read its own feed: %s\n%s\n", e.what(), feed.c_str());
      FUZZ_CHECK(false);
    }
    FUZZ_CHECK(again == feed);
  } catch (const Error&) {
  }
  try {
    const SourceFeed source = parse_source_feed(text, "source.xml");
    for (const SourceItem& item : source.items) {
      FUZZ_CHECK(item.date.empty() || (item.date.size() == 10 && item.date[4] == '-' && item.date[7] == '-'));
      FUZZ_CHECK(!item.guid.empty());
    }
  } catch (const Error&) {
  }
  show.title = show.author = show.description = show.link = show.image = show.category = show.guid = text;
  show.feed_url = show.owner_name = show.owner_email = text;
  const std::string feed = build_feed(show, item_with(text));
  try {
    parse_feed(feed, "feed.xml");
  } catch (const Error& e) {
    std::fprintf(stderr, "narrate cannot read the feed it wrote: %s\n%s\n", e.what(), feed.c_str());
    FUZZ_CHECK(false);
  }
  return 0;
}
