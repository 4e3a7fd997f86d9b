#!/usr/bin/env bash
# Checks the Debian packages built by scripts/build-packages.sh:
#   1. each package's contents and declared dependencies (libsecret included: QtKeychain dlopens it);
#   2. apt can satisfy every dependency on this release (apt-get install --simulate);
#   3. extracted into a fresh root: the desktop file and metainfo validate, the consumer project
#      (tests/consumer) builds against the packaged -dev files and runs, and `evesso --help` and
#      `capsuleer --version` start from the packaged files;
#   4. with --system: installs them for real (apt-get install), runs both programs from /usr/bin, and
#      removes them again.
# Usage: packaging/check-packages.sh [--system] <capsuleer.deb> <libevesso0.deb> <libevesso-dev.deb>
set -euo pipefail
# No "| grep -q" below: grep -q exits at its first match, and under pipefail the writer's SIGPIPE then
# fails the whole pipeline at random (it did, in CI).

system=0
if [ "${1:-}" = "--system" ]; then system=1; shift; fi
[ $# -ge 3 ] || { echo "usage: $0 [--system] <the three .deb files>" >&2; exit 2; }
source_dir=$(cd "$(dirname "$0")/.." && pwd)
fail() { echo "check-packages: $*" >&2; exit 1; }

declare -A deb
for file in "$@"; do
    deb[$(dpkg-deb --field "$file" Package)]=$(realpath "$file")
done
for name in capsuleer libevesso0 libevesso-dev; do
    [ -n "${deb[$name]:-}" ] || fail "no $name package among: $*"
done
version=$(dpkg-deb --field "${deb[libevesso0]}" Version)
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH)
libdir=usr/lib/$multiarch
app_id=io.github.capsuleer.Capsuleer

echo "--- 1. contents and dependencies"
expect_file() { # <package> <path regex>
    dpkg-deb --contents "${deb[$1]}" | awk '{print $6}' | grep -E "^\./$2\$" >/dev/null || fail "$1 lacks $2"
}
lacks_file() { # <package> <path regex>
    ! dpkg-deb --contents "${deb[$1]}" | awk '{print $6}' | grep -E "^\./$2\$" >/dev/null || fail "$1 must not contain $2"
}
expect_depends() { # <package> <regex over the Depends field>
    dpkg-deb --field "${deb[$1]}" Depends | tr ',' '\n' | sed 's/^ *//' | grep -E "^($2)\$" >/dev/null \
        || fail "$1 does not depend on $2 (Depends: $(dpkg-deb --field "${deb[$1]}" Depends))"
}
expect_recommends() { # <package> <regex over the Recommends field>
    dpkg-deb --field "${deb[$1]}" Recommends | tr ',' '\n' | sed 's/^ *//' | grep -E "^($2)\$" >/dev/null \
        || fail "$1 does not recommend $2 (Recommends: $(dpkg-deb --field "${deb[$1]}" Recommends))"
}
for lib in libEveSso libEveSsoEmulator; do
    expect_file libevesso0 "$libdir/$lib\.so\.0"
    expect_file libevesso0 "$libdir/$lib\.so\.$version"
    lacks_file libevesso0 "$libdir/$lib\.so"
    expect_file libevesso-dev "$libdir/$lib\.so"
done
lacks_file libevesso0 "usr/include/.*"
expect_file libevesso-dev "usr/include/EveSso/SsoClient\.h"
expect_file libevesso-dev "usr/include/EveSso/evesso_export\.h"
expect_file libevesso-dev "usr/include/EveSso/Emulator\.h"
expect_file libevesso-dev "$libdir/cmake/EveSso/EveSsoConfig\.cmake"
expect_file libevesso-dev "$libdir/cmake/EveSso/EveSsoConfigVersion\.cmake"
expect_file libevesso-dev "usr/bin/evesso-emulator"
expect_file capsuleer "usr/bin/capsuleer"
expect_file capsuleer "usr/bin/evesso"
expect_file capsuleer "usr/share/applications/$app_id\.desktop"
expect_file capsuleer "usr/share/metainfo/$app_id\.metainfo\.xml"
expect_file capsuleer "usr/share/icons/hicolor/scalable/apps/$app_id\.svg"
for name in capsuleer libevesso0 libevesso-dev; do
    if dpkg-deb --contents "${deb[$name]}" | awk '{print $6}' | grep -v '/$' \
           | grep -vE "^\./usr/(include/EveSso/|${libdir#usr/}/|bin/|share/(applications|metainfo|icons|doc|capsuleer|evesso)/)" | grep . >/dev/null; then
        fail "$name installs files outside the expected directories"
    fi
done
# Debian 13 renamed most libraries for the 64-bit time_t transition (libqt6core6t64, libssl3t64).
expect_depends libevesso0 "libsecret-1-0"
expect_depends libevesso0 "libqt6core6(t64)? .*"
expect_depends libevesso0 "libqt6networkauth6(t64)? .*"
expect_depends libevesso0 "libqt6keychain1(t64)? .*"
expect_depends libevesso0 "libssl3(t64)? .*"
expect_depends libevesso-dev "libevesso0 \(= $version\)"
expect_depends libevesso-dev "qt6-base-dev .*"
expect_depends capsuleer "libevesso0 \(= $version\)"
expect_depends capsuleer "libsecret-1-0"
expect_depends capsuleer "libqt6widgets6(t64)? .*"
expect_depends capsuleer "libqt6charts6(t64)? .*" # the wallet history chart
expect_depends capsuleer "qt6-qpa-plugins"
expect_recommends capsuleer "qt6-translations-l10n" # Qt's own texts translated
expect_recommends capsuleer "fonts-noto-cjk"        # glyphs for the ja, zh_CN and ko translations
[ -n "$(dpkg-deb --ctrl-tarfile "${deb[libevesso0]}" | tar -t | grep -x './shlibs')" ] || fail "libevesso0 has no shlibs file"
for name in capsuleer libevesso0 libevesso-dev; do
    echo "$name $version: Depends: $(dpkg-deb --field "${deb[$name]}" Depends)"
done

echo "--- 2. apt can satisfy every dependency"
apt-get install --simulate --no-install-recommends "${deb[@]}" >/tmp/check-packages-apt.$$ 2>&1 \
    || { cat /tmp/check-packages-apt.$$; rm -f /tmp/check-packages-apt.$$; fail "apt cannot install the packages"; }
rm -f /tmp/check-packages-apt.$$

echo "--- 3. a fresh root with the packages' files"
work=$(mktemp -d "${TMPDIR:-/tmp}/evesso-packages.XXXXXX")
trap 'rm -rf "$work"' EXIT
root=$work/root
for file in "${deb[@]}"; do dpkg-deb --extract "$file" "$root"; done

desktop-file-validate "$root/usr/share/applications/$app_id.desktop"
"$source_dir/packaging/validate-metainfo.sh" "$root/usr/share/metainfo/$app_id.metainfo.xml"

export LD_LIBRARY_PATH=$root/$libdir
export QT_QPA_PLATFORM=offscreen
for program in capsuleer evesso evesso-emulator; do
    ldd "$root/usr/bin/$program" | grep 'not found' >/dev/null && { ldd "$root/usr/bin/$program"; fail "$program: unresolved libraries"; }
    for lib in $(readelf -d "$root/usr/bin/$program" | sed -n 's/.*(NEEDED).*\[\(libEveSso[A-Za-z]*\.so\.0\)\]/\1/p'); do
        ldd "$root/usr/bin/$program" | grep "$lib => $root/$libdir/" >/dev/null \
            || fail "$program does not load $lib from the packaged files"
    done
done
"$root/usr/bin/evesso" --help >"$work/help.txt" || { cat "$work/help.txt"; fail "evesso --help failed"; }
grep -q -- '--help' "$work/help.txt" || fail "evesso --help printed no usage"
echo "evesso --help: $(head -1 "$work/help.txt")"
"$root/usr/bin/capsuleer" --version >"$work/version.txt" || fail "capsuleer --version failed"
grep -q "$version" "$work/version.txt" || fail "capsuleer --version does not say $version: $(cat "$work/version.txt")"
echo "capsuleer --version: $(cat "$work/version.txt")"

echo "--- 3b. tests/consumer against the packaged development files"
cmake -S "$source_dir/tests/consumer" -B "$work/consumer" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_PREFIX_PATH="$root/usr" -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF >"$work/configure.log" \
    || { cat "$work/configure.log"; fail "the consumer does not configure against the packages"; }
grep -q "^EveSso_DIR:PATH=$root/" "$work/consumer/CMakeCache.txt" || fail "find_package(EveSso) did not use the packages"
cmake --build "$work/consumer" >"$work/build.log" 2>&1 || { cat "$work/build.log"; fail "the consumer does not build"; }
# The emulator and discovery need no keychain; the discovery cache goes to this HOME.
HOME=$work XDG_CACHE_HOME=$work/.cache "$work/consumer/evesso-consumer"

if [ $system = 1 ]; then
    echo "--- 4. installed on this machine"
    unset LD_LIBRARY_PATH
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq --no-install-recommends "${deb[@]}" >/dev/null
    trap 'apt-get purge -y -qq capsuleer libevesso-dev libevesso0 >/dev/null; rm -rf "$work"' EXIT
    /usr/bin/evesso --help >/dev/null || fail "installed evesso --help failed"
    /usr/bin/capsuleer --version | grep "$version" >/dev/null || fail "installed capsuleer --version failed"
    echo "installed: evesso --help and capsuleer --version run from /usr/bin"
fi
echo "check-packages: all packages good"
