#!/usr/bin/env node
// neo4j_cypher: neo4j/load.cypher read by Neo4j's own Cypher parser and linter
// (npm @neo4j-cypher/language-support, pinned in tests/tools/package-lock.json):
//  - it splits the file into statements, and lints the whole file with no
//    diagnostic at all (no syntax error; and, given the schema the CSV files
//    make - labels, relationship types, property keys - no warning, so every
//    label and type the script names exists in the data);
//  - the statements are: one uniqueness constraint on id per SPEC label
//    (CREATE CONSTRAINT ... IF NOT EXISTS FOR (n:L) REQUIRE n.id IS UNIQUE),
//    then LOAD CSV WITH HEADERS from file:///nodes.csv or
//    file:///relationships.csv, each MERGE-ing one label or relationship type;
//  - every label of nodes.csv and type of relationships.csv has its
//    statement, every row['column'] the script reads is a column of its file,
//    and every column holding a value for that label or type is read (no
//    data left behind).
// Usage: node neo4j_cypher.js --accord BIN --corpus NAME=DIR...
'use strict';
const fs = require('fs');
const path = require('path');
const common = require('./consumer_common');

const cypher = common.requireTool('@neo4j-cypher/language-support');

// A small RFC 4180 reader, enough to know the columns and values per row
// (neo4j_csv.py checks the files with Python's csv module).
function readCsv(file) {
  const text = fs.readFileSync(file, 'utf8');
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') field += '"', i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), field = '';
    else if (ch === '\n') row.push(field), rows.push(row), row = [], field = '';
    else field += ch;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return { header: rows[0], rows: rows.slice(1) };
}

function diagnostics(t, text, schema, what) {
  const { diagnostics } = cypher.lintCypherQuery(text, schema);
  const shown = diagnostics.map((d) => `line ${d.range.start.line + 1}:${d.range.start.character + 1}: `
    + `${d.severity === 1 ? 'error' : 'warning'}: ${d.message}`);
  if (t.check(!diagnostics.length, `load.cypher ${what}: ${diagnostics.length} diagnostics\n  ${shown.join('\n  ')}`))
    t.ok(`Neo4j's Cypher linter accepts load.cypher ${what}`);
}

function check(t, out) {
  const dir = path.join(out, 'neo4j');
  const text = fs.readFileSync(path.join(dir, 'load.cypher'), 'utf8');
  const files = { 'nodes.csv': readCsv(path.join(dir, 'nodes.csv')),
    'relationships.csv': readCsv(path.join(dir, 'relationships.csv')) };
  const nodes = files['nodes.csv'], rels = files['relationships.csv'];
  const labelCol = nodes.header.indexOf(':LABEL'), typeCol = rels.header.indexOf(':TYPE');
  const labels = [...new Set(nodes.rows.map((r) => r[labelCol]))];
  const types = [...new Set(rels.rows.map((r) => r[typeCol]))];
  const propertyKeys = [...nodes.header, ...rels.header].map((h) => h.split(':')[0]).filter(Boolean);

  // ---- the parser and linter ----
  // One lint (it is slow): syntax errors, and warnings against the CSV schema.
  diagnostics(t, text, { labels, relationshipTypes: types, propertyKeys },
    'with no syntax error, and no warning given the labels, types and keys of the CSV files');
  const statements = cypher.parseStatementsStrs(text).map((s) => s.replace(/^(\s*\/\/[^\n]*\n)*/, '').trim())
    .filter((s) => s && s !== ';');

  // ---- what the statements do ----
  const problems = [];
  const constrained = new Set(), loadsLabel = {}, loadsType = {};
  for (const s of statements) {
    let m;
    if ((m = s.match(/^CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(n:(\w+)\) REQUIRE n\.id IS UNIQUE;$/))) {
      constrained.add(m[1]);
      continue;
    }
    m = s.match(/^LOAD CSV WITH HEADERS FROM 'file:\/\/\/(nodes\.csv|relationships\.csv)' AS row\n/);
    if (!m) { problems.push(`unexpected statement: ${s.slice(0, 80)}`); continue; }
    const file = files[m[1]];
    const read = [...s.matchAll(/row\['([^']*)'\]/g)].map((x) => x[1]);
    for (const col of read) if (!file.header.includes(col)) problems.push(`reads row['${col}'], not a column of ${m[1]}`);
    const lm = s.match(/WHERE row\[':LABEL'\] = '(\w+)'\nMERGE \(n:(\w+) \{id: row\['id:ID\(Entity\)'\]\}\)/);
    const tm = s.match(/WHERE row\[':TYPE'\] = '(\w+)'\n[\s\S]*MERGE \(a\)-\[r:(\w+)[ \]{]/);
    if (m[1] === 'nodes.csv' && lm && lm[1] === lm[2]) loadsLabel[lm[1]] = read;
    else if (m[1] === 'relationships.csv' && tm && tm[1] === tm[2]) loadsType[tm[1]] = read;
    else problems.push(`a LOAD CSV that does not MERGE the label or type it selects: ${s.slice(0, 160)}`);
  }
  const missing = common.LABELS.filter((l) => !constrained.has(l));
  if (missing.length) problems.push(`no uniqueness constraint for ${missing}`);
  const unused = (file, col, key, loads) => {
    const out = [];
    for (const k of new Set(file.rows.map((r) => r[col]))) {
      if (!loads[k]) { out.push(`no statement loads ${k}`); continue; }
      file.header.forEach((h, i) => {
        if (!h.startsWith(':') && file.rows.some((r) => r[col] === k && r[i] !== '') && !loads[k].includes(h))
          out.push(`${k}: column ${h} has values but is not read`);
      });
    }
    return out;
  };
  problems.push(...unused(nodes, labelCol, 'label', loadsLabel), ...unused(rels, typeCol, 'type', loadsType));
  if (t.check(!problems.length, `${problems.length} problems:\n  ${problems.slice(0, 10).join('\n  ')}`))
    t.ok(`${statements.length} statements: ${constrained.size} constraints, loads of ${Object.keys(loadsLabel).length} `
      + `labels and ${Object.keys(loadsType).length} relationship types, reading every column with values`);
}

common.runOnCorpora('neo4j_cypher', common.parseArgs(), 'neo4j', check);
