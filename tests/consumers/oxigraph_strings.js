#!/usr/bin/env node
// Loads FILE into Oxigraph (npm, pinned in tests/tools/package-lock.json) in
// FORMAT (text/turtle, application/n-triples, application/n-quads) and prints
// one JSON object: every literal object of the file, in any graph, by
// predicate IRI ({"http://www.w3.org/2000/01/rdf-schema#label": [...], ...}).
// Exits 1 when Oxigraph refuses the file. A helper of tricky_strings.py.
'use strict';
const fs = require('fs');
const path = require('path');

const [file, format] = process.argv.slice(2);
if (!file || !format) {
  console.error('usage: oxigraph_strings.js FILE FORMAT');
  process.exit(2);
}
const ox = require(path.resolve(__dirname, '..', 'tools', 'node_modules', 'oxigraph'));
const store = new ox.Store();
try {
  store.load(fs.readFileSync(file, 'utf8'), { format });
} catch (e) {
  console.error(`oxigraph (${format}) refused ${file}: ${e.message}`);
  process.exit(1);
}
const out = {};
const rows = store.query(`SELECT DISTINCT ?p ?o WHERE {
  { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } FILTER(isLiteral(?o)) }`);
for (const r of rows) (out[r.get('p').value] = out[r.get('p').value] || []).push(r.get('o').value);
for (const k of Object.keys(out)) out[k].sort();
console.log(JSON.stringify(out));
