#!/usr/bin/python3
"""determinism: two builds of the same corpus are byte-identical whatever the
order the inputs are given or read in and whatever the number of threads
(SPEC section 7), for every output: graph.ttl, graph.graphml, facts.tsv,
graph.nt, graph.nq.

    determinism.py --accord BIN --corpus DIR [--corpus DIR...] [--duplicate-ids]

Builds, each in its own working directory:
  a  the corpora copied in name order, given in order, --threads 1
  b  copied in reverse name order (another directory order on disk), given in
     reverse order, --threads 2
  c  as b, under renamed parent directories (week-2/zz-1, week-1/zz-0 ...),
     --threads 4
a and b must be identical byte for byte. a and c must be identical once the
input paths that graph.* record as each article's `source` are mapped back
(the source is provenance: the path as typed); any other difference fails,
and a note says whether the mapping was needed.

--duplicate-ids instead builds two directories that hold different articles
under the same relative name (the same article id), given in both orders.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

OUTPUTS = ["graph.ttl", "graph.graphml", "facts.tsv", "graph.nt", "graph.nq"]


def copy_corpus(src, dst, reverse):
    """Copies the article files of src into dst, creating them in name order or
    reverse name order (directory order on disk follows creation order)."""
    files = []
    for root, _, names in os.walk(src):
        for n in names:
            files.append(os.path.relpath(os.path.join(root, n), src))
    for rel in sorted(files, reverse=reverse):
        os.makedirs(os.path.dirname(os.path.join(dst, rel)) or dst, exist_ok=True)
        shutil.copyfile(os.path.join(src, rel), os.path.join(dst, rel))


def build(accord, cwd, inputs, out, threads):
    cmd = [accord, "build", *inputs, "-o", out, "--format", "nt,nq", "--threads", str(threads)]
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if r.returncode != 0:
        print(f"FAIL {' '.join(cmd)} (in {cwd}) exited {r.returncode}\n{r.stdout}{r.stderr}")
        return False
    return True


def read(path):
    with open(path, "rb") as f:
        return f.read()


def first_difference(x, y):
    xs, ys = x.split(b"\n"), y.split(b"\n")
    for i, (p, q) in enumerate(zip(xs, ys)):
        if p != q:
            return f"line {i + 1}:\n    {p[:200]!r}\n    {q[:200]!r}"
    return f"lengths differ ({len(xs)} and {len(ys)} lines)"


def compare(name_a, out_a, name_b, out_b, renames=()):
    """True when every output of out_b equals out_a's, after `renames` (pairs of
    byte strings: the input path prefix of b, of a) are applied to b's."""
    ok, mapped = True, []
    for f in OUTPUTS:
        x, y = read(os.path.join(out_a, f)), read(os.path.join(out_b, f))
        if x == y:
            continue
        z = y
        for b_prefix, a_prefix in renames:
            z = z.replace(b_prefix, a_prefix)
        if renames and x == z:
            mapped.append(f)
            continue
        ok = False
        print(f"FAIL {f}: build {name_b} differs from build {name_a} at {first_difference(x, z)}")
    if ok:
        print(f"ok   builds {name_a} and {name_b}: {', '.join(OUTPUTS)} identical"
              + (f" (after mapping the input paths recorded as source in {', '.join(mapped)})" if mapped else ""))
        if mapped:
            print(f"note {len(mapped)} outputs record each article's input path as typed (acc:source, GraphML "
                  f"`source`): builds from differently named directories differ in those strings only")
    return ok


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--accord", required=True)
    ap.add_argument("--corpus", action="append", required=True)
    ap.add_argument("--duplicate-ids", action="store_true")
    args = ap.parse_args()
    args.accord = os.path.abspath(args.accord)  # builds run in their own directories
    corpora = [os.path.abspath(c) for c in args.corpus if os.path.isdir(c)]
    if not corpora:
        print("FAIL no corpus found")
        return 1
    tmp = tempfile.mkdtemp(prefix="accord-determinism-")
    ok = True
    try:
        if args.duplicate_ids:
            # Two roots, each with the first article of the first corpus and the
            # last of the last one, under one name: two articles with one id.
            articles = sorted(os.path.join(r, n) for c in corpora for r, _, ns in os.walk(c) for n in ns)
            for d, src in (("x", articles[0]), ("y", articles[-1])):
                os.makedirs(os.path.join(tmp, d))
                shutil.copyfile(src, os.path.join(tmp, d, "same-name.txt"))
            ok &= build(args.accord, tmp, ["x", "y"], os.path.join(tmp, "out-xy"), 1)
            ok &= build(args.accord, tmp, ["y", "x"], os.path.join(tmp, "out-yx"), 1)
            ok = ok and compare("x y", os.path.join(tmp, "out-xy"), "y x", os.path.join(tmp, "out-yx"))
        else:
            names = [f"c{i}" for i in range(len(corpora))]
            renamed = [f"week-{i + 1}/zz-{i}" for i in range(len(corpora))]
            for d in "abc":
                os.makedirs(os.path.join(tmp, d))
            for c, n, r in zip(corpora, names, renamed):
                copy_corpus(c, os.path.join(tmp, "a", n), reverse=False)
                copy_corpus(c, os.path.join(tmp, "b", n), reverse=True)
                copy_corpus(c, os.path.join(tmp, "c", r), reverse=True)
            out = {d: os.path.join(tmp, "out-" + d) for d in "abc"}
            ok &= build(args.accord, os.path.join(tmp, "a"), names, out["a"], 1)
            ok &= build(args.accord, os.path.join(tmp, "b"), names[::-1], out["b"], 2)
            ok &= build(args.accord, os.path.join(tmp, "c"), renamed[::-1], out["c"], 4)
            if ok:
                ok &= compare("a", out["a"], "b", out["b"])
                renames = [(r.encode() + b"/", n.encode() + b"/") for r, n in zip(renamed, names)]
                ok &= compare("a", out["a"], "c", out["c"], renames)
    finally:
        if ok:
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            print(f"     outputs kept in {tmp}")
    print(f"\ndeterminism: {'all checks passed' if ok else 'FAILED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
