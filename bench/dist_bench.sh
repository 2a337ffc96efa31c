#!/usr/bin/env bash
# The map and reduce steps apart (issue 8), timed. Not part of ctest.
#
#   bench/dist_bench.sh [--mb 20] [--corpus DIR] [--runs 3] [--workers 2] [--parts N] [--accord PATH]
#
# On a corpus of the speed benchmark (bench/out/<MB>mb/corpus, made by bench/run.sh
# --mb <MB>; read only, never made or changed here) it times, --runs times each:
#   build    accord build CORPUS --threads <workers> --format nt
#   extract  scripts/dask-build.py --local <workers> CORPUS --extract-only (the map step:
#            cluster start, accord extract --part K/N on the workers, shards gathered)
#   merge    accord merge SHARDS --format nt (the reduce step)
#   and, to tell Dask's share of the extract step, accord extract CORPUS --threads <workers>
#   in one process
# each under /usr/bin/time -v (wall, user + system CPU of the process and the children it
# waited for, peak RSS of the largest of them), checks that merge wrote build's files
# byte for byte, and prints medians: the merge's share of extract + merge, its peak RSS,
# and the facts it merged (per-article facts in the shards, and the lines of facts.tsv),
# so that its memory per million facts can be quoted. Work files: bench/out/dist-<MB>mb/.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
mb=20 corpus="" runs=3 workers=2 parts="" accord="${ACCORD:-$here/build/accord}"
while [ $# -gt 0 ]; do
  case "$1" in
    --mb) mb="$2"; shift 2 ;;
    --corpus) corpus="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --workers) workers="$2"; shift 2 ;;
    --parts) parts="$2"; shift 2 ;;
    --accord) accord="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set -e/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "dist_bench.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
corpus="${corpus:-$here/bench/out/${mb}mb/corpus}"
work="$here/bench/out/dist-${mb}mb"
die() { echo "dist_bench.sh: $*" >&2; exit 2; }
[ -d "$corpus" ] || die "no corpus at $corpus (bench/run.sh --mb $mb makes it; or pass --corpus DIR)"
[ -x "$accord" ] || die "no accord binary at $accord (scripts/build.sh, or --accord PATH)"
[ -x /usr/bin/time ] || die "/usr/bin/time is missing (Debian package 'time')"
accord="$(cd "$(dirname "$accord")" && pwd)/$(basename "$accord")"
mkdir -p "$work"
meas="$work/measurements.tsv"
printf 'step\trun\tseconds\tcpu_seconds\tmax_rss_kb\tstatus\tload1\n' > "$meas"

# measure STEP RUN LOG CMD...: one run under /usr/bin/time -v, appended to measurements.tsv.
measure() {
  local step="$1" run="$2" log="$3"; shift 3
  local tv="$work/.time" load status=ok
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -v -o "$tv" "$@" > "$log" 2>&1 || status="exit-$(awk -F': ' '/Exit status/ {print $2}' "$tv")"
  awk -F': ' -v step="$step" -v run="$run" -v status="$status" -v load="$load" '
    /Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]}
    /User time|System time/ {cpu += $2}
    /Maximum resident set size/ {rss = $2}
    END {printf "%s\t%s\t%.2f\t%.2f\t%s\t%s\t%s\n", step, run, s, cpu, rss, status, load}' "$tv" | tee -a "$meas" >&2
  rm -f "$tv"
}

find "$corpus" -type f -print0 | xargs -0 cat > /dev/null  # warm the page cache for every step alike
for run in $(seq 1 "$runs"); do
  rm -rf "$work/build" "$work/merge" "$work/shards"
  measure build "$run" "$work/build.log" \
    "$accord" build "$corpus" -o "$work/build" --threads "$workers" --format nt --quiet --timings
  measure extract "$run" "$work/extract.log" \
    "$here/scripts/dask-build.py" --local "$workers" ${parts:+--parts "$parts"} "$corpus" --accord "$accord" \
    --shards-dir "$work/shards" --extract-only
  measure extract-one-process "$run" "$work/extract-one-process.log" \
    "$accord" extract "$corpus" -o "$work/one-process.jsonl" --threads "$workers" --quiet
  measure merge "$run" "$work/merge.log" \
    "$accord" merge "$work"/shards/*.jsonl.gz -o "$work/merge" --format nt --timings
  diff -rq "$work/build" "$work/merge" > "$work/identical.diff" || die "merge and build differ: $work/identical.diff"
done
# The merge's fixed cost: the same merge of one article (lexicon, code, buffers).
shards=("$work"/shards/*.jsonl.gz)
{ gzip -dc "${shards[0]}" | head -2 > "$work/one-article.jsonl"; } || true  # gzip stopped by head
rm -rf "$work/merge-one"
measure merge-one-article 1 "$work/merge-one.log" "$accord" merge "$work/one-article.jsonl" -o "$work/merge-one" --format nt

/usr/bin/python3 - "$work" "$corpus" "$workers" <<'EOF'
import glob, gzip, json, os, statistics, sys
work, corpus, workers = sys.argv[1:]
rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(work, "measurements.tsv"))][1:]
med = {}
for step in ("build", "extract", "extract-one-process", "merge", "merge-one-article"):
    r = [x for x in rows if x[0] == step]
    med[step] = [statistics.median(float(x[i]) for x in r) for i in (2, 3, 4)]
    if any(x[5] != "ok" for x in r):
        sys.exit(f"dist_bench.sh: a {step} run failed: see {work}/{step}.log")
per_article = 0
shards = sorted(glob.glob(os.path.join(work, "shards", "*.jsonl.gz")))
for path in shards:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        next(f)
        for line in f:
            rec = json.loads(line)
            per_article += sum(len(rec.get(k, [])) for k in ("roles", "meetings", "supports", "agreed", "proposals"))
merged = sum(1 for _ in open(os.path.join(work, "merge", "facts.tsv"))) - 1
shard_mb = sum(os.path.getsize(p) for p in shards) / 1e6
corpus_mb = sum(os.path.getsize(os.path.join(r, n)) for r, _, ns in os.walk(corpus) for n in ns) / 1e6
b, e, m = med["build"], med["extract"], med["merge"]
loads = [float(x[6]) for x in rows]
runs = len([x for x in rows if x[0] == "build"])
print(f"\n{corpus} ({corpus_mb:.1f} MB), {runs} runs, medians; {len(shards)} shards ({shard_mb:.1f} MB gzipped); "
      f"load average during the runs {min(loads):.1f}-{max(loads):.1f} on {os.cpu_count()} CPUs\n")
print("| step | wall s | CPU s | peak RSS MB |\n|---|---:|---:|---:|")
for name, (s, c, r) in ((f"accord build --threads {workers}", b), (f"dask-build.py --local {workers} (extract)", e),
                        (f"(accord extract --threads {workers}, one process, no Dask)", med["extract-one-process"]),
                        ("accord merge", m), ("extract (Dask) + merge", (e[0] + m[0], e[1] + m[1], max(e[2], m[2])))):
    print(f"| {name} | {s:.2f} | {c:.2f} | {r / 1024:.0f} |")
print("\n" + open(os.path.join(work, "extract.log")).read().strip() + " (last run)")
base = float([x for x in rows if x[0] == "merge-one-article"][0][4])
print(f"\nmerge: {100 * m[0] / (e[0] + m[0]):.0f}% of extract + merge wall time ({100 * m[1] / (e[1] + m[1]):.0f}% of its CPU); "
      f"peak RSS {m[2] / 1024:.0f} MB ({base / 1024:.0f} MB merging one article) for {per_article:,} per-article facts "
      f"read ({merged:,} merged facts in facts.tsv): {(m[2] - base) / 1024 / (per_article / 1e6):.0f} MB per million "
      f"per-article facts above that, {(m[2] - base) / 1024 / (merged / 1e6):.0f} MB per million merged facts")
print("merge's stages (last run):")
for line in open(os.path.join(work, "merge.log")):
    if line.startswith("timing:"):
        print("  " + line[len("timing: "):].rstrip())
EOF
