#!/usr/bin/python3
"""graphml_networkx: graph.graphml read by NetworkX (read_graphml) and by
xml.etree (Python's own XML parser, not RapidXML):
- one node per subject of graph.ttl typed acc:Person / Country / Place /
  Organization / Initiative / Project / Meeting / Article (counted with rdflib),
  with the same identifiers, and `labels` ":Class" naming its class;
- no edge lost to NetworkX (edge count = <edge> elements); every edge has a
  `label` among the relationship types, joins the node kinds SPEC section 2
  gives, carries an int `evidenceCount` >= 1 and its source `articles`;
- `evidenceCount` is read as int wherever it appears;
- every <key> has id == attr.name (but "nodeEvidenceCount", named
  evidenceCount), is for="node" or for="edge" (for="all" is misread by Gephi,
  APOC, igraph and graphology), attr.name unique per domain; every <data> uses
  a declared key of its element's domain;
- the four core facts read off the GraphML (HOLDS_ROLE, meetings with HELD_IN
  and PARTICIPATED_IN, SUPPORTED_BY, AGREED_AT) are exactly facts.tsv."""
import os
import sys
import xml.etree.ElementTree as ET

import networkx as nx
import rdflib
from rdflib import RDF, URIRef

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from consumer_common import ACC, ID, compare_facts, facts_lines, meeting_lines, parse_args, run_on_corpora

CLASSES = ["Person", "Country", "Place", "Organization", "Initiative", "Project", "Meeting", "Article"]
EDGE_TYPES = {"HOLDS_ROLE", "PARTICIPATED_IN", "HELD_IN", "SUPPORTED_BY", "AGREED_AT",
              "REPORTED_IN", "PROPOSED_BY"}
# source kinds, target kinds (SPEC section 2; an office of an international body
# names the body in the country column; PROPOSED_BY and SUPPORTED_BY may name
# countries, organizations or persons)
ENDPOINTS = {
    "HOLDS_ROLE": ({"Person"}, {"Country", "Organization"}),
    "PARTICIPATED_IN": ({"Person"}, {"Meeting"}),
    "HELD_IN": ({"Meeting"}, {"Place"}),
    "SUPPORTED_BY": ({"Initiative"}, {"Country", "Organization", "Person"}),
    "AGREED_AT": ({"Project"}, {"Meeting"}),
    "REPORTED_IN": ({"Meeting"}, {"Article"}),
    "PROPOSED_BY": ({"Initiative", "Project"}, {"Country", "Organization", "Person"}),
}
GML = "{http://graphml.graphdrawing.org/xmlns}"


def node_id(iri):
    """GraphML node ids are entity identifiers: the IRI, or its part after id/."""
    return iri[len(ID):] if iri.startswith(ID) else iri


def kinds(G, n):
    return set(G.nodes[n].get("labels", "").split(":")[1:])


def check(c, out, args):
    gml = os.path.join(out, "graph.graphml")

    # ---- RDF side: typed subjects, counted by rdflib ----
    g = rdflib.Graph()
    g.parse(os.path.join(out, "graph.ttl"), format="turtle")
    typed = {}
    for cls in CLASSES:
        for s in g.subjects(RDF.type, URIRef(ACC + cls)):
            typed.setdefault(node_id(str(s)), set()).add(cls)

    # ---- NetworkX ----
    G = nx.read_graphml(gml)
    c.ok(f"networkx {nx.__version__} read graph.graphml: {type(G).__name__}, "
         f"{G.number_of_nodes()} nodes, {G.number_of_edges()} edges")
    if c.check(G.number_of_nodes() == len(typed),
               f"GraphML has {G.number_of_nodes()} nodes; graph.ttl has {len(typed)} subjects "
               f"typed {'/'.join(CLASSES)}"):
        c.ok(f"node count {len(typed)} = typed subjects in graph.ttl (rdflib)")
    only_g = sorted(set(G.nodes) - set(typed))
    only_t = sorted(set(typed) - set(G.nodes))
    c.check(not only_g and not only_t,
            f"node ids differ from graph.ttl subjects: only in GraphML {only_g[:5]}, "
            f"only in graph.ttl {only_t[:5]}")

    bad_labels = [(n, d.get("labels")) for n, d in G.nodes(data=True)
                  if not isinstance(d.get("labels"), str) or not d["labels"].startswith(":")]
    c.check(not bad_labels, f"nodes whose labels do not start with ':': {bad_labels[:5]}")
    wrong_class = [(n, G.nodes[n].get("labels"), sorted(cls)) for n, cls in typed.items()
                   if n in G and not cls <= kinds(G, n)]
    c.check(not wrong_class, f"node labels disagree with rdf:type in graph.ttl: {wrong_class[:5]}")

    bad_ev = [(x, d["evidenceCount"]) for x, d in list(G.nodes(data=True))
              + [((u, v), d) for u, v, d in G.edges(data=True)]
              if "evidenceCount" in d and type(d["evidenceCount"]) is not int]
    c.check(not bad_ev, f"evidenceCount not read as int: {bad_ev[:5]}")

    edge_problems = []
    for u, v, d in G.edges(data=True):
        t = d.get("label")
        if t not in EDGE_TYPES:
            edge_problems.append(f"{u} -> {v}: label {t!r} is not a relationship type")
            continue
        src, dst = ENDPOINTS[t]
        if not kinds(G, u) & src or not kinds(G, v) & dst:
            edge_problems.append(f"{t} {u} ({G.nodes[u].get('labels')}) -> {v} ({G.nodes[v].get('labels')})")
        ev = d.get("evidenceCount")
        if type(ev) is not int or ev < 1:
            edge_problems.append(f"{t} {u} -> {v}: evidenceCount {ev!r}")
        if not d.get("articles"):
            edge_problems.append(f"{t} {u} -> {v}: no source articles")
        if t == "HOLDS_ROLE" and not d.get("role"):
            edge_problems.append(f"{t} {u} -> {v}: no role")
    if c.check(not edge_problems, f"{len(edge_problems)} bad edges:\n  " + "\n  ".join(edge_problems[:10])):
        c.ok(f"all {G.number_of_edges()} edges typed, joining the right kinds, with int evidenceCount and articles")

    # ---- xml.etree: keys and data ----
    root = ET.parse(gml).getroot()
    keys = root.findall(f"{GML}key")
    c.check(keys, "no <key> elements")
    renamed = {"nodeEvidenceCount": "evidenceCount"}
    bad_keys = [k.attrib for k in keys if renamed.get(k.get("id"), k.get("id")) != k.get("attr.name")]
    c.check(not bad_keys, f"<key> with id != attr.name: {bad_keys}")
    graph_keys = [k.attrib for k in keys if k.get("for") not in ("node", "edge")]
    c.check(not graph_keys, f"<key> not for=\"node\" or for=\"edge\": {graph_keys}")
    names = [(k.get("for"), k.get("attr.name")) for k in keys]
    c.check(len(names) == len(set(names)), f"an attr.name declared twice for one domain: {sorted(names)}")
    domain = {k.get("id"): k.get("for", "all") for k in keys}
    bad_data = []
    for kind in ("node", "edge"):
        for el in root.iter(f"{GML}{kind}"):
            for dt in el.findall(f"{GML}data"):
                if domain.get(dt.get("key")) not in (kind, "all"):
                    bad_data.append(f"<{kind} id={el.get('id')!r}> <data key={dt.get('key')!r}>")
    c.check(not bad_data, f"<data> with an undeclared key or one of another domain: {bad_data[:5]}")
    xml_edges = sum(1 for _ in root.iter(f"{GML}edge"))
    c.check(xml_edges == G.number_of_edges(),
            f"{xml_edges} <edge> elements but networkx has {G.number_of_edges()} edges")
    if not bad_keys and not graph_keys and not bad_data:
        c.ok(f"xml.etree: {len(keys)} keys with id == attr.name, each for node or edge; all data keys declared")

    # ---- the core facts, read off the GraphML ----
    name = lambda n: G.nodes[n].get("name", "")
    lines = []
    held_in = {}
    participants = {}
    for u, v, d in G.edges(data=True):
        t = d.get("label")
        if t == "HOLDS_ROLE":
            lines.append("\t".join(["role", name(u), d.get("role", ""), name(v)]))
        elif t == "SUPPORTED_BY":
            lines.append("\t".join(["supports", name(v), name(u)]))
        elif t == "HELD_IN":
            held_in.setdefault(u, set()).add(name(v))
        elif t == "PARTICIPATED_IN":
            participants.setdefault(v, set()).add(name(u))
    place = lambda m: next(iter(held_in[m])) if len(held_in.get(m, ())) == 1 else (
        "" if m not in held_in else "|".join(sorted(held_in[m])))
    for u, v, d in G.edges(data=True):
        if d.get("label") == "AGREED_AT":
            lines.append("\t".join(["agreed", name(u), str(G.nodes[v].get("date", "")), place(v)]))
    rows = []
    for m in G.nodes:
        if "Meeting" in kinds(G, m):
            for who in participants.get(m, ()):
                rows.append((m, str(G.nodes[m].get("date", "")), place(m), who))
    lines += meeting_lines(c, rows)
    compare_facts(c, facts_lines(os.path.join(out, "facts.tsv")), lines, "GraphML facts")


if __name__ == "__main__":
    run_on_corpora("graphml_networkx", parse_args(), check)
