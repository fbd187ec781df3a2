#!/usr/bin/env bash
# Makes sure the Debian/Ubuntu packages narrate builds with are installed.
# Installs the missing ones when it can (as root, or with password-less sudo);
# otherwise prints exactly which to install and fails.
# Usage: scripts/install-deps.sh [extra-package...]
set -euo pipefail

packages=(
  cmake g++ make pkg-config
  libespeak-ng-dev espeak-ng-data libsonic-dev libpcaudio-dev
  libsndfile1-dev
  libcli11-dev
  doctest-dev
  libtomlplusplus-dev
  nlohmann-json3-dev
  libebur128-dev
  libsoxr-dev
  libexpat1-dev
  libxxhash-dev
  libutf8proc-dev
  libmd4c-dev libyaml-cpp-dev libgumbo-dev
  libcpp-httplib-dev
  "$@"
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "narrate: installing missing packages: ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then
  apt=(apt-get)
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  apt=(sudo apt-get)
else
  echo "narrate: missing Debian packages; install them with:" >&2
  echo "  sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${apt[@]}" update -qq
"${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
