#!/usr/bin/env bash
# README command 1: install, build, and build the knowledge graph of samples/ into out/.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/scripts/build.sh"
cd "$here"
build/accord build samples -o out
