#!/usr/bin/env bash
# bench/store/run.sh [BUILD_DIR] [SIZES...]: store_bench at each size (default 1M and 10M).
# Uses ../shared/bench/gen.py for the input when it exists (the peers' generator), else
# store_bench's own generator of the same shape. Files and stores go under $TMPDIR.
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD=${1:-build}; shift || true
SIZES=${*:-1000000 10000000}
TMP=${TMPDIR:-/tmp}
for n in $SIZES; do
  dir="$TMP/kg_store_bench_$n"
  mkdir -p "$dir"
  args=(--triples "$n" --dir "$dir")
  if [ -f ../shared/bench/gen.py ]; then
    [ -f "$dir/peer-gen.nq" ] || python3 ../shared/bench/gen.py "$n" "$dir/peer-gen.nq"
    args+=(--input "$dir/peer-gen.nq")
  fi
  echo "== $n triples"
  "$BUILD/bench/store/store_bench" "${args[@]}"
done
