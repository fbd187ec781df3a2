#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, with ASan and UBSan) and runs each for SECONDS
# (default 600), all at once, seeded with the samples, voices and manifests.
# Prints each target's executions and what it found; crashing inputs are kept in
# build-fuzz/findings/. Usage: scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
scripts/install-deps.sh clang libclang-common-14-dev >/dev/null
cmake -S . -B build-fuzz -DNARRATE_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz -j "$(nproc)" >/dev/null
rm -rf build-fuzz/findings && mkdir -p build-fuzz/findings
declare -A seeds=(
  [article_fuzz]="samples/*.txt samples/*.md"
  [normalize_fuzz]="samples/*.txt samples/*.md"
  [config_fuzz]="voices/*.toml voices/lexicon.txt samples/episode.toml"
  [feed_fuzz]="fuzz/seeds/feed_fuzz/*"
  [markdown_fuzz]="samples/*.md fuzz/seeds/markdown_fuzz/*"
  [html_fuzz]="fuzz/seeds/html_fuzz/* tests/data/pages/*.html"
)
for target in article_fuzz normalize_fuzz config_fuzz feed_fuzz markdown_fuzz html_fuzz; do
  corpus=build-fuzz/corpus/$target
  mkdir -p "$corpus"
  for seed in ${seeds[$target]} fuzz/regressions/$target/*; do [ -f "$seed" ] && cp "$seed" "$corpus/"; done
  (build-fuzz/fuzz/$target "$corpus" -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
     -artifact_prefix=build-fuzz/findings/$target- -print_final_stats=1 > "build-fuzz/$target.log" 2>&1 || true) &
done
wait
for target in article_fuzz normalize_fuzz config_fuzz feed_fuzz markdown_fuzz html_fuzz; do
  runs=$(grep -E '^stat::number_of_executed_units' "build-fuzz/$target.log" | awk '{print $2}')
  cov=$(grep -E '#[0-9]+.*cov:' "build-fuzz/$target.log" | tail -1 | sed -E 's/.*cov: ([0-9]+).*/\1/')
  crashes=$(ls build-fuzz/findings/ 2>/dev/null | grep -c "^$target-" || true)
  echo "$target: ${runs:-?} executions in ${seconds} s, coverage ${cov:-?} edges, ${crashes} findings"
done
if [ -n "$(ls build-fuzz/findings/ 2>/dev/null)" ]; then
  echo "fuzzing found crashing inputs in build-fuzz/findings/" >&2
  exit 1
fi
