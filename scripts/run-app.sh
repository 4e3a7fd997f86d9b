#!/usr/bin/env bash
# Builds and starts the Capsuleer desktop app. Without a configured client id it offers the offline
# demo (the EVE SSO + ESI emulator on loopback). Arguments are passed to capsuleer.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh build
cmake --preset default >/dev/null
cmake --build --preset default --target capsuleer
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found (DISPLAY/WAYLAND_DISPLAY unset): start Capsuleer from a desktop session." >&2
    exit 1
fi
# --demo-if-unconfigured: the offline demo starts by itself until a client id is configured in Settings.
exec build/default/app/capsuleer/capsuleer --demo-if-unconfigured "$@"
