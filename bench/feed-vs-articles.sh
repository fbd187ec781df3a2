#!/usr/bin/env bash
# Compares `narrate feed` on a feed of COUNT real news articles with `narrate render` on
# each article alone, and times an incremental re-run:
#   1. builds an RSS 2.0 feed of COUNT articles of ../shared/corpora/polnear-train (in a
#      temporary directory; nothing is written into the repository);
#   2. `narrate feed` on it, with a fresh render cache: wall time, peak memory (the largest
#      process's resident set), articles per minute;
#   3. `narrate render ARTICLE -o OUT.mp3 -q --no-cache` on every article, one process
#      each, with the same --jobs: the sum of their wall times, and the ratio
#      feed / sum (target <= 1.15) and the feed's peak memory (target < 200 MiB);
#   4. one word changed in each of 10 articles, `narrate feed` again with the same cache:
#      its time, and its report line verbatim with the cache hit rate read from it.
#
# The articles: every polnear-train NAME.txt is a headline line, then paragraphs separated
# by blank lines (some papers put a subtitle on the line after the headline, in the same
# paragraph). An item's title is that first line (without its closing ";" or "."), its
# date the YYYY-MM-DD in NAME, its guid "polnear-train/NAME", and its content:encoded the
# rest of the text, XML-escaped plain text. Each is also written alone to
# WORK/articles/NNNN.txt (the title line, a blank line, the same text) for step 3, so both
# sides speak the same words. Characters XML 1.0 cannot hold (one file has an ESC) are
# dropped from both. Articles are taken in turn from each outlet (breitbart, huff-post,
# nyt, ...), so any COUNT mixes them. The corpus has 840 articles: a larger COUNT splits
# the articles with the most paragraphs into consecutive parts ("TITLE (part 2 of 3)",
# guid NAME#2), so that no paragraph is spoken twice and the feed run gets no cache hits
# the one-by-one renders (--no-cache) could not have.
#
# Run it on an otherwise idle machine: the two sides run one after the other (1000 renders
# cannot be interleaved the way bench/interleave.py does), so the machine's drift shows in
# the ratio. With the default COUNT it takes about as long as narrating the corpus twice.
#
# Usage: bench/feed-vs-articles.sh [COUNT]          (default 1000)
#   JOBS=N        speech workers for both sides (default: nproc)
#   NARRATE=PATH  the binary (default: build/narrate)
#   FEED_ONLY=1   build the feed, print its path and stop (the temporary directory is kept)
# NARRATE_CACHE_MAX_MB is passed on to narrate: the speech of 1000 articles is more than
# the cache's default 512 MiB, so step 4 edits the feed's last 10 articles (the ones whose
# speech was cached last, and is still there).
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000}
jobs=${JOBS:-$(nproc)}
narrate=${NARRATE:-build/narrate}
corpus=../shared/corpora/polnear-train
edits=10
case $count in ''|*[!0-9]*|0) echo "usage: $0 [COUNT] (COUNT a whole number >= 1)" >&2; exit 2 ;; esac
[ -d "$corpus" ] || { echo "$0: no corpus at $corpus (see ../shared/corpora/README.md)" >&2; exit 1; }

work=$(mktemp -d)
if [ -n "${FEED_ONLY:-}" ]; then trap - EXIT; else trap 'rm -rf "$work"' EXIT; fi

# feedtool.py articles CORPUS COUNT DIR  writes DIR/NNNN.txt and DIR/items.tsv
# feedtool.py feed DIR OUT.xml          writes the RSS feed of DIR's articles
# feedtool.py edit DIR N                changes one word in each of DIR's last N articles
cat > "$work/feedtool.py" <<'PY'
import datetime, email.utils, heapq, os, re, sys
from xml.sax.saxutils import escape

NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

def read_article(path):
    with open(path, encoding="utf-8") as f:
        text = NOT_XML.sub("", f.read().replace("\r\n", "\n").replace("\r", "\n"))
    first, _, rest = text.partition("\n")
    title = re.sub(r"\s+", " ", first).strip().rstrip(";.").strip()
    paragraphs = [re.sub(r"[ \t]*\n[ \t]*", " ", p).strip() for p in re.split(r"\n\s*\n", rest)]
    return title, [p for p in paragraphs if p]

def articles(corpus, count, out):
    names = sorted(n[:-4] for n in os.listdir(corpus) if n.endswith(".txt"))
    by_outlet = {}
    for name in names:
        by_outlet.setdefault(name.split("_")[0], []).append(name)
    order = [name for i in range(max(map(len, by_outlet.values())))
             for outlet in sorted(by_outlet) if i < len(by_outlet[outlet])
             for name in [by_outlet[outlet][i]]]
    chosen = [(name,) + read_article(os.path.join(corpus, name + ".txt")) for name in order[:count]]
    chosen = [c for c in chosen if c[1] and c[2]]
    # More items than articles: split the ones with the most paragraphs per part.
    parts = [1] * len(chosen)
    heap = [(-len(c[2]), i) for i, c in enumerate(chosen)]
    heapq.heapify(heap)
    while sum(parts) < count:
        if not heap:
            sys.exit(f"feedtool: the corpus has too few paragraphs for {count} items")
        _, i = heapq.heappop(heap)
        parts[i] += 1
        if parts[i] < len(chosen[i][2]):
            heapq.heappush(heap, (-len(chosen[i][2]) / parts[i], i))
    os.makedirs(out, exist_ok=True)
    number = 0
    with open(os.path.join(out, "items.tsv"), "w", encoding="utf-8") as tsv:
        for (name, title, paragraphs), k in zip(chosen, parts):
            date = name.split("_")[1]
            for part in range(k):
                lo, hi = part * len(paragraphs) // k, (part + 1) * len(paragraphs) // k
                number += 1
                file = f"{number:04d}.txt"
                item_title = title if k == 1 else f"{title} (part {part + 1} of {k})"
                guid = f"polnear-train/{name}" + ("" if k == 1 else f"#{part + 1}")
                with open(os.path.join(out, file), "w", encoding="utf-8") as f:
                    f.write(item_title + "\n\n" + "\n\n".join(paragraphs[lo:hi]) + "\n")
                tsv.write(f"{file}\t{guid}\t{date}\n")
    print(number)

def feed(directory, out):
    with open(os.path.join(directory, "items.tsv"), encoding="utf-8") as tsv:
        rows = [line.rstrip("\n").split("\t") for line in tsv]
    with open(out, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n'
                '<channel>\n<title>polnear-train articles (narrate benchmark)</title>\n'
                '<link>https://example.org/narrate-bench/</link>\n'
                f'<description>{len(rows)} news articles of the PolNeAR corpus</description>\n')
        for number, (file, guid, date) in enumerate(rows):
            with open(os.path.join(directory, file), encoding="utf-8") as a:
                title, _, body = a.read().partition("\n\n")
            when = datetime.datetime.fromisoformat(date).replace(
                hour=12, minute=number % 60, tzinfo=datetime.timezone.utc)
            f.write(f'<item>\n<title>{escape(title)}</title>\n'
                    f'<guid isPermaLink="false">{escape(guid)}</guid>\n'
                    f'<pubDate>{email.utils.format_datetime(when)}</pubDate>\n'
                    f'<content:encoded>{escape(body.strip())}</content:encoded>\n</item>\n')
        f.write('</channel>\n</rss>\n')

def edit(directory, n):
    with open(os.path.join(directory, "items.tsv"), encoding="utf-8") as tsv:
        files = [line.split("\t")[0] for line in tsv]
    for k, file in enumerate(files[-n:]):
        path = os.path.join(directory, file)
        with open(path, encoding="utf-8") as a:
            title, _, body = a.read().partition("\n\n")
        paragraphs = body.split("\n\n")
        # One word of the middle paragraph becomes a number (as bench/edit-word.sh does).
        middle = len(paragraphs) // 2
        for i in list(range(middle, len(paragraphs))) + list(range(middle)):
            changed = re.sub(r"\b[a-z]{4,}\b", str(100 + k), paragraphs[i], count=1)
            if changed != paragraphs[i]:
                paragraphs[i] = changed
                break
        else:
            sys.exit(f"feedtool: no word to change in {path}")
        with open(path, "w", encoding="utf-8") as a:
            a.write(title + "\n\n" + "\n\n".join(paragraphs))

command = sys.argv[1]
if command == "articles":
    articles(sys.argv[2], int(sys.argv[3]), sys.argv[4])
elif command == "feed":
    feed(sys.argv[2], sys.argv[3])
elif command == "edit":
    edit(sys.argv[2], int(sys.argv[3]))
PY

echo "== 1. a feed of $count polnear-train articles"
python3 "$work/feedtool.py" articles "$corpus" "$count" "$work/articles" > "$work/count"
python3 "$work/feedtool.py" feed "$work/articles" "$work/feed.xml"
items=$(cat "$work/count")
echo "  $work/feed.xml: $items items, $(du -k "$work/feed.xml" | cut -f1) KiB"
if [ -n "${FEED_ONLY:-}" ]; then
  echo "$work/feed.xml"
  exit 0
fi

scripts/install-deps.sh time >/dev/null
[ -x "$narrate" ] || { echo "$0: no $narrate (build it first: make program)" >&2; exit 1; }
export XDG_CACHE_HOME="$work/cache"  # fresh: step 2 starts with an empty cache

# run_feed NAME: narrate feed on the feed, timed; its output in WORK/NAME.log.
run_feed() {
  local status=0
  /usr/bin/time -f "%e %M %U %S" -o "$work/$1.time" \
    "$narrate" feed "$work/feed.xml" -o "$work/out" -j "$jobs" > "$work/$1.log" 2>&1 || status=$?
  if [ "$status" -ne 0 ]; then  # 1: some items failed (the others are published)
    echo "  narrate feed exited with status $status; the end of its output:"
    tail -n 5 "$work/$1.log" | sed 's/^/    /'
  fi
}
# report_line NAME: narrate's report line ("... rendered ... unchanged ..."), verbatim.
report_line() {
  grep -i 'rendered' "$work/$1.log" | grep -i 'unchanged' | tail -n 1 || true
}

echo "== 2. narrate feed, $items items, --jobs $jobs, fresh cache"
run_feed feed
echo "  report: $(report_line feed)"
audio=$(find "$work/out" -maxdepth 1 -name '*.mp3' | wc -l)
echo "  $audio audio files in the output directory; cache $(du -sm "$work/cache" | cut -f1) MiB"

echo "== 3. narrate render on each article alone, --jobs $jobs, --no-cache"
: > "$work/renders.time"
n=0
for article in "$work"/articles/[0-9]*.txt; do
  if /usr/bin/time -f "%e %M %U %S" -o "$work/one.time" \
      "$narrate" render "$article" -o "$work/one.mp3" -q --no-cache --jobs "$jobs"; then
    cat "$work/one.time" >> "$work/renders.time"
  else
    echo "  narrate render failed on $article ($(head -n 1 "$article")): left out of the sum"
  fi
  n=$((n + 1))
  [ $((n % 100)) -ne 0 ] || echo "  $n/$items"
done

echo "== 4. one word changed in $edits articles, narrate feed again (same cache)"
python3 "$work/feedtool.py" edit "$work/articles" "$edits"
python3 "$work/feedtool.py" feed "$work/articles" "$work/feed.xml"
run_feed rerun
echo "  report: $(report_line rerun)"

echo "== summary"
python3 - "$work/feed.time" "$work/renders.time" "$work/rerun.time" "$items" "$edits" \
  "$(report_line feed)" "$(report_line rerun)" <<'PY'
import re, sys
feed_time, renders_time, rerun_time = sys.argv[1:4]
items, edits = int(sys.argv[4]), int(sys.argv[5])
first_report, rerun_report = sys.argv[6], sys.argv[7]

def times(path):
    # GNU time puts "Command exited with non-zero status N" before the figures.
    return [[float(x) for x in line.split()] for line in open(path)
            if re.fullmatch(r"[\d.]+ \d+ [\d.]+ [\d.]+\s*", line)]

def counts(report):
    """Numbers next to the words of narrate's report line ("12 rendered", "rendered: 12")."""
    found = {}
    for word in ("rendered", "unchanged", "failed", "parts", "from cache"):
        m = (re.search(r"(\d+)\s+(?:items?\s+)?" + word, report, re.I)
             or re.search(word + r"\s*[:=]?\s*(\d+)", report, re.I))
        if m:
            found[word] = int(m.group(1))
    return found

(f_s, f_kb, f_user, f_sys), = times(feed_time)
renders = times(renders_time)
r_s = sum(t[0] for t in renders)
r_cpu = sum(t[2] + t[3] for t in renders)
r_kb = max(t[1] for t in renders)
(w_s, w_kb, w_user, w_sys), = times(rerun_time)
ratio = f_s / r_s
print(f"  narrate feed        {f_s:8.1f} s  processor {f_user + f_sys:8.1f} s  peak memory {f_kb / 1024:6.1f} MiB"
      f"  {items / f_s * 60:7.1f} articles/min")
print(f"  {items} renders alone {r_s:8.1f} s  processor {r_cpu:8.1f} s  peak memory {r_kb / 1024:6.1f} MiB"
      f"  {items / r_s * 60:7.1f} articles/min")
print(f"  feed / renders      {ratio:8.2f}     (processor {(f_user + f_sys) / r_cpu:.2f})"
      f"   target <= 1.15: {'met' if ratio <= 1.15 else 'NOT MET'}")
print(f"  feed peak memory    {f_kb / 1024:8.1f} MiB target < 200 MiB: {'met' if f_kb / 1024 < 200 else 'NOT MET'}")
print(f"  re-run, {edits} edited    {w_s:8.1f} s  ({w_s / f_s:.3f} of the first run)  peak memory {w_kb / 1024:.1f} MiB")
print(f"  first run's report: {first_report or '(no line with rendered and unchanged)'}")
print(f"  re-run's report:    {rerun_report or '(no line with rendered and unchanged)'}")
c = counts(rerun_report)
if "rendered" in c and "unchanged" in c:
    total = c["rendered"] + c["unchanged"] + c.get("failed", 0)
    print(f"  items unchanged (not rendered again): {c['unchanged']}/{total} = {c['unchanged'] / total:.1%}"
          f"  (expected {items - edits}/{items}); rendered {c['rendered']} (expected {edits})")
else:
    print("  items unchanged: report line not understood")
if "parts" in c and "from cache" in c and c["parts"]:
    print(f"  cache hit rate of the re-rendered items: {c['from cache']}/{c['parts']} parts = {c['from cache'] / c['parts']:.1%}")
else:
    print("  cache hit rate by part: the report line gives no 'N parts' and 'M from cache'")
PY
