#!/usr/bin/env bash
# Sets everything up (scripts/setup.sh), ingests examples/ into a fresh store and runs
# examples/queries.kgq, printing answers with their citations.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
BUILD_DIR=${KG_BUILD_DIR:-build}
DB=${KG_DB:-$BUILD_DIR/examples.db}
rm -rf "$DB"
"$BUILD_DIR/cli/kg" ingest --db "$DB" examples/
"$BUILD_DIR/cli/kg" stats --db "$DB"
"$BUILD_DIR/cli/kg" query --db "$DB" -f examples/queries.kgq
