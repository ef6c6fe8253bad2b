#!/usr/bin/env bash
# Runs the query engine's differential tester (tests/query/difftest) for hours:
#   bash scripts/difftest_long.sh [HOURS] [FIRST_SEED]
# HOURS defaults to 1, FIRST_SEED to one derived from the clock. The time is
# cut into rounds of about 10 minutes; each round starts at a new seed (+1000)
# and a different scale (0.5, 1, 1.5), so graphs and query mixes rotate.
# Stops at the first mismatch (exit 1; the shrunk case is printed and saved
# under build/difftest-long/), else prints the hours and queries run (exit 0).
# Needs a Release build in ${KG_BUILD_DIR:-build} (builds kg_difftest if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
HOURS=${1:-1}
SEED=${2:-$(( $(date +%s) % 1000000 ))}
BUILD_DIR=${KG_BUILD_DIR:-build}
BIN="$BUILD_DIR/tests/query/difftest/kg_difftest"
OUT="$BUILD_DIR/difftest-long"
if ! [[ "$HOURS" =~ ^[0-9]+([.][0-9]+)?$ ]]; then
  echo "error: HOURS must be a number, got '$HOURS'" >&2
  exit 2
fi
if [ ! -x "$BIN" ]; then
  cmake --build "$BUILD_DIR" -j2 --target kg_difftest
fi
mkdir -p "$OUT"
LOG="$OUT/run-$SEED.log"
end=$(( $(date +%s) + $(awk -v h="$HOURS" 'BEGIN { printf "%d", h * 3600 }') ))
scales=(1 0.5 1.5)
round=0
queries=0
start=$(date +%s)
echo "difftest: ${HOURS} h from seed $SEED; log $LOG"
while [ "$(date +%s)" -lt "$end" ]; do
  left=$(( end - $(date +%s) ))
  chunk=$(( left < 600 ? left : 600 ))
  scale=${scales[$(( round % 3 ))]}
  seed=$(( SEED + 1000 * round ))
  hours=$(awk -v s="$chunk" 'BEGIN { printf "%.4f", s / 3600 }')
  set +e
  "$BIN" --seed "$seed" --hours "$hours" --scale "$scale" --queries 2000 --oneshot 0.05 --out "$OUT" --quiet \
    | tee -a "$LOG" > "$OUT/last-round.txt"
  rc=${PIPESTATUS[0]}
  set -e
  n=$(sed -n 's/^\(OK\|FAILED\): [0-9]* graphs, \([0-9]*\) queries.*/\2/p' "$OUT/last-round.txt" | tail -1)
  queries=$(( queries + ${n:-0} ))
  if [ "$rc" -ne 0 ]; then
    cat "$OUT/last-round.txt"
    echo "difftest: MISMATCH after $queries queries (round $round, seed $seed, scale $scale)"
    exit 1
  fi
  round=$(( round + 1 ))
done
elapsed=$(( $(date +%s) - start ))
echo "difftest: OK: $queries queries in $round rounds, $(awk -v s="$elapsed" 'BEGIN { printf "%.2f", s / 3600 }') h, no mismatch"
