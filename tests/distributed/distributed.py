#!/usr/bin/python3
"""The map and reduce steps apart (issue 8): `accord extract` shards, merged by
`accord merge`, give exactly the files `accord build` writes.

    distributed.py CASE --accord BIN --dask-build SCRIPT --corpus DIR [--corpus DIR...]

CASE is one of
  dask    the corpora plus a scratch directory (nested files whose ids keep their
          folder, a JSON Lines file, inputs that are skipped, two articles with one
          id) extracted by
          scripts/dask-build.py with 2 local workers in 5 parts and merged: every
          output file (ttl, nt, nq, rdf, graphml, tsv, gexf, neo4j/*, report-data.json,
          report.html), its exit status and stderr = accord build's; then the same
          shards given to accord merge in other orders, gunzipped or on standard
          input, give the same bytes
  stdin   accord extract - on JSON Lines and on a plain-text article (standard input)
          + accord merge = accord build - ; an empty standard input is a shard with
          no articles; lines ending in a tab (Hadoop Streaming) are read; the shard
          does not depend on --threads
  errors  a corrupt shard line, a record that is not one, a truncated gzip shard, an
          empty file, a shard of another format version, shards of different lexicons,
          a merge with another lexicon than its shards: exit 2, one line
          `accord: SHARD[:LINE]: ...`, the previous build untouched and nothing
          new in the output directory; a failing Dask task: exit 2, the part and
          accord's error named, no output
"""
import argparse
import gzip
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

FORMATS = "nt,nq,rdfxml,gexf,neo4j,html"
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print(f"FAIL {what}")
    return ok


def run(cmd, cwd, stdin=None, input_bytes=None):
    r = subprocess.run(cmd, cwd=cwd, stdin=stdin, input=input_bytes, capture_output=True, timeout=120)
    return r.returncode, r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace")


def tree(d):
    """{relative path: bytes} of every file under d."""
    out = {}
    for root, _, names in os.walk(d):
        for n in names:
            p = os.path.join(root, n)
            with open(p, "rb") as f:
                out[os.path.relpath(p, d)] = f.read()
    return out


def first_difference(x, y):
    for i, (p, q) in enumerate(zip(x.split(b"\n"), y.split(b"\n"))):
        if p != q:
            return f"line {i + 1}: {p[:160]!r} / {q[:160]!r}"
    return f"{len(x)} and {len(y)} bytes"


def same_outputs(what, want, got):
    """Every file of the build `want` is in `got` with the same bytes, and no other."""
    a, b = tree(want), tree(got)
    ok = check(sorted(a) == sorted(b), f"{what}: files {sorted(b)}, build wrote {sorted(a)}")
    for name in sorted(set(a) & set(b)):
        ok &= check(a[name] == b[name], f"{what}: {name} differs from the build's: {first_difference(a[name], b[name])}")
    return ok


def merge_like_build(what, accord, scratch, shards, want, want_rc, stdin=None, input_bytes=None, want_err=None):
    d = tempfile.mkdtemp(dir=scratch, prefix="merge-")
    rc, _, err = run([accord, "merge", *shards, "-o", "out", "--format", FORMATS], d, stdin=stdin, input_bytes=input_bytes)
    check(rc == want_rc, f"{what}: exit {rc}, build's was {want_rc}\n{err}")
    if want_err is not None:
        check(err == want_err, f"{what}: stderr\n{err}instead of\n{want_err}")
    same_outputs(what, want, os.path.join(d, "out"))


def build(accord, scratch, inputs, stdin=None, extra=()):
    d = tempfile.mkdtemp(dir=scratch, prefix="build-")
    rc, _, err = run([accord, "build", *inputs, "-o", "out", "--format", FORMATS, "--threads", "2", *extra], d, stdin=stdin)
    if rc not in (0, 1):
        sys.exit(f"accord build {' '.join(inputs)} failed ({rc}):\n{err}")
    return os.path.join(d, "out"), rc, err


def articles_of(corpora):
    paths = sorted(os.path.join(r, n) for c in corpora for r, _, ns in os.walk(c) for n in ns if n.endswith(".txt"))
    return paths


def case_dask(a, scratch):
    extra = os.path.join(scratch, "extra")
    arts = articles_of(a.corpus)
    # Nested files: their ids keep their folders (week1/d001), which a split by file would lose.
    for i, src in enumerate(arts[:4]):
        os.makedirs(os.path.join(extra, f"week{i % 2 + 1}", "day"), exist_ok=True)
        shutil.copyfile(src, os.path.join(extra, f"week{i % 2 + 1}", "day", os.path.basename(src)))
    with open(os.path.join(extra, "feed.jsonl"), "w", encoding="utf-8") as f:
        for src in arts[4:7]:
            f.write(json.dumps({"text": open(src, encoding="utf-8").read()}) + "\n")  # ids feed/1, feed/2 ...
        f.write('{"id": "broken", "text": \n')  # skipped
    with open(os.path.join(extra, "binary.txt"), "wb") as f:
        f.write(b"\x00\x01 not text")  # skipped
    # Two inputs holding different articles under one name: one id, numbered by content, whatever the order.
    for i, src in enumerate(arts[7:9]):
        os.makedirs(os.path.join(scratch, f"dup{i}"))
        shutil.copyfile(src, os.path.join(scratch, f"dup{i}", "same.txt"))
    inputs = [*a.corpus, extra, os.path.join(scratch, "missing.txt"), os.path.join(scratch, "dup1"), os.path.join(scratch, "dup0")]
    want, want_rc, want_err = build(a.accord, scratch, inputs)
    check(want_rc == 1 and want_err.count("\n") == 3, f"the build skips three inputs:\n{want_err}")

    d = tempfile.mkdtemp(dir=scratch, prefix="dask-")
    rc, out, err = run([a.dask_build, "--local", "2", "--parts", "5", *inputs, "-o", "out", "--format", FORMATS,
                        "--accord", a.accord, "--shards-dir", "shards"], d)
    print(err.strip())
    check(rc == want_rc, f"dask-build: exit {rc}, build's was {want_rc}\n{out}{err}")
    skipped = [l for l in err.splitlines() if l.startswith("accord:")]
    check(skipped == sorted(want_err.splitlines()), f"dask-build reports the inputs build skips, sorted:\n{err}\nbuild:\n{want_err}")
    same_outputs("dask-build --local 2 --parts 5", want, os.path.join(d, "out"))
    shards = sorted(os.path.join(d, "shards", n) for n in os.listdir(os.path.join(d, "shards")))
    check(len(shards) == 5 and all(os.path.getsize(s) > 0 for s in shards), f"5 shards: {shards}")

    # The same shards, merged in other orders, some gunzipped, one on standard input.
    # Skipped inputs are reported in one order (sorted), whatever the order of the shards.
    want_err = "".join(l + "\n" for l in sorted(want_err.splitlines()))
    merge_like_build("merge, shards in reverse order", a.accord, scratch, shards[::-1], want, want_rc, want_err=want_err)
    mixed = list(shards)
    random.Random(8).shuffle(mixed)
    for i in range(0, len(mixed), 2):
        plain = os.path.join(scratch, os.path.basename(mixed[i])[:-3])
        with gzip.open(mixed[i], "rb") as f, open(plain, "wb") as g:
            g.write(f.read())
        mixed[i] = plain
    merge_like_build("merge, shuffled, some gunzipped", a.accord, scratch, mixed, want, want_rc, want_err=want_err)
    with open(mixed[0], "rb") as stdin:
        merge_like_build("merge, one shard on standard input", a.accord, scratch, [mixed[1], "-", *mixed[2:]], want, want_rc,
                         stdin=stdin)


def case_stdin(a, scratch):
    arts = articles_of(a.corpus)
    jsonl = os.path.join(scratch, "all.jsonl")
    with open(jsonl, "w", encoding="utf-8") as f:
        for src in arts:
            f.write(json.dumps({"id": os.path.basename(src)[:-4], "title": "", "text": open(src, encoding="utf-8").read()}) + "\n")
    for what, path in (("JSON Lines", jsonl), ("a plain-text article", arts[0])):
        with open(path, "rb") as stdin:
            want, want_rc, _ = build(a.accord, scratch, ["-"], stdin=stdin)
        with open(path, "rb") as stdin:
            rc, shard, err = run([a.accord, "extract", "-q", "-"], scratch, stdin=stdin)
        check(rc == 0 and err == "", f"accord extract - on {what}: exit {rc}\n{err}")
        merge_like_build(f"accord extract - on {what} | accord merge -", a.accord, scratch, ["-"], want, want_rc,
                         input_bytes=shard.encode())
    # An empty partition (Spark pipes every one): a shard with only its header.
    rc, empty, err = run([a.accord, "extract", "-"], scratch, stdin=subprocess.DEVNULL)
    check(rc == 0 and len(empty.splitlines()) == 1 and '"accord":"extract"' in empty,
          f"accord extract - on empty standard input: exit {rc}, {len(empty.splitlines())} lines\n{err}")
    with open(jsonl, "rb") as stdin:
        want, want_rc, _ = build(a.accord, scratch, ["-"], stdin=stdin)
    with open(jsonl, "rb") as stdin:
        _, shard, _ = run([a.accord, "extract", "-q", "-"], scratch, stdin=stdin)
    paths = []
    for name, text in (("empty.jsonl", empty), ("all.jsonl", shard)):
        paths.append(os.path.join(scratch, "shard-" + name))
        with open(paths[-1], "w", encoding="utf-8") as f:
            f.write(text)
    merge_like_build("merge of an empty partition's shard and another", a.accord, scratch, paths, want, want_rc)
    # Hadoop Streaming's map-only output: each line of the mapper, then a tab (an empty value).
    merge_like_build("merge of a shard written by a map-only Hadoop Streaming job", a.accord, scratch, ["-"], want, want_rc,
                     input_bytes=shard.replace("\n", "\t\n").encode())
    # The shard does not depend on the number of threads.
    with open(jsonl, "rb") as stdin:
        _, shard4, _ = run([a.accord, "extract", "-q", "--threads", "4", "-"], scratch, stdin=stdin)
    check(shard4 == shard, "accord extract --threads 4 writes the shard --threads 1 writes")


def refused(what, accord, cwd, shards, pattern, extra=()):
    """merge exits 2 with exactly one line matching pattern, over a previous build left as it was."""
    before = tree(os.path.join(cwd, "out"))
    rc, out, err = run([accord, "merge", *shards, "-o", "out", *extra], cwd)
    check(rc == 2, f"{what}: exit {rc}, not 2\n{out}{err}")
    check(re.fullmatch(pattern, err) is not None, f"{what}: stderr {err!r} does not match {pattern!r}")
    check(tree(os.path.join(cwd, "out")) == before, f"{what}: the previous build in out/ changed")
    rc, out, err = run([accord, "merge", *shards, "-o", "fresh-out", *extra], cwd)
    check(rc == 2 and not os.path.exists(os.path.join(cwd, "fresh-out")), f"{what}: a refused merge made its output directory")


def case_errors(a, scratch):
    arts = articles_of(a.corpus)
    cwd = scratch
    rc, _, err = run([a.accord, "build", "-q", arts[0], "-o", "out"], cwd)
    assert rc == 0, err
    for k in range(2):
        rc, _, err = run([a.accord, "extract", "-q", *a.corpus, "--part", f"{k}/2", "-o", f"p{k}.jsonl"], cwd)
        assert rc == 0, err
    lines = open(os.path.join(cwd, "p0.jsonl"), encoding="utf-8").read().splitlines(keepends=True)
    assert len(lines) >= 4

    def shard(name, text, gz=False):
        with (gzip.open if gz else open)(os.path.join(cwd, name), "wt", encoding="utf-8") as f:
            f.write(text)
        return name

    corrupt = lines[:2] + [lines[2][: len(lines[2]) // 2] + "\n"] + lines[3:]
    shard("corrupt.jsonl", "".join(corrupt))
    refused("a corrupt line", a.accord, cwd, ["p1.jsonl", "corrupt.jsonl"], r"accord: corrupt\.jsonl:3: not JSON \(.+\)\n")
    shard("corrupt.jsonl.gz", "".join(corrupt), gz=True)
    refused("a corrupt line in a gzipped shard", a.accord, cwd, ["corrupt.jsonl.gz", "p1.jsonl"],
            r"accord: corrupt\.jsonl\.gz:3: not JSON \(.+\)\n")
    shard("foreign.jsonl", "".join(lines[:2] + ['{"id": "x", "text": "An article, not a record."}\n'] + lines[3:]))
    refused("a line that is not a record", a.accord, cwd, ["foreign.jsonl"],
            r"accord: foreign\.jsonl:3: not an accord record \(.+\)\n")
    with open(os.path.join(cwd, "truncated.jsonl.gz"), "wb") as f:
        f.write(gzip.compress("".join(lines).encode())[:-40])
    refused("a truncated gzip shard", a.accord, cwd, ["p1.jsonl", "truncated.jsonl.gz"], r"accord: truncated\.jsonl\.gz: .*truncated.*\n")
    shard("empty.jsonl", "")
    refused("an empty file", a.accord, cwd, ["p1.jsonl", "empty.jsonl"], r"accord: empty\.jsonl: empty: not an accord extract shard\n")
    refused("articles, not a shard", a.accord, cwd, [arts[0]],
            re.escape(f"accord: {arts[0]}:1: not an accord extract shard: the first line is not its header") + "\n")
    shard("v2.jsonl", "".join([lines[0].replace('"version":1', '"version":2')] + lines[1:]))
    refused("another format version", a.accord, cwd, ["v2.jsonl"],
            r"accord: v2\.jsonl:1: shard format version 2; this accord reads version 1\n")
    # A shard extracted with an extra lexicon file has another lexicon digest.
    shard("extra-lexicon.tsv", "person\tAda Quill\t\tKazakhstan\tA. Quill\n")
    rc, _, err = run([a.accord, "extract", "-q", *a.corpus, "--part", "1/2", "--lexicon", "extra-lexicon.tsv", "-o", "p1-lex.jsonl"], cwd)
    assert rc == 0, err
    refused("shards of different lexicons", a.accord, cwd, ["p0.jsonl", "p1-lex.jsonl"],
            r"accord: p1-lex\.jsonl:1: extracted with another lexicon \([0-9a-f]+\) than p0\.jsonl \([0-9a-f]+\): "
            r"extract every shard with the same ontology\n")
    refused("a merge without the extract's lexicon", a.accord, cwd, ["p1-lex.jsonl"],
            r"accord: p1-lex\.jsonl: extracted with another lexicon \([0-9a-f]+\) than this merge uses \([0-9a-f]+\): "
            r"give merge the --ontology and --lexicon of the extract\n")
    rc, _, err = run([a.accord, "merge", "p1-lex.jsonl", "-o", "out-lex", "--lexicon", "extra-lexicon.tsv"], cwd)
    check(rc == 0, f"merge with the extract's --lexicon: exit {rc}\n{err}")

    # A task that fails on a worker: its part and accord's own error line, exit 2, no output.
    shard("bad-lexicon.tsv", "# kind\tlabel\twikidata\tcountry\taliases\ncontry\tFreedonia\t\t\t\n")
    rc, out, err = run([a.dask_build, "--local", "2", "--parts", "3", *a.corpus, "-o", "dask-out", "--accord", a.accord,
                        "--lexicon", "bad-lexicon.tsv"], cwd)
    bad = os.path.join(cwd, "bad-lexicon.tsv")
    check(rc == 2, f"dask-build with a bad lexicon: exit {rc}, not 2\n{out}{err}")
    check(re.fullmatch(r"dask-build: part [0-2]/3 \(accord extract --part [0-2]/3\) failed on \S+: "
                       + re.escape(f"accord: {bad}:2: unknown entry kind 'contry'") + "\n", err) is not None,
          f"dask-build names the part and accord's error in one line: {err!r}")
    check(not os.path.exists(os.path.join(cwd, "dask-out")), "dask-build wrote an output after a failed task")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("case", choices=["dask", "stdin", "errors"])
    ap.add_argument("--accord", required=True)
    ap.add_argument("--dask-build", required=True)
    ap.add_argument("--corpus", action="append", required=True)
    a = ap.parse_args()
    a.accord, a.dask_build = os.path.abspath(a.accord), os.path.abspath(a.dask_build)
    a.corpus = [os.path.abspath(c) for c in a.corpus if os.path.isdir(c)]
    scratch = tempfile.mkdtemp(prefix=f"accord-distributed-{a.case}-")
    try:
        {"dask": case_dask, "stdin": case_stdin, "errors": case_errors}[a.case](a, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"distributed {a.case}: {len(failures)} failures")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
