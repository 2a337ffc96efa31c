#!/usr/bin/env bash
# A git worktree for tuning the extractor, without the unseen evaluation sets.
#
#   scripts/dev-worktree.sh PATH BRANCH
#
# Makes branch BRANCH from HEAD, checked out at PATH, with every tests/corpus/ set whose
# README says "Reserved as an unseen measure" left out of the checkout (git sparse-checkout),
# so that no grep, glob or run in that worktree can read them. The sets stay in the
# repository; the golden tests of those sets cannot run there (exclude them with
# ctest -E). The main worktree is untouched.
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 PATH BRANCH" >&2; exit 2; }
here="$(cd "$(dirname "$0")/.." && pwd)"
path="$1" branch="$2"
patterns=('/*')
for readme in "$here"/tests/corpus/*/README.md; do
  if grep -q "Reserved as an unseen measure" "$readme"; then
    patterns+=("!/tests/corpus/$(basename "$(dirname "$readme")")/")
  fi
done
git -C "$here" worktree add -q "$path" -b "$branch"
git -C "$path" sparse-checkout set --no-cone "${patterns[@]}"
echo "$path: branch $branch, without the unseen sets" $(printf '%s\n' "${patterns[@]:1}" | sed 's|!/tests/corpus/||; s|/$||')
