#!/usr/bin/env bash
# Sets everything up (scripts/setup.sh), runs each fuzz target for a bounded
# time (scripts/fuzz.sh; KG_FUZZ_SECONDS, default 20 s each, 0 to skip) and
# then the whole test suite with CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ "${KG_FUZZ_SECONDS:-20}" != "0" ]; then
  # A fixed seed: the bounded run in CI mutates the same way each time.
  KG_FUZZ_SEED=${KG_FUZZ_SEED:-1} bash scripts/fuzz.sh "${KG_FUZZ_SECONDS:-20}"
fi
BUILD_DIR=${KG_BUILD_DIR:-build}
cd "$BUILD_DIR"
ctest --output-on-failure -j"$(nproc)" --timeout 900
