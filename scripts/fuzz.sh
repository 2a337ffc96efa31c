#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, AddressSanitizer + UBSan) and runs each
# for SECONDS:
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]    default: 60 s each; article jsonl feed lexicon
#
# Environment:
#   FUZZ_BUILD_DIR  build directory (default build-fuzz; scripts/test.sh reuses build-asan)
#   FUZZ_JOBS       targets run at once (default: the number of cores)
#   FUZZ_NO_BUILD   set to 1 when FUZZ_BUILD_DIR is built already
#
# Seeds come from fuzz/corpus/<target>/ and are left alone: inputs found on the
# way go to FUZZ_BUILD_DIR/fuzz-corpus/<target>/, so a later run starts where
# this one stopped. A crash is saved as FUZZ_BUILD_DIR/fuzz-crashes/<target>/crash-*;
# reproduce it with `FUZZ_BUILD_DIR/fuzz/fuzz_<target> FILE`. Exit status 1 when
# any target crashed.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(article jsonl feed lexicon)
build="${FUZZ_BUILD_DIR:-$here/build-fuzz}"
jobs="${FUZZ_JOBS:-$(nproc)}"

if [ "${FUZZ_NO_BUILD:-0}" != 1 ]; then
  command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ is missing (scripts/install-deps.sh installs it)" >&2; exit 2; }
  cmake -S "$here" -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS=-O1 \
        -DACCORD_SANITIZE=ON -DACCORD_FUZZ=ON >/dev/null
  cmake --build "$build" -j"$(nproc)" --target $(printf 'fuzz_%s ' "${targets[@]}") >/dev/null
fi

run_one() {
  local t="$1" bin="$build/fuzz/fuzz_$1" dict=()
  case "$t" in
    feed) dict=(-dict="$here/fuzz/dict/xml.dict") ;;
    jsonl) dict=(-dict="$here/fuzz/dict/json.dict") ;;
  esac
  mkdir -p "$build/fuzz-corpus/$t" "$build/fuzz-crashes/$t" "$build/fuzz-logs"
  "$bin" "$build/fuzz-corpus/$t" "$here/fuzz/corpus/$t" "${dict[@]}" \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 -print_final_stats=1 \
      -artifact_prefix="$build/fuzz-crashes/$t/" >"$build/fuzz-logs/$t.log" 2>&1
}

mkdir -p "$build/fuzz-logs"
start="$build/fuzz-logs/.start"
touch "$start"  # crashes newer than this are this run's
running=0
status=0
for t in "${targets[@]}"; do
  [ -x "$build/fuzz/fuzz_$t" ] || { echo "fuzz.sh: no target fuzz_$t in $build/fuzz" >&2; exit 2; }
  run_one "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait -n || true
    running=$((running - 1))
  fi
done
wait || true

for t in "${targets[@]}"; do
  log="$build/fuzz-logs/$t.log"
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  crashes=$(find "$build/fuzz-crashes/$t" -type f -newer "$start" | wc -l)
  printf 'fuzz %-8s %ss: %s runs, coverage %s, %s crash file(s)\n' "$t" "$seconds" "${execs:-?}" "${cov:-?}" "$crashes"
  if [ "$crashes" -gt 0 ] || grep -q '^==[0-9]*==ERROR:\|ERROR: libFuzzer\|runtime error:' "$log"; then
    status=1
    grep -m1 -A12 'ERROR:\|runtime error:' "$log" >&2 || true
    find "$build/fuzz-crashes/$t" -type f -newer "$start" -printf '  reproducer: %p\n' >&2
  fi
done
exit $status
