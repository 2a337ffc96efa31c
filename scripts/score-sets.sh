#!/usr/bin/env bash
# Scores every evaluation set with shared/eval/score.py, one line a set:
# samples, dev, and the held-out sets in tests/corpus/ (their READMEs say which
# were tuned on). For quick before/after checks of extractor changes; the
# golden tests (tests/golden) hold the floors.
#
#   scripts/score-sets.sh [ACCORD_BINARY]        # default build/accord
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
shared="$here/../shared"
accord="${1:-$here/build/accord}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

score() {  # NAME ARTICLES GOLD
    "$accord" build "$2" -o "$tmp/$1" --quiet >/dev/null 2>&1 || true
    printf '%-9s ' "$1"
    python3 "$shared/eval/score.py" "$3" "$tmp/$1/facts.tsv" |
        awk '/place accuracy/{printf "place %s", $NF; next} /^(role|meeting|supports|agreed|overall) /{printf "%s %s  ", $1, $4}'
    echo
}
score samples "$here/samples" "$shared/corpus/samples-gold.tsv"
score dev "$shared/corpus/dev/articles" "$shared/corpus/dev/gold.tsv"
for d in "$here"/tests/corpus/*/; do
    name="$(basename "$d")"
    [ -f "$d/gold.tsv" ] && score "$name" "$d/articles" "$d/gold.tsv"
done
