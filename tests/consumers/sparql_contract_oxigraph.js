#!/usr/bin/env node
// sparql_contract_oxigraph: accord's RDF exports loaded into Oxigraph (npm,
// pinned in tests/tools/package-lock.json).
//  1. graph.ttl + the four contract queries of samples/queries: the rows,
//     turned into facts-table lines as SPEC section 3 describes, must be
//     exactly the non-comment lines of facts.tsv (which must be sorted, unique).
//  2. graph.nq: its default graph is graph.ttl; there is one named graph per
//     acc:Article (and no other); every fact found by the contract queries
//     restricted to GRAPH ?g is a facts.tsv line and every facts.tsv line is
//     found in some article's graph; each meeting is in the graph of every
//     article it is reportedIn; each fact node is in the graph of exactly the
//     articles its evidence comes from.
// Usage: node sparql_contract_oxigraph.js --accord BIN --corpus NAME=DIR... --queries DIR
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const TOOLS = path.resolve(__dirname, '..', 'tools', 'node_modules');
let ox;
try {
  ox = require(path.join(TOOLS, 'oxigraph'));
} catch (e) {
  console.error(`cannot load oxigraph from ${TOOLS} (run scripts/install-deps.sh): ${e.message}`);
  process.exit(1);
}

const ACC = 'https://w3id.org/accord/ns#';
const XSD_DATE = 'http://www.w3.org/2001/XMLSchema#date';
const PREFIXES = `PREFIX acc: <${ACC}>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n`;

// ---- arguments -------------------------------------------------------------
const args = { corpora: [] };
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i], v = process.argv[++i];
  if (a === '--accord') args.accord = v;
  else if (a === '--queries') args.queries = v;
  else if (a === '--corpus') {
    const k = v.indexOf('=');
    args.corpora.push([v.slice(0, k), v.slice(k + 1)]);
  } else { console.error(`unknown argument ${a}`); process.exit(2); }
}
if (!args.accord || !args.queries || !args.corpora.length) {
  console.error('usage: sparql_contract_oxigraph.js --accord BIN --corpus NAME=DIR... --queries DIR');
  process.exit(2);
}

// ---- reporting ---------------------------------------------------------------
let context = '';
const failures = [];
function fail(msg) { failures.push(`[${context}] ${msg}`); console.log(`FAIL [${context}] ${msg}`); }
function ok(msg) { console.log(`ok   [${context}] ${msg}`); }
function check(cond, msg) { if (!cond) fail(msg); return cond; }

// Byte order of the UTF-8 encoding (what a C++ std::string sort gives).
const byteCmp = (a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
const sortUnique = (xs) => [...new Set(xs)].sort(byteCmp);

function factsLines(file) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines.filter((l) => !l.startsWith('#'));
}

function compareFacts(expected, derived, what) {
  const got = sortUnique(derived);
  const exp = expected;
  let good = true;
  const expSorted = sortUnique(exp);
  if (exp.length !== expSorted.length || exp.some((l, i) => l !== expSorted[i])) {
    fail('facts.tsv non-comment lines are not sorted and unique');
    good = false;
  }
  const g = new Set(got), e = new Set(exp);
  const onlyTsv = expSorted.filter((l) => !g.has(l));
  const onlyQ = got.filter((l) => !e.has(l));
  if (onlyTsv.length || onlyQ.length) {
    fail([`${what} differ from facts.tsv (${onlyTsv.length} only in facts.tsv, ${onlyQ.length} only in ${what}):`,
      ...onlyTsv.map((l) => `  - facts.tsv : ${JSON.stringify(l)}`),
      ...onlyQ.map((l) => `  + ${what} : ${JSON.stringify(l)}`)].join('\n'));
    good = false;
  }
  if (good) ok(`${what}: ${got.length} lines equal facts.tsv exactly`);
  return good;
}

const val = (row, v) => (row.get(v) ? row.get(v).value : '');

// Rows of the four queries (optionally with a ?g column) -> facts-table lines.
// Meeting rows are grouped by ?meeting (and ?g when present).
function rowsToLines(kind, rows) {
  if (kind === 'role') return rows.map((r) => ['role', val(r, 'person'), val(r, 'role'), val(r, 'country')].join('\t'));
  if (kind === 'supports') return rows.map((r) => ['supports', val(r, 'supporter'), val(r, 'initiative')].join('\t'));
  if (kind === 'agreed') return rows.map((r) => ['agreed', val(r, 'project'), val(r, 'date'), val(r, 'place')].join('\t'));
  const by = new Map();
  for (const r of rows) {
    const key = `${val(r, 'g')} ${val(r, 'meeting')}`;
    if (!by.has(key)) by.set(key, { dates: new Set(), places: new Set(), who: new Set() });
    const e = by.get(key);
    e.dates.add(val(r, 'date')); e.places.add(val(r, 'place')); e.who.add(val(r, 'participant'));
  }
  const out = [];
  for (const [key, e] of by) {
    if (e.dates.size !== 1 || e.places.size !== 1) {
      fail(`meeting ${key.trim()} has dates ${JSON.stringify([...e.dates])} and places ${JSON.stringify([...e.places])}; expected exactly one of each`);
      continue;
    }
    out.push(['meeting', [...e.dates][0], [...e.places][0], [...e.who].sort(byteCmp).join('; ')].join('\t'));
  }
  return out;
}

// The contract queries with the fact's own statements inside GRAPH ?g and the
// entities' labels and types from the default graph.
const GRAPH_QUERIES = {
  role: `SELECT ?g ?person ?role ?country WHERE {
    GRAPH ?g { ?ra a acc:RoleAssignment ; acc:person ?p ; acc:role ?r ; acc:country ?c . }
    ?p rdfs:label ?person . ?r rdfs:label ?role . ?c rdfs:label ?country . }`,
  meeting: `SELECT ?g ?meeting ?date ?place ?participant WHERE {
    GRAPH ?g { ?meeting a acc:Meeting ; acc:date ?date ; acc:participant ?p . }
    ?p rdfs:label ?participant .
    OPTIONAL { GRAPH ?g { ?meeting acc:location ?l } ?l rdfs:label ?place } }`,
  supports: `SELECT ?g ?supporter ?initiative WHERE {
    GRAPH ?g { ?i acc:supportedBy ?s . }
    ?i a acc:Initiative ; rdfs:label ?initiative . ?s rdfs:label ?supporter . }`,
  agreed: `SELECT ?g ?project ?date ?place WHERE {
    GRAPH ?g { ?x acc:agreedAt ?m . }
    ?x a acc:Project ; rdfs:label ?project .
    ?m acc:date ?date . OPTIONAL { ?m acc:location ?l . ?l rdfs:label ?place } }`,
};

const termKey = (t) => (t.termType === 'Literal'
  ? `"${t.value}"^^${t.datatype.value}@${t.language}` : `<${t.value}>`);
const tripleKey = (q) => `${termKey(q.subject)} ${termKey(q.predicate)} ${termKey(q.object)}`;

function checkOutput(out) {
  const expected = factsLines(path.join(out, 'facts.tsv'));

  // ---- 1. graph.ttl and the contract queries --------------------------------
  const ttl = new ox.Store();
  ttl.load(fs.readFileSync(path.join(out, 'graph.ttl'), 'utf8'), { format: 'text/turtle' });
  ok(`oxigraph loaded graph.ttl: ${ttl.size} triples`);
  const lines = [];
  for (const kind of ['role', 'meeting', 'supports', 'agreed']) {
    const q = fs.readFileSync(path.join(args.queries, `${kind}.rq`), 'utf8');
    const rows = ttl.query(q);
    if (!check(Array.isArray(rows), `${kind}.rq did not return solutions`)) continue;
    if (kind === 'meeting' || kind === 'agreed') {
      for (const r of rows) {
        const d = r.get('date');
        check(d && d.termType === 'Literal' && d.datatype.value === XSD_DATE,
          `${kind}: acc:date ${d && d.value} is not an xsd:date literal`);
      }
    }
    lines.push(...rowsToLines(kind, rows));
  }
  compareFacts(expected, lines, 'oxigraph SPARQL rows (graph.ttl)');

  // ---- 2. graph.nq -----------------------------------------------------------
  const nq = new ox.Store();
  nq.load(fs.readFileSync(path.join(out, 'graph.nq'), 'utf8'), { format: 'application/n-quads' });
  ok(`oxigraph loaded graph.nq: ${nq.size} quads`);

  const defNq = new Set(nq.match(null, null, null, ox.defaultGraph()).map(tripleKey));
  const defTtl = new Set(ttl.match(null, null, null, null).map(tripleKey));
  const missing = [...defTtl].filter((k) => !defNq.has(k));
  const extra = [...defNq].filter((k) => !defTtl.has(k));
  if (check(!missing.length && !extra.length,
    `graph.nq default graph differs from graph.ttl: ${missing.length} triples missing, ${extra.length} extra; e.g. ${missing.concat(extra).slice(0, 3).join(' | ')}`)) {
    ok(`graph.nq default graph equals graph.ttl (${defNq.size} triples)`);
  }

  const graphs = sortUnique(nq.query('SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }').map((r) => r.get('g').value));
  const articles = sortUnique(nq.query(`${PREFIXES}SELECT ?a WHERE { ?a a acc:Article }`).map((r) => r.get('a').value));
  check(articles.length > 0, 'no acc:Article in the default graph');
  const noGraph = articles.filter((a) => !graphs.includes(a));
  const stray = graphs.filter((g) => !articles.includes(g));
  if (check(!noGraph.length && !stray.length,
    `named graphs are not one per article: articles without a graph ${JSON.stringify(noGraph)}, graphs that are not articles ${JSON.stringify(stray)}`)) {
    ok(`one named graph per article (${graphs.length})`);
  }

  // Facts per article graph: each line found is a facts.tsv line; together they are facts.tsv.
  const perGraph = [];
  const graphsWithFacts = new Set();
  for (const [kind, q] of Object.entries(GRAPH_QUERIES)) {
    const rows = nq.query(PREFIXES + q);
    for (const r of rows) graphsWithFacts.add(r.get('g').value);
    perGraph.push(...rowsToLines(kind, rows));
  }
  compareFacts(expected, perGraph, 'union of per-article-graph query rows (graph.nq)');

  // Each meeting is in the graph of each article it is reportedIn (the query over one
  // article's graph finds that article's meetings), and only there.
  const meetingMiss = nq.query(`${PREFIXES}SELECT ?m ?a WHERE { ?m a acc:Meeting ; acc:reportedIn ?a .
      FILTER NOT EXISTS { GRAPH ?a { ?m a acc:Meeting } } }`);
  check(!meetingMiss.length, `meetings missing from the graph of an article reporting them: ${meetingMiss.slice(0, 5).map((r) => `${val(r, 'm')} in ${val(r, 'a')}`).join(', ')}`);
  const meetingStray = nq.query(`${PREFIXES}SELECT ?m ?g WHERE { GRAPH ?g { ?m a acc:Meeting }
      FILTER NOT EXISTS { ?m acc:reportedIn ?g } }`);
  check(!meetingStray.length, `meetings in the graph of an article not reporting them: ${meetingStray.slice(0, 5).map((r) => `${val(r, 'm')} in ${val(r, 'g')}`).join(', ')}`);
  const meetingGraphs = nq.query(`${PREFIXES}SELECT DISTINCT ?g WHERE { GRAPH ?g { ?m a acc:Meeting } }`);
  check(meetingGraphs.length > 0, 'no article graph holds a meeting');
  if (!meetingMiss.length && !meetingStray.length && meetingGraphs.length) {
    // One concrete article, as a user would ask it.
    const g = meetingGraphs.map((r) => r.get('g').value).sort(byteCmp)[0];
    const inG = nq.query(`${PREFIXES}SELECT ?m WHERE { GRAPH <${g}> { ?m a acc:Meeting } }`).map((r) => r.get('m').value);
    const reported = nq.query(`${PREFIXES}SELECT ?m WHERE { ?m a acc:Meeting ; acc:reportedIn <${g}> }`).map((r) => r.get('m').value);
    check(inG.length && sortUnique(inG).join() === sortUnique(reported).join(),
      `GRAPH <${g}> meetings ${JSON.stringify(inG)} != meetings reportedIn it ${JSON.stringify(reported)}`);
    ok(`meetings are in the graphs of the articles reporting them (${meetingGraphs.length} graphs; e.g. ${g}: ${inG.length})`);
  }

  // Fact nodes (anything with acc:evidence) are in the graph of exactly the articles
  // their evidence comes from.
  const factMiss = nq.query(`${PREFIXES}SELECT DISTINCT ?f ?a WHERE { ?f acc:evidence ?e . ?e acc:article ?a .
      FILTER NOT EXISTS { GRAPH ?a { ?f acc:evidence ?e2 } } }`);
  check(!factMiss.length, `${factMiss.length} facts missing from the graph of an article giving evidence for them, e.g. ${factMiss.slice(0, 5).map((r) => `${val(r, 'f')} in ${val(r, 'a')}`).join(', ')}`);
  const factStray = nq.query(`${PREFIXES}SELECT DISTINCT ?f ?g WHERE { GRAPH ?g { ?f acc:evidence ?e }
      FILTER NOT EXISTS { ?f acc:evidence ?e2 . ?e2 acc:article ?g } }`);
  check(!factStray.length, `${factStray.length} facts in the graph of an article giving no evidence for them, e.g. ${factStray.slice(0, 5).map((r) => `${val(r, 'f')} in ${val(r, 'g')}`).join(', ')}`);
  if (!factMiss.length && !factStray.length) ok('fact nodes are in the graphs of exactly the articles giving their evidence');
}

// ---- main ------------------------------------------------------------------
for (const [name, corpus] of args.corpora) {
  context = name;
  const before = failures.length;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `accord-oxigraph-${name}-`));
  const out = path.join(tmp, 'out');
  let built = false;
  if (!fs.existsSync(args.accord)) fail(`accord binary not found at ${args.accord} (build the project first)`);
  else if (!fs.existsSync(corpus)) fail(`corpus ${corpus} not found`);
  else {
    try {
      execFileSync(args.accord, ['build', corpus, '-o', out, '--format', 'nt,nq'], { stdio: ['ignore', 'pipe', 'pipe'] });
      built = true;
    } catch (e) {
      fail(`accord build ${corpus} exited ${e.status}\n${e.stdout}${e.stderr}`);
    }
  }
  if (built) {
    try { checkOutput(out); } catch (e) { fail(`exception: ${e.stack || e}`); }
  }
  if (failures.length === before || !fs.existsSync(out)) fs.rmSync(tmp, { recursive: true, force: true });
  else console.log(`     [${name}] outputs kept in ${out}`);
}
context = '';
if (failures.length) {
  console.log(`\nsparql_contract_oxigraph: ${failures.length} failure(s)`);
  process.exit(1);
}
console.log('\nsparql_contract_oxigraph: all checks passed');
