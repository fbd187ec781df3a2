// The episode manifest: a show, an episode, its host, music and stories, in TOML.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace narrate {

struct ShowInfo {
  std::string title;
  std::string author;
  std::string description;
  std::string language = "en";
  std::string link;
  std::string image;
  std::string category;
  bool explicit_content = false;
  std::string base_url;  // where the episode files are published; enclosure URLs start with it
  std::string feed_url;  // where the feed itself is published (atom:link rel="self"); empty: unknown
  std::string owner_name, owner_email;  // itunes:owner, whom directories contact
  std::string guid;      // podcast:guid; empty: the feed's, else derived from feed_url (feed.h)
};

struct EpisodeInfo {
  std::string title;
  int number = 0;    // 1 to kMaxEpisodeNumber; 0: none
  std::string date;  // YYYY-MM-DD, a real date; empty: none
  std::string description;
  std::string guid;  // the feed item's guid; empty: made from the show and the episode (feed.h)
};

constexpr int kMaxEpisodeNumber = 1000000;

struct StoryEntry {
  std::string file;                // resolved against the manifest's directory
  std::string narrator;            // empty: the default narrator
  std::vector<std::string> cast;   // "NAME=VOICE"
};

struct EpisodeManifest {
  std::string path;
  ShowInfo show;
  EpisodeInfo episode;
  std::string host = "host";                 // voice profile id
  std::string intro = "Welcome to {show}. {date}. Today: {stories}.";
  std::string transition = "Next: {title}.";
  std::string outro = "That was {show}. Thank you for listening.";
  std::string intro_music, outro_music, bed_music;  // files; empty: none
  std::vector<StoryEntry> stories;
};

// Reads a manifest. Paths resolve relative to its directory, and must stay inside it
// (through links too) unless `allow_outside`: a manifest from elsewhere cannot make
// narrate read, speak and publish any file. Throws Error naming "FILE:LINE:COLUMN" for
// TOML errors, unknown keys, wrong types, numbers out of range, dates that are not
// YYYY-MM-DD, control characters in text, and files that cannot be read or lie outside
// (with the key that names them), and "FILE" for missing required keys (show.title,
// episode.title, at least one story).
EpisodeManifest load_manifest(const std::string& path, bool allow_outside = false);

// The same for manifest text already in memory; `path` names it in errors and gives the
// directory that file names resolve against.
EpisodeManifest parse_manifest(std::string_view toml_text, const std::string& path, bool allow_outside = false);

// `text` with {show}, {title}, {date} and {stories} replaced.
std::string fill_placeholders(const std::string& text, const EpisodeManifest& manifest,
                              const std::vector<std::string>& story_titles, const std::string& title);

}  // namespace narrate
