#!/usr/bin/env bash
# Runs a program and passes only when it exits with 0 and each given extended regular expression
# matches a line of its standard output (in order).
# Usage: expect-output.sh <program> [args...] -- <regex>...
set -uo pipefail

command=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do command+=("$1"); shift; done
shift
output=$("${command[@]}")
status=$?
printf '%s\n' "$output"
[ $status -eq 0 ] || { echo "expect-output: exit status $status" >&2; exit 1; }
rest=$output
for pattern in "$@"; do
    line=$(printf '%s\n' "$rest" | grep -n -m1 -E -- "$pattern") \
        || { echo "expect-output: no line (after the previous match) matches: $pattern" >&2; exit 1; }
    rest=$(printf '%s\n' "$rest" | tail -n +"$(( ${line%%:*} + 1 ))")
done
