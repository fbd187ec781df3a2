#!/usr/bin/env bash
# Builds and tests narrate on a clean Debian RELEASE (default: trixie, Debian 13), as a
# new user would: a root made by debootstrap (Debian's own tool, from the same archive
# apt uses here), a clean clone of this repository's HEAD copied in, then the README's
# two commands, `make sample` and `make test`, run inside it.
#   scripts/check-debian.sh [RELEASE] [-- COMMAND...]   (default COMMAND: make sample test)
# The root is kept (under $NARRATE_DEBIAN_ROOTS, default /var/tmp/narrate-debian) and
# reused by later runs: only the first run downloads the base system. Needs root (chroot).
set -euo pipefail
release=${1:-trixie}
shift || true
[ "${1:-}" = "--" ] && shift
command=("$@")
[ ${#command[@]} -eq 0 ] && command=(make sample test)
repo=$(cd "$(dirname "$0")/.." && pwd)
roots=${NARRATE_DEBIAN_ROOTS:-/var/tmp/narrate-debian}
root=$roots/$release
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

if [ "$(id -u)" -ne 0 ]; then
  echo "check-debian: needs root (debootstrap and chroot)" >&2
  exit 1
fi
command -v debootstrap >/dev/null || "$repo/scripts/install-deps.sh" debootstrap

# A root is complete once debootstrap finished: it is made under a temporary name and
# renamed, so an interrupted run never leaves a half-made root to be reused.
if [ ! -x "$root/usr/bin/apt-get" ]; then
  mkdir -p "$roots"
  rm -rf "$root.partial"
  echo "check-debian: making a Debian $release root in $root (debootstrap)" >&2
  debootstrap --variant=minbase "$release" "$root.partial" "$mirror" >"$roots/$release.debootstrap.log" 2>&1 ||
    { echo "check-debian: debootstrap failed; see $roots/$release.debootstrap.log" >&2; exit 1; }
  mv "$root.partial" "$root"
fi

mounts=()
unmount_all() {
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount -l "${mounts[i]}" 2>/dev/null || true; done
}
trap unmount_all EXIT
for fs in proc sys dev dev/pts; do
  mkdir -p "$root/$fs"
  if ! mountpoint -q "$root/$fs"; then
    mount --bind "/$fs" "$root/$fs"
    mounts+=("$root/$fs")
  fi
done
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true

# git and its certificates to clone; make to run the README's commands (a minimal root has
# none: the README says to install it); python3 for the tests' helpers. The rest is
# installed by the README's commands themselves (scripts/install-deps.sh).
chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive sh -c \
  'dpkg -s git make python3 >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq --no-install-recommends git make python3 >/dev/null; }'

# A clean clone of HEAD (what is committed, nothing else), fresh every run.
work=$root/root/narrate
rm -rf "$work"
git clone -q --no-hardlinks "$repo" "$work"
git -C "$work" checkout -q "$(git -C "$repo" rev-parse HEAD)"

echo "check-debian: Debian $release ($(cat "$root/etc/debian_version")): ${command[*]}" >&2
chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 TERM=dumb \
  sh -c 'cd /root/narrate && "$@"' check-debian "${command[@]}"
