#!/usr/bin/python3
"""apply_patch: a minimal RDF Patch applier (not accord's code), for the tests.

    apply_patch.py GRAPH.nt PATCH OUT.nt

Reads GRAPH.nt with rdflib, applies PATCH (TX . / A s p o . / D s p o . / TC .,
optional H header lines; prefixes are not used by accord's patches) and writes
the result as N-Triples. A line it does not understand is an error, and so is
adding a statement already there or deleting one that is not (a patch between
two exact graphs never does either)."""
import sys

import rdflib


def parse_triple(text):
    g = rdflib.Graph()
    g.parse(data=text, format="nt")
    triples = list(g)
    if len(triples) != 1:
        raise ValueError(f"not one triple: {text!r}")
    return triples[0]


def apply(graph, patch_lines):
    state = "start"
    counts = {"A": 0, "D": 0}
    for n, line in enumerate(patch_lines, 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        op, _, rest = line.partition(" ")
        if op == "H" and state == "start":
            continue
        if op == "TX" and state == "start":
            state = "open"
        elif op == "TC" and state == "open":
            state = "done"
        elif op in ("A", "D") and state == "open":
            t = parse_triple(rest)
            if op == "A":
                if t in graph:
                    raise ValueError(f"line {n}: A of a statement already there")
                graph.add(t)
            else:
                if t not in graph:
                    raise ValueError(f"line {n}: D of a statement not there")
                graph.remove(t)
            counts[op] += 1
        else:
            raise ValueError(f"line {n}: unexpected {line!r} (state {state})")
    if state != "done":
        raise ValueError("patch without TX . ... TC .")
    return counts


def main():
    graph_path, patch_path, out_path = sys.argv[1:4]
    g = rdflib.Graph()
    g.parse(graph_path, format="nt")
    with open(patch_path, encoding="utf-8") as f:
        counts = apply(g, f)
    g.serialize(out_path, format="nt", encoding="utf-8")
    print(f"applied {counts['D']} D and {counts['A']} A lines: {len(g)} statements")


if __name__ == "__main__":
    main()
