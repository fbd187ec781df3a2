#!/usr/bin/env bash
# Times attribution on one enormous paragraph of short attributed quotes
# (“Yes,” said Ann Lee. “No,” said Bob Ray. ...), about MEGABYTES long (default 47),
# and checks that every quote got its own speaker. Speakers are first and last names
# from two small lists, combined so that surnames repeat (24 Lees, 24 Rays, ...).
# A guard against quadratic steps in finding and attributing quotes (#23): the tests
# cover 20,000 quotes; this covers millions, too slow for `make test`.
# Runs `narrate inspect --json` (no audio) and prints the quotes and speakers found, wall
# and processor seconds (processor time is the figure to compare on a busy machine) and
# peak memory. Exit status 1 when a quote lacks its speaker.
# Usage: scripts/stress-attribution.sh [MEGABYTES] [NARRATE_BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes=${1:-47}
narrate=${2:-build/narrate}
if [ ! -x "$narrate" ]; then
  echo "stress-attribution: no program at '$narrate' (build it first)" >&2
  exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$megabytes" "$narrate" "$work" <<'EOF'
import json, resource, subprocess, sys, time

megabytes, narrate, work = int(sys.argv[1]), sys.argv[2], sys.argv[3]
first = ["Ann", "Bob", "Cleo", "Dan", "Eve", "Finn", "Gia", "Hal", "Ines", "Jon", "Kai", "Lea",
         "Max", "Nia", "Otto", "Pia", "Quinn", "Rosa", "Sam", "Tess", "Uma", "Vic", "Wes", "Xena"]
last = ["Lee", "Ray", "Diaz", "Khan", "Moss", "Park", "Quist", "Roth", "Sato", "Toft"]
words = ["Yes", "No", "Maybe", "Later", "Never", "Soon", "Agreed", "Perhaps"]

parts, size, expected = ["Headline\n\n"], 0, []
while size < megabytes * 1_000_000:
    n = len(expected)
    name = first[n % len(first)] + " " + last[n // len(first) % len(last)]
    part = "\u201c%s,\u201d said %s. " % (words[n % len(words)], name)
    parts.append(part)
    expected.append(name)
    size += len(part.encode())
with open(work + "/article.txt", "w", encoding="utf-8") as f:
    f.write("".join(parts).rstrip() + "\n")
print("article: %.1f MB, %d quotes in one paragraph" % (size / 1e6, len(expected)), flush=True)

started = time.monotonic()
with open(work + "/inspect.json", "wb") as out:
    status = subprocess.run([narrate, "inspect", work + "/article.txt", "--json"], stdout=out).returncode
wall = time.monotonic() - started
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
if status != 0:
    sys.exit("stress-attribution: narrate failed with status %d" % status)
print("narrate inspect --json: %.1f s wall, %.1f s processor (user + system), %d MB at most"
      % (wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024))

result = json.load(open(work + "/inspect.json", encoding="utf-8"))
got = [s.get("speaker") for s in result["segments"] if s["kind"] == "quote"]
wrong = sum(1 for a, b in zip(got, expected) if a != b) + abs(len(got) - len(expected))
speakers, wanted = len(result["speakers"]), len(set(expected))
print("quotes: %d found, %d with the wrong speaker or none; speakers: %d (expected %d)"
      % (len(got), wrong, speakers, wanted))
sys.exit(1 if wrong or speakers != wanted else 0)
EOF
