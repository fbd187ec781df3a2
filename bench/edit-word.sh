#!/usr/bin/env bash
# Edits an article the way a writer would, differently every time it runs: the word
# after the first match of ANCHOR (a sed regular expression) becomes the next number of a counter kept beside
# the file (100, 101, ...). A short number keeps the edited paragraph about as long as
# before, so a benchmark compares like with like; a new number every run makes every
# run a render-cache miss.
# Usage: bench/edit-word.sh FILE ANCHOR
set -euo pipefail
file=$1
anchor=$2
counter="$file.edits"
n=$(( $(cat "$counter" 2>/dev/null || echo 99) + 1 ))
echo "$n" > "$counter"
sed -i "0,/\\($anchor\\) [^ ,]*/s//\\1 $n/" "$file"
