#!/usr/bin/env bash
# Where accord's time goes: a sampling profile of one `accord build` of a generated corpus.
#
#   bench/profile.sh [--mb 20] [--threads 1] [--freq 250] [--accord PATH]
#
# Uses `perf record --call-graph dwarf` (Debian package linux-perf) on the Release
# binary (function symbols are enough; no debug build needed), then
# bench/perf_stages.py for time by pipeline stage and the top functions by self time
# with the accord function that called them. Without perf (or without permission to
# use it) it falls back to `valgrind --tool=callgrind` on the corpus sample (250
# articles; callgrind is ~50x slower). Writes bench/out/profile-<MB>mb.md and prints it.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bench="$here/bench"
out="$bench/out"
mb=20
threads=1
freq=250
accord="${ACCORD:-$here/build/accord}"
while [ $# -gt 0 ]; do
  case "$1" in
    --mb) mb="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --freq) freq="$2"; shift 2 ;;
    --accord) accord="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set -e/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "profile.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[ -x "$accord" ] || { echo "profile.sh: no accord binary at $accord (scripts/build.sh, or --accord)" >&2; exit 2; }
dir="$out/${mb}mb"
[ -f "$dir/manifest.json" ] || /usr/bin/python3 "$bench/gen_corpus.py" --mb "$mb" --out "$dir"
report="$out/profile-${mb}mb.md"
data="$out/perf-${mb}mb.data"
rm -rf "$out/profile-build"

cmd=("$accord" build "$dir/corpus" -o "$out/profile-build" --threads "$threads" --format nt)
if command -v perf >/dev/null && perf record -F "$freq" --call-graph dwarf,16384 -o "$data" -- "${cmd[@]}" \
     > "$out/profile-accord.log" 2> "$out/profile-perf.log"; then
  {
    echo "# accord profile: ${mb} MB corpus, --threads $threads"
    echo
    echo "Command:"
    echo
    echo "    perf record -F $freq --call-graph dwarf,16384 -o perf.data -- accord build bench/out/${mb}mb/corpus -o OUT --threads $threads --format nt"
    echo "    perf script -i perf.data -F tid,ip,sym,dso --no-inline | bench/perf_stages.py --top 15"
    echo
    echo "(run as \`bench/profile.sh --mb $mb --threads $threads\`; accord $(git -C "$here" describe --always --dirty 2>/dev/null))"
    echo
    perf script -i "$data" -F tid,ip,sym,dso --no-inline 2>/dev/null | /usr/bin/python3 "$bench/perf_stages.py" --top 15
    echo
    echo "### perf report (self time, top 25)"
    echo
    echo '```'
    perf report -i "$data" --no-children --stdio -g none --percent-limit 0.5 2>/dev/null | grep -E '^ +[0-9]' | head -25
    echo '```'
  } > "$report"
else
  echo "profile.sh: perf unavailable or not permitted ($(tail -1 "$out/profile-perf.log" 2>/dev/null)); using callgrind on the sample" >&2
  cg="$out/callgrind-${mb}mb.out"
  valgrind --tool=callgrind --callgrind-out-file="$cg" "$accord" build "$dir/sample" -o "$out/profile-build" \
    --threads 1 --format nt > "$out/profile-accord.log" 2> "$out/profile-valgrind.log"
  {
    echo "# accord profile (callgrind): sample of the ${mb} MB corpus"
    echo
    echo "    valgrind --tool=callgrind accord build bench/out/${mb}mb/sample -o OUT --threads 1 --format nt"
    echo "    callgrind_annotate --inclusive=no"
    echo
    echo '```'
    callgrind_annotate --inclusive=no "$cg" 2>/dev/null | head -45
    echo '```'
  } > "$report"
fi
cat "$report"
