#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) into build-fuzz/ and runs
# each for SECONDS (default 60) from its seed corpus in tests/fuzz/corpus/.
# New inputs go to build-fuzz/corpus/<target>/ (the repository is not
# touched). A crash, leak, hang or sanitizer report stops with exit 1 and
# names the reproducer file; add it to tests/fuzz/corpus/<target>/ and a
# regression test once fixed.
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]      (targets: query nquads loaders jsonld jsonld_import)
#   bash scripts/fuzz.sh 1800                       the long run: 30 minutes each
# KG_FUZZ_SEED fixes libFuzzer's random seed (0, the default, draws one).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-60}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(query nquads loaders jsonld jsonld_import)
BUILD=${KG_FUZZ_BUILD_DIR:-build-fuzz}
if ! command -v clang++ >/dev/null 2>&1; then
  echo "fuzz: clang++ not found (Debian: apt-get install clang)" >&2
  exit 1
fi
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang \
  -DKG_FUZZ=ON -DKG_BUILD_TESTS=OFF -DKG_BUILD_BENCH=OFF -DKG_JEMALLOC=OFF >/dev/null
cmake --build "$BUILD" -j"$(nproc)" --target "${TARGETS[@]/#/fuzz_}" >/dev/null
status=0
for t in "${TARGETS[@]}"; do
  work="$BUILD/corpus/$t"
  artifacts="$BUILD/artifacts/$t/"
  mkdir -p "$work" "$artifacts"
  log="$BUILD/fuzz_$t.log"
  echo "fuzz: $t for ${SECONDS_EACH}s"
  if "$BUILD/tests/fuzz/fuzz_$t" "$work" "tests/fuzz/corpus/$t" -max_total_time="$SECONDS_EACH" -seed="${KG_FUZZ_SEED:-0}" \
      -timeout=10 -rss_limit_mb=2048 -max_len=8192 -artifact_prefix="$artifacts" -print_final_stats=1 >"$log" 2>&1; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    echo "fuzz: $t ok: $runs inputs, corpus $(ls "$work" | wc -l) files"
  else
    status=1
    echo "fuzz: $t FAILED; reproducer(s): $(ls "$artifacts" | sed "s|^|$artifacts|" | tr '\n' ' ')" >&2
    grep -m1 -A12 "ERROR: \|runtime error\|deadly signal" "$log" >&2 || tail -20 "$log" >&2
  fi
done
exit $status
