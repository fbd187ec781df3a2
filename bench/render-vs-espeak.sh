#!/usr/bin/env bash
# Times `narrate render` against the bare `espeak-ng` program on the same article,
# side by side in one hyperfine run, and prints the ratios (narrate / espeak-ng).
# Usage: bench/render-vs-espeak.sh [ARTICLE] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
article=${1:-samples/putin-north-korea.txt}
runs=${2:-15}
scripts/install-deps.sh espeak-ng hyperfine >/dev/null
narrate=${NARRATE:-build/narrate}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

hyperfine -N --warmup 3 --runs "$runs" --export-json "$work/times.json" \
  -n espeak-ng "espeak-ng -f $article -w $work/espeak.wav" \
  -n "narrate -j1" "$narrate render $article -o $work/n1.wav -q -j 1" \
  -n "narrate -j$(nproc)" "$narrate render $article -o $work/nn.wav -q" >/dev/null

python3 - "$work/times.json" <<'PY'
import json, statistics, sys
results = json.load(open(sys.argv[1]))["results"]
base = statistics.median(results[0]["times"])
for r in results:
    median = statistics.median(r["times"])
    print(f"{r['command']:<14} median {median*1000:7.1f} ms   ratio {median/base:5.2f}")
PY
for f in espeak n1 nn; do
  python3 -c "import wave,sys; w = wave.open(sys.argv[1]); print(f'{sys.argv[2]:<7} {w.getnframes() / w.getframerate():7.1f} s of audio')" "$work/$f.wav" "$f"
done
cmp -s "$work/n1.wav" "$work/nn.wav" && echo "narrate -j1 and -j$(nproc): byte-identical" || echo "narrate -j1 and -j$(nproc): DIFFER"
