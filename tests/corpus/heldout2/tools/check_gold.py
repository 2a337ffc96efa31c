#!/usr/bin/env python3
"""Format checks for ../gold.tsv against ../articles/."""
import datetime, os, re, sys, collections
base = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
ARITY = {"role": 3, "meeting": 3, "supports": 2, "agreed": 3}
arts = sorted(f for f in os.listdir(os.path.join(base, "articles")) if f.endswith(".txt"))
ids = [a[:2] for a in arts]
text = {a[:2]: open(os.path.join(base, "articles", a), encoding="utf-8").read() for a in arts}
corpus = "\n".join(text.values())
errors, counts, seen_ids = [], collections.Counter(), []
cur = None
meetings = set()
agreed_refs = []
for n, line in enumerate(open(os.path.join(base, "gold.tsv"), encoding="utf-8"), 1):
    line = line.rstrip("\n")
    if line != line.rstrip() and not line.startswith(("meeting", "?meeting", "agreed", "?agreed")):
        errors.append(f"{n}: trailing whitespace")
    if not line.strip():
        continue
    if line.startswith("#"):
        m = re.match(r"# (\d\d): ", line)
        if m:
            cur = m.group(1); seen_ids.append(cur)
        continue
    cols = line.split("\t")
    kind = cols[0]; opt = kind.startswith("?"); k = kind.lstrip("?")
    if k not in ARITY:
        errors.append(f"{n}: bad kind {kind}"); continue
    if len(cols) != ARITY[k] + 1:
        errors.append(f"{n}: {len(cols)-1} fields for {k}, want {ARITY[k]}")
        continue
    counts[(k, opt)] += 1
    if any(c != c.strip() for c in cols):
        errors.append(f"{n}: field with surrounding spaces")
    if k in ("meeting", "agreed"):
        d = cols[1] if k == "meeting" else cols[2]
        try:
            datetime.date.fromisoformat(d)
        except ValueError:
            errors.append(f"{n}: bad date {d!r}")
    if k == "meeting":
        ps = cols[3].split("; ")
        if ps != sorted(ps): errors.append(f"{n}: participants not sorted")
        if len(ps) < 2 and not opt: errors.append(f"{n}: meeting with <2 participants")
        meetings.add((cols[1], cols[2]))
        names = ps
    elif k == "role":
        names = [cols[1]]
        if cols[2] != cols[2].strip() or not cols[2][0].isupper(): errors.append(f"{n}: role not title case")
    else:
        names = []
    if k == "agreed":
        agreed_refs.append((n, cols[2], cols[3]))
    for p in names:
        # every token of the gold name must occur in the article (or the corpus for merged facts)
        for t in p.split():
            if t not in text[cur] and t not in corpus:
                errors.append(f"{n}: name token {t!r} of {p!r} not in corpus")
        if p not in corpus and p.replace(" ", "") not in corpus:
            # fullest name may be spread (e.g. 'KISHIDA Fumio'); report as a note
            print(f"note {n}: {p!r} not verbatim in corpus")
for n, d, pl in agreed_refs:
    if (d, pl) not in meetings:
        errors.append(f"{n}: agreed refers to no meeting {d} {pl!r}")
missing = [i for i in ids if i not in seen_ids]
if missing: errors.append(f"article ids without a comment block: {missing}")
extra = [i for i in seen_ids if i not in ids]
if extra: errors.append(f"comment ids with no article: {extra}")
for e in errors: print("ERROR", e)
print("articles:", len(arts), "ids in gold:", len(seen_ids))
for k in ARITY:
    print(f"{k:9} required {counts[(k, False)]:4d}  optional {counts[(k, True)]:4d}")
print("total required", sum(v for (k, o), v in counts.items() if not o),
      "optional", sum(v for (k, o), v in counts.items() if o))
sys.exit(1 if errors else 0)
