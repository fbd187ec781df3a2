#!/usr/bin/env bash
# Compares `narrate render` with the bare `espeak-ng` program, side by side in one run,
# and prints ratios (narrate / espeak-ng; below 1 is faster) of wall time and of processor
# time (every process's user + system), the processes each run started (forks) and its
# minor page faults (bench/interleave.py), and peak memory:
#   1. the sample article to WAV, narrate with --jobs 1 and with one job per processor;
#   2. the sample to MP3, against espeak-ng followed by lame;
#   3. a book: the sample repeated 100 times (peak memory, time per sample);
#   4. a warm re-render after editing one paragraph, against the cold render.
# Every narrate render is cold (--no-cache) except the warm one. Commands run in
# interleaved rounds (bench/interleave.py), so the machine's ups and downs touch all alike.
# Usage: bench/render-vs-espeak.sh [RUNS] [BOOK_COPIES]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-11}
copies=${2:-100}
scripts/install-deps.sh espeak-ng lame time >/dev/null
narrate=${NARRATE:-build/narrate}
sample=samples/putin-north-korea.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache"
jobs=$(nproc)

echo "== 1. sample to WAV ($runs runs)"
python3 bench/interleave.py --runs "$runs" --json "$work/wav.json" \
  "espeak-ng=espeak-ng -f $sample -w $work/e.wav" \
  "narrate --jobs 1=$narrate render $sample -o $work/n1.wav -q --no-cache -j 1" \
  "narrate --jobs $jobs=$narrate render $sample -o $work/nn.wav -q --no-cache -j $jobs"
cmp -s "$work/n1.wav" "$work/nn.wav" && echo "  --jobs 1 and --jobs $jobs: byte-identical" || echo "  --jobs 1 and --jobs $jobs: DIFFER"

echo "== 2. sample to MP3 ($runs runs)"
python3 bench/interleave.py --runs "$runs" --json "$work/mp3.json" \
  "espeak-ng + lame=sh -c 'espeak-ng -f $sample -w $work/e.wav && lame --quiet $work/e.wav $work/e.mp3'" \
  "narrate -o .mp3=$narrate render $sample -o $work/n.mp3 -q --no-cache"

echo "== 3. book: the sample $copies times"
for i in $(seq "$copies"); do cat "$sample"; printf '\n\n'; done > "$work/book.txt"
# The single sample is timed again around each book run (this machine's speed drifts),
# and the median book compared with the median of those runs.
single_runs() {
  python3 bench/interleave.py --runs 5 --warmup 1 --json "$work/single-$1.json" \
    "single=$narrate render $sample -o $work/single.wav -q --no-cache" >/dev/null
}
/usr/bin/time -f "%e %M %U %S" -o "$work/espeak.time" espeak-ng -f "$work/book.txt" -w "$work/book-e.wav"
for round in 1 2 3; do  # the median of three books, each between single runs
  single_runs "$round"
  /usr/bin/time -f "%e %M %U %S" -o "$work/narrate-$round.time" "$narrate" render "$work/book.txt" -o "$work/book.wav" -q --no-cache
done
single_runs 4
single=$(python3 -c "
import json, statistics, sys
times = [t for f in sys.argv[1:] for t in json.load(open(f))['results'][0]['times']]
print(statistics.median(times))" "$work"/single-?.json)
echo "  narrate's three book runs: $(cut -d' ' -f1 "$work"/narrate-?.time | tr '\n' ' ')s; the single sample: $(python3 -c "print(round($single * 1000, 1))") ms (median of 20)"
sort -n "$work"/narrate-?.time | sed -n 2p > "$work/narrate.time"  # the median run
python3 - "$work/espeak.time" "$work/narrate.time" "$single" "$copies" "$work/book.wav" <<'PY'
import sys, wave
e_s, e_kb, e_user, e_system = open(sys.argv[1]).read().split()
n_s, n_kb, n_user, n_system = open(sys.argv[2]).read().split()
e_cpu, n_cpu = float(e_user) + float(e_system), float(n_user) + float(n_system)
single, copies = float(sys.argv[3]), int(sys.argv[4])
w = wave.open(sys.argv[5])
print(f"  espeak-ng   {float(e_s):7.1f} s  processor {e_cpu:7.1f} s  peak memory {int(e_kb) / 1024:6.1f} MiB")
print(f"  narrate     {float(n_s):7.1f} s  processor {n_cpu:7.1f} s  peak memory {int(n_kb) / 1024:6.1f} MiB"
      f"   ratio {float(n_s) / float(e_s):5.2f} (processor {n_cpu / e_cpu:5.2f})   {float(n_s) / single:6.1f}x the single sample")
print(f"  audio       {w.getnframes() / w.getframerate() / 3600:7.2f} h")
PY

echo "== 4. warm re-render after editing one paragraph ($runs runs)"
cp "$sample" "$work/edit.txt"
"$narrate" render "$work/edit.txt" -o "$work/edit.wav" -q  # fills the cache
# Each run edits the same paragraph anew (one word becomes a new number).
python3 bench/interleave.py --runs "$runs" --json "$work/warm.json" \
  "cold (--no-cache)=bench/edit-word.sh $work/edit.txt 'Since then,' ;; $narrate render $work/edit.txt -o $work/edit.wav -q --no-cache" \
  "warm, one paragraph edited=bench/edit-word.sh $work/edit.txt 'Since then,' ;; $narrate render $work/edit.txt -o $work/edit.wav -q"
