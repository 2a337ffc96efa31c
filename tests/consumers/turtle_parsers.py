#!/usr/bin/python3
"""turtle_parsers: graph.ttl, graph.nt and graph.nq accepted by three
independent parsers - Raptor's rapper, Serd's serdi and N3.js - with no
warnings, no blank nodes, the same triple counts everywhere, and graph.ttl
declaring `@prefix acc: <https://w3id.org/accord/ns#>`; graph.rdf (RDF/XML)
read by rapper and rdflib is the same graph as graph.nt (rdflib isomorphism)."""
import json
import os
import re
import subprocess
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from consumer_common import ACC, parse_args, run_on_corpora

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = [  # file, rapper/serdi syntax name, N3.js format
    ("graph.ttl", "turtle", "text/turtle"),
    ("graph.nt", "ntriples", "application/n-triples"),
    ("graph.nq", "nquads", "application/n-quads"),
]
BLANK = re.compile(r"(^|\s)_:")


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def check(c, out, args):
    counts = {}
    for fname, syntax, mime in FILES:
        path = os.path.join(out, fname)

        # rapper: count, and no warnings or errors
        r = run([args.rapper, "-i", syntax, "-c", path])
        m = re.search(r"returned (\d+) triples", r.stderr)
        noise = [l for l in r.stderr.splitlines() if re.search(r"warning|error", l, re.I)]
        if c.check(r.returncode == 0 and m and not noise,
                   f"rapper -i {syntax} -c {fname} exited {r.returncode}:\n{r.stderr}"):
            counts[(fname, "rapper")] = int(m.group(1))
            c.ok(f"rapper -i {syntax} -c {fname}: {m.group(1)} statements")

        # rapper to N-Triples / N-Quads: no blank nodes
        outfmt = "nquads" if syntax == "nquads" else "ntriples"
        r = run([args.rapper, "-q", "-i", syntax, "-o", outfmt, path])
        if c.check(r.returncode == 0, f"rapper -i {syntax} -o {outfmt} {fname} exited {r.returncode}:\n{r.stderr}"):
            blanks = [l for l in r.stdout.splitlines() if BLANK.search(l)]
            if c.check(not blanks, f"{fname}: {len(blanks)} statements with blank nodes, e.g. {blanks[:3]}"):
                c.ok(f"rapper {outfmt} output of {fname} has no blank nodes")

        # serdi: exit status, silence
        with open(os.devnull, "w") as devnull:
            r = subprocess.run([args.serdi, "-i", syntax, path], stdout=devnull,
                               stderr=subprocess.PIPE, text=True)
        if c.check(r.returncode == 0 and not r.stderr.strip(),
                   f"serdi -i {syntax} {fname} exited {r.returncode}:\n{r.stderr}"):
            c.ok(f"serdi -i {syntax} {fname}")

        # N3.js, strict format
        r = run([args.node, os.path.join(HERE, "n3_parse.js"), path, mime])
        if c.check(r.returncode == 0, f"N3.js ({mime}) failed on {fname}:\n{r.stderr}"):
            info = json.loads(r.stdout)
            counts[(fname, "n3")] = info["quads"]
            c.check(info["blankNodes"] == 0, f"N3.js: {fname} has {info['blankNodes']} blank nodes")
            if fname == "graph.ttl":
                c.check(info["prefixes"].get("acc") == ACC,
                        f"N3.js: graph.ttl prefix acc: is {info['prefixes'].get('acc')!r}, not {ACC}")
            if fname == "graph.nq":
                c.check(info["graphs"] > 0, "N3.js: graph.nq has no named graph")
            c.ok(f"N3.js {mime} {fname}: {info['quads']} quads, {info['graphs']} named graphs")

    # graph.ttl declares acc:
    with open(os.path.join(out, "graph.ttl"), encoding="utf-8") as f:
        ttl = f.read()
    if c.check(re.search(r"^@prefix acc: <" + re.escape(ACC) + r"> \.", ttl, re.M),
               "graph.ttl does not declare @prefix acc: <https://w3id.org/accord/ns#> ."):
        c.ok("graph.ttl declares @prefix acc:")

    # the same graph everywhere
    c.check(len(set(v for (f, _), v in counts.items() if f != "graph.nq")) == 1,
            f"graph.ttl and graph.nt statement counts differ: {counts}")
    c.check(counts.get(("graph.nq", "rapper")) == counts.get(("graph.nq", "n3")),
            f"graph.nq statement counts differ between rapper and N3.js: {counts}")
    c.check(counts.get(("graph.ttl", "rapper"), 0) > 0, "graph.ttl is empty")
    c.check(counts.get(("graph.nq", "rapper"), 0) > counts.get(("graph.ttl", "rapper"), 0),
            f"graph.nq has no statements beyond the default graph: {counts}")


def check_rdfxml(c, out, args):
    path = os.path.join(out, "graph.rdf")
    r = run([args.rapper, "-i", "rdfxml", "-c", path])
    m = re.search(r"returned (\d+) triples", r.stderr)
    noise = [l for l in r.stderr.splitlines() if re.search(r"warning|error", l, re.I)]
    if c.check(r.returncode == 0 and m and not noise, f"rapper -i rdfxml -c graph.rdf exited {r.returncode}:\n{r.stderr}"):
        c.ok(f"rapper -i rdfxml -c graph.rdf: {m.group(1)} statements")
    import rdflib
    from rdflib.compare import isomorphic
    xml, nt = rdflib.Graph(), rdflib.Graph()
    xml.parse(path, format="xml")
    nt.parse(os.path.join(out, "graph.nt"), format="nt")
    if c.check(len(xml) == len(nt) and isomorphic(xml, nt),
               f"graph.rdf ({len(xml)} triples) and graph.nt ({len(nt)}) are not the same graph"):
        c.ok(f"rdflib: graph.rdf is isomorphic to graph.nt ({len(nt)} triples)")


def check_all(c, out, args):
    check(c, out, args)
    check_rdfxml(c, out, args)


def extra(ap):
    ap.add_argument("--rapper", default="rapper")
    ap.add_argument("--serdi", default="serdi")
    ap.add_argument("--node", default="node")


if __name__ == "__main__":
    run_on_corpora("turtle_parsers", parse_args(extra), check_all, formats="nt,nq,rdfxml")
