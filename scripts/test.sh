#!/usr/bin/env bash
# README command 2 (and .ci/run): install, build, run every test.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/scripts/build.sh"
cd "$here/build"
ctest --output-on-failure -j2
