#!/usr/bin/env bash
# Installs every Debian package kg needs to build and test (idempotent; quick when all are
# present), then configures and builds kg in Release into ./build.
# Run as root on Debian 12 (or with sudo available).
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  build-essential cmake pkg-config git
  librocksdb-dev libantlr4-runtime-dev antlr4
  libboost-program-options-dev nlohmann-json3-dev libgtest-dev libgmock-dev
  libedit-dev libgumbo-dev libutf8proc-dev libjemalloc-dev
  clang libclang-rt-14-dev
  sqlite3 libsqlite3-dev raptor2-utils iso-codes tzdata wordnet-base python3-fake-factory libtimezonemap-data python3
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js runs only the JSON-LD check in tests/export; a machine may already carry its own
# node+npm (which conflicts with Debian's npm package), so look for the commands, not packages.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Test-only npm dependency: jsonld.js checks the JSON-LD export (tests/export).
# Installed from the lock file when missing; a failure only makes that test skip.
if command -v npm >/dev/null 2>&1 && [ ! -f tests/export/node_modules/jsonld/package.json ]; then
  echo "setup: installing jsonld.js for tests/export (npm ci)"
  npm ci --prefix tests/export --no-audit --no-fund --loglevel=error >/dev/null \
    || echo "setup: warning: npm ci failed; the JSON-LD processor test will be skipped"
fi

BUILD_DIR=${KG_BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD_DIR" -j"$(nproc)"
echo "setup: built $BUILD_DIR/cli/kg"
