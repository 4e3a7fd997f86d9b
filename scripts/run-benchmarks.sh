#!/usr/bin/env bash
# Builds every benchmark in the release preset and runs them one after another, each in its own test
# session. The JSON lines (one per figure) are collected in build/release/bench-results.jsonl.
# Usage: scripts/run-benchmarks.sh [name-filter]
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh bench
cmake --preset release >/dev/null
cmake --build --preset release --target benchmarks

results=build/release/bench-results.jsonl
: > "$results"
while IFS= read -r bench; do
    [ -n "$bench" ] || continue
    case "$(basename "$bench")" in *"${1:-}"*) ;; *) continue ;; esac
    echo "== $(basename "$bench")"
    tests/support/test-session.sh "$bench" | tee /dev/stderr | grep '^{.*"bench":' >> "$results"
done < build/release/tests/bench/benchmarks.txt 2>&1
echo "== results: $results"
cat "$results"
