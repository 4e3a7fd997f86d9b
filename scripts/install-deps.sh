#!/usr/bin/env bash
# Installs the Debian packages Capsuleer needs to build, test and run, if any is missing, on Debian 12
# (bookworm, Qt 6.4) and Debian 13 (trixie, Qt 6.8); Ubuntu 24.04 (Qt 6.4) uses Debian 12's names but for clang's. Nothing is
# assumed to be installed already: a pristine root lacks even ca-certificates and git.
# Usage: scripts/install-deps.sh [build|test|bench|fuzz|package]...   (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."

# The few names that differ between the releases, chosen by /etc/os-release.
. /etc/os-release
case "${VERSION_CODENAME:-}" in
    trixie|forky|sid) clang_runtime=libclang-rt-19-dev ;;
    noble) clang_runtime=libclang-rt-18-dev ;;
    *) clang_runtime=libclang-rt-14-dev ;;
esac

build=(ca-certificates git cmake ninja-build g++ pkg-config
       qt6-base-dev qt6-base-dev-tools qt6-networkauth-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev
       qtkeychain-qt6-dev libssl-dev libgl-dev
       # Qt Charts' CMake package needs Qt OpenGL's, which qt6-base-dev only recommends.
       libqt6opengl6-dev
       # QtKeychain dlopens libsecret; Debian's libqt6keychain1 does not depend on it.
       libsecret-1-0
       # The Qt platform plugins the app and the widget tests load.
       qt6-qpa-plugins
       # Qt's own texts (standard buttons, key names, the CLI's "Usage:") in the player's language.
       qt6-translations-l10n)
test=(dbus-daemon gnome-keyring libsecret-tools xvfb xauth
      # tests/package validates the installed .desktop file and AppStream metainfo.
      desktop-file-utils appstream
      # The end-to-end login plays the player's browser with Debian's Chromium (tests/e2e/browser).
      chromium
      # tests/conformance checks the emulator against CCP's ESI OpenAPI document with jsonschema.
      python3 python3-jsonschema)
# bench_secret_service_floor talks to the Secret Service through libsecret directly.
bench=(libsecret-1-dev)
fuzz=(clang "$clang_runtime")
package=(dpkg-dev file desktop-file-utils appstream)

wanted=()
[ $# -eq 0 ] && set -- build
for group in "$@"; do
    case "$group" in
        build) wanted+=("${build[@]}") ;;
        test) wanted+=("${build[@]}" "${test[@]}") ;;
        bench) wanted+=("${build[@]}" "${test[@]}" "${bench[@]}") ;;
        fuzz) wanted+=("${build[@]}" "${fuzz[@]}") ;;
        package) wanted+=("${build[@]}" "${package[@]}") ;;
        *) echo "install-deps: unknown group '$group'" >&2; exit 2 ;;
    esac
done

missing=()
for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep "install ok installed" >/dev/null || missing+=("$pkg")
done
# Node.js drives Chromium in the end-to-end tests; a machine that already has one (e.g. from
# NodeSource) keeps it, others get Debian's.
for group in "$@"; do
    if [ "$group" = test ] && ! command -v npm >/dev/null; then missing+=(nodejs npm); fi
done

if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing missing Debian packages: ${missing[*]}"
    sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# playwright-core from the npm registry, pinned by tests/e2e/browser/package-lock.json. It never
# downloads a browser of its own: authorize.mjs starts /usr/bin/chromium.
for group in "$@"; do
    if [ "$group" = test ] && [ ! -d tests/e2e/browser/node_modules/playwright-core ]; then
        echo "Installing the end-to-end browser driver (npm ci in tests/e2e/browser)"
        npm ci --prefix tests/e2e/browser --no-audit --no-fund --loglevel=error
    fi
done
