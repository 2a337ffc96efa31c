#!/usr/bin/env python3
"""Consistency checks for a held-out set's gold.tsv (tests/corpus/heldoutN): facts of the
right arity, no duplicates, ISO dates, sorted participants, agreed facts that point at a gold
meeting, title-case roles, and one '# NN:' comment for each article file and the other way round.

    tests/corpus/check_gold.py tests/corpus/heldout5     # prints the counts; exit 1 on errors
"""
import datetime, sys, os, re
os.chdir(sys.argv[1] if len(sys.argv) > 1 else ".")
ARITY = {"role": 3, "meeting": 3, "supports": 2, "agreed": 3}
errs = []; meetings = set(); agreed = []; seen = set(); counts = {}
arts = set()
for n, line in enumerate(open("gold.tsv", encoding="utf-8"), 1):
    line = line.rstrip("\n")
    if not line.strip():
        continue
    if line.startswith("#"):
        m = re.match(r"# (\d\d):", line)
        if m: arts.add(m.group(1))
        continue
    cols = line.split("\t")
    kind = cols[0].lstrip("?"); opt = cols[0].startswith("?")
    if kind not in ARITY: errs.append(f"{n}: bad kind"); continue
    if len(cols) - 1 != ARITY[kind]: errs.append(f"{n}: {len(cols)-1} fields for {kind}")
    if any(c != c.strip() for c in cols): errs.append(f"{n}: stray whitespace")
    key = tuple([kind] + cols[1:])
    if key in seen: errs.append(f"{n}: duplicate fact")
    seen.add(key)
    counts[(kind, opt)] = counts.get((kind, opt), 0) + 1
    if kind == "meeting":
        datetime.date.fromisoformat(cols[1])
        ps = cols[3].split("; ")
        if ps != sorted(ps): errs.append(f"{n}: participants not sorted")
        if len(ps) < 2 and not opt: errs.append(f"{n}: required meeting with <2 participants")
        meetings.add((cols[1], cols[2]))
    if kind == "agreed":
        datetime.date.fromisoformat(cols[2]); agreed.append((n, cols[2], cols[3]))
    if kind == "role" and cols[2] != cols[2].title() and not any(w in cols[2] for w in (" of ", " the ", " for ", "-")):
        errs.append(f"{n}: role not title case: {cols[2]}")
for n, d, p in agreed:
    if (d, p) not in meetings: errs.append(f"{n}: agreed points at no gold meeting {d} {p!r}")
files = sorted(os.listdir("articles"))
for f in files:
    b = open("articles/" + f, "rb").read(); b.decode("utf-8")
    if f[:2] not in arts: errs.append(f"no gold comment for {f}")
for a in sorted(arts - {f[:2] for f in files}): errs.append(f"gold comment {a} names no article")
for e in errs: print("ERROR", e)
for k in ARITY:
    print(f"{k:9} required {counts.get((k, False), 0):3d}  optional {counts.get((k, True), 0):3d}")
print("total    required", sum(v for (k, o), v in counts.items() if not o), " optional", sum(v for (k, o), v in counts.items() if o))
sys.exit(1 if errs else 0)
