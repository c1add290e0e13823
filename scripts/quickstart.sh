#!/usr/bin/env bash
# The README's first command: install dependencies, build, and run the main job on
# the bundled examples.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
./build/casus extract examples/pages --out examples.jsonl
echo "quickstart: wrote examples.jsonl"
