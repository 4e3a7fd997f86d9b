#!/usr/bin/env bash
# Installs a build tree into a temporary prefix, checks the installed library package, then configures,
# builds and runs tests/consumer against that prefix only (find_package(EveSso)).
# Usage: run-consumer-test.sh <build-dir> <cmake> <generator> <c++ compiler> [extra CXX flags] [compiler launcher]
set -euo pipefail

build_dir=$1 cmake=$2 generator=$3 cxx=$4 cxx_flags=${5:-} launcher=${6:-}
consumer_src=$(cd "$(dirname "$0")" && pwd)

work=$(mktemp -d "${TMPDIR:-/tmp}/evesso-consumer.XXXXXX")
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix

fail() { echo "consumer test: $*" >&2; exit 1; }

echo "--- cmake --install into $prefix"
"$cmake" --install "$build_dir" --prefix "$prefix" >"$work/install.log" || { cat "$work/install.log"; fail "install failed"; }

echo "--- the installed package"
config=$(find "$prefix" -path '*/cmake/EveSso/EveSsoConfig.cmake' -print -quit)
[ -n "$config" ] || fail "EveSsoConfig.cmake was not installed"
[ -f "$(dirname "$config")/EveSsoConfigVersion.cmake" ] || fail "EveSsoConfigVersion.cmake was not installed"
for header in evesso_export.h evessoemulator_export.h SsoClient.h Emulator.h; do
    [ -f "$prefix/include/EveSso/$header" ] || fail "include/EveSso/$header was not installed"
done
stray=$(find "$prefix/include" -type f ! -path "$prefix/include/EveSso/*.h")
[ -z "$stray" ] || fail "headers outside include/EveSso: $stray"
for lib in libEveSso libEveSsoEmulator; do
    real=$(find "$prefix" -name "$lib.so.*.*.*" -type f -print -quit)
    [ -n "$real" ] || fail "$lib was not installed as a versioned shared library"
    soname=$(readelf -d "$real" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
    [ "$soname" = "$lib.so.0" ] || fail "$lib has SONAME '$soname', expected $lib.so.0"
    [ -L "$(dirname "$real")/$lib.so" ] || fail "$lib.so (the development link) is missing"
    echo "$(basename "$real"): SONAME $soname"
done

echo "--- configure and build tests/consumer against the prefix"
flags=()
[ -n "$cxx_flags" ] && flags+=("-DCMAKE_CXX_FLAGS=$cxx_flags" "-DCMAKE_EXE_LINKER_FLAGS=$cxx_flags")
[ -n "$launcher" ] && flags+=("-DCMAKE_CXX_COMPILER_LAUNCHER=$launcher")
"$cmake" -S "$consumer_src" -B "$work/build" -G "$generator" -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF \
    "${flags[@]}" >"$work/configure.log" || { cat "$work/configure.log"; fail "configure failed"; }
found=$(sed -n 's/^EveSso_DIR:PATH=//p' "$work/build/CMakeCache.txt")
case "$found" in
    "$prefix"/*) echo "EveSso_DIR=$found" ;;
    *) fail "find_package(EveSso) found '$found', not the temporary prefix" ;;
esac
"$cmake" --build "$work/build" >"$work/build.log" 2>&1 || { cat "$work/build.log"; fail "build failed"; }

echo "--- run it"
loaded=$(ldd "$work/build/evesso-consumer" | sed -n 's/^\s*libEveSso\.so\.0 => \(\S*\).*/\1/p')
case "$loaded" in
    "$prefix"/*) echo "libEveSso.so.0 => $loaded" ;;
    *) fail "the consumer loads libEveSso.so.0 from '$loaded', not from the prefix" ;;
esac
"$work/build/evesso-consumer"
