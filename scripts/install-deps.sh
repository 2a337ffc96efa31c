#!/usr/bin/env bash
# Installs everything accord needs to build and test, on Debian (run as root).
# Idempotent: packages already present are skipped by apt; npm uses the lock file.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"

DEBIAN_PACKAGES=(
  # build
  g++ cmake make pkg-config
  # libraries
  libboost-graph-dev librapidxml-dev libraptor2-dev doctest-dev
  libcli11-dev libutf8proc-dev nlohmann-json3-dev zlib1g-dev libxxhash-dev
  libjemalloc-dev  # the process allocator (common/memory.hpp)
  # hardening: the ASan/UBSan build and the libFuzzer targets (scripts/fuzz.sh)
  clang libclang-rt-dev
  # test-time consumers of our outputs (tools that are not ours)
  raptor2-utils serdi python3 python3-rdflib python3-networkx python3-igraph
  # scripts/dask-build.py: the map step on Dask distributed (issue #8)
  python3-distributed
  # bench/run.sh: peak memory through /usr/bin/time -v
  time
  # tests/report: report.html opened in headless Chromium (driven by playwright-core)
  chromium
)
# Node.js: the machine's own if it has one, else Debian's.
command -v node >/dev/null && command -v npm >/dev/null || DEBIAN_PACKAGES+=(nodejs npm)

missing=()
for p in "${DEBIAN_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm packages, each folder pinned by its package-lock.json: report/ holds the
# graph-drawing library the build embeds into report.html (Cytoscape.js),
# tests/tools the consumers and the browser driver the tests use.
for dir in "$here/report" "$here/tests/tools"; do
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules" ]; then
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    touch "$dir/node_modules"
  fi
done
