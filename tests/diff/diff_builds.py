#!/usr/bin/python3
"""diff_builds: `accord diff` on real builds of a growing corpus, checked with
tools that are not ours (rdflib, NetworkX, a small RDF Patch applier).

    diff_builds.py --accord BIN --corpus NAME=DIR:K [--corpus ...]

For each corpus, v1 is built from its first K articles (by name) and v2 from
all of them (with --format nt,nq), then:
  - `accord diff v1 v2 --format json` exits 1 and names exactly the facts the
    new articles add and remove: the difference of the two facts.tsv files;
    each fact it calls changed is in both facts.tsv files;
  - the summary (default format) names them by label;
  - `--format patch` (from the build directories, and from the Turtle files),
    applied to v1's graph.nt by tests/diff/apply_patch.py, gives a graph
    rdflib finds isomorphic to v2's graph.nt;
  - a build diffed with itself, and its N-Triples with its Turtle, are equal
    (exit 0, "No differences.");
  - its Turtle and its GraphML read the same entities and facts (exit 0) and
    the summary says what GraphML cannot carry; so does the GraphML after a
    NetworkX round trip (read_graphml + write_graphml: keys d0, d1...), and
    diffing v1's GraphML with v2's round-tripped one finds the same facts as
    the N-Triples diff;
  - errors exit 2 with `accord: PATH: message`.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

import networkx as nx
import rdflib
from rdflib.compare import isomorphic

HERE = os.path.dirname(os.path.abspath(__file__))


class Checker:
    def __init__(self):
        self.failures = 0
        self.context = ""

    def check(self, cond, msg):
        print(f"{'ok  ' if cond else 'FAIL'} [{self.context}] {msg}", flush=True)
        if not cond:
            self.failures += 1
        return cond


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, **kw)


def facts(path):
    with open(path, encoding="utf-8") as f:
        return {l for l in f.read().split("\n") if l and not l.startswith("#")}


def graph(path, fmt="nt"):
    g = rdflib.Graph()
    g.parse(path, format=fmt)
    return g


def check_corpus(c, accord, tmp, corpus, k):
    articles = sorted(f for f in os.listdir(corpus) if os.path.isfile(os.path.join(corpus, f)))
    v1_in = os.path.join(tmp, "v1-in")
    os.makedirs(v1_in)
    for f in articles[:k]:
        shutil.copyfile(os.path.join(corpus, f), os.path.join(v1_in, f))
    v1, v2 = os.path.join(tmp, "v1"), os.path.join(tmp, "v2")
    for src, out in ((v1_in, v1), (corpus, v2)):
        r = run([accord, "build", src, "-o", out, "--format", "nt,nq"])
        if not c.check(r.returncode == 0, f"accord build {src}: exit {r.returncode} {r.stderr.strip()}"):
            return
    c.check(True, f"v1: {k} of {len(articles)} articles, v2: all {len(articles)}")

    # ---- facts: exactly the difference of the facts tables ----
    r = run([accord, "diff", v1, v2, "--format", "json"])
    c.check(r.returncode == 1, f"diff v1 v2 --format json exits 1 (got {r.returncode}) {r.stderr.strip()}")
    report = json.loads(r.stdout)
    f1, f2 = facts(os.path.join(v1, "facts.tsv")), facts(os.path.join(v2, "facts.tsv"))
    added = {f["line"] for kind in report["facts"].values() for f in kind["added"]}
    removed = {f["line"] for kind in report["facts"].values() for f in kind["removed"]}
    changed = [(ch["before"]["line"], ch["after"]["line"]) for kind in report["facts"].values() for ch in kind["changed"]]
    c.check(added == f2 - f1, f"added facts = facts.tsv v2 - v1 ({len(added)} lines)"
            + ("" if added == f2 - f1 else f": only diff {sorted(added - (f2 - f1))[:5]}, only tsv {sorted((f2 - f1) - added)[:5]}"))
    c.check(removed == f1 - f2, f"removed facts = facts.tsv v1 - v2 ({len(removed)} lines)")
    c.check(all(b in f1 and a in f2 for b, a in changed), f"{len(changed)} changed facts are in both facts tables")
    c.check(report["old"]["format"] == "N-Triples" and report["new"]["format"] == "N-Triples",
            "a build directory is read from graph.nt")
    counts = {kind: len(report["facts"][kind]["added"]) for kind in report["facts"]}
    c.check(True, f"added per kind: {counts}; changed: {len(changed)}")

    summary = run([accord, "diff", v1, v2, "--max", "0"])
    c.check(summary.returncode == 1, "summary exits 1")
    some = sorted(added)[:3]
    c.check(all(line.split("\t")[1] in summary.stdout for line in some),
            f"the summary names added facts by label ({[l.split(chr(9))[1] for l in some]})")

    # ---- RDF Patch, applied by a tool that is not ours ----
    for name, old, new in (("build directories", v1, v2),
                           ("Turtle files", os.path.join(v1, "graph.ttl"), os.path.join(v2, "graph.ttl"))):
        patch = os.path.join(tmp, f"patch-{name.split()[0]}.rdfp")
        r = run([accord, "diff", old, new, "--format", "patch"])
        c.check(r.returncode == 1, f"patch from {name}: exit 1 (got {r.returncode}) {r.stderr.strip()}")
        with open(patch, "w", encoding="utf-8") as f:
            f.write(r.stdout)
        out = os.path.join(tmp, f"applied-{name.split()[0]}.nt")
        a = run(["/usr/bin/python3", os.path.join(HERE, "apply_patch.py"), os.path.join(v1, "graph.nt"), patch, out])
        if c.check(a.returncode == 0, f"apply_patch.py: {a.stdout.strip()} {a.stderr.strip()[-300:]}"):
            g, want = graph(out), graph(os.path.join(v2, "graph.nt"))
            c.check(isomorphic(g, want), f"v1 + patch ({name}) is isomorphic to v2 (rdflib): {len(g)} = {len(want)} statements")

    # ---- equal ----
    for old, new in ((v2, v2), (os.path.join(v2, "graph.nt"), os.path.join(v2, "graph.ttl"))):
        r = run([accord, "diff", old, new])
        c.check(r.returncode == 0 and "No differences." in r.stdout,
                f"diff {os.path.relpath(old, tmp)} {os.path.relpath(new, tmp)}: exit {r.returncode}, no differences")
    r = run([accord, "diff", v2, v2, "--format", "patch"])
    c.check(r.returncode == 0 and r.stdout == "TX .\nTC .\n", "a patch between equal builds is empty, exit 0")

    # ---- Turtle against GraphML, ours and NetworkX's ----
    ttl, gml = os.path.join(v2, "graph.ttl"), os.path.join(v2, "graph.graphml")
    rt = os.path.join(tmp, "networkx.graphml")
    nx.write_graphml(nx.read_graphml(gml), rt)
    with open(rt, encoding="utf-8") as f:
        c.check('id="d0"' in f.read(), "NetworkX renamed the GraphML keys (d0, d1, ...)")
    for name, g in (("accord's GraphML", gml), ("NetworkX's GraphML", rt)):
        r = run([accord, "diff", ttl, g])
        c.check(r.returncode == 0 and "No differences in what both sides carry." in r.stdout
                and "Not compared (one side cannot carry it)" in r.stdout and "Role entities" in r.stdout,
                f"Turtle vs {name}: exit {r.returncode}, equal, and says what GraphML cannot carry")
        j = json.loads(run([accord, "diff", ttl, g, "--format", "json"]).stdout)
        c.check(j["factsEqual"] and not j["entities"] and len(j["notCompared"]) == 3
                and sum(j["new"]["facts"].values()) == len(f2),
                f"Turtle vs {name} (json): facts equal ({sum(j['new']['facts'].values())} facts), no entity change")
    j = json.loads(run([accord, "diff", os.path.join(v1, "graph.graphml"), rt, "--format", "json"]).stdout)
    gml_added = {f["line"] for kind in j["facts"].values() for f in kind["added"]}
    c.check(gml_added == added, f"v1 GraphML vs v2 NetworkX GraphML: the same {len(gml_added)} added facts")

    # ---- errors ----
    missing = os.path.join(tmp, "missing")
    r = run([accord, "diff", missing, v2])
    c.check(r.returncode == 2 and r.stderr == f"accord: {missing}: No such file or directory\n",
            f"missing OLD: exit {r.returncode}, {r.stderr.strip()!r}")
    r = run([accord, "diff", v1, gml, "--format", "patch"])
    c.check(r.returncode == 2 and r.stderr.startswith(f"accord: {gml}: an RDF Patch needs RDF on both sides")
            and r.stdout == "", f"patch against GraphML: exit {r.returncode}, {r.stderr.strip()!r}")
    bad = os.path.join(tmp, "bad.nt")
    with open(bad, "w") as f:
        f.write("<http://x/a> <http://x/p> <http://x/b> .\n<http://x/a> <http://x/p> .\n")
    r = run([accord, "diff", os.path.join(v1, "graph.nt"), bad])
    c.check(r.returncode == 2 and r.stderr.startswith(f"accord: {bad}:2: "),
            f"syntax error: exit {r.returncode}, {r.stderr.strip()!r}")
    r = run([accord, "diff", v1, v2, "--format", "xml"])
    c.check(r.returncode == 2, f"unknown --format: exit {r.returncode}")
    r = run([accord, "diff", "--help"])
    c.check(r.returncode == 0 and "Exit status: 0 equal, 1 different, 2 trouble" in r.stdout, "diff --help")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--accord", required=True)
    ap.add_argument("--corpus", action="append", required=True, help="NAME=DIR:K (v1 = the first K articles)")
    args = ap.parse_args()
    c = Checker()
    for spec in args.corpus:
        name, _, rest = spec.partition("=")
        corpus, _, k = rest.rpartition(":")
        c.context = name
        if not os.path.isdir(corpus):
            c.check(False, f"corpus {corpus} not found")
            continue
        tmp = tempfile.mkdtemp(prefix=f"accord-diff-{name}-")
        before = c.failures
        try:
            check_corpus(c, args.accord, tmp, corpus, int(k))
        except Exception as e:  # a crash is a failure, reported as such
            import traceback
            traceback.print_exc()
            c.check(False, f"exception: {type(e).__name__}: {e}")
        if c.failures == before:
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            print(f"     [{name}] files kept in {tmp}")
    print(f"\ndiff_builds: {'all checks passed' if not c.failures else f'{c.failures} failure(s)'}")
    return 1 if c.failures else 0


if __name__ == "__main__":
    sys.exit(main())
