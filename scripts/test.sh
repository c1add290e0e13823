#!/usr/bin/env bash
# The README's second command: install dependencies, build, run the whole test suite
# (unit, golden end-to-end, and peer suites from ../shared, which skip when absent).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
cd build
ctest --output-on-failure -j "$(nproc)"
