#!/usr/bin/python3
"""Print the benchmark table from bench/out/ (written by bench/run.sh).

Usage: summarize.py OUTDIR SIZE_MB...

Reads OUTDIR/machine.txt and, per size, OUTDIR/<MB>mb/{measurements.tsv (one timed
run a line),manifest.json,triples.txt,identical.txt,sample-score.json} and
the accord logs (for --timings lines). Prints Markdown: medians of the runs, the
ratios issue #7 targets, and the recall of planted facts on the sample.

Stage timings: when accord was run with --timings, lines of the form
    timing <stage> <seconds>
(or any line naming a stage and a number with a unit "s" or "ms") are collected from
the median 1-thread run; the stage whose name contains "ttl" or "turtle" is accord's
own Turtle writing, compared with serdi.
"""
import json
import os
import re
import statistics
import sys

TARGETS = {"wc": 3.0, "speedup": 1.8, "serdi": 1.5, "mem_per_mtriple": 300.0}


def load_measurements(path):
    rows = []
    with open(path, encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            cols = line.rstrip("\n").split("\t") + ["", ""]
            size, what, thr, run, secs, rss, status, cpu, load = cols[:9]
            rows.append({"size": size, "what": what, "threads": thr, "run": int(run),
                         "secs": float(secs) if secs else None,
                         "rss": int(rss) if rss else None, "status": status,
                         "cpu": float(cpu) if cpu else None, "load": float(load) if load else None})
    return rows


def median_run(rows):
    """The run with the median wall time (the lower middle one for an even count)."""
    ok = sorted((r for r in rows if r["status"].startswith("ok") and r["secs"] is not None),
                key=lambda r: r["secs"])
    return ok[(len(ok) - 1) // 2] if ok else None


def med(rows, key):
    vals = [r[key] for r in rows if r["status"].startswith("ok") and r[key] is not None]
    return statistics.median(vals) if vals else None


def stage_timings(log):
    stages = []
    if not os.path.exists(log):
        return stages
    pat = re.compile(r"^\s*(?:timing\s+)?([A-Za-z][\w .:/+-]*?)[\s:=]+([0-9]+(?:\.[0-9]+)?)\s*(ms|s)?\b")
    with open(log, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            low = line.lower()
            if not (line.startswith("timing") or re.search(r"\d\s*(ms|s)\b", low)):
                continue
            if "articles read" in low or low.startswith(("entities", "facts", "wrote", "  /")):
                continue
            # accord's own lines: "timing: STAGE   SECONDS s", where STAGE may hold
            # commas and parentheses ("merge (ids, people, projects, graph)").
            m = re.match(r"^timing: ?(.*?)\s+([0-9]+(?:\.[0-9]+)?)\s*(ms|s)?\s*$", line) or pat.match(line)
            if m:
                secs = float(m.group(2)) / (1000 if m.group(3) == "ms" else 1)
                stages.append((m.group(1).rstrip(), secs))
    return stages


def fmt(x, unit="", nd=2):
    if x is None:
        return "n/a"
    return f"{x:.{nd}f}{unit}"


def verdict(ok):
    return "—" if ok is None else ("yes" if ok else "**no**")


def main(argv):
    if len(argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    out, sizes = argv[1], argv[2:]
    rows = []
    for size in sizes:
        p = os.path.join(out, f"{size}mb", "measurements.tsv")
        if os.path.exists(p):
            rows += load_measurements(p)
    machine = {}
    mp = os.path.join(out, "machine.txt")
    if os.path.exists(mp):
        for line in open(mp, encoding="utf-8"):
            k, _, v = line.rstrip("\n").partition("=")
            machine[k] = v
    print("# accord corpus-scale benchmark\n")
    print(f"Machine: {machine.get('cpus', '?')} CPUs ({machine.get('cpu', '?')}), {machine.get('mem', '?')} RAM; "
          f"accord {machine.get('git', '?')} ({machine.get('accord', '?')}); {machine.get('date', '')}.")
    print(f"Medians of the runs (how many: per corpus below); wall-clock and CPU (user + system) times and peak RSS from "
          "`/usr/bin/time -v`; articles/s and MB/s from the wall time; load avg is the 1-minute load "
          "when the run started (anything above 0 means other work shared the CPUs, and wall times "
          "and the speedup suffer from it). "
          "accord runs as `accord build CORPUS -o OUT --threads N --format nt` "
          "(writes graph.ttl, graph.nt, graph.graphml, facts.tsv).\n")

    summary = {}
    for size in sizes:
        sd = os.path.join(out, f"{size}mb")
        man = json.load(open(os.path.join(sd, "manifest.json")))
        mb = man["bytes"] / 1e6
        arts = man["articles"]
        sel = lambda what, thr=None: [r for r in rows if r["size"] == size and r["what"] == what
                                      and (thr is None or r["threads"] == thr)]
        triples = int(open(os.path.join(sd, "triples.txt")).read().strip() or 0)
        nruns = max((r["run"] for r in sel("accord")), default=0)
        ident = open(os.path.join(sd, "identical.txt")).read().strip() if os.path.exists(os.path.join(sd, "identical.txt")) else ""
        print(f"## {size} MB corpus: {arts} articles, {mb:.1f} MB, {man['words']} words, "
              f"{triples} triples in graph.nt (generated with seed {man.get('seed')}, lexicon "
              f"{man.get('lexicon_sha1', 'not recorded')}); {nruns} run(s) of each\n")
        print("| what | threads | median wall s | median CPU s | CPU ÷ wall | articles/s | MB/s | peak RSS MB | load avg | runs ok |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        t = {}
        rss = {}
        cpu = {}
        for what, thr in [("accord", "1"), ("accord", "2"), ("wc-w", "1"), ("serdi", "1"), ("rapper", "1")]:
            rs = sel(what, thr)
            if not rs:
                continue
            s = med(rs, "secs")
            m = med(rs, "rss")
            c = med(rs, "cpu")
            ld = med(rs, "load")
            t[(what, thr)] = s
            cpu[(what, thr)] = c
            rss[(what, thr)] = m
            nok = sum(1 for r in rs if r["status"].startswith("ok"))
            bad = sorted({r["status"] for r in rs if not r["status"].startswith("ok")})
            label = {"accord": "accord build", "wc-w": "`wc -w` (same files)",
                     "serdi": "`serdi` graph.nt → Turtle", "rapper": "`rapper` graph.nt → Turtle"}[what]
            per = (what in ("accord", "wc-w"))
            print(f"| {label} | {thr if what == 'accord' else '1'} | {fmt(s)} | {fmt(c)} | "
                  f"{fmt(c / s if c and s else None)} | "
                  f"{fmt(arts / s, nd=0) if per and s else '—'} | {fmt(mb / s) if per and s else '—'} | "
                  f"{fmt(m / 1024 if m else None, nd=0)} | {fmt(ld, nd=1)} | {nok}/{len(rs)}{' (' + ', '.join(bad) + ')' if bad else ''} |")
        print()

        # Stage timings from the median 1-thread run.
        mr = median_run(sel("accord", "1"))
        stages = stage_timings(os.path.join(sd, f"accord-t1-run{mr['run']}.log")) if mr else []
        if machine.get("timings_flag", "none") == "none":
            print("Stage timings: `accord build` has no `--timings` flag (nor a similar one), so no "
                  "per-stage times; whole-build numbers only.\n")
        elif stages:
            print("Stage timings (accord `--timings`, 1 thread, median run):\n")
            print("| stage | s | share |")
            print("|---|---:|---:|")
            # Shares of accord's own total when it prints one; indented lines are
            # parts of the stage above them.
            tot = next((s for name, s in stages if name.strip().lower() == "total"), None) or \
                sum(s for name, s in stages if not name.startswith(" "))
            for name, s in stages:
                name = "↳ " + name.strip() if name.startswith(" ") else name.strip()
                print(f"| {name} | {s:.3f} | {100 * s / tot if tot else 0:.1f}% |")
            print()
        else:
            print("Stage timings: accord was run with `--timings` but printed no line this script "
                  "understands (expected `timing STAGE SECONDS`).\n")
        ttl = next((s for name, s in stages if "ttl" in name.lower() or "turtle" in name.lower()), None)

        a1, a2 = t.get(("accord", "1")), t.get(("accord", "2"))
        wc, serdi = t.get(("wc-w", "1")), t.get(("serdi", "1"))
        peak = max([v for k, v in rss.items() if k[0] == "accord" and v] or [0]) / 1024 or None
        r_wc = a1 / wc if a1 and wc else None
        speed = a1 / a2 if a1 and a2 else None
        # On a shared machine a run gets less than its CPUs: a 1-thread run whose CPU time
        # is well under its wall time was waiting for a CPU, and the wall-time ratios
        # (speedup above all) say more about the other work than about accord.
        share1 = cpu.get(("accord", "1")) / a1 if a1 and cpu.get(("accord", "1")) else None
        busy = share1 is not None and share1 < 0.9
        r_serdi = ttl / serdi if ttl and serdi else None
        mem_mt = peak / (triples / 1e6) if peak and triples else None
        identical = None if not ident or "n/a" in ident else "DIFFERENT" not in ident
        summary[size] = {"mb": mb, "peak": peak, "triples": triples, "a1": a1, "c1": cpu.get(("accord", "1"))}
        c1, cwc, cserdi = cpu.get(("accord", "1")), cpu.get(("wc-w", "1")), cpu.get(("serdi", "1"))
        r_wc_cpu = c1 / cwc if c1 and cwc else None
        print("| target (issue #7) | measured (wall) | measured (CPU) | target | met |")
        print("|---|---:|---:|---:|---|")
        print(f"| accord 1 thread ÷ `wc -w` | {fmt(r_wc, '×', 1)} | {fmt(r_wc_cpu, '×', 1)} | ≤ {TARGETS['wc']:g}× | "
              f"{verdict(None if r_wc is None else r_wc <= TARGETS['wc'])} |")
        print(f"| speedup 2 threads (t1 ÷ t2) | {fmt(speed, '×')} | — | ≥ {TARGETS['speedup']:g}× | "
              + ("not measurable: busy machine |" if busy else
                 f"{verdict(None if speed is None else speed >= TARGETS['speedup'])} |"))
        print(f"| outputs of 1 and 2 threads byte-identical | {ident or 'n/a'} | | identical | {verdict(identical)} |")
        if r_serdi is not None:
            print(f"| accord Turtle stage ÷ `serdi` | {fmt(r_serdi, '×')} | — | ≤ {TARGETS['serdi']:g}× | "
                  f"{verdict(r_serdi <= TARGETS['serdi'])} |")
        else:
            whole = a1 / serdi if a1 and serdi else None
            whole_cpu = c1 / cserdi if c1 and cserdi else None
            print(f"| accord Turtle stage ÷ `serdi` | n/a: no stage timing; whole build ÷ serdi = {fmt(whole, '×', 1)} "
                  f"| whole build ÷ serdi = {fmt(whole_cpu, '×', 1)} | ≤ {TARGETS['serdi']:g}× | — |")
        print(f"| peak RSS per million output triples | {fmt(mem_mt, ' MB', 0)} | | ≤ {TARGETS['mem_per_mtriple']:g} MB | "
              f"{verdict(None if mem_mt is None else mem_mt <= TARGETS['mem_per_mtriple'])} |")
        print(f"| peak RSS per MB of text | {fmt(peak / mb if peak else None, ' MB', 1)} | | flat across sizes | see below |")
        print()
        if busy:
            print(f"The machine was busy: the 1-thread build got {share1:.2f} of a CPU (CPU ÷ wall), so "
                  "wall times, articles/s, MB/s and the speedup understate accord; the CPU column is "
                  "the steadier figure. Rerun on an idle machine for the speedup.\n")

        sc_path = os.path.join(sd, "sample-score.json")
        sc = json.load(open(sc_path)) if os.path.exists(sc_path) else {}
        if sc:
            print(f"Planted facts found on the sample (first {man.get('sample_articles', '?')} articles, "
                  "scored by ../shared/eval/score.py):\n")
            print("| kind | planted | found (tp) | recall | precision |")
            print("|---|---:|---:|---:|---:|")
            for kind in ("role", "meeting", "supports", "agreed", "overall"):
                k = sc.get(kind, {})
                if k:
                    print(f"| {kind} | {k['tp'] + k['fn']} | {k['tp']} | {k['recall']:.3f} | {k['precision']:.3f} |")
            if sc.get("meeting_place_accuracy") is not None:
                print(f"\nMeeting place accuracy: {sc['meeting_place_accuracy']}.")
            print()

    if len(summary) >= 2:
        ks = sorted(summary, key=lambda k: summary[k]["mb"])
        lo, hi = summary[ks[0]], summary[ks[-1]]
        print("## Growth with text\n")
        print("| corpus | MB of text | triples | peak RSS MB | RSS MB per MB of text | accord 1 thread wall s | CPU s |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for k in ks:
            s = summary[k]
            print(f"| {k} MB | {s['mb']:.1f} | {s['triples']} | {fmt(s['peak'], nd=0)} | "
                  f"{fmt(s['peak'] / s['mb'] if s['peak'] else None, nd=1)} | {fmt(s['a1'])} | {fmt(s['c1'])} |")
        if lo["peak"] and hi["peak"]:
            print(f"\nText grew {hi['mb'] / lo['mb']:.2f}×, peak memory grew {hi['peak'] / lo['peak']:.2f}×"
                  + (f", 1-thread time grew {hi['a1'] / lo['a1']:.2f}× (wall)" if lo["a1"] and hi["a1"] else "")
                  + (f" and {hi['c1'] / lo['c1']:.2f}× (CPU)" if lo["c1"] and hi["c1"] else "")
                  + ": memory " + ("grows with the text (in proportion or more)."
                                   if hi["peak"] / lo["peak"] > 0.8 * hi["mb"] / lo["mb"]
                                   else "grows slower than the text."))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
