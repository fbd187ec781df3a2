#!/usr/bin/env bash
# Runs 4 `narrate episode` at once on one feed, ROUNDS times (default 20), and checks
# that no item is ever lost (issue #23: the feed's read-modify-write is locked).
# Usage: scripts/stress-feed.sh [ROUNDS] [NARRATE]
set -euo pipefail
rounds=${1:-20}
narrate=$(realpath "${2:-build/narrate}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
printf 'A story\n\nIt is short.\n' > story.txt
for i in $(seq 1 $((rounds * 4))); do
  cat > "e$i.toml" <<TOML
[show]
title = "Desk"
author = "Stress"
description = "News"
base_url = "https://example.org/e/"
feed_url = "https://example.org/e/feed.xml"

[episode]
title = "Episode $i"
number = $i
date = 2024-06-01

[[stories]]
file = "story.txt"
TOML
done
export XDG_CACHE_HOME="$work/.cache"
for round in $(seq 0 $((rounds - 1))); do
  pids=()
  for k in 1 2 3 4; do
    i=$((round * 4 + k))
    "$narrate" episode "e$i.toml" -o "e$i.mp3" --feed feed.xml -q -j 1 & pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid"; done
  items=$(grep -c '<item>' feed.xml)
  if [ "$items" -ne $(((round + 1) * 4)) ]; then
    echo "round $((round + 1)): $items items in the feed, expected $(((round + 1) * 4))" >&2
    exit 1
  fi
done
echo "stress-feed: $rounds rounds of 4 concurrent episodes, $((rounds * 4)) items, none lost"
