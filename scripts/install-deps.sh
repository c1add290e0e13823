#!/usr/bin/env bash
# Installs what casus needs to build and test, from Debian 12 packages only.
# Safe to re-run: skips apt entirely when everything is already present.
set -euo pipefail

packages=(
  g++ cmake ninja-build pkg-config
  libxml2-dev zlib1g-dev libsqlite3-dev
  nlohmann-json3-dev libcli11-dev
  libgtest-dev libbenchmark-dev time
  liblingua-en-tagger-perl wordnet-base
  libicu-dev
  libgeonames-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "install-deps: installing ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
