#!/usr/bin/env node
// Parses FILE with N3.js (npm `n3`, pinned in tests/tools/package-lock.json)
// in the strict FORMAT (text/turtle, application/n-triples, application/n-quads)
// and prints one JSON line: {"quads": N, "blankNodes": N, "graphs": N, "prefixes": [...]}.
// Exits 1 on a parse error.
'use strict';
const fs = require('fs');
const path = require('path');

const [file, format] = process.argv.slice(2);
if (!file || !format) {
  console.error('usage: n3_parse.js FILE FORMAT');
  process.exit(2);
}
const N3 = require(path.resolve(__dirname, '..', 'tools', 'node_modules', 'n3'));

const parser = new N3.Parser({ format });
let quads = 0, blankNodes = 0;
const graphs = new Set();
const prefixes = {};
let result;
try {
  // Synchronous: without a quad callback parse() returns the quads or throws.
  result = parser.parse(fs.readFileSync(file, 'utf8'), null, (prefix, iri) => {
    prefixes[prefix] = iri;
  });
} catch (e) {
  console.error(`n3 (${format}) failed on ${file}: ${e.message}`);
  process.exit(1);
}
for (const quad of result) {
  quads++;
  for (const t of [quad.subject, quad.object, quad.graph]) if (t.termType === 'BlankNode') blankNodes++;
  if (quad.graph.termType !== 'DefaultGraph') graphs.add(quad.graph.value);
}
const pre = {};
for (const [k, v] of Object.entries(prefixes)) pre[k] = typeof v === 'string' ? v : v.value;
console.log(JSON.stringify({ quads, blankNodes, graphs: graphs.size, prefixes: pre }));
