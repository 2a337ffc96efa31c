#!/usr/bin/env bash
# accord diff against `sort` + `comm -3` on the same two N-Triples graphs.
#
#   bench/diff_bench.sh [STATEMENTS] [ACCORD]     (not part of ctest)
#
# bench/gen_ntriples.py writes two accord-shaped graphs of about STATEMENTS
# statements each (default 1,000,000), the second differing from the first
# by about 1% (facts gone, new facts, evidence grown, persons relabelled);
# they are kept in bench/out/diff/ and reused. Each contender runs 3 times,
# interleaved, in this one run; the medians of wall-clock seconds and their
# ratio are printed.
#   accord summary   accord diff OLD NEW                (entities, facts, statements)
#   accord patch     accord diff OLD NEW --format patch (the RDF Patch)
#   sort|comm        comm -3 <(sort OLD) <(sort NEW)    (LC_ALL=C: bytes, both sorts at once)
# sort|comm only lists differing lines; accord parses every statement (with
# Raptor) and compares entities and facts too.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-1000000}"
accord="${2:-$here/build/accord}"
work="${BENCH_DIR:-$here/bench/out/diff}"
runs=3
export LC_ALL=C

[ -x "$accord" ] || { echo "diff_bench: no $accord (build first: scripts/build.sh)" >&2; exit 2; }
mkdir -p "$work"
old="$work/old-$n.nt"
new="$work/new-$n.nt"
if [ ! -s "$old" ] || [ ! -s "$new" ] || [ "$here/bench/gen_ntriples.py" -nt "$old" ]; then
  /usr/bin/python3 "$here/bench/gen_ntriples.py" --statements "$n" "$old.tmp" "$new.tmp"
  mv "$old.tmp" "$old"
  mv "$new.tmp" "$new"
fi

lines_old=$(wc -l < "$old")
lines_new=$(wc -l < "$new")
differing=$(comm -3 <(sort "$old") <(sort "$new") | wc -l)
echo "graphs: $old ($lines_old statements), $new ($lines_new statements)"
echo "differing lines: $differing ($(awk -v d="$differing" -v n="$lines_old" 'BEGIN { printf "%.2f", 100 * d / n }')% of OLD)"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

# Seconds (wall clock) one command takes; its output is discarded. accord diff
# exits 1 when the graphs differ, which is the expected answer here.
seconds() {
  local start end status=0
  start=$(date +%s%N)
  "$@" > /dev/null || status=$?
  end=$(date +%s%N)
  if [ "$status" -gt 1 ]; then echo "diff_bench: '$*' failed ($status)" >&2; exit 2; fi
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", (e - s) / 1e9 }'
}
sort_comm() { comm -3 <(sort "$1") <(sort "$2"); }

declare -a t_summary t_patch t_sort
# One untimed run each, so that every contender starts with the files in the page cache.
"$accord" diff "$old" "$new" > /dev/null || true
sort_comm "$old" "$new" > /dev/null
for i in $(seq 1 $runs); do
  t_summary+=("$(seconds "$accord" diff "$old" "$new")")
  t_patch+=("$(seconds "$accord" diff "$old" "$new" --format patch)")
  t_sort+=("$(seconds sort_comm "$old" "$new")")
  echo "run $i: accord summary ${t_summary[-1]} s, accord patch ${t_patch[-1]} s, sort|comm ${t_sort[-1]} s"
done

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
m_summary=$(median "${t_summary[@]}")
m_patch=$(median "${t_patch[@]}")
m_sort=$(median "${t_sort[@]}")
echo "median of $runs: accord summary $m_summary s, accord patch $m_patch s, sort|comm $m_sort s"
awk -v a="$m_summary" -v p="$m_patch" -v s="$m_sort" 'BEGIN {
  printf "ratio sort|comm / accord: summary %.2fx, patch %.2fx (above 1: accord is faster)\n", s / a, s / p }'
