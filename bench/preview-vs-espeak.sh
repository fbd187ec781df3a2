#!/usr/bin/env bash
# Preview of one paragraph of the sample against the bare `espeak-ng -f PARAGRAPH -w
# OUT.wav` on the same paragraph, side by side, three ways: the paragraph just edited
# (so not in the render cache), a cached repeat, and with --no-cache. Prints medians
# and ratios.
# Usage: bench/preview-vs-espeak.sh [PARAGRAPH] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
paragraph=${1:-3}
runs=${2:-21}
scripts/install-deps.sh espeak-ng >/dev/null
narrate=${NARRATE:-build/narrate}
sample=samples/putin-north-korea.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache"
# The paragraph's text as written, from inspect.
"$narrate" inspect "$sample" --json | python3 -c "
import json, sys
doc = json.load(sys.stdin)
print(' '.join(s['text'] for s in doc['segments'] if s['paragraph'] == $paragraph))" > "$work/paragraph.txt"
cp "$sample" "$work/article.txt"
"$narrate" preview "$work/article.txt" --paragraph "$paragraph" -o "$work/warm.wav" -q  # fills the cache
# The edited runs change the paragraph's second word each time into a new three-digit
# number, so the paragraph stays about as long as the one espeak-ng speaks.
first_word=$(awk '{print $1; exit}' "$work/paragraph.txt")
cp "$work/paragraph.txt" "$work/espeak.txt"
# Interleaved rounds (bench/interleave.py): each command once per round, so that the
# machine's ups and downs touch them all alike. espeak-ng's paragraph gets the same kind
# of edit, so both speak the same words.
python3 bench/interleave.py --runs "$runs" --warmup 3 --json "$work/preview.json" \
  "espeak-ng -f PARAGRAPH=bench/edit-word.sh $work/espeak.txt '^$first_word' ;; espeak-ng -f $work/espeak.txt -w $work/e.wav" \
  "preview, paragraph edited=bench/edit-word.sh $work/article.txt '^$first_word' ;; $narrate preview $work/article.txt --paragraph $paragraph -o $work/p.wav -q" \
  "preview, cached repeat=$narrate preview $sample --paragraph $paragraph -o $work/c.wav -q" \
  "preview, --no-cache=$narrate preview $sample --paragraph $paragraph -o $work/n.wav -q --no-cache"

