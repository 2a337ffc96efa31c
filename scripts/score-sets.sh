#!/usr/bin/env bash
# Scores every evaluation set with shared/eval/score.py, one line a set:
# samples, dev, and the held-out sets in tests/corpus/ (their READMEs say which
# were tuned on). For quick before/after checks of extractor changes; the
# golden tests (tests/golden) hold the floors.
#
#   scripts/score-sets.sh [--dev] [ACCORD_BINARY]    # default build/accord
#
# --dev leaves out the sets reserved as unseen measures (their README's first
# paragraph says "Reserved as an unseen measure"): what a session tuning the
# extractor may look at.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
shared="$here/../shared"
dev_only=0
if [ "${1:-}" = "--dev" ]; then dev_only=1; shift; fi
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
    if [ "$dev_only" = 1 ] && grep -q "Reserved as an unseen measure" "$d/README.md" 2>/dev/null; then continue; fi
    [ -f "$d/gold.tsv" ] && score "$name" "$d/articles" "$d/gold.tsv"
done
