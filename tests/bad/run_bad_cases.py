#!/usr/bin/python3
"""Runs the bad-input catalogue, tests/cases/bad/manifest.tsv (see its header).

    run_bad_cases.py --accord build/accord --cases tests/cases/bad [--only NAME...]

Each case runs in a fresh scratch directory holding in/ (a copy of the case
inputs), gen/ (inputs made here: too large to commit) and out/. A case passes
when the exit status and standard error are exactly the expected ones, nothing
crashed, the run ended in time, no temporary file is left in out/, a run that
succeeded or skipped inputs (exit 0 or 1) wrote the outputs, and a failed run (with `prebuild`) left the previous
build byte for byte. Cases the machine cannot run (no setpriv as root, no
mount namespaces) are skipped with a message. Exit status: 0 when every case
passed or was skipped, 1 otherwise.
"""
import argparse
import hashlib
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile

DEFAULT_OUTPUTS = ("graph.ttl", "graph.graphml", "facts.tsv")
MIB = 1 << 20
SKIP = 77  # from a case re-run inside a mount namespace


class Skip(Exception):
    pass


class Fail(Exception):
    pass


def parse_manifest(path):
    cases = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 5:
                sys.exit(f"{path}:{n}: expected 5 tab-separated columns, found {len(cols)}")
            name, setup, status, args, stderr = cols
            steps = [] if setup == "-" else [s.split(":", 1) if ":" in s else [s, ""] for s in setup.split(",")]
            cases.append(dict(name=name, setup=steps, exit=int(status), args=args.split(),
                              stderr=[] if stderr == "-" else stderr.split("\\n"), line=n))
    return cases


# Inputs made at test time, by path below the scratch directory.
def generate(work, rel, good):
    path = os.path.join(work, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    name = os.path.basename(rel)
    if name == "huge-line.txt":  # one 100 MiB line, no newline
        with open(path, "wb") as f:
            chunk = b"a" * MIB
            for _ in range(100):
                f.write(chunk)
    elif name == "huge-line.jsonl":  # a record, a 100 MiB record, a record
        import json
        with open(path, "wb") as f:
            f.write(json.dumps({"id": "h1", "text": good}).encode() + b"\n")
            f.write(b'{"id": "h2", "text": "')
            chunk = b"a" * MIB
            for _ in range(100):
                f.write(chunk)
            f.write(b'"}\n')
            f.write(json.dumps({"id": "h3", "text": good}).encode() + b"\n")
    elif name == "deep.xml":  # a million nested elements: a stack overflow for a recursive parser
        with open(path, "wb") as f:
            f.write(b"<rss>\n" + b"<a>" * 1000000)
    elif name == "run-on.txt":  # paragraphs of 64 KiB without a sentence end, each repeating a pattern
        patterns = ["Kazakhstan supports the Belt and Road Initiative and ", "Foreign Minister Wang Yi, ",
                    "The two sides agreed to build a railway and a port and ", '"Talks" ']
        with open(path, "w", encoding="utf-8") as f:
            f.write("Run-on\n\n")
            for p in patterns:
                f.write(p * (64 * 1024 // len(p)) + "\n\n")
            f.write(good)
    elif name == "long-prefix.txt":  # 15 MiB of photo credits, then 4,000 one-fact sentences
        syllables = ["ba", "ko", "ri", "de", "nu", "sa", "te", "lo", "mi", "ga"]
        with open(path, "w", encoding="utf-8") as f:
            f.write("Many facts late in a long article\n\n")
            line = "(Photo: Xinhua)\n"
            f.write(line * (15 * MIB // len(line)))
            for i in range(4000):
                name = "".join(syllables[int(d)] for d in f"{i:04d}").capitalize()
                f.write(f"Kazakhstan supports the {name} Initiative.\n")
    elif name == "corpus":  # a directory with a readable article and a directory to lock
        os.makedirs(os.path.join(path, "locked"), exist_ok=True)
        with open(os.path.join(path, "ok.txt"), "w", encoding="utf-8") as f:
            f.write(good)
        with open(os.path.join(path, "locked", "a.txt"), "w", encoding="utf-8") as f:
            f.write(good)
    else:
        raise Fail(f"no generator for {rel}")


def snapshot(out):
    """Path -> (kind, sha256) of everything below out/ (links are not followed)."""
    files = {}
    for root, dirs, names in os.walk(out):
        for n in sorted(names + [d for d in dirs if os.path.islink(os.path.join(root, d))]):
            p = os.path.join(root, n)
            rel = os.path.relpath(p, out)
            if os.path.islink(p):
                files[rel] = ("link", os.readlink(p))
            else:
                with open(p, "rb") as f:
                    files[rel] = ("file", hashlib.sha256(f.read()).hexdigest())
    return files


def can_drop_capabilities():
    return shutil.which("setpriv") is not None


def run_accord(accord, args, work, steps, timeout):
    cmd = [accord] + args
    stdin = subprocess.DEVNULL
    limits = {}
    for step, arg in steps:
        if step == "stdin":
            stdin = open(os.path.join(work, arg), "rb")
        elif step == "fsize":
            limits["fsize"] = int(arg)
        elif step == "unreadable" and os.geteuid() == 0:
            # Root reads a chmod 000 file anyway: run without the capabilities that allow it.
            caps = "-dac_override,-dac_read_search"
            cmd = ["setpriv", f"--inh-caps={caps}", f"--bounding-set={caps}", "--"] + cmd

    def preexec():
        if "fsize" in limits:
            # A write past the limit then fails with EFBIG instead of killing the process.
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (limits["fsize"], limits["fsize"]))

    try:
        return subprocess.run(cmd, cwd=work, stdin=stdin, capture_output=True, timeout=timeout, preexec_fn=preexec)
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()


def check_no_crash(name, proc):
    err = proc.stderr.decode("utf-8", "replace")
    if proc.returncode < 0:
        raise Fail(f"killed by signal {-proc.returncode}\n{err}")
    for marker in ("Sanitizer", "runtime error:", "terminate called", "Segmentation fault"):
        if marker in err:
            raise Fail(f"crashed ({marker})\n{err}")


def run_case(case, accord, cases_dir, work, timeout):
    steps = case["setup"]
    kinds = [s for s, _ in steps]
    shutil.copytree(os.path.join(cases_dir, "in"), os.path.join(work, "in"))
    with open(os.path.join(cases_dir, "in", "good.txt"), encoding="utf-8") as f:
        good = f.read()
    out = os.path.join(work, "out")
    os.makedirs(out, exist_ok=True)

    for step, arg in steps:
        if step == "generate":
            generate(work, arg, good)
        elif step == "unreadable" and os.geteuid() == 0 and not can_drop_capabilities():
            raise Skip("running as root, and setpriv (util-linux) is missing to drop CAP_DAC_OVERRIDE")
        elif step == "tmpfs":
            r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={arg}", "tmpfs", out], capture_output=True)
            if r.returncode != 0:
                raise Skip("cannot mount a tmpfs here: " + r.stderr.decode().strip())

    before = None
    if "prebuild" in kinds:
        r = subprocess.run([accord, "build", "in/good.txt", "-o", "out"], cwd=work, capture_output=True, timeout=timeout)
        if r.returncode != 0:
            raise Fail("prebuild failed:\n" + r.stderr.decode("utf-8", "replace"))
        for step, arg in steps:
            if step == "devfull":
                target = os.path.join(work, arg)
                os.remove(target)
                os.symlink("/dev/full", target)
        before = snapshot(out)

    for step, arg in steps:
        if step == "unreadable":
            os.chmod(os.path.join(work, arg), 0)
    limit = next((int(arg) for step, arg in steps if step == "timeout"), timeout)
    try:
        proc = run_accord(accord, case["args"], work, steps, limit)
    finally:
        for step, arg in steps:
            if step == "unreadable":
                os.chmod(os.path.join(work, arg), 0o755)

    check_no_crash(case["name"], proc)
    err_lines = proc.stderr.decode("utf-8", "replace").splitlines()
    problems = []
    if proc.returncode != case["exit"]:
        problems.append(f"exit status {proc.returncode}, expected {case['exit']}")
    if err_lines != case["stderr"]:
        problems.append("stderr:\n    got:      " + "\n              ".join(err_lines) +
                        "\n    expected: " + "\n              ".join(case["stderr"]))
    left = [p for p in snapshot(out) if ".tmp-" in p]
    if left:
        problems.append("temporary files left in out/: " + ", ".join(left))
    if case["exit"] in (0, 1):
        missing = [f for f in DEFAULT_OUTPUTS if not os.path.isfile(os.path.join(out, f))]
        if missing:
            problems.append("the rest of the corpus was not built: missing " + ", ".join(missing))
    if before is not None and case["exit"] == 2:
        after = snapshot(out)
        if after != before:
            changed = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
            problems.append("the previous build changed: " + ", ".join(changed))
    if problems:
        raise Fail("\n  ".join(problems))


def make_writable(path):
    for root, dirs, _ in os.walk(path):
        for d in dirs:
            try:
                os.chmod(os.path.join(root, d), 0o755)
            except OSError:
                pass


def run_in_namespace(case, opts):
    """A tmpfs case runs in a private mount namespace, so that its mount vanishes with it."""
    if not shutil.which("unshare"):
        raise Skip("unshare (util-linux) is missing")
    cmd = ["unshare", "--mount", "--propagation", "private", sys.executable, os.path.abspath(__file__),
           "--accord", opts.accord, "--cases", opts.cases, "--only", case["name"], "--in-namespace",
           "--timeout", str(opts.timeout)]
    r = subprocess.run(cmd, capture_output=True, timeout=opts.timeout * 3)
    text = (r.stdout + r.stderr).decode("utf-8", "replace")
    if r.returncode == SKIP:
        raise Skip(text.strip().split("\n")[-1].removeprefix("SKIP ").removeprefix(case["name"] + ": "))
    if r.returncode != 0:
        if "unshare:" in text and ("Operation not permitted" in text or "cannot" in text):
            raise Skip("no mount namespace here: " + text.strip())
        inner = [l for l in text.strip().split("\n") if not l.startswith(("FAIL  ", "bad inputs:", "failed:"))]
        raise Fail("\n".join(inner).strip())


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--accord", required=True)
    ap.add_argument("--cases", required=True)
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--timeout", type=int, default=300)
    ap.add_argument("--in-namespace", action="store_true", help=argparse.SUPPRESS)
    opts = ap.parse_args()
    opts.accord = os.path.abspath(opts.accord)
    opts.cases = os.path.abspath(opts.cases)

    cases = parse_manifest(os.path.join(opts.cases, "manifest.tsv"))
    if opts.only:
        unknown = set(opts.only) - {c["name"] for c in cases}
        if unknown:
            sys.exit("unknown cases: " + ", ".join(sorted(unknown)))
        cases = [c for c in cases if c["name"] in opts.only]

    passed, failed, skipped = 0, [], []
    for case in cases:
        work = tempfile.mkdtemp(prefix=f"accord-bad-{case['name']}-")
        try:
            if any(s == "tmpfs" for s, _ in case["setup"]) and not opts.in_namespace:
                run_in_namespace(case, opts)
            else:
                run_case(case, opts.accord, opts.cases, work, opts.timeout)
            passed += 1
            print(f"ok    {case['name']}")
        except Skip as e:
            skipped.append(case["name"])
            print(f"SKIP  {case['name']}: {e}")
            if opts.in_namespace:
                sys.exit(SKIP)
        except (Fail, subprocess.TimeoutExpired) as e:
            failed.append(case["name"])
            print(f"FAIL  {case['name']} (manifest line {case['line']})\n  {e}")
        finally:
            if opts.in_namespace:
                subprocess.run(["umount", os.path.join(work, "out")], capture_output=True)
            make_writable(work)
            shutil.rmtree(work, ignore_errors=True)
    print(f"\nbad inputs: {passed} passed, {len(failed)} failed, {len(skipped)} skipped, of {len(cases)}")
    if failed:
        print("failed: " + ", ".join(failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
