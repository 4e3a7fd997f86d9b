#!/usr/bin/env bash
# Builds and runs the whole test suite: installs what is missing, configures, builds, runs CTest.
# Usage: scripts/run-tests.sh [--preset default|sanitize] [extra ctest arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."

preset=default
if [ "${1:-}" = "--preset" ]; then preset=$2; shift 2; fi

scripts/install-deps.sh test
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
# Every test runs in its own private session (see tests/support/test-session.sh).
ctest --preset "$preset" "$@"
