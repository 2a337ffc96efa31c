#!/usr/bin/python3
"""neo4j_csv: the neo4j/ directory as `neo4j-admin database import full`
reads it (the header rules of the Neo4j 5 Operations Manual, "Import":
name:type columns, :ID(space) / :LABEL / :START_ID(space) / :END_ID(space) /
:TYPE, typed and array properties), checked with Python's csv module:
- nodes.csv and relationships.csv parse (csv, strict) with a constant column
  count; the headers follow the rules (exactly one :ID in nodes, one
  :START_ID, :END_ID and :TYPE in relationships, known property types, unique
  names, the relationships' ID spaces those of the nodes);
- every value fits its column: unique non-empty ids, labels and types SPEC
  section 2 names, int, date (a real YYYY-MM-DD), arrays without empty items;
- every relationship's start and end ids are in nodes.csv, joining the node
  kinds SPEC section 2 gives;
- the same graph as graph.graphml (NetworkX): node ids, labels, names,
  attributes, and relationships (type, role, evidence count, articles);
- import.sh is executable, passes `sh -n`, and runs exactly
  `neo4j-admin database import full --nodes=DIR/nodes.csv
  --relationships=DIR/relationships.csv --array-delimiter=; ... neo4j`
  (a stand-in neo4j-admin records the arguments)."""
import collections
import csv
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile

import networkx as nx

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from consumer_common import parse_args, run_on_corpora
from graphml_networkx import CLASSES, EDGE_TYPES, ENDPOINTS

# Property types neo4j-admin import accepts (each also as an array, TYPE[]).
TYPES = {"int", "long", "float", "double", "boolean", "byte", "short", "char", "string", "point",
         "date", "localtime", "time", "localdatetime", "datetime", "duration"}
SPECIAL = {"ID", "LABEL", "START_ID", "END_ID", "TYPE", "IGNORE"}
HEADER = re.compile(r"^(?P<name>[^:]*)(?::(?P<type>[A-Za-z_]+)(?:\((?P<space>[^()]+)\))?(?P<array>\[\])?)?$")
ARRAY_DELIMITER = ";"


def read_csv(c, path):
    """(header, rows) or None; every row as long as the header."""
    try:
        with open(path, newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f, strict=True))
    except (csv.Error, UnicodeDecodeError) as e:
        c.fail(f"{os.path.basename(path)}: python csv: {e}")
        return None
    if not c.check(rows, f"{os.path.basename(path)} is empty"):
        return None
    header, body = rows[0], rows[1:]
    widths = collections.Counter(len(r) for r in body)
    if not c.check(set(widths) <= {len(header)},
                   f"{os.path.basename(path)}: {len(header)} header columns but rows of widths {dict(widths)}"):
        return None
    c.ok(f"{os.path.basename(path)}: python csv reads {len(body)} rows of {len(header)} columns")
    return header, body


def parse_header(c, fname, header, kind):
    """Columns as dicts (name, type, space, array, special); checks the rules."""
    cols, problems = [], []
    for h in header:
        m = HEADER.match(h)
        if not m:
            problems.append(f"{h!r} is not name[:type[(space)][[]]]")
            continue
        name, typ, space, array = m["name"], m["type"], m["space"], bool(m["array"])
        special = typ if typ in SPECIAL else None
        if typ is not None and special is None and typ.lower() not in TYPES:
            problems.append(f"{h!r}: unknown type {typ!r}")
        if special and array:
            problems.append(f"{h!r}: {special} cannot be an array")
        if space is not None and special not in ("ID", "START_ID", "END_ID"):
            problems.append(f"{h!r}: only ID columns have an ID space")
        if special in ("LABEL", "TYPE", "START_ID", "END_ID") and name:
            problems.append(f"{h!r}: {special} columns have no property name")
        if special is None and not name:
            problems.append(f"{h!r}: a property column needs a name")
        cols.append(dict(header=h, name=name, type=(typ or "string").lower() if not special else None,
                         space=space, array=array, special=special))
    specials = collections.Counter(col["special"] for col in cols if col["special"])
    want = {"nodes": {"ID": 1, "LABEL": 1}, "relationships": {"START_ID": 1, "END_ID": 1, "TYPE": 1}}[kind]
    if {k: v for k, v in specials.items() if k != "IGNORE"} != want:
        problems.append(f"special columns {dict(specials)}, expected {want}")
    names = [col["name"] for col in cols if col["name"]]
    dups = sorted(n for n, k in collections.Counter(names).items() if k > 1)
    if dups:
        problems.append(f"property names used twice: {dups}")
    if c.check(not problems, f"{fname} header {header}:\n  " + "\n  ".join(problems)):
        c.ok(f"{fname} header follows the neo4j-admin rules: {','.join(header)}")
    return cols


def value_problems(cols, row, where):
    out = []
    for col, v in zip(cols, row):
        if v == "" or col["special"]:
            continue
        items = v.split(ARRAY_DELIMITER) if col["array"] else [v]
        if col["array"] and any(i == "" for i in items):
            out.append(f"{where}: {col['header']} {v!r} has an empty array item")
        for i in items:
            if col["type"] in ("int", "long") and not re.fullmatch(r"-?[0-9]+", i):
                out.append(f"{where}: {col['header']} {i!r} is not an integer")
            if col["type"] == "date":
                try:
                    datetime.date.fromisoformat(i)
                except ValueError:
                    out.append(f"{where}: {col['header']} {i!r} is not a date")
    return out


def check_import_sh(c, d):
    sh = os.path.join(d, "import.sh")
    c.check(os.access(sh, os.X_OK), "import.sh is not executable")
    r = subprocess.run(["sh", "-n", sh], capture_output=True, text=True)
    c.check(r.returncode == 0, f"sh -n import.sh: {r.stderr}")
    with tempfile.TemporaryDirectory() as tmp:
        fake, log = os.path.join(tmp, "neo4j-admin"), os.path.join(tmp, "argv.json")
        with open(fake, "w") as f:
            f.write(f"#!{sys.executable}\nimport json, sys\njson.dump(sys.argv[1:], open({log!r}, 'w'))\n")
        os.chmod(fake, 0o755)
        here = os.path.realpath(d)
        base = ["database", "import", "full", f"--nodes={here}/nodes.csv",
                f"--relationships={here}/relationships.csv", f"--array-delimiter={ARRAY_DELIMITER}"]
        for env, extra, db in (({}, [], "neo4j"),
                               ({"NEO4J_DATABASE": "news"}, ["--overwrite-destination=true"], "news")):
            r = subprocess.run([sh, *extra], env={**os.environ, "NEO4J_ADMIN": fake, **env},
                               capture_output=True, text=True, cwd=tmp)
            if not c.check(r.returncode == 0 and os.path.exists(log), f"import.sh {extra}: {r.stderr}"):
                continue
            with open(log) as f:
                argv = json.load(f)
            os.remove(log)
            ok = argv[:len(base)] == base and argv[-1] == db and all(x in argv for x in extra) \
                and all(a.startswith("--") for a in argv[3:-1])
            for a in argv:  # every file it names is there
                if a.startswith(("--nodes=", "--relationships=")):
                    ok &= os.path.isfile(a.split("=", 1)[1])
            if c.check(ok, f"import.sh ran neo4j-admin {argv}, expected {base} ... {db}"):
                c.ok(f"import.sh runs: neo4j-admin {' '.join(argv)}".replace(here, "DIR"))


def check(c, out, args):
    d = os.path.join(out, "neo4j")
    nodes = read_csv(c, os.path.join(d, "nodes.csv"))
    rels = read_csv(c, os.path.join(d, "relationships.csv"))
    check_import_sh(c, d)
    if not nodes or not rels:
        return
    ncols = parse_header(c, "nodes.csv", nodes[0], "nodes")
    rcols = parse_header(c, "relationships.csv", rels[0], "relationships")
    col = lambda cols, special: next(i for i, x in enumerate(cols) if x["special"] == special)
    try:
        nid, nlabel = col(ncols, "ID"), col(ncols, "LABEL")
        rs, re_, rt = col(rcols, "START_ID"), col(rcols, "END_ID"), col(rcols, "TYPE")
    except StopIteration:
        return
    spaces = {ncols[nid]["space"], rcols[rs]["space"], rcols[re_]["space"]}
    c.check(len(spaces) == 1, f"ID spaces differ between nodes and relationships: {spaces}")

    # ---- values ----
    problems = []
    labels = {}
    for i, row in enumerate(nodes[1], 2):
        if not row[nid] or row[nid] in labels:
            problems.append(f"nodes.csv:{i}: id {row[nid]!r} empty or repeated")
        ls = row[nlabel].split(ARRAY_DELIMITER)
        if not all(l in CLASSES for l in ls):
            problems.append(f"nodes.csv:{i}: labels {row[nlabel]!r}")
        labels[row[nid]] = set(ls)
        problems += value_problems(ncols, row, f"nodes.csv:{i}")
    dangling = []
    for i, row in enumerate(rels[1], 2):
        t, s, e = row[rt], row[rs], row[re_]
        if t not in EDGE_TYPES:
            problems.append(f"relationships.csv:{i}: type {t!r}")
        if s not in labels or e not in labels:
            dangling.append(f"relationships.csv:{i}: {s} -[{t}]-> {e}")
        elif t in ENDPOINTS and (not labels[s] & ENDPOINTS[t][0] or not labels[e] & ENDPOINTS[t][1]):
            problems.append(f"relationships.csv:{i}: {t} joins {labels[s]} to {labels[e]}")
        problems += value_problems(rcols, row, f"relationships.csv:{i}")
    if c.check(not dangling, f"{len(dangling)} relationships whose start or end id is not in nodes.csv:\n  "
               + "\n  ".join(dangling[:10])):
        c.ok(f"all {len(rels[1])} relationships start and end at ids of nodes.csv")
    if c.check(not problems, f"{len(problems)} bad values:\n  " + "\n  ".join(problems[:10])):
        c.ok("every value fits its column (ids, labels, types, int, date, arrays)")

    # ---- the GraphML graph ----
    H = nx.read_graphml(os.path.join(out, "graph.graphml"))
    node_props = [(i, x["name"]) for i, x in enumerate(ncols) if x["name"] and not x["special"]]
    diffs = []
    for row in nodes[1]:
        n = row[nid]
        if n not in H:
            diffs.append(f"node {n} not in graph.graphml")
            continue
        h = H.nodes[n]
        if h.get("labels") != ":" + row[nlabel]:
            diffs.append(f"{n}: :LABEL {row[nlabel]!r}, GraphML labels {h.get('labels')!r}")
        for i, name in node_props:
            want = h.get(name, "")
            want = ARRAY_DELIMITER.join(want.split("; ")) if name == "altLabels" and want else str(want)
            if row[i] != want:
                diffs.append(f"{n}: {name} {row[i]!r}, GraphML {want!r}")
    if len(nodes[1]) != H.number_of_nodes():
        diffs.append(f"{len(nodes[1])} nodes, GraphML {H.number_of_nodes()}")
    rel_props = [(i, x["name"]) for i, x in enumerate(rcols) if x["name"] and not x["special"]]
    mine = collections.Counter((r[rs], r[re_], r[rt], *(r[i] for i, _ in rel_props)) for r in rels[1])
    theirs = collections.Counter((u, v, dd.get("label"), *(str(dd.get(name, "")) for _, name in rel_props))
                                 for u, v, dd in H.edges(data=True))
    if mine != theirs:
        diffs.append(f"relationships differ from GraphML edges: only CSV {list((mine - theirs).elements())[:3]}, "
                     f"only GraphML {list((theirs - mine).elements())[:3]}")
    if c.check(not diffs, f"{len(diffs)} differences from graph.graphml:\n  " + "\n  ".join(diffs[:10])):
        c.ok(f"the same {len(nodes[1])} nodes and {len(rels[1])} relationships as graph.graphml")


if __name__ == "__main__":
    run_on_corpora("neo4j_csv", parse_args(), check, formats="neo4j")
