#!/usr/bin/env bash
# Peak memory grows with the graph, not with the text (issue #7): builds a small
# generated corpus alone, then the same corpus plus FILLER_MB of article text
# that states no fact (gzipped JSON Lines, made here), and prints both peak RSS
# figures. If accord held the text in memory the second would be larger by
# about FILLER_MB.
#
#   bench/flat_memory.sh [FILLER_MB (default 1000)] [--accord PATH]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
filler_mb="${1:-1000}"
accord="${ACCORD:-$here/build/accord}"
[ "${2:-}" = "--accord" ] && accord="$3"
out="$here/bench/out/flat-memory"
mkdir -p "$out"
base="$here/bench/out/5mb/corpus"
[ -d "$base" ] || /usr/bin/python3 "$here/bench/gen_corpus.py" --mb 5 >/dev/null

filler="$out/filler-${filler_mb}mb.jsonl.gz"
if [ ! -f "$filler" ]; then
  /usr/bin/python3 - "$filler" "$filler_mb" <<'PY'
import gzip, json, random, sys
path, mb = sys.argv[1], float(sys.argv[2])
rng = random.Random(7)
words = ("the weather was mild and markets were calm as traders waited for new figures on "
         "output prices and jobs while farmers in the south hoped for rain after a dry spring "
         "and local councils debated budgets for roads schools and parks").split()
target, n = int(mb * 1e6), 0
with gzip.open(path, "wt", compresslevel=1, encoding="utf-8") as f:
    i = 0
    while n < target:
        paras = []
        for _ in range(6):
            sents = [" ".join(rng.choice(words) for _ in range(rng.randint(12, 28))).capitalize() + "." for _ in range(4)]
            paras.append(" ".join(sents))
        text = "\n\n".join(paras)
        f.write(json.dumps({"id": f"filler-{i:07d}", "title": "Local news", "date": "2024-01-01", "text": text}) + "\n")
        n += len(text)
        i += 1
PY
fi

run() {  # prints peak RSS in MB and CPU seconds
  /usr/bin/time -f "%M %U %S" -o "$out/time.txt" "$accord" build "$@" -o "$out/build" --threads 1 -q >/dev/null
  awk '{printf "%.0f MB peak RSS, %.1f s CPU", $1/1024, $2+$3}' "$out/time.txt"
}
echo "corpus alone ($(du -sm "$base" | cut -f1) MB of files):            $(run "$base")"
echo "corpus + ${filler_mb} MB of text stating no fact:  $(run "$base" "$filler")"
