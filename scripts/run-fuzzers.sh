#!/usr/bin/env bash
# Builds the libFuzzer targets in the 'fuzz' preset (clang, ASan + UBSan) and runs each for a bounded time
# over its seed corpus. Fails on any crash, leak, sanitizer report or timeout.
# Usage: scripts/run-fuzzers.sh [seconds-per-target (default 60)] [name-filter]
# Crash inputs land in build/fuzz/artifacts/; new corpus entries in build/fuzz/corpus-work/ (the seed
# corpus in the source tree is only read).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
filter=${2:-}

scripts/install-deps.sh fuzz
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target fuzzers

artifacts=build/fuzz/artifacts
mkdir -p "$artifacts"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen

ran=0
while read -r program corpus; do
    [ -n "$program" ] || continue
    name=$(basename "$program")
    case "$name" in *"$filter"*) ;; *) continue ;; esac
    work=build/fuzz/corpus-work/$name
    mkdir -p "$work"
    echo "== $name: ${seconds}s over $corpus"
    # The first corpus directory receives new inputs; the seed corpus is read only.
    log=build/fuzz/$name.log
    set +e
    "$program" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$artifacts/$name-" "$work" "$corpus" </dev/null >"$log" 2>&1
    status=$?
    set -e
    tail -n 25 "$log"
    if [ "$status" -ne 0 ]; then
        echo "run-fuzzers: $name failed (exit $status); inputs in $artifacts/, full log $log" >&2
        exit 1
    fi
    ran=$((ran + 1))
done < build/fuzz/tests/fuzz/fuzzers.txt

if [ "$ran" -eq 0 ]; then
    echo "run-fuzzers: no fuzz target matched '$filter'" >&2
    exit 1
fi
echo "== $ran fuzz target(s) ran clean for ${seconds}s each"
