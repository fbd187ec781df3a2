// RSS 2.0 podcast feeds with the itunes and podcast namespaces.
#pragma once

#include <string>
#include <string_view>

#include "publish/manifest.h"

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

// The feed with the show's channel and `item`, plus every item of `existing` (an earlier
// feed's text, empty for a new feed) whose guid differs. Items are ordered by episode
// number, newest first.
std::string build_feed(const ShowInfo& show, const FeedItem& item, std::string_view existing);

// Text with &, <, >, " and ' escaped for XML.
std::string xml_escape(std::string_view text);

}  // namespace narrate
