#!/usr/bin/env bash
# The README's first command: install dependencies, build, and run the main job on
# the bundled examples: code them into casus.db (embedded SQLite) and print a summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
./build/casus code examples/pages --out casus.db
