#!/usr/bin/python3
"""accord build on a Dask cluster: the map step (`accord extract --part K/N`) as N
tasks on the workers, the reduce step (`accord merge`) here. Same files, byte for
byte, as `accord build` on the same inputs.

  scripts/dask-build.py --local 2 samples -o out                  # 2 worker processes on 127.0.0.1
  scripts/dask-build.py --scheduler tcp://head:8786 /data/news -o out --format nt,neo4j
  scripts/dask-build.py --scheduler tcp://head:8786 /data/week2 --shards-dir shards/week2 --extract-only

The workers run accord themselves, so each needs, at the same paths as here: the
accord binary (--accord), its ontology (the source tree it was built from, or
--ontology) and --lexicon files, the inputs, and this directory (relative paths
are resolved from it; or give absolute paths). A shared file system mounted at the
same place, or the same container image, does it. The shards come back here
through Dask, gzipped (about a sixth of their articles' size: choose --parts so that
each stays within a few hundred MB); --shards-dir keeps them (they can be merged
again with other shards: `accord merge DIR/*.jsonl.gz ...`).

Needs Debian's python3-distributed (scripts/install-deps.sh). Exit status: that of
`accord merge` (0, or 1 when some inputs were skipped), 2 when a task or the merge
failed (the part and accord's error are named).
"""
import argparse
import contextlib
import gzip
import logging
import os
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def extract_part(accord, args, cwd, k, n):
    """On a worker: `accord extract --part k/n`; its shard, gzipped."""
    host = socket.gethostname()
    with tempfile.TemporaryDirectory(prefix="accord-part-") as tmp:
        shard = os.path.join(tmp, "part.jsonl")
        cmd = [accord, "extract", "-q", "--threads", "1", "--part", f"{k}/{n}", "-o", shard, *args]
        try:
            p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, errors="replace")
        except OSError as e:
            raise RuntimeError(f"on {host}: cannot run {accord} in {cwd}: {e.strerror}") from None
        lines = [line for line in p.stderr.splitlines() if line.strip()]
        # Status 1: some inputs were skipped; the shard records them and merge reports them.
        if p.returncode not in (0, 1) or not os.path.exists(shard):
            raise RuntimeError(f"on {host}: " + (lines[-1] if lines else f"{accord} exited with status {p.returncode}"))
        with open(shard, "rb") as f:
            return gzip.compress(f.read(), compresslevel=1)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split("\n\n", 1)[1])
    where = ap.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", metavar="ADDRESS", help="a running Dask scheduler, e.g. tcp://head:8786")
    where.add_argument("--local", metavar="N", type=int, help="start N local worker processes (127.0.0.1)")
    ap.add_argument("inputs", nargs="+", help="files and directories, as for accord build")
    ap.add_argument("-o", "--output", help="output directory (as for accord build)")
    ap.add_argument("--format", help="as for accord build")
    ap.add_argument("--accord", default=os.path.join(os.path.dirname(HERE), "build", "accord"),
                    help="the accord binary, at this path on every worker (default: build/accord)")
    ap.add_argument("--ontology", help="as for accord build (default: the one accord was built with)")
    ap.add_argument("--lexicon", action="append", default=[], help="as for accord build")
    ap.add_argument("--parts", type=int, help="extract tasks (default: 4 per worker thread)")
    ap.add_argument("--shards-dir", help="keep the shards here (part-K-of-N.jsonl.gz)")
    ap.add_argument("--extract-only", action="store_true", help="stop once the shards are in --shards-dir")
    a = ap.parse_args()

    def fail(msg):
        print(f"dask-build: {msg}", file=sys.stderr)
        sys.exit(2)

    if "-" in a.inputs:
        fail("standard input cannot be shared out: run `accord extract - | accord merge - -o DIR` instead")
    if a.extract_only and not a.shards_dir:
        fail("--extract-only needs --shards-dir")
    if not a.extract_only and not a.output:
        fail("-o DIR is required (or --extract-only)")
    if (a.parts is not None and a.parts < 1) or (a.local is not None and a.local < 1):
        fail("--parts and --local take a number above 0")
    accord = os.path.abspath(a.accord)
    if not os.access(accord, os.X_OK):
        fail(f"no accord binary at {accord} (build it, or pass --accord PATH)")
    lexicon_args = (["--ontology", os.path.abspath(a.ontology)] if a.ontology else []) + \
        [arg for lex in a.lexicon for arg in ("--lexicon", os.path.abspath(lex))]

    from dask.distributed import Client, LocalCluster, as_completed  # Debian's python3-distributed

    with tempfile.TemporaryDirectory(prefix="accord-shards-") as tmp, contextlib.ExitStack() as dask:
        shards_dir = a.shards_dir or tmp
        os.makedirs(shards_dir, exist_ok=True)
        t0 = time.monotonic()
        if a.local:
            cluster = dask.enter_context(LocalCluster(n_workers=a.local, threads_per_worker=1, processes=True,
                                                      host="127.0.0.1", dashboard_address=None,
                                                      silence_logs=logging.ERROR))
            client = dask.enter_context(Client(cluster))
        else:
            try:
                client = dask.enter_context(Client(a.scheduler, timeout="30s"))
            except OSError as e:
                fail(f"cannot reach the scheduler at {a.scheduler}: {e}")
        started = time.monotonic()
        threads = sum(client.nthreads().values())
        if threads == 0:
            fail(f"no workers at {a.scheduler}")
        n = a.parts or 4 * threads
        futures = {client.submit(extract_part, accord, [*a.inputs, *lexicon_args], os.getcwd(), k, n,
                                 key=f"accord-extract-{k}-of-{n}-{os.getpid()}"): k for k in range(n)}
        shards = []
        for future in as_completed(futures):
            k = futures[future]
            try:
                shard = future.result()
            except Exception as e:  # raised on the worker, or the worker was lost
                fail(f"part {k}/{n} (accord extract --part {k}/{n}) failed {e}")
            shards.append(os.path.join(shards_dir, f"part-{k:05d}-of-{n:05d}.jsonl.gz"))
            with open(shards[-1] + ".tmp", "wb") as f:
                f.write(shard)
            os.replace(shards[-1] + ".tmp", shards[-1])  # a shard is whole or absent
            future.release()
        dask.close()  # the workers go before the merge starts
        extracted = time.monotonic()
        rc = 0
        if not a.extract_only:
            merge = [accord, "merge", *sorted(shards), "-o", a.output, *lexicon_args]
            rc = subprocess.run(merge + (["--format", a.format] if a.format else [])).returncode
    print(f"dask-build: {n} parts on {threads} worker threads: cluster {started - t0:.1f} s, extract "
          f"{extracted - started:.1f} s" + ("" if a.extract_only else f", merge {time.monotonic() - extracted:.1f} s"),
          file=sys.stderr)
    sys.exit(rc if rc in (0, 1) else 2)


if __name__ == "__main__":
    main()
