// check_jsonld.js EXPORT.jsonld EXPORT.nq   (or just FILE.jsonld: convert only)
// Converts kg's JSON-LD to RDF with jsonld.js (the reference JSON-LD 1.1
// processor), canonicalises it and kg's N-Quads export with URDNA2015, and
// exits 0 when both are the same dataset. Used by processors_test.cc.
'use strict';
const fs = require('fs');
const jsonld = require('jsonld');

async function main() {
  const [jsonPath, nqPath] = process.argv.slice(2);
  const doc = JSON.parse(fs.readFileSync(jsonPath, 'utf8'));
  // safe mode: fail on anything jsonld.js would silently drop.
  const fromJsonLd = await jsonld.toRDF(doc, {format: 'application/n-quads', safe: true});
  if (!nqPath) {
    console.log(`rdf: ${fromJsonLd.split('\n').filter(Boolean).length} quads`);
    return 0;
  }
  const nquads = fs.readFileSync(nqPath, 'utf8');
  const opts = {algorithm: 'URDNA2015', inputFormat: 'application/n-quads', format: 'application/n-quads'};
  const a = await jsonld.canonize(fromJsonLd, opts);
  const b = await jsonld.canonize(nquads, opts);
  if (a === b) {
    console.log(`equal: ${a.split('\n').filter(Boolean).length} quads`);
    return 0;
  }
  const la = new Set(a.split('\n')), lb = new Set(b.split('\n'));
  const onlyA = [...la].filter(x => !lb.has(x)), onlyB = [...lb].filter(x => !la.has(x));
  console.log(`differ: ${onlyA.length} only in JSON-LD, ${onlyB.length} only in N-Quads`);
  for (const l of onlyA.slice(0, 10)) console.log('jsonld> ' + l);
  for (const l of onlyB.slice(0, 10)) console.log('nquads> ' + l);
  return 1;
}

main().then(code => process.exit(code), err => {
  console.log('error: ' + (err && err.stack ? err.stack : err));
  process.exit(2);
});
