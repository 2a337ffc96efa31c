#!/usr/bin/env python3
"""Golden test: build a corpus with accord and score it with ../shared/eval/score.py.

Usage: check_scores.py ACCORD INPUT_DIR GOLD.tsv SCORER.py KIND=MIN_F1 [KIND=MIN_F1 ...]

Fails when any kind's F1 drops below the floor given for it. The floors are the
levels reached so far: raise them as the extractor improves, never lower them
without saying why in the commit.
"""
import json
import subprocess
import sys
import tempfile


def main(argv):
    accord, inputs, gold, scorer = argv[1:5]
    floors = dict(a.split("=") for a in argv[5:])
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([accord, "build", inputs, "-o", out], check=True, stdout=subprocess.DEVNULL)
        res = subprocess.run([sys.executable, scorer, gold, out + "/facts.tsv", "--json"],
                             check=True, capture_output=True, text=True)
        show = subprocess.run([sys.executable, scorer, gold, out + "/facts.tsv", "--show"],
                              capture_output=True, text=True).stdout
    scores = json.loads(res.stdout)
    print(show)
    failed = False
    for kind, floor in floors.items():
        value = scores[kind] if kind == "meeting_place_accuracy" else scores[kind]["f1"]
        ok = value is not None and value >= float(floor)
        print(f"{kind:24} {value} (floor {floor}) {'ok' if ok else 'BELOW FLOOR'}")
        failed |= not ok
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
