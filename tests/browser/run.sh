#!/usr/bin/env bash
# Headless-browser test of `narrate studio`.
#
#   tests/browser/run.sh NARRATE_BINARY SAMPLE_ARTICLE OUTPUT_DIR
#
# Copies the article into a fresh temporary directory (the studio writes its sidecar,
# ARTICLE.narrate.toml, next to it), starts `NARRATE_BINARY studio COPY --port 0`, reads the
# URL from its first line of standard output and runs studio.test.mjs against it with
# puppeteer-core and Debian's chromium (CHROMIUM overrides /usr/bin/chromium). The server is
# stopped on exit. The screenshot lands in OUTPUT_DIR/studio.png. Exit status 0 only if every
# check passes. Needs node and npm; installs puppeteer-core with `npm ci` when missing.
set -euo pipefail

if [ "$#" -ne 3 ]; then
  echo "usage: $0 NARRATE_BINARY SAMPLE_ARTICLE OUTPUT_DIR" >&2
  exit 2
fi

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
binary=$(realpath "$1")
sample=$(realpath "$2")
mkdir -p "$3"
output_dir=$(realpath "$3")

[ -x "$binary" ] || { echo "run.sh: $binary is not an executable" >&2; exit 2; }
[ -f "$sample" ] || { echo "run.sh: $sample is not a file" >&2; exit 2; }

chromium=${CHROMIUM:-/usr/bin/chromium}
[ -x "$chromium" ] || { echo "run.sh: no chromium at $chromium (set CHROMIUM)" >&2; exit 2; }

if [ ! -d "$here/node_modules/puppeteer-core" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/narrate-studio-test.XXXXXX")
copy="$work/$(basename "$sample")"
cp "$sample" "$copy"
# A render cache of its own, so the first paragraph really is rendered and the comparison
# with `narrate preview` does not lean on earlier runs.
export XDG_CACHE_HOME="$work/cache"

server_pid=""
cleanup() {
  local status=$?
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  if [ "$status" -ne 0 ] && [ -s "$work/server.err" ]; then
    echo "--- narrate studio standard error ---" >&2
    tail -n 40 "$work/server.err" >&2
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The server prints exactly one line first: "narrate studio: http://127.0.0.1:PORT/?token=TOKEN".
(cd "$work" && exec "$binary" studio "$copy" --port 0 >"$work/server.out" 2>"$work/server.err") &
server_pid=$!

url=""
for _ in $(seq 1 150); do   # up to 15 s
  # Wait for a whole line (the server must flush it), then check its form.
  if [ "$(wc -l <"$work/server.out")" -ge 1 ]; then
    line=$(head -n 1 "$work/server.out")
    if [[ "$line" =~ ^narrate\ studio:\ (http://127\.0\.0\.1:[0-9]+/\?token=[^[:space:]]+)$ ]]; then
      url=${BASH_REMATCH[1]}
      break
    fi
    echo "run.sh: unexpected first line from narrate studio: $line" >&2
    exit 1
  fi
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "run.sh: narrate studio exited before printing its URL" >&2
    exit 1
  fi
  sleep 0.1
done
[ -n "$url" ] || { echo "run.sh: narrate studio printed no URL within 15 s" >&2; exit 1; }
echo "server: $url"

NARRATE_BINARY="$binary" CHROMIUM="$chromium" \
  node "$here/studio.test.mjs" "$url" "$copy" "$output_dir"
