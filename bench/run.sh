#!/usr/bin/env bash
# The corpus-scale benchmark of accord (issue #7). Not part of ctest.
#
#   bench/run.sh [--mb "50 200"] [--runs 3] [--timeout SEC] [--accord PATH] [--ontology DIR]
#                [--threads "1 2"]
#
# Run from a clean clone after scripts/build.sh (it uses build/accord unless
# --accord or $ACCORD says otherwise). For each corpus size it
#   1. generates the corpus with bench/gen_corpus.py if bench/out/<MB>mb/ is missing
#      (deterministic for seed 7 and the lexicon files; a smaller corpus is a prefix
#      of a larger one; delete the folder to regenerate after the lexicons changed);
#   2. times `accord build CORPUS -o OUT --threads N --format nt` under /usr/bin/time -v,
#      --runs times per thread count, keeping wall time and peak RSS (with --timings
#      too when accord has that flag: its stage lines are quoted in the report);
#   3. checks that the outputs of 1 and 2 threads are byte-identical;
#   4. times the reference tools on the same machine and the same data: `wc -w` over
#      the same files, and `serdi` and `rapper` turning accord's own graph.nt into Turtle;
#   5. scores accord's facts on the corpus sample (its first 250 articles) against the
#      planted facts with ../shared/eval/score.py (whole corpora are too big for it).
# Then bench/summarize.py prints the table (medians; the ratios the issue targets)
# and writes it to bench/out/report.md. Raw measurements: bench/out/<MB>mb/measurements.tsv
# (one file per size, so sizes can be run separately and summarized together:
# `bench/summarize.py bench/out 50 200`).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bench="$here/bench"
out="$bench/out"

sizes="50 200"
runs=3
timeout_s=0
threads_list="1 2"
accord="${ACCORD:-$here/build/accord}"
ontology=()
while [ $# -gt 0 ]; do
  case "$1" in
    --mb) sizes="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --timeout) timeout_s="$2"; shift 2 ;;
    --accord) accord="$2"; shift 2 ;;
    --threads) threads_list="$2"; shift 2 ;;
    --ontology) ontology=(--ontology "$2"); shift 2 ;;
    -h|--help) sed -n '2,/^set -e/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

die() { echo "run.sh: $*" >&2; exit 2; }
[ -x "$accord" ] || die "no accord binary at $accord (run scripts/build.sh, or pass --accord PATH)"
[ -x /usr/bin/time ] || die "/usr/bin/time is missing (Debian package 'time'; scripts/install-deps.sh installs it)"
for t in serdi rapper wc python3; do command -v "$t" >/dev/null || die "$t is missing (scripts/install-deps.sh)"; done
score="$here/../shared/eval/score.py"
[ -f "$score" ] || score="/work/shared/eval/score.py"

mkdir -p "$out"
timings_flag=""
if "$accord" build --help 2>&1 | grep -q -- '--timings'; then timings_flag="--timings"; fi
{
  echo "accord=$accord"
  echo "accord_version=$("$accord" --version 2>&1 | head -1)"
  echo "git=$(git -C "$here" describe --always --dirty 2>/dev/null || echo unknown)"
  echo "timings_flag=${timings_flag:-none}"
  echo "ontology=${ontology[1]:-built in}"
  echo "runs=$runs"
  echo "cpus=$(nproc)"
  echo "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "mem=$(free -g | awk '/Mem:/ {print $2 " GB"}')"
  echo "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
} > "$out/machine.txt"

# measure SIZE WHAT THREADS RUN OUTFILE CMD...: one timed run, appended to measurements.tsv.
measure() {
  local size="$1" what="$2" thr="$3" run="$4" sink="$5"; shift 5
  local tv="$out/.time.$$"
  local load
  load=$(cut -d' ' -f1 /proc/loadavg)  # other work on the machine skews wall times: recorded
  local status=ok
  local -a pre=()
  [ "$timeout_s" != 0 ] && pre=(timeout "$timeout_s")
  /usr/bin/time -v -o "$tv" "${pre[@]}" "$@" > "$sink" 2>&1 || true
  local code
  code=$(awk -F': ' '/Exit status/ {print $2}' "$tv")
  case "$code" in
    0) ;;
    1) [ "$what" = accord ] && status=ok-skipped || status="exit-$code" ;;  # accord: some inputs skipped
    124) status=timeout ;;
    *) status="exit-${code:-unknown}" ;;
  esac
  local secs rss cpu
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$tv")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tv")
  cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {print s}' "$tv")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$what" "$thr" "$run" "$secs" "$rss" "$status" "$cpu" "$load" >> "$meas"
  rm -f "$tv"
  printf '  %-8s threads=%-2s run %s: %7ss wall %7ss cpu %8s KB  %s (load %s)\n' "$what" "$thr" "$run" "$secs" "$cpu" "$rss" "$status" "$load" >&2
}

for size in $sizes; do
  dir="$out/${size}mb"
  if [ ! -f "$dir/manifest.json" ]; then
    echo "== generating a ${size} MB corpus in $dir" >&2
    /usr/bin/python3 "$bench/gen_corpus.py" --mb "$size" --out "$dir" ${ontology[1]:+--ontology "${ontology[1]}"}
  fi
  corpus="$dir/corpus"
  meas="$dir/measurements.tsv"
  printf 'size_mb\twhat\tthreads\trun\tseconds\tmax_rss_kb\tstatus\tcpu_seconds\tload1\n' > "$meas"
  # -H: the corpus folder may be a symlink (to share a big corpus between clones); an empty
  # list would time `wc -w` over nothing and make every ratio meaningless, so it stops here.
  find -H "$corpus" -type f -name '*.txt' -print0 | sort -z > "$dir/files0"
  [ -s "$dir/files0" ] || { echo "bench: no .txt files under $corpus" >&2; exit 1; }
  wc -w --files0-from="$dir/files0" > /dev/null  # warm the page cache for everyone alike

  echo "== ${size} MB: accord build ($runs runs per thread count)" >&2
  for thr in $threads_list; do
    for run in $(seq 1 "$runs"); do
      rm -rf "$dir/build-t$thr"
      measure "$size" accord "$thr" "$run" "$dir/accord-t$thr-run$run.log" \
        "$accord" build "$corpus" -o "$dir/build-t$thr" --threads "$thr" --format nt $timings_flag "${ontology[@]}"
    done
  done

  first=$(echo $threads_list | awk '{print $1}')
  nt="$dir/build-t$first/graph.nt"
  : > "$dir/identical.txt"
  for thr in $threads_list; do
    [ "$thr" = "$first" ] && continue
    if [ ! -f "$dir/build-t$first/facts.tsv" ] || [ ! -f "$dir/build-t$thr/facts.tsv" ]; then
      echo "threads $first vs $thr: n/a (a build failed)" >> "$dir/identical.txt"
    elif diff -rq "$dir/build-t$first" "$dir/build-t$thr" > "$dir/identical.diff" 2>&1; then
      echo "threads $first vs $thr: identical" >> "$dir/identical.txt"
    else
      echo "threads $first vs $thr: DIFFERENT ($(wc -l < "$dir/identical.diff") files differ)" >> "$dir/identical.txt"
    fi
  done
  [ -f "$nt" ] && wc -l < "$nt" > "$dir/triples.txt" || echo 0 > "$dir/triples.txt"

  echo "== ${size} MB: reference tools" >&2
  for run in $(seq 1 "$runs"); do
    measure "$size" wc-w 1 "$run" "$dir/wc.out" wc -w --files0-from="$dir/files0"
  done
  if [ -f "$nt" ]; then
    for run in $(seq 1 "$runs"); do
      measure "$size" serdi 1 "$run" /dev/null serdi -i ntriples -o turtle "$nt"
    done
    for run in $(seq 1 "$runs"); do
      measure "$size" rapper 1 "$run" /dev/null rapper -q -i ntriples -o turtle "$nt"
    done
  fi

  echo "== ${size} MB: recall of planted facts on the sample" >&2
  rm -rf "$dir/build-sample"
  "$accord" build "$dir/sample" -o "$dir/build-sample" --threads 1 "${ontology[@]}" > "$dir/sample.log" 2>&1 || true
  if [ -f "$dir/build-sample/facts.tsv" ]; then
    python3 "$score" "$dir/sample-planted.tsv" "$dir/build-sample/facts.tsv" --json > "$dir/sample-score.json"
  else
    echo '{}' > "$dir/sample-score.json"
  fi
done

python3 "$bench/summarize.py" "$out" $sizes | tee "$out/report.md"
