#!/usr/bin/env bash
# accord diff against `sort` + `comm -3` on the same two N-Triples graphs.
#
#   bench/diff_bench.sh [STATEMENTS] [ACCORD] [RUNS]     (not part of ctest)
#
# bench/gen_ntriples.py writes two accord-shaped graphs of about STATEMENTS
# statements each (default 1,000,000), the second differing from the first
# by about 1% (facts gone, new facts, evidence grown, persons relabelled);
# they are kept in bench/out/diff/ and reused. Each contender runs RUNS times
# (default 5), interleaved, in this one run, under /usr/bin/time; the medians
# of wall-clock seconds and of CPU seconds (user + system, all processes and
# threads) and the ratios are printed.
#   accord summary   accord diff OLD NEW                (entities, facts, statements)
#   accord json      accord diff OLD NEW --format json  (the same report for scripts)
#   accord patch     accord diff OLD NEW --format patch (the RDF Patch)
#   sort|comm        comm -3 <(sort OLD) <(sort NEW)    (LC_ALL=C: bytes, both sorts at once;
#                    through named pipes, so that the shell waits for the sorts and
#                    their CPU time is counted)
# sort|comm only lists differing lines; accord parses every statement and
# compares entities and facts too (the patch parses only what it needs).
# The machine may be shared: the load average is printed before and after, and
# the CPU times say what the wall times cannot.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-1000000}"
accord="${2:-$here/build/accord}"
runs="${3:-5}"
work="${BENCH_DIR:-$here/bench/out/diff}"
export LC_ALL=C

[ -x "$accord" ] || { echo "diff_bench: no $accord (build first: scripts/build.sh)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "diff_bench: /usr/bin/time is missing (scripts/install-deps.sh)" >&2; exit 2; }
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
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (before)"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkfifo "$tmp/a" "$tmp/b"
# `sort OLD`, `sort NEW` and `comm -3` at once, as comm -3 <(sort OLD) <(sort NEW).
sort_comm='sort "$1" > "$3/a" & sort "$2" > "$3/b" & comm -3 "$3/a" "$3/b"; s=$?; wait; exit $s'

# "WALL CPU" (seconds) of one command; its output is discarded. accord diff
# exits 1 when the graphs differ, which is the expected answer here.
measure() {
  local status=0
  /usr/bin/time -f "%e %U %S" -o "$tmp/time" "$@" > /dev/null || status=$?
  if [ "$status" -gt 1 ]; then echo "diff_bench: '$*' failed ($status)" >&2; exit 2; fi
  # (the last line: a first one says when the command exited non-zero)
  tail -n 1 "$tmp/time" | awk '{ printf "%.3f %.3f", $1, $2 + $3 }'

}

names=(summary json patch sort_comm)
declare -A wall cpu
run_one() {
  case "$1" in
    summary) measure "$accord" diff "$old" "$new" ;;
    json) measure "$accord" diff "$old" "$new" --format json ;;
    patch) measure "$accord" diff "$old" "$new" --format patch ;;
    sort_comm) measure bash -c "$sort_comm" sort_comm "$old" "$new" "$tmp" ;;
  esac
}
# One untimed run each, so that every contender starts with the files in the page cache.
for c in "${names[@]}"; do run_one "$c" > /dev/null; done
for i in $(seq 1 "$runs"); do
  line="run $i:"
  for c in "${names[@]}"; do
    read -r w u <<< "$(run_one "$c")"
    wall[$c]+="$w "
    cpu[$c]+="$u "
    line+=" $c $w s (CPU $u s),"
  done
  echo "${line%,}"
done
echo "machine: load average $(cut -d' ' -f1-3 /proc/loadavg) (after)"

median() { printf '%s\n' $1 | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
echo
echo "medians of $runs runs (seconds; CPU = user + system):"
printf '  %-10s %8s %8s %14s %14s\n' "" wall CPU "sort|comm/x wall" "CPU"
mw_sort=$(median "${wall[sort_comm]}")
mc_sort=$(median "${cpu[sort_comm]}")
for c in "${names[@]}"; do
  mw=$(median "${wall[$c]}")
  mc=$(median "${cpu[$c]}")
  awk -v c="$c" -v w="$mw" -v u="$mc" -v sw="$mw_sort" -v su="$mc_sort" 'BEGIN {
    printf "  %-10s %8.3f %8.3f %13.2fx %13.2fx\n", (c == "sort_comm" ? "sort|comm" : c), w, u, sw / w, su / u }'
done
echo "(ratios above 1: accord is faster than sort|comm)"
