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
  libcli11-dev libutf8proc-dev nlohmann-json3-dev
  # test-time consumers of our outputs (tools that are not ours)
  raptor2-utils serdi python3 python3-rdflib python3-networkx
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

# npm packages for the tests (pinned in tests/tools/package-lock.json)
if [ ! -d "$here/tests/tools/node_modules" ] || [ "$here/tests/tools/package-lock.json" -nt "$here/tests/tools/node_modules" ]; then
  (cd "$here/tests/tools" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  touch "$here/tests/tools/node_modules"
fi
