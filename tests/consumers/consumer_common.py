"""Shared plumbing of the Python consumer tests (run with /usr/bin/python3).

Builds each corpus with accord into a fresh temporary directory and hands the
output directory to a check; collects failures and exits non-zero if any.
Nothing here reads accord's outputs: that is left to the third-party tools.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

ACC = "https://w3id.org/accord/ns#"
ID = "https://w3id.org/accord/id/"


def parse_args(extra=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--accord", required=True, help="path of the accord binary")
    ap.add_argument("--corpus", action="append", required=True,
                    help="NAME=PATH of an input corpus (repeatable)")
    ap.add_argument("--queries", help="directory of the contract .rq files")
    if extra:
        extra(ap)
    args = ap.parse_args()
    args.corpora = []
    for c in args.corpus:
        name, _, path = c.partition("=")
        args.corpora.append((name, path))
    return args


class Checker:
    """Accumulates failures so one run reports all of them."""

    def __init__(self, test):
        self.test = test
        self.failures = []
        self.context = ""

    def fail(self, msg):
        self.failures.append(f"[{self.context}] {msg}" if self.context else msg)
        print(f"FAIL [{self.context}] {msg}", flush=True)

    def check(self, cond, msg):
        if not cond:
            self.fail(msg)
        return cond

    def ok(self, msg):
        print(f"ok   [{self.context}] {msg}", flush=True)

    def finish(self):
        if self.failures:
            print(f"\n{self.test}: {len(self.failures)} failure(s)")
            sys.exit(1)
        print(f"\n{self.test}: all checks passed")
        sys.exit(0)


# What `--format` adds to the default graph.ttl, graph.graphml and facts.tsv.
FORMAT_FILES = {"nt": ["graph.nt"], "nq": ["graph.nq"], "rdfxml": ["graph.rdf"], "gexf": ["graph.gexf"],
                "neo4j": ["neo4j/nodes.csv", "neo4j/relationships.csv", "neo4j/import.sh",
                          "neo4j/load.cypher"]}


def build(checker, accord, corpus, outdir, formats="nt,nq", extra=()):
    """Runs `accord build CORPUS -o OUTDIR --format FORMATS [EXTRA...]`; True on success."""
    if not os.access(accord, os.X_OK):
        checker.fail(f"accord binary not found at {accord} (build the project first)")
        return False
    if not os.path.exists(corpus):
        checker.fail(f"corpus {corpus} not found")
        return False
    cmd = [accord, "build", corpus, "-o", outdir, "--format", formats, *extra]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        checker.fail(f"{' '.join(cmd)} exited {r.returncode}\n{r.stdout}{r.stderr}")
        return False
    wanted = ["graph.ttl", "graph.graphml", "facts.tsv"]
    for fmt in formats.split(","):
        wanted += FORMAT_FILES.get(fmt, [])
    for f in wanted:
        if not os.path.isfile(os.path.join(outdir, f)):
            checker.fail(f"accord build did not write {f}")
            return False
    return True


def run_on_corpora(test, args, check, formats="nt,nq"):
    """For each corpus: build into a fresh temp dir (with --format FORMATS), call
    check(checker, outdir, args).
    The temp dir is removed unless something failed (then its path is printed)."""
    checker = Checker(test)
    for name, path in args.corpora:
        checker.context = name
        tmp = tempfile.mkdtemp(prefix=f"accord-{test}-{name}-")
        before = len(checker.failures)
        out = os.path.join(tmp, "out")
        if build(checker, args.accord, path, out, formats):
            try:
                check(checker, out, args)
            except Exception as e:  # a tool crashing is a failure, not an error
                import traceback
                traceback.print_exc()
                checker.fail(f"exception: {type(e).__name__}: {e}")
        if len(checker.failures) == before or not os.path.isdir(out):
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            print(f"     [{name}] outputs kept in {out}")
    checker.context = ""
    checker.finish()


def facts_lines(path):
    """Non-comment lines of facts.tsv, in file order (trailing newline dropped)."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [l for l in lines if not l.startswith("#")]


def compare_facts(checker, expected_file_lines, derived, what):
    """derived: iterable of lines from a third-party tool. The tool's lines,
    sorted and unique, must equal facts.tsv's non-comment lines exactly;
    facts.tsv itself must be sorted (by code point = UTF-8 bytes) and unique."""
    got = sorted(set(derived))
    exp = list(expected_file_lines)
    ok = True
    if exp != sorted(set(exp)):
        dups = sorted({l for l in exp if exp.count(l) > 1})
        checker.fail("facts.tsv is not sorted and unique"
                     + (f"; duplicates: {dups}" if dups else ""))
        ok = False
    only_tsv = sorted(set(exp) - set(got))
    only_q = sorted(set(got) - set(exp))
    if only_tsv or only_q:
        msg = [f"{what} differ from facts.tsv "
               f"({len(only_tsv)} only in facts.tsv, {len(only_q)} only in {what}):"]
        msg += [f"  - facts.tsv : {l!r}" for l in only_tsv]
        msg += [f"  + {what} : {l!r}" for l in only_q]
        checker.fail("\n".join(msg))
        ok = False
    if ok:
        checker.ok(f"{what}: {len(got)} lines equal facts.tsv exactly")
    return ok


def meeting_lines(checker, rows):
    """rows: (meeting, date, place-or-None, participant). One line per meeting:
    meeting<TAB>date<TAB>place<TAB>participants sorted, joined by '; '."""
    by = {}
    for m, date, place, who in rows:
        e = by.setdefault(m, (set(), set(), set()))
        e[0].add(date)
        e[1].add(place or "")
        e[2].add(who)
    out = []
    for m, (dates, places, who) in sorted(by.items()):
        if len(dates) != 1 or len(places) != 1:
            checker.fail(f"meeting {m} has dates {sorted(dates)} and places {sorted(places)}; "
                         "expected exactly one of each")
            continue
        out.append("\t".join(["meeting", next(iter(dates)), next(iter(places)),
                              "; ".join(sorted(who))]))
    return out
