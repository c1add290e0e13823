#!/usr/bin/env bash
# Runs every casus benchmark and prints its figures. One command:
#   bash bench/run.sh
# Copy the figures, with the date and machine, into bench/RESULTS.md.
# Benchmarks that need ../shared/peers print "skipped: ... absent" without it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh >/dev/null
SHARED="${CASUS_SHARED:-$(pwd)/../shared}"
export SHARED

echo "== machine"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //') x $(nproc)"
echo "build: $(./build/casus --version)"

# Each benchmark below is a section of its own.

# --- tagger (src/lexicon): part-of-speech agreement, speed, init time, memory ---
echo "== tagger_bench"
./build/bench/tagger_bench "$SHARED"
# --- end tagger ---
