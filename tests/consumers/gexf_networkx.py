#!/usr/bin/python3
"""gexf_networkx: graph.gexf read by NetworkX (read_gexf, GEXF 1.2draft) and
compared with graph.graphml read by NetworkX (read_graphml):
- the same nodes (ids) and as many edges, no <node>/<edge> element lost;
- node `label` = GraphML `name`; attribute `type` = the GraphML class; the
  other node attributes equal GraphML's;
- viz: one colour per type, distinct types distinct colours; viz:size grows
  with `evidenceCount`, which lies between the largest and the sum of the
  evidence counts of the node's relationships (plus its own, for meetings);
- meetings have one spell start=end=date and the graph is mode="dynamic"
  (timeformat date); no other node has spells;
- edges: `label` = attribute `relationship` = GraphML `label`, `weight` =
  `evidenceCount` (int), and (source, target, type, role, evidenceCount,
  articles, firstSeen, lastSeen) are GraphML's, edge for edge."""
import collections
import os
import sys
import xml.etree.ElementTree as ET

import networkx as nx

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from consumer_common import parse_args, run_on_corpora

CLASSES = ["Person", "Country", "Place", "Organization", "Initiative", "Project", "Meeting", "Article"]
EDGE_TYPES = {"HOLDS_ROLE", "PARTICIPATED_IN", "HELD_IN", "SUPPORTED_BY", "AGREED_AT",
              "REPORTED_IN", "PROPOSED_BY"}
GEXF = "{http://www.gexf.net/1.2draft}"
SHARED = ["wikidata", "altLabels", "date", "meetingType", "title", "source", "url"]
EDGE_KEYS = ["role", "evidenceCount", "articles", "firstSeen", "lastSeen"]


def check(c, out, args):
    path = os.path.join(out, "graph.gexf")
    G = nx.read_gexf(path)
    H = nx.read_graphml(os.path.join(out, "graph.graphml"))
    c.ok(f"networkx {nx.__version__} read graph.gexf: {type(G).__name__}, "
         f"{G.number_of_nodes()} nodes, {G.number_of_edges()} edges, mode {G.graph.get('mode')}")

    # ---- structure: the GraphML graph, nothing lost ----
    root = ET.parse(path).getroot()
    c.check(root.get("version") == "1.2", f"<gexf version={root.get('version')!r}>, expected 1.2")
    xml_nodes = sum(1 for _ in root.iter(f"{GEXF}node"))
    xml_edges = sum(1 for _ in root.iter(f"{GEXF}edge"))
    c.check(xml_nodes == G.number_of_nodes() and xml_edges == G.number_of_edges(),
            f"{xml_nodes} <node> and {xml_edges} <edge> elements, networkx has "
            f"{G.number_of_nodes()} and {G.number_of_edges()}")
    same = set(G.nodes) == set(H.nodes) and G.number_of_edges() == H.number_of_edges()
    if c.check(same, f"GEXF {G.number_of_nodes()} nodes / {G.number_of_edges()} edges, GraphML "
               f"{H.number_of_nodes()} / {H.number_of_edges()}; ids only in GEXF "
               f"{sorted(set(G.nodes) - set(H.nodes))[:5]}, only in GraphML {sorted(set(H.nodes) - set(G.nodes))[:5]}"):
        c.ok(f"same {G.number_of_nodes()} node ids and {G.number_of_edges()} edges as graph.graphml")

    # ---- nodes ----
    bad = []
    colours = collections.defaultdict(set)
    for n, d in G.nodes(data=True):
        h = H.nodes.get(n, {})
        cls = h.get("labels", ":")[1:]
        if d.get("label") != h.get("name"):
            bad.append(f"{n}: label {d.get('label')!r}, GraphML name {h.get('name')!r}")
        if d.get("type") != cls or cls not in CLASSES:
            bad.append(f"{n}: type {d.get('type')!r}, GraphML labels {h.get('labels')!r}")
        for k in SHARED:
            if str(d.get(k, "")) != str(h.get(k, "")):
                bad.append(f"{n}: {k} {d.get(k)!r}, GraphML {h.get(k)!r}")
        viz = d.get("viz", {})
        col = viz.get("color", {})
        colours[d.get("type")].add((col.get("r"), col.get("g"), col.get("b")))
        if not isinstance(viz.get("size"), float):
            bad.append(f"{n}: viz:size {viz.get('size')!r}")
        spells = d.get("spells")
        if cls == "Meeting":
            if spells != [(h.get("date"), h.get("date"))]:
                bad.append(f"{n}: spells {spells!r}, expected [({h.get('date')!r},) * 2]")
        elif spells:
            bad.append(f"{n} ({cls}): spells {spells!r}")
    if c.check(not bad, f"{len(bad)} node problems:\n  " + "\n  ".join(bad[:10])):
        c.ok("node labels, types and attributes equal GraphML's; meetings have their date as spell")
    multi = {t: sorted(cs) for t, cs in colours.items() if len(cs) != 1}
    flat = [next(iter(cs)) for cs in colours.values()]
    if c.check(not multi and len(set(flat)) == len(flat) and all(None not in x for x in flat),
               f"viz colours not one per type: {dict(colours)}"):
        c.ok(f"one viz:color per type, {len(flat)} types, all distinct")
    has_meeting = any(d.get("type") == "Meeting" for _, d in G.nodes(data=True))
    c.check(G.graph.get("mode") == ("dynamic" if has_meeting else "static"),
            f"graph mode {G.graph.get('mode')!r} with{'' if has_meeting else 'out'} meetings")
    c.check(not has_meeting or root.find(f"{GEXF}graph").get("timeformat") == "date",
            "dynamic graph without timeformat=\"date\"")

    # ---- evidence counts and sizes ----
    incident = collections.defaultdict(list)
    for u, v, d in H.edges(data=True):
        incident[u].append(d.get("evidenceCount", 0))
        incident[v].append(d.get("evidenceCount", 0))
    bad = []
    for n, d in G.nodes(data=True):
        ev = d.get("evidenceCount")
        own = H.nodes[n].get("evidenceCount", 0) if n in H else 0
        lo = max(incident[n] + [own])
        hi = sum(incident[n]) + own
        if type(ev) is not int or not lo <= ev <= hi:
            bad.append(f"{n}: evidenceCount {ev!r}, expected between {lo} and {hi}")
    by_count = sorted((d.get("evidenceCount", 0), d["viz"]["size"]) for _, d in G.nodes(data=True)
                      if "viz" in d and "size" in d["viz"])
    if any(a[1] > b[1] or (a[0] == b[0] and a[1] != b[1]) for a, b in zip(by_count, by_count[1:])):
        bad.append(f"viz:size does not grow with evidenceCount: {by_count}")
    if c.check(not bad, f"{len(bad)} evidence/size problems:\n  " + "\n  ".join(bad[:10])):
        c.ok("node evidenceCount consistent with the relationships' and viz:size growing with it")

    # ---- edges ----
    def key(u, v, d, label):
        return (u, v, label, *(str(d.get(k, "")) for k in EDGE_KEYS))
    bad = []
    gexf_edges = []
    for u, v, d in G.edges(data=True):
        if d.get("label") not in EDGE_TYPES or d.get("relationship") != d.get("label"):
            bad.append(f"{u} -> {v}: label {d.get('label')!r}, relationship {d.get('relationship')!r}")
        if type(d.get("evidenceCount")) is not int or d.get("weight") != d.get("evidenceCount"):
            bad.append(f"{u} -> {v}: weight {d.get('weight')!r}, evidenceCount {d.get('evidenceCount')!r}")
        gexf_edges.append(key(u, v, d, d.get("label")))
    gml_edges = [key(u, v, d, d.get("label")) for u, v, d in H.edges(data=True)]
    diff = collections.Counter(gexf_edges)
    diff.subtract(collections.Counter(gml_edges))
    wrong = {k: n for k, n in diff.items() if n}
    if wrong:
        bad.append(f"edges differ from GraphML (+ only in GEXF, - only in GraphML): {list(wrong.items())[:5]}")
    if c.check(not bad, f"{len(bad)} edge problems:\n  " + "\n  ".join(bad[:10])):
        c.ok(f"all {G.number_of_edges()} edges equal GraphML's (type, role, evidenceCount = weight, articles)")


if __name__ == "__main__":
    run_on_corpora("gexf_networkx", parse_args(), check, formats="gexf")
