#!/usr/bin/env bash
# Checks that two accord binaries write byte-identical files, every format, on
# every corpus the project has: samples, dev, the held-out sets and (when it
# exists) the benchmark's generated corpus. For speed work, where the output
# must not move; prints one line per corpus and exits 1 on the first change.
#
#   scripts/same-outputs.sh REFERENCE_BINARY [CANDIDATE_BINARY] [--threads N] [--no-bench]
#
# The candidate defaults to build/accord. Both run with SOURCE_DATE_EPOCH
# pinned (year-less datelines depend on the build day).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
shared="$here/../shared"
ref="" new="$here/build/accord" threads=2 bench=1
while [ $# -gt 0 ]; do
  case "$1" in
    --threads) threads="$2"; shift 2 ;;
    --no-bench) bench=0; shift ;;
    -h|--help) sed -n '2,/^set -e/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) if [ -z "$ref" ]; then ref="$1"; else new="$1"; fi; shift ;;
  esac
done
[ -x "$ref" ] && [ -x "$new" ] || { echo "same-outputs: need two accord binaries (see --help)" >&2; exit 2; }
export SOURCE_DATE_EPOCH=1796601600
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

corpora=("samples=$here/samples" "dev=$shared/corpus/dev/articles")
for d in "$here"/tests/corpus/*/articles; do corpora+=("$(basename "$(dirname "$d")")=$d"); done
[ "$bench" = 1 ] && [ -d "$here/bench/out/20mb/corpus" ] && corpora+=("bench20mb=$here/bench/out/20mb/corpus")

status=0
for entry in "${corpora[@]}"; do
  name="${entry%%=*}" dir="${entry#*=}"
  formats=(--format ttl,nt,nq,rdfxml,graphml,tsv,gexf,neo4j)
  [ "$name" = bench20mb ] && formats=(--format ttl,nt,graphml,tsv)
  # A binary that fails (an old copy looking for its ontology in a removed
  # worktree, say) is said, with its message, rather than ending the script mutely.
  for which in ref new; do
    bin="$ref"; [ "$which" = new ] && bin="$new"
    "$bin" build "$dir" -o "$tmp/$which-$name" --threads "$threads" "${formats[@]}" --quiet >/dev/null 2>"$tmp/err" ||
      { echo "FAILED    $name: $bin: $(tail -n 1 "$tmp/err")" >&2; exit 2; }
  done
  if diff -rq "$tmp/ref-$name" "$tmp/new-$name" >"$tmp/diff" 2>&1; then
    echo "same      $name"
  else
    echo "DIFFERENT $name:"; sed 's/^/  /' "$tmp/diff"; status=1
  fi
done
exit $status
