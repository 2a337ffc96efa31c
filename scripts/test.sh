#!/usr/bin/env bash
# README command 2 (and .ci/run): install, build, run every test.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
# Each phase's wall time on stderr: CI has a budget (well under 15 minutes), and
# these lines show where it goes.
phase() { echo "test.sh: $1 took $((SECONDS - started)) s" >&2; started=$SECONDS; }
started=$SECONDS
"$here/scripts/build.sh"
phase "install + Release build"
cd "$here/build"
ctest --output-on-failure -j2
phase "Release tests"

# Hardening (issue #6): the whole suite again built with AddressSanitizer and
# UndefinedBehaviorSanitizer (clang, build-asan/), any finding fatal; the same
# build carries libFuzzer coverage, so each fuzz target then runs briefly
# (ACCORD_FUZZ_SECONDS each, two at a time). ACCORD_SKIP_ASAN=1 skips all this.
if [ "${ACCORD_SKIP_ASAN:-0}" != 1 ]; then
  # -O1 without NDEBUG: assertions stay on (RelWithDebInfo would turn them off).
  cmake -S "$here" -B "$here/build-asan" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS=-O1 \
        -DACCORD_SANITIZE=ON -DACCORD_FUZZ=ON >/dev/null
  cmake --build "$here/build-asan" -j"$(nproc)" >/dev/null
  phase "ASan + UBSan build"
  # The browser tests drive Chromium over the same code the plain run covers; they are
  # left out here to keep CI well under its time budget.
  (cd "$here/build-asan" && ctest --output-on-failure -j2 -LE "report|scale")
  phase "ASan + UBSan tests"
  FUZZ_BUILD_DIR="$here/build-asan" FUZZ_NO_BUILD=1 FUZZ_JOBS=2 "$here/scripts/fuzz.sh" "${ACCORD_FUZZ_SECONDS:-20}"
  phase "fuzzing"
fi
