#!/usr/bin/python3
"""Summarize `perf script -F tid,ip,sym,dso` output (perf record --call-graph dwarf) of
one `accord build` run: time per pipeline stage and the top functions.

Usage: perf script -i perf.data -F tid,ip,sym,dso | perf_stages.py [--top N]

A sample's stage is the first entry of STAGES whose pipeline function (read_corpus,
Lexicon::load, extract_facts, ..., in that order) is anywhere on its stack;
graph_quads is counted apart from the writer that called it, and facts_lines counts
as "summary" only outside write_facts_table. Samples with none are "other". The top functions are by self time (the leaf frame),
each with the accord function nearest to it on the stack (who called the library
code), which is what says where a memcmp or a malloc comes from.
Prints Markdown.
"""
import collections
import re
import sys

def on(name):
    pat = re.compile(r"accord::" + name + r"\b")
    return lambda frames: any(pat.search(f) for f in frames)


def both(x, y):
    return lambda frames: x(frames) and y(frames)


# (stage label, test on the sample's frame names), tried in this order: the first
# that holds names the stage.
STAGES = [
    ("lexicon load", on(r"Lexicon::(load|add_file)")),
    ("read corpus (ingest)", on("read_corpus")),
    ("extract (per article, threaded)", on("extract_facts")),
    ("resolve people", on("resolve_people")),
    ("merge similar projects", on("merge_similar_projects")),
    ("build graph", on("build_graph")),
    ("RDF statements (graph_statements: term ids, ranked, sorted)", on("graph_statements")),
    ("graph.ttl: write_turtle (own writer)", on("write_turtle")),
    ("graph.nt/nq: write_ntriples (own writer)", on("write_ntriples")),
    ("graph.rdf: Raptor serializer", on("write_rdfxml")),
    ("GraphML export", on("write_graphml")),
    ("GEXF export", on("write_gexf")),
    ("Neo4j export", on("write_neo4j")),
    ("facts.tsv export", on("write_facts_table")),
    ("facts table (facts_lines)", on("facts_lines")),
    ("sort edges (sorted_edges, outside the stages above)", on("sorted_edges")),
    ("merge: article ids", on("number_articles")),
    ("commit (rename into place, free the graph)", on(r"OutputBatch::commit|AtomicFile::commit")),
]


def demangle_short(sym):
    sym = re.sub(r"\[abi:cxx11\]", "", sym)
    sym = re.sub(r"\(anonymous namespace\)::", "", sym)
    sym = re.sub(r"\+0x[0-9a-f]+$", "", sym)
    if len(sym) > 110:
        sym = sym[:107] + "..."
    return sym


def samples(stream):
    frames = []
    for line in stream:
        line = line.rstrip("\n")
        if not line.strip():
            if frames:
                yield frames
            frames = []
            continue
        if not line.startswith("\t") and not line.startswith("        "):
            if frames:
                yield frames
            frames = []
            continue
        parts = line.strip().split(None, 1)
        if len(parts) < 2:
            continue
        rest = parts[1]
        m = re.match(r"(.*) \(([^()]*)\)$", rest)
        sym, dso = (m.group(1), m.group(2)) if m else (rest, "")
        frames.append((sym, dso.rsplit("/", 1)[-1]))
    if frames:
        yield frames


def main(argv):
    top = 15
    if "--top" in argv:
        top = int(argv[argv.index("--top") + 1])
    n = 0
    stage = collections.Counter()
    self_ = collections.Counter()
    self_dso = {}
    callers = collections.defaultdict(collections.Counter)
    for frames in samples(sys.stdin):
        n += 1
        leaf, dso = frames[0]
        leaf = demangle_short(leaf)
        self_[leaf] += 1
        self_dso[leaf] = dso
        # nearest accord function above the leaf
        for sym, d in frames[1:]:
            if sym.startswith("accord::") and d.startswith("accord"):
                callers[leaf][demangle_short(sym)] += 1
                break
        st = "other (startup, exit, unattributed)"
        names = [s for s, _ in frames]
        for label, test in STAGES:
            if test(names):
                st = label
                break
        stage[st] += 1
    if not n:
        print("no samples")
        return 1
    print(f"Samples: {n}.\n")
    print("### Time by stage (inclusive)\n")
    print("| stage | share |")
    print("|---|---:|")
    for label, c in stage.most_common():
        print(f"| {label} | {100 * c / n:.1f}% |")
    print(f"\n### Top {top} functions by self time\n")
    print("| # | function | library | self | called mostly from (nearest accord frame) |")
    print("|---:|---|---|---:|---|")
    for i, (sym, c) in enumerate(self_.most_common(top), 1):
        cs = callers[sym].most_common(2)
        tot = sum(callers[sym].values()) or 1
        via = "; ".join(f"`{s}` {100 * k / tot:.0f}%" for s, k in cs) if cs else "—"
        print(f"| {i} | `{sym}` | {self_dso.get(sym, '')} | {100 * c / n:.1f}% | {via} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
