#!/usr/bin/python3
"""graphml_igraph: graph.graphml read by igraph (Debian python3-igraph, the C
library's GraphML reader - neither NetworkX nor RapidXML):
- igraph warns about nothing (an unhandled key, for="all", an unknown <data>
  key would each drop attributes silently);
- directed, with as many vertices and edges as <node> and <edge> elements and
  as NetworkX reads, vertex `id`s the GraphML node ids;
- every attribute NetworkX sees is there with the same value (igraph keeps
  numbers as floats: evidenceCount compared as a number), every vertex has a
  `name` and `labels`, every edge a relationship type in `label`;
- the vertex degrees equal NetworkX's."""
import collections
import math
import os
import sys
import warnings
import xml.etree.ElementTree as ET

import igraph
import networkx as nx

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from consumer_common import parse_args, run_on_corpora

EDGE_TYPES = {"HOLDS_ROLE", "PARTICIPATED_IN", "HELD_IN", "SUPPORTED_BY", "AGREED_AT",
              "REPORTED_IN", "PROPOSED_BY"}
GML = "{http://graphml.graphdrawing.org/xmlns}"


def same(a, b):
    """igraph's value a equals NetworkX's b (igraph has no ints, and "" or NaN
    where an element has no <data> for a key)."""
    if isinstance(b, (int, float)) and not isinstance(b, bool):
        return isinstance(a, float) and a == float(b)
    return a == b


def missing(a):
    return a is None or a == "" or (isinstance(a, float) and math.isnan(a))


def check(c, out, args):
    path = os.path.join(out, "graph.graphml")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        g = igraph.Graph.Read_GraphML(path)
    if c.check(not caught, "igraph warned while reading graph.graphml:\n  "
               + "\n  ".join(str(w.message) for w in caught)):
        c.ok(f"igraph {igraph.__version__} read graph.graphml without a warning: "
             f"{g.vcount()} vertices, {g.ecount()} edges, directed={g.is_directed()}")

    root = ET.parse(path).getroot()
    xml_nodes = sum(1 for _ in root.iter(f"{GML}node"))
    xml_edges = sum(1 for _ in root.iter(f"{GML}edge"))
    H = nx.read_graphml(path)
    counts = (g.vcount(), g.ecount())
    if c.check(g.is_directed() and counts == (xml_nodes, xml_edges) == (H.number_of_nodes(), H.number_of_edges()),
               f"igraph {counts}, <node>/<edge> elements {(xml_nodes, xml_edges)}, networkx "
               f"{(H.number_of_nodes(), H.number_of_edges())}; directed={g.is_directed()}"):
        c.ok(f"{g.vcount()} vertices and {g.ecount()} edges = the GraphML elements = networkx's")

    ids = g.vs["id"]
    c.check(sorted(ids) == sorted(H.nodes), "igraph vertex ids differ from the GraphML node ids")
    bad = []
    for v in g.vs:
        n = v["id"]
        if n not in H:
            continue
        if missing(v["name"]) or missing(v["labels"]):
            bad.append(f"{n}: name {v['name']!r}, labels {v['labels']!r}")
        for k, want in H.nodes[n].items():
            if k not in g.vs.attributes() or not same(v[k], want):
                bad.append(f"{n}: {k} = {v[k] if k in g.vs.attributes() else '(no attribute)'!r}, networkx {want!r}")
        if g.degree(v.index, mode="out") != H.out_degree(n) or g.degree(v.index, mode="in") != H.in_degree(n):
            bad.append(f"{n}: degree differs from networkx")
    if c.check(not bad, f"{len(bad)} vertex problems:\n  " + "\n  ".join(bad[:10])):
        c.ok("every vertex attribute and degree equals networkx's")

    def edge_key(src, dst, attrs):
        return (src, dst) + tuple(sorted((k, float(x) if isinstance(x, (int, float)) else x)
                                         for k, x in attrs.items() if not missing(x) and k != "id"))
    mine = collections.Counter(edge_key(ids[e.source], ids[e.target], e.attributes()) for e in g.es)
    theirs = collections.Counter(edge_key(u, v, d) for u, v, d in H.edges(data=True))
    untyped = [e.attributes() for e in g.es if e["label"] not in EDGE_TYPES]
    if c.check(mine == theirs and not untyped,
               f"igraph edges differ from networkx's: only igraph {list((mine - theirs).elements())[:3]}, "
               f"only networkx {list((theirs - mine).elements())[:3]}; untyped {untyped[:3]}"):
        c.ok("every edge, with its type and attributes, equals networkx's")


if __name__ == "__main__":
    run_on_corpora("graphml_igraph", parse_args(), check, formats="tsv")
