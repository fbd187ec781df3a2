// `narrate feed`: a publication's articles in (an RSS or Atom feed carrying their full
// text, or a directory of articles), a podcast out: an audio file, a transcript and
// chapters per article, and a podcast feed of them; incremental, and shardable across
// processes and machines (docs/FEEDS.md).
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "commands/audio_options.h"
#include "commands/article_options.h"

namespace narrate {

struct FeedOptions {
  std::string source;    // feed file, "-" (standard input), or a directory of articles
  std::string out_dir;   // where every item's files and records go
  std::string feed_out;  // the podcast feed; default OUT_DIR/podcast.xml
  std::string base_url;  // enclosure URLs start with it (default: bare file names)
  std::string image;     // the show's cover art URL (default: the source feed's image)
  std::string owner_name, owner_email;  // itunes:owner, whom podcast directories contact
  std::string shard;     // "K/N": only the items of shard K of N, and no feed
  bool merge = false;    // render nothing: write the feed from the items' records
  bool prune = false;    // remove the files and feed items of items no longer in SOURCE
  NarrationOptions article;  // voices, lexicon, narrator (the article itself comes from SOURCE)
  AudioOptions audio;
};

// Adds the `feed` subcommand to `app`; its callback runs it.
void set_feed_command(CLI::App& app, FeedOptions& options);

// Runs `narrate feed`. Throws Error when the run cannot go on (an unreadable source, an
// unwritable folder), and at the end when some items failed: each is reported on
// standard error as it fails ("ORIGIN "TITLE": why") and skipped, and the others are
// published, feed included.
void run_feed(const FeedOptions& options);

}  // namespace narrate
