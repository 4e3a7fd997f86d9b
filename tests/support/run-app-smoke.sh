#!/usr/bin/env bash
# The README's first quick-start command on a machine with a display: runs scripts/run-app.sh under Xvfb
# (a desktop stand-in) and waits until Capsuleer's offline-demo window is mapped on the screen. CI runs it
# in pristine roots, where it proves that scripts/run-app.sh installs all the app needs.
# Installs only the display (xvfb, xauth, x11-utils for xwininfo); everything else is run-app.sh's job.
# Usage: tests/support/run-app-smoke.sh [seconds to wait for the build and the window, default 1200]
set -euo pipefail
cd "$(dirname "$0")/../.."
wait_seconds=${1:-1200}

if ! command -v xvfb-run >/dev/null || ! command -v xwininfo >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends xvfb xauth x11-utils >/dev/null
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/capsuleer-smoke.XXXXXX")
trap 'rm -rf "$work"' EXIT
# A home of its own: the smoke test never sees or changes a developer's settings.
export HOME=$work XDG_CONFIG_HOME=$work/.config XDG_DATA_HOME=$work/.local/share XDG_CACHE_HOME=$work/.cache
export XDG_RUNTIME_DIR=$work/.runtime
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

xvfb-run --auto-servernum --server-args="-screen 0 1280x800x24" bash -c '
    wait_seconds=$1 log=$2
    scripts/run-app.sh >"$log" 2>&1 &
    app=$!
    # The build comes first (minutes on a fresh machine), then run-app.sh becomes the app (exec).
    found=0
    for _ in $(seq "$wait_seconds"); do
        kill -0 "$app" 2>/dev/null || break
        if xwininfo -root -tree | grep "Capsuleer — Offline demo" >/dev/null; then found=1; break; fi
        sleep 1
    done
    if [ "$found" = 1 ]; then
        xwininfo -root -tree | grep "Capsuleer — Offline demo" | head -1
        kill "$app" 2>/dev/null; wait "$app" 2>/dev/null
        exit 0
    fi
    kill "$app" 2>/dev/null; wait "$app" 2>/dev/null
    tail -n 40 "$log" >&2
    exit 1' smoke "$wait_seconds" "$work/run-app.log" \
    && echo "run-app-smoke: the offline demo window appeared" \
    || { echo "run-app-smoke: no Capsuleer demo window appeared" >&2; exit 1; }
