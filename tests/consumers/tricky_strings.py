#!/usr/bin/python3
"""tricky_strings: names and titles full of characters that need escaping go
through `accord build` and come back exactly from every export, read by
tools that are not ours.

The test writes, into a temporary directory, a plain-text article about a
made-up Kazakh foreign minister whose name holds a double quote, <, &, an
apostrophe, a backslash, Cyrillic and Chinese (added with --lexicon, on top of
the real ontology), with a title just as bad, and a JSON Lines article whose
title holds a comma, a newline and a tab. Then:
- rapper parses graph.ttl, graph.nt and graph.nq without a warning, and so
  does Oxigraph; both find the same literals in all three files, among them
  the name, both titles and the agreed project's label, exactly;
- NetworkX reads graph.graphml and graph.gexf: the person's `name` / `label`
  is the name, the articles' titles are the titles, the project's label too;
- Python's csv reads neo4j/nodes.csv (a multi-line quoted field included)
  with a constant column count and finds the same values;
- facts.tsv carries the name."""
import argparse
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import networkx as nx

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from consumer_common import Checker, build, facts_lines

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "Zhan \"Q\" <Amp> & O'Ko\\Алексей王"
TITLE = "Kazakh FM \"meets\" <Mongolian> & O'Brien's team \\ 王 Алексей"
TITLE2 = "Line one,\n\"line\" two\ttab & <b> \\ end"
ARTICLE = f""" date 2023-03-10 {TITLE}

ASTANA, March 9 (Xinhua) -- Kazakh Foreign Minister {NAME} met with Mongolian Foreign Minister Batmunkh Battsetseg in Astana on Thursday.

The two sides agreed to build the "Steppe & <Silk> Road" logistics hub.
"""
JSONL = {"id": "tricky,2", "title": TITLE2, "date": "2023-03-11", "url": "https://example.org/a?b=1&c=2",
         "text": "ASTANA, March 11 (Xinhua) -- Nothing was agreed today."}
RDF_FILES = [("graph.ttl", "turtle", "text/turtle"), ("graph.nt", "ntriples", "application/n-triples"),
             ("graph.nq", "nquads", "application/n-quads")]

NT_LITERAL = re.compile(r'^\S+ \S+ "((?:[^"\\]|\\.)*)"')
NT_ESCAPE = re.compile(r'\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)')
NT_CHARS = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def nt_unescape(s):
    return NT_ESCAPE.sub(lambda m: chr(int(m.group(1)[1:], 16)) if m.group(1)[0] in "uU" and len(m.group(1)) > 1
                         else NT_CHARS[m.group(1)], s)


def rdf_literals(c, args, out):
    """{file: set of literal values} as rapper and as Oxigraph read them."""
    by_tool = {}
    for fname, syntax, mime in RDF_FILES:
        path = os.path.join(out, fname)
        r = subprocess.run([args.rapper, "-i", syntax, "-o", "nquads" if syntax == "nquads" else "ntriples", path],
                           capture_output=True, text=True)
        noise = [l for l in r.stderr.splitlines() if re.search(r"warning|error", l, re.I)]
        if c.check(r.returncode == 0 and not noise, f"rapper -i {syntax} {fname} exited {r.returncode}:\n{r.stderr}"):
            by_tool[(fname, "rapper")] = {nt_unescape(m.group(1)) for l in r.stdout.splitlines()
                                          if (m := NT_LITERAL.match(l))}
        r = subprocess.run([args.node, os.path.join(HERE, "oxigraph_strings.js"), path, mime],
                           capture_output=True, text=True)
        if c.check(r.returncode == 0, f"Oxigraph refused {fname}:\n{r.stderr}"):
            by_tool[(fname, "oxigraph")] = {v for vs in json.loads(r.stdout).values() for v in vs}
    return by_tool


def check(c, args, out, project):
    want = {"name": NAME, "title": TITLE, "JSON Lines title": TITLE2, "project": project}

    # ---- RDF: rapper and Oxigraph ----
    by_tool = rdf_literals(c, args, out)
    for (fname, tool), values in sorted(by_tool.items()):
        lost = [k for k, v in want.items() if v not in values]
        if c.check(not lost, f"{tool} on {fname}: lost {lost}; literals like them: "
                   f"{sorted(v for v in values if 'Zhan' in v or 'Line one' in v or 'Kazakh FM' in v)[:6]}"):
            c.ok(f"{tool} reads {fname}: {len(values)} distinct literals, the name and titles exact")
    sets = {k: frozenset(v) for k, v in by_tool.items()}
    if c.check(len(set(sets.values())) == 1 and len(sets) == 2 * len(RDF_FILES),
               f"the literals differ between tools or files: "
               f"{ {k: sorted(v ^ next(iter(sets.values())))[:3] for k, v in sets.items()} }"):
        c.ok("rapper and Oxigraph find the same literals in graph.ttl, graph.nt and graph.nq")

    # ---- GraphML and GEXF: NetworkX ----
    H = nx.read_graphml(os.path.join(out, "graph.graphml"))
    G = nx.read_gexf(os.path.join(out, "graph.gexf"))
    person = [n for n, d in H.nodes(data=True) if d.get("type") == "Person" and d.get("name", "").startswith("Zhan")]
    if c.check(len(person) == 1, f"GraphML persons named Zhan...: {person}"):
        p = person[0]
        c.check(H.nodes[p]["name"] == NAME, f"GraphML name {H.nodes[p]['name']!r}, expected {NAME!r}")
        c.check(p in G and G.nodes[p].get("label") == NAME,
                f"GEXF label {G.nodes[p].get('label') if p in G else '(no node)'!r}, expected {NAME!r}")
    for what, graph, attr in (("GraphML", H, "name"), ("GEXF", G, "label")):
        names = {d.get(attr) for _, d in graph.nodes(data=True)}
        titles = {d.get("title") for _, d in graph.nodes(data=True)}
        ok = NAME in names and project in names and TITLE in titles and TITLE2 in titles
        if c.check(ok, f"{what}: {attr}s {sorted(n for n in names if n and 'Zhan' in n)}, "
                   f"titles {sorted(t for t in titles if t)}"):
            c.ok(f"networkx reads the name, the project and both titles exactly from {what}")

    # ---- Neo4j CSV: Python's csv ----
    with open(os.path.join(out, "neo4j", "nodes.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, strict=True))
    widths = {len(r) for r in rows}
    values = {v for r in rows[1:] for v in r}
    lost = [k for k, v in want.items() if v not in values]
    if c.check(len(widths) == 1 and not lost, f"nodes.csv: row widths {widths}, lost {lost}"):
        c.ok(f"python csv reads nodes.csv ({len(rows) - 1} rows of {widths.pop()}), the name and titles exact")

    # ---- facts.tsv ----
    c.check(any(l.split("\t")[1:2] == [NAME] for l in facts_lines(os.path.join(out, "facts.tsv"))),
            f"facts.tsv has no role line of {NAME!r}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--accord", required=True)
    ap.add_argument("--rapper", default="rapper")
    ap.add_argument("--node", default="node")
    args = ap.parse_args()
    c = Checker("tricky_strings")
    c.context = "generated"
    tmp = tempfile.mkdtemp(prefix="accord-tricky_strings-")
    corpus, out = os.path.join(tmp, "in"), os.path.join(tmp, "out")
    os.makedirs(corpus)
    with open(os.path.join(corpus, "tricky.txt"), "w", encoding="utf-8") as f:
        f.write(ARTICLE)
    with open(os.path.join(corpus, "tricky.jsonl"), "w", encoding="utf-8") as f:
        f.write(json.dumps(JSONL, ensure_ascii=False) + "\n")
    lexicon = os.path.join(tmp, "persons.tsv")  # kind, label, wikidata, country, aliases
    with open(lexicon, "w", encoding="utf-8") as f:
        f.write(f"person\t{NAME}\t\tKazakhstan\t\n")
    if build(c, args.accord, corpus, out, "nt,nq,gexf,neo4j", ["--lexicon", lexicon]):
        agreed = [l.split("\t") for l in facts_lines(os.path.join(out, "facts.tsv")) if l.startswith("agreed\t")]
        if c.check(len(agreed) == 1 and "&" in agreed[0][1] and "<" in agreed[0][1],
                   f"expected one agreed project with & and < in its label, facts.tsv has {agreed}"):
            try:
                check(c, args, out, agreed[0][1])
            except Exception as e:  # a tool crashing is a failure, not an error
                import traceback
                traceback.print_exc()
                c.fail(f"exception: {type(e).__name__}: {e}")
    if c.failures:
        print(f"     outputs kept in {tmp}")
    else:
        shutil.rmtree(tmp, ignore_errors=True)
    c.finish()


if __name__ == "__main__":
    main()
