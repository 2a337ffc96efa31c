// Shared plumbing of the Node.js consumer tests (the twin of consumer_common.py):
// arguments, reporting, and `accord build` of each corpus into a fresh
// temporary directory. Nothing here reads accord's outputs: that is left to
// the third-party tools each test loads them into.
//
//   const c = require('./consumer_common');
//   const args = c.parseArgs(['--shapes']);            // extra --NAME VALUE options
//   c.runOnCorpora('my_test', args, 'gexf,neo4j', async (t, out) => {
//     t.check(cond, 'message when it fails'); t.ok('what passed');
//   });                                                 // exits 1 if anything failed
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const TOOLS = path.resolve(__dirname, '..', 'tools', 'node_modules');
const ACC = 'https://w3id.org/accord/ns#';
const ID = 'https://w3id.org/accord/id/';
const LABELS = ['Person', 'Country', 'Place', 'Organization', 'Initiative', 'Project', 'Meeting', 'Article'];
const EDGE_TYPES = ['HOLDS_ROLE', 'PARTICIPATED_IN', 'HELD_IN', 'SUPPORTED_BY', 'AGREED_AT', 'REPORTED_IN',
  'PROPOSED_BY'];

// What `--format` adds to the default graph.ttl, graph.graphml and facts.tsv.
const FORMAT_FILES = {
  nt: ['graph.nt'], nq: ['graph.nq'], gexf: ['graph.gexf'],
  neo4j: ['neo4j/nodes.csv', 'neo4j/relationships.csv', 'neo4j/import.sh', 'neo4j/load.cypher'],
};

// A package from tests/tools/node_modules, or exit 1 naming the fix.
function requireTool(name) {
  try {
    return require(path.join(TOOLS, name));
  } catch (e) {
    console.error(`cannot load ${name} from ${TOOLS} (run scripts/install-deps.sh): ${e.message}`);
    process.exit(1);
  }
}

// --accord BIN --corpus NAME=DIR... plus the `extra` options (each takes a value).
function parseArgs(extra = []) {
  const args = { corpora: [] };
  for (let i = 2; i < process.argv.length; i++) {
    const a = process.argv[i], v = process.argv[++i];
    if (a === '--accord') args.accord = v;
    else if (a === '--corpus') {
      const k = v.indexOf('=');
      args.corpora.push([v.slice(0, k), v.slice(k + 1)]);
    } else if (extra.includes(a)) args[a.slice(2)] = v;
    else { console.error(`unknown argument ${a}`); process.exit(2); }
  }
  if (!args.accord || !args.corpora.length) {
    console.error(`usage: ${path.basename(process.argv[1])} --accord BIN --corpus NAME=DIR... ${extra.join(' ')}`);
    process.exit(2);
  }
  return args;
}

// Failures are collected so that one run reports all of them.
class Tally {
  constructor(test) { this.test = test; this.failures = []; this.context = ''; }
  fail(msg) { this.failures.push(`[${this.context}] ${msg}`); console.log(`FAIL [${this.context}] ${msg}`); }
  ok(msg) { console.log(`ok   [${this.context}] ${msg}`); }
  check(cond, msg) { if (!cond) this.fail(msg); return cond; }
}

// `accord build CORPUS -o OUT --format FORMATS`; true on success.
function build(t, accord, corpus, out, formats) {
  if (!fs.existsSync(accord)) return t.check(false, `accord binary not found at ${accord} (build the project first)`);
  if (!fs.existsSync(corpus)) return t.check(false, `corpus ${corpus} not found`);
  try {
    execFileSync(accord, ['build', corpus, '-o', out, '--format', formats], { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    return t.check(false, `accord build ${corpus} --format ${formats} exited ${e.status}\n${e.stdout}${e.stderr}`);
  }
  const wanted = ['graph.ttl', 'graph.graphml', 'facts.tsv'];
  for (const f of formats.split(',')) wanted.push(...(FORMAT_FILES[f] || []));
  const lost = wanted.filter((f) => !fs.existsSync(path.join(out, f)));
  return t.check(!lost.length, `accord build did not write ${lost.join(', ')}`);
}

// For each corpus: build into a fresh temporary directory and await check(t, out).
// The directory is removed unless something failed (then its path is printed).
async function runOnCorpora(test, args, formats, check) {
  const t = new Tally(test);
  for (const [name, corpus] of args.corpora) {
    t.context = name;
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `accord-${test}-${name}-`));
    const out = path.join(tmp, 'out');
    const before = t.failures.length;
    if (build(t, args.accord, corpus, out, formats)) {
      try {
        await check(t, out);
      } catch (e) {  // a tool crashing is a failure, not an error
        console.log(e.stack);
        t.fail(`exception: ${e.message}`);
      }
    }
    if (t.failures.length === before) fs.rmSync(tmp, { recursive: true, force: true });
    else console.log(`     [${name}] outputs kept in ${out}`);
  }
  t.context = '';
  if (t.failures.length) {
    console.log(`\n${test}: ${t.failures.length} failure(s)`);
    process.exit(1);
  }
  console.log(`\n${test}: all checks passed`);
}

module.exports = { TOOLS, ACC, ID, LABELS, EDGE_TYPES, requireTool, parseArgs, runOnCorpora };
