#!/bin/sh
# Ingest throughput with the full pipeline: times `kg ingest --jobs 2` over the
# BBC corpus into a fresh store and prints documents/s, words/s and facts per
# article (statements written / documents), then extract_bench's figures
# without the store.  Usage: bench/ingest/run.sh [BUILD_DIR] [CORPUS]
set -e
BUILD=${1:-build}
CORPUS=${2:-../shared/corpora/bbc}
DB=$(mktemp -d)/kg.db
WORDS=$(find "$CORPUS" -type f -name '*.txt' -exec cat {} + | wc -w)
START=$(date +%s.%N)
"$BUILD/cli/kg" ingest --jobs 2 --quiet --db "$DB" "$CORPUS" > /tmp/kg_ingest_bench.out
END=$(date +%s.%N)
cat /tmp/kg_ingest_bench.out
"$BUILD/cli/kg" stats --db "$DB"
DOCS=$(find "$CORPUS" -type f -name '*.txt' | wc -l)
awk -v s="$START" -v e="$END" -v d="$DOCS" -v w="$WORDS" 'BEGIN {
  t = e - s; printf "kg ingest --jobs 2: %d documents, %d words, %.1f s, %.1f docs/s, %.0f words/s\n", d, w, t, d / t, w / t }'
rm -rf "$(dirname "$DB")"
"$BUILD/bench/ingest/extract_bench" --jobs 2 --models "${KG_MODELS:-models}" "$CORPUS"
