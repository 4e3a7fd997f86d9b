#!/usr/bin/env bash
# Builds the Debian packages capsuleer, libevesso0 and libevesso-dev (CPack, the 'package' preset: the
# release build without tests, for /usr), then checks them with packaging/check-packages.sh: contents,
# dependencies, desktop files, the consumer project against the packaged library, and the programs
# started from the packaged files.
# Usage: scripts/build-packages.sh [--system]   (--system: also apt-get install them on this machine)
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh package
cmake --preset package >/dev/null
cmake --build --preset package
rm -rf build/package/packages
cpack --config build/package/CPackConfig.cmake -B build/package/packages
packaging/check-packages.sh "$@" build/package/packages/*.deb
