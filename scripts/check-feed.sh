#!/usr/bin/env bash
# Reads an RSS feed the way Podcast Index does, with podcast-partytime (npm), and fails
# unless it finds a podcast there: a title, a podcast:guid, atom:link rel="self",
# itunes:owner, itunes:image, and items that each have a title, a guid and an enclosure
# (partytime drops an item without them: every <item> must come through).
# partytime is installed on first use into $NARRATE_NODE_DIR
# (default ~/.cache/narrate/node); this needs node and npm, and the npm registry once.
# The tests do not run it (they need no network); run it on feeds narrate wrote:
#   build/narrate episode samples/episode.toml -o out/episode.mp3 --feed out/feed.xml
#   scripts/check-feed.sh out/feed.xml
# Usage: scripts/check-feed.sh FEED.xml
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: scripts/check-feed.sh FEED.xml" >&2
  exit 2
fi
feed=$1
if [ ! -r "$feed" ]; then
  echo "check-feed: cannot read '$feed'" >&2
  exit 2
fi
for tool in node npm; do
  if ! command -v "$tool" >/dev/null; then
    echo "check-feed: needs node and npm (Debian: sudo apt-get install nodejs npm)" >&2
    exit 2
  fi
done

version=5.0.0  # podcast-partytime, pinned so that a result means the same tomorrow
tools=${NARRATE_NODE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/narrate/node}
installed=$(node -p "require('$tools/node_modules/podcast-partytime/package.json').version" 2>/dev/null || true)
if [ "$installed" != "$version" ]; then
  echo "check-feed: installing podcast-partytime $version into $tools" >&2
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund --loglevel=error "podcast-partytime@$version" >&2
fi

PARTYTIME_LOG=${PARTYTIME_LOG:-error} NODE_PATH="$tools/node_modules" node - "$feed" <<'JS'
const fs = require("fs");
const partytime = require("podcast-partytime");
const { parse } = require("podcast-partytime/dist/parser/xml-parser");

const path = process.argv[2];
const xml = fs.readFileSync(path, "utf8");
const feed = partytime.parseFeed(xml);
if (!feed) {
  console.log(`check-feed: ${path}: podcast-partytime finds no feed in it`);
  process.exit(1);
}
const problems = [];
const need = (value, what) => {
  if (value === undefined || value === null || value === "") problems.push(`no ${what}`);
};
need(feed.title, "title");
need(feed.description, "description");
need(feed.guid, "podcast:guid");
need(feed.pubsub && feed.pubsub.self, 'atom:link rel="self"');
need(feed.owner && feed.owner.name, "itunes:owner/itunes:name");
need(feed.owner && feed.owner.email, "itunes:owner/itunes:email");
need(feed.itunesImage, "itunes:image");
need(feed.author, "itunes:author");
need(feed.language, "language");
const written = [].concat(parse(xml.trim()).rss.channel.item || []).length;
const items = feed.items || [];
if (items.length === 0) problems.push("no items");
if (items.length !== written) problems.push(`${written} <item> elements, but only ${items.length} items read`);
const guids = new Set();
items.forEach((item, i) => {
  const where = `item ${i + 1}`;
  need(item.title, `${where}: title`);
  need(item.guid, `${where}: guid`);
  if (guids.has(item.guid)) problems.push(`${where}: guid ${item.guid} twice`);
  guids.add(item.guid);
  need(item.enclosure && item.enclosure.url, `${where}: enclosure url`);
  need(item.enclosure && item.enclosure.type, `${where}: enclosure type`);
  if (!(item.enclosure && item.enclosure.length > 0)) problems.push(`${where}: no enclosure length`);
  need(item.pubDate, `${where}: pubDate`);
});

console.log(`check-feed: ${path}, read by podcast-partytime ${require("podcast-partytime/package.json").version}`);
console.log(`  title:    ${feed.title}`);
console.log(`  guid:     ${feed.guid}`);
console.log(`  self:     ${feed.pubsub && feed.pubsub.self}`);
console.log(`  owner:    ${feed.owner ? `${feed.owner.name} <${feed.owner.email}>` : undefined}`);
console.log(`  image:    ${feed.itunesImage}`);
console.log(`  explicit: ${feed.explicit}, language: ${feed.language}, categories: ${feed.itunesCategory}`);
console.log(`  Podcasting 2.0 support: ${JSON.stringify(feed.pc20support)}`);
for (const item of items) {
  const e = item.enclosure || {};
  console.log(`  item ${item.guid}: "${item.title}", ${item.pubDate && item.pubDate.toISOString()}, ` +
              `${item.duration} s, ${e.type} ${e.length} bytes at ${e.url}`);
}
if (problems.length > 0) {
  for (const problem of problems) console.log(`check-feed: ${path}: ${problem}`);
  process.exit(1);
}
console.log(`check-feed: ${path}: OK (${items.length} ${items.length === 1 ? "item" : "items"})`);
JS
