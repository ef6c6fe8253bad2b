#!/usr/bin/env bash
# bench/export/run.sh [BUILD_DIR] [SIZES...]: builds stores of N generated quads
# (../shared/bench/gen.py + kg import) under $TMPDIR and times both writers.
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD=${1:-build}; shift || true
SIZES=${*:-1000000 10000000}
TMP=${TMPDIR:-/tmp}
for n in $SIZES; do
  db="$TMP/kg_export_bench_$n"
  if [ ! -d "$db" ]; then
    python3 ../shared/bench/gen.py "$n" "$TMP/kg_export_bench_$n.nq"
    /usr/bin/time -f "import: %e s, peak %M KB" "$BUILD/cli/kg" import --db "$db" "$TMP/kg_export_bench_$n.nq"
    rm -f "$TMP/kg_export_bench_$n.nq"
  fi
  for f in nquads jsonld; do "$BUILD/bench/export/export_bench" "$db" "$f"; done
done
