#!/usr/bin/env bash
# How long the studio takes to hand a paragraph's audio to the page: starts
# `narrate studio` on a copy of the sample (a render cache of its own), asks for every
# paragraph once (the first hearing: spoken now), then ROUNDS more times (heard before:
# from the cache), and prints the median and worst request times of each kind, measured
# by curl from the request to the last byte (what a click costs before the audio element
# can play). The browser test measures click to `canplay` in Chromium as well.
# Usage: bench/studio-latency.sh [BUILD_DIR] [ROUNDS]
set -euo pipefail
build=${1:-build}
rounds=${2:-5}
narrate=$(realpath "$build/narrate")
work=$(mktemp -d "${TMPDIR:-/tmp}/narrate-studio-bench.XXXXXX")
trap 'kill $server 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
cp samples/putin-north-korea.txt "$work/article.txt"
XDG_CACHE_HOME="$work/cache" "$narrate" studio "$work/article.txt" --port 0 -q >"$work/out" 2>/dev/null &
server=$!
for _ in $(seq 100); do [ -s "$work/out" ] && break; sleep 0.1; done
url=$(sed -n 's/^narrate studio: //p' "$work/out")
base=${url%%/\?*}
token=${url##*token=}
paragraphs=$(curl -sf "$base/api/article?token=$token" | python3 -c 'import json,sys; print(max(s["paragraph"] or 0 for s in json.load(sys.stdin)["segments"]))')
time_of() { curl -sf -o /dev/null -w '%{time_total}\n' "$base/api/audio?token=$token&paragraph=$1"; }
for p in $(seq "$paragraphs"); do time_of "$p"; done >"$work/first"
for _ in $(seq "$rounds"); do for p in $(seq "$paragraphs"); do time_of "$p"; done; done >"$work/cached"
report() {
  sort -n "$2" | awk -v what="$1" '{ t[NR] = $1 * 1000 } END {
    printf "%-28s %3d requests: median %6.1f ms, worst %6.1f ms\n", what, NR, t[int((NR + 1) / 2)], t[NR] }'
}
echo "studio paragraph audio ($paragraphs paragraphs, $(nproc) processors)"
report "first hearing (spoken now)" "$work/first"
report "heard before (cached)" "$work/cached"
