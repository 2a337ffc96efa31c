#!/usr/bin/env node
// shacl_validate: accord's RDF validated against its own shapes by a SHACL
// engine that is not ours (npm rdf-validate-shacl, pinned in
// tests/tools/package-lock.json; files parsed with N3.js):
//  - graph.ttl plus the vocabulary (ontology/accord.ttl, for subclasses)
//    against ontology/shapes.ttl: the report's `conforms` flag must be true
//    (every violation is printed: focus node, path, value, message);
//  - the union of graph.nq's graphs (the shapes hold for it too), likewise;
//  - a negative control: the same data without one meeting's acc:date must
//    not conform, so a green run means the shapes were applied.
// Usage: node shacl_validate.mjs --accord BIN --corpus NAME=DIR... --shapes FILE --vocabulary FILE
import fs from 'fs';
import path from 'path';
import { createRequire } from 'module';

const require = createRequire(import.meta.url);
const common = require('./consumer_common.js');
const N3 = common.requireTool('n3');
let SHACLValidator;
try {
  ({ default: SHACLValidator } = await import(path.join(common.TOOLS, 'rdf-validate-shacl', 'index.js')));
} catch (e) {
  console.error(`cannot load rdf-validate-shacl from ${common.TOOLS} (run scripts/install-deps.sh): ${e.message}`);
  process.exit(1);
}

const args = common.parseArgs(['--shapes', '--vocabulary']);
if (!args.shapes || !args.vocabulary) {
  console.error('shacl_validate.mjs needs --shapes FILE and --vocabulary FILE');
  process.exit(2);
}
const MIME = { '.ttl': 'text/turtle', '.nt': 'application/n-triples', '.nq': 'application/n-quads' };
const parse = (file) => new N3.Parser({ format: MIME[path.extname(file)] }).parse(fs.readFileSync(file, 'utf8'));
const shapes = parse(args.shapes);
const vocabulary = parse(args.vocabulary);
const DATE = common.ACC + 'date', MEETING = common.ACC + 'Meeting';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

// Validates quads (+ the vocabulary); returns the report.
async function validate(quads) {
  const validator = new SHACLValidator(shapes);
  return validator.validate(validator.factory.dataset([...quads, ...vocabulary]));
}

function describe(report) {
  const short = (term) => (term ? term.value.replace(common.ID, 'id:').replace(common.ACC, 'acc:') : '-');
  return report.results.map((r) => `${short(r.focusNode)} ${short(r.path)} = ${short(r.value)}: `
    + `${r.message.map((m) => m.value).join('; ') || short(r.sourceConstraintComponent)}`);
}

async function check(t, out) {
  const ttl = parse(path.join(out, 'graph.ttl'));
  let report = await validate(ttl);
  const lines = describe(report);
  if (t.check(report.conforms === true, `graph.ttl does not conform to ${path.basename(args.shapes)}: `
    + `${lines.length} results\n  ${lines.slice(0, 30).join('\n  ')}`))
    t.ok(`graph.ttl (${ttl.length} triples) conforms to ${path.basename(args.shapes)}: conforms = ${report.conforms}`);

  const nq = parse(path.join(out, 'graph.nq'));
  const union = new Map();
  for (const q of nq) {
    const triple = N3.DataFactory.quad(q.subject, q.predicate, q.object);
    union.set(JSON.stringify([q.subject.id, q.predicate.id, q.object.id]), triple);
  }
  report = await validate(union.values());
  if (t.check(report.conforms === true, `the union of graph.nq's graphs does not conform: `
    + `${describe(report).slice(0, 30).join('\n  ')}`))
    t.ok(`the union of graph.nq's graphs (${union.size} triples) conforms`);

  // Negative control: one meeting without its date.
  const meeting = ttl.find((q) => q.predicate.value === RDF_TYPE && q.object.value === MEETING);
  if (meeting) {
    report = await validate(ttl.filter((q) => !(q.subject.equals(meeting.subject) && q.predicate.value === DATE)));
    if (t.check(report.conforms === false && report.results.length > 0,
      'graph.ttl with a meeting stripped of acc:date still conforms: the shapes were not applied'))
      t.ok(`control: without ${meeting.subject.value.replace(common.ID, 'id:')}'s acc:date it does not conform `
        + `(${describe(report)[0]})`);
  }
}

await common.runOnCorpora('shacl_validate', args, 'nq', check);
