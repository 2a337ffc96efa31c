#!/usr/bin/python3
"""sparql_contract_rdflib: graph.ttl loaded into rdflib and queried with
rdflib's own SPARQL engine using the four contract queries of
samples/queries; the rows, turned into facts-table lines as SPEC section 3
describes, must be exactly the non-comment lines of facts.tsv."""
import os
import sys

import rdflib
from rdflib import Literal, URIRef, XSD

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from consumer_common import compare_facts, facts_lines, meeting_lines, parse_args, run_on_corpora


def s(term):
    return "" if term is None else str(term)


def check(c, out, args):
    g = rdflib.Graph()
    g.parse(os.path.join(out, "graph.ttl"), format="turtle")
    c.ok(f"rdflib {rdflib.__version__} parsed graph.ttl: {len(g)} triples")

    def select(name):
        with open(os.path.join(args.queries, name + ".rq"), encoding="utf-8") as f:
            res = g.query(f.read())
        return [r.asdict() for r in res]

    lines = []
    rows = select("role")
    lines += ["\t".join(["role", s(r.get("person")), s(r.get("role")), s(r.get("country"))])
              for r in rows]
    rows = select("supports")
    lines += ["\t".join(["supports", s(r.get("supporter")), s(r.get("initiative"))]) for r in rows]
    rows = select("agreed")
    lines += ["\t".join(["agreed", s(r.get("project")), s(r.get("date")), s(r.get("place"))])
              for r in rows]
    mrows = select("meeting")
    for r in mrows + rows:
        d = r.get("date")
        c.check(isinstance(d, Literal) and d.datatype == XSD.date,
                f"acc:date {d!r} is not an xsd:date literal")
    lines += meeting_lines(c, [(s(r.get("meeting")), s(r.get("date")), r.get("place"),
                                s(r.get("participant"))) for r in mrows])
    c.check(all(isinstance(r.get("meeting"), URIRef) for r in mrows), "a ?meeting is not an IRI")
    compare_facts(c, facts_lines(os.path.join(out, "facts.tsv")), lines, "rdflib SPARQL rows")


if __name__ == "__main__":
    run_on_corpora("sparql_contract_rdflib", parse_args(), check)
