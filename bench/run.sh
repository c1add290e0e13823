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

# --- actors (src/lexicon/actor_*): dictionary/gazetteer init, segment+tag+actors tokens/s, RSS ---
echo "== actors_bench"
./build/bench/actors_bench "$SHARED"
# --- end actors ---

# --- grammar (src/lexicon grammar layer): segment + tag + lemma + chunk + clauses speed ---
echo "== grammar_bench"
./build/bench/grammar_bench "$SHARED"
# --- end grammar ---

# --- html extraction (src/text/html_*): token F1 on the article-extraction benchmark, speed ---
# Quality: in-process ExtractFromHtml against ground-truth-dev.json (bench/extraction_quality.cc).
# Speed: the whole `casus extract --bench-json` process over the gzipped pages, single
# thread, best of 3 runs after a warm-up; MB/s counts uncompressed HTML.
echo "== extraction_quality"
HTML_PAGES="$SHARED/peers/article-extraction/html"
./build/bench/extraction_quality --pages "$HTML_PAGES" --truth "$SHARED/peers/article-extraction/ground-truth-dev.json"
echo "== casus extract --bench-json speed"
if [ -d "$HTML_PAGES" ]; then
  html_n=$(find "$HTML_PAGES" -name '*.html.gz' | wc -l)
  html_bytes=$(find "$HTML_PAGES" -name '*.html.gz' -exec zcat {} + | wc -c)
  ./build/casus extract --bench-json "$HTML_PAGES" >/dev/null 2>&1 || true
  html_best=""
  for _ in 1 2 3; do
    TIMEFORMAT='%R %U %S'
    t=$( { time ./build/casus extract --bench-json "$HTML_PAGES" >/dev/null 2>&1; } 2>&1 )
    if [ -z "$html_best" ] || awk -v a="${t%% *}" -v b="${html_best%% *}" 'BEGIN{exit !(a<b)}'; then html_best="$t"; fi
  done
  echo "$html_best" | awk -v n="$html_n" -v bytes="$html_bytes" '{
    printf "pages: %d, %.1f MB uncompressed HTML\n", n, bytes / 1e6;
    printf "wall: %.3f s (cpu %.3f s user + %.3f s sys)\n", $1, $2, $3;
    printf "speed: %.0f pages/s, %.1f MB/s (wall); %.0f pages/s on cpu time\n", n / $1, bytes / 1e6 / $1, n / ($2 + $3) }'
else
  echo "skipped: article-extraction pages absent ($HTML_PAGES)"
fi
# --- end html extraction ---

# --- seeds: what casus extracts from each page our first user gave us ---
echo "== seeds (casus extract --pretty)"
if [ -d "$SHARED/seeds" ]; then
  ./build/casus extract --pretty "$SHARED/seeds"
else
  echo "skipped: seeds absent ($SHARED/seeds)"
fi
# --- end seeds ---

# --- ingest memory: a synthetic CC-NEWS-like .warc.gz streamed through casus extract ---
echo "== ingest memory and throughput (synthetic WARC)"
WARC_RECORDS="${WARC_RECORDS:-20000}"
warc="$(mktemp --suffix=.warc.gz)"
./build/bench/make_warc "$WARC_RECORDS" > "$warc"
warc_mb=$(du -m "$warc" | cut -f1)
/usr/bin/time -f "%e %M" -o "$warc.time" ./build/casus extract "$warc" > /dev/null 2> "$warc.err" || true
read -r warc_s warc_kb < "$warc.time"
echo "records: $WARC_RECORDS, ${warc_mb} MB compressed; $(tail -n 1 "$warc.err")"
awk -v s="$warc_s" -v kb="$warc_kb" -v mb="$warc_mb" 'BEGIN {
  printf "wall: %.1f s, %.1f MB/s compressed; max RSS: %.1f MB\n", s, mb / s, kb / 1024 }'
rm -f "$warc" "$warc.time" "$warc.err"
# --- end ingest memory ---

# --- coder speed: sentences/s, threads, load time, memory ---
echo "== coder_speed"
./build/bench/coder_speed "$SHARED"
# --- end coder speed ---

# --- coder accuracy: precision/recall of event type, source and target on the hand-written gold set ---
# bench/data/gold_events.txt (format and scoring rule in its header); add --failures for each mismatch.
echo "== coder_accuracy"
./build/bench/coder_accuracy bench/data/gold_events.txt
# --- end coder accuracy ---

# --- PETRARCH dictionaries (src/code/petr_*): Phoenix load time; validation suite from raw text and from the gold parses ---
echo "== petr_load"
./build/bench/petr_load "$SHARED"
echo "== petr_validation"
suite="$SHARED/peers/petrarch2/text/PETR.UnitTest.records.xml"
if [ -f "$suite" ]; then
  for mode in "" "--use-parse"; do
    start=$(date +%s.%N)
    line=$(./build/casus validate "$suite" --dicts "$SHARED/peers/petrarch2/dictionaries" $mode --quiet 2>/dev/null | tail -1)
    end=$(date +%s.%N)
    awk -v l="$line" -v m="${mode:-raw text}" -v s="$start" -v e="$end" 'BEGIN { printf "%s: %s (%.2f s)\n", m, l, e - s }'
  done
else
  echo "skipped: $suite absent"
fi
# --- end PETRARCH ---
