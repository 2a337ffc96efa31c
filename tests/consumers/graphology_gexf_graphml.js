#!/usr/bin/env node
// graphology_gexf_graphml: graph.gexf and graph.graphml read by graphology's
// own parsers (npm graphology-gexf and graphology-graphml, pinned in
// tests/tools/package-lock.json), both into a MultiDirectedGraph:
//  - each parses without an error (graphology-graphml throws on a key
//    for="all"), as many nodes and edges as <node> and <edge> elements;
//  - the two graphs have the same node keys and the same edges (source,
//    target, relationship type, role, evidenceCount, articles);
//  - GraphML nodes: `labels` ":Class" with a known class, a `name`;
//    GEXF nodes: `label` = GraphML `name`, `type` = the class, a colour
//    ("rgb(r,g,b)", one per type) and a numeric size;
//  - edges: GraphML `label` / GEXF `label` and `relationship` a relationship
//    type, `evidenceCount` a number >= 1, GEXF `weight` = evidenceCount.
// Usage: node graphology_gexf_graphml.js --accord BIN --corpus NAME=DIR...
'use strict';
const fs = require('fs');
const path = require('path');
const common = require('./consumer_common');

const { MultiDirectedGraph } = common.requireTool('graphology');
const gexf = common.requireTool('graphology-gexf');
const graphml = common.requireTool('graphology-graphml');

const count = (text, tag) => (text.match(new RegExp(`<${tag}[\\s>]`, 'g')) || []).length;

function edgeKeys(g, typeOf) {
  return g.mapEdges((e, a, s, t) => JSON.stringify([s, t, typeOf(a), a.role || '', a.evidenceCount, a.articles || '']))
    .sort();
}

function check(t, out) {
  const texts = {};
  const graphs = {};
  for (const [file, parser] of [['graph.graphml', graphml], ['graph.gexf', gexf]]) {
    texts[file] = fs.readFileSync(path.join(out, file), 'utf8');
    try {
      graphs[file] = parser.parse(MultiDirectedGraph, texts[file], { respectInputGraphType: true });
    } catch (e) {
      t.fail(`${file}: graphology parser threw: ${e.message}`);
      continue;
    }
    const g = graphs[file];
    const n = count(texts[file], 'node'), m = count(texts[file], 'edge');
    if (t.check(g.order === n && g.size === m,
      `${file}: graphology has ${g.order} nodes and ${g.size} edges; the file ${n} <node> and ${m} <edge>`))
      t.ok(`${file}: ${g.order} nodes and ${g.size} edges (${g.type}, multi=${g.multi})`);
  }
  const gml = graphs['graph.graphml'], gx = graphs['graph.gexf'];
  if (!gml || !gx) return;

  // ---- the same graph ----
  const a = gml.nodes().sort(), b = gx.nodes().sort();
  t.check(JSON.stringify(a) === JSON.stringify(b),
    `node keys differ: only GraphML ${a.filter((x) => !gx.hasNode(x)).slice(0, 5)}, only GEXF ${b.filter((x) => !gml.hasNode(x)).slice(0, 5)}`);
  const ea = edgeKeys(gml, (x) => x.label), eb = edgeKeys(gx, (x) => x.relationship);
  if (t.check(JSON.stringify(ea) === JSON.stringify(eb),
    `edges differ: only GraphML ${ea.filter((x) => !eb.includes(x)).slice(0, 3)}, only GEXF ${eb.filter((x) => !ea.includes(x)).slice(0, 3)}`))
    t.ok(`the GEXF and GraphML graphs have the same ${a.length} nodes and ${ea.length} edges`);

  // ---- nodes ----
  const bad = [];
  const colours = {};
  gml.forEachNode((n, attrs) => {
    const cls = (attrs.labels || '').slice(1);
    if (!(attrs.labels || '').startsWith(':') || !common.LABELS.includes(cls)) bad.push(`${n}: GraphML labels ${attrs.labels}`);
    if (!attrs.name) bad.push(`${n}: no GraphML name`);
    if (!gx.hasNode(n)) return;
    const x = gx.getNodeAttributes(n);
    if (x.label !== attrs.name) bad.push(`${n}: GEXF label ${JSON.stringify(x.label)}, GraphML name ${JSON.stringify(attrs.name)}`);
    if (x.type !== cls) bad.push(`${n}: GEXF type ${x.type}, GraphML class ${cls}`);
    if (!/^rgb\(\d+,\d+,\d+\)$/.test(x.color || '')) bad.push(`${n}: GEXF color ${x.color}`);
    if (typeof x.size !== 'number' || !(x.size > 0)) bad.push(`${n}: GEXF size ${x.size}`);
    (colours[x.type] = colours[x.type] || new Set()).add(x.color);
  });
  const perType = Object.entries(colours).map(([k, s]) => [k, [...s]]);
  if (perType.some(([, s]) => s.length !== 1) || new Set(perType.map(([, s]) => s[0])).size !== perType.length)
    bad.push(`colours are not one per type: ${JSON.stringify(perType)}`);
  if (t.check(!bad.length, `${bad.length} node problems:\n  ${bad.slice(0, 10).join('\n  ')}`))
    t.ok(`nodes: classes, names = GEXF labels, one colour per type (${perType.length} types), sizes`);

  // ---- edges ----
  const badEdges = [];
  gml.forEachEdge((e, x, s, d) => {
    if (!common.EDGE_TYPES.includes(x.label)) badEdges.push(`GraphML ${s} -> ${d}: label ${x.label}`);
    if (typeof x.evidenceCount !== 'number' || x.evidenceCount < 1) badEdges.push(`GraphML ${s} -> ${d}: evidenceCount ${x.evidenceCount}`);
  });
  gx.forEachEdge((e, x, s, d) => {
    if (!common.EDGE_TYPES.includes(x.label) || x.relationship !== x.label)
      badEdges.push(`GEXF ${s} -> ${d}: label ${x.label}, relationship ${x.relationship}`);
    if (typeof x.evidenceCount !== 'number' || x.evidenceCount < 1 || x.weight !== x.evidenceCount)
      badEdges.push(`GEXF ${s} -> ${d}: evidenceCount ${x.evidenceCount}, weight ${x.weight}`);
  });
  if (t.check(!badEdges.length, `${badEdges.length} edge problems:\n  ${badEdges.slice(0, 10).join('\n  ')}`))
    t.ok('edges: relationship types, numeric evidenceCount >= 1, GEXF weight = evidenceCount');
}

common.runOnCorpora('graphology_gexf_graphml', common.parseArgs(), 'gexf', check);
