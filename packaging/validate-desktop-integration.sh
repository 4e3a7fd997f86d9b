#!/usr/bin/env bash
# Installs a build tree into a temporary prefix and validates the installed desktop integration:
# the .desktop file (desktop-file-validate), the AppStream metainfo (appstreamcli validate --strict,
# and validate-tree over the whole prefix: desktop file, metainfo and icon must fit together), and the
# hicolor icon.
# Usage: validate-desktop-integration.sh <build-dir> <cmake> <project version>
set -euo pipefail

build_dir=$1 cmake=$2 version=$3
app_id=io.github.capsuleer.Capsuleer
fail() { echo "desktop integration: $*" >&2; exit 1; }

for tool in desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || fail "$tool is missing (scripts/install-deps.sh test installs it)"
done

prefix=$(mktemp -d "${TMPDIR:-/tmp}/evesso-desktop.XXXXXX")
trap 'rm -rf "$prefix"' EXIT
"$cmake" --install "$build_dir" --prefix "$prefix" --component app >/dev/null

desktop=$prefix/share/applications/$app_id.desktop
metainfo=$prefix/share/metainfo/$app_id.metainfo.xml
icon=$prefix/share/icons/hicolor/scalable/apps/$app_id.svg
for file in "$desktop" "$metainfo" "$icon"; do
    [ -f "$file" ] || fail "${file#"$prefix"/} was not installed"
done
[ -x "$prefix/bin/capsuleer" ] || fail "bin/capsuleer was not installed"
[ -x "$prefix/bin/evesso" ] || fail "bin/evesso was not installed"
grep -qx "Icon=$app_id" "$desktop" || fail "the desktop file does not name the installed icon"
grep -q '<svg' "$icon" || fail "the icon is not an SVG image"

echo "--- desktop-file-validate"
desktop-file-validate "$desktop"
echo "--- appstreamcli validate --strict"
"$(dirname "$0")/validate-metainfo.sh" "$metainfo"
grep -q '<screenshot ' "$metainfo" || fail "the metainfo has no screenshot"
grep -q "<release version=\"$version\"" "$metainfo" || fail "the metainfo's release list lacks $version"
echo "--- appstreamcli validate-tree"
appstreamcli validate-tree --no-net "$prefix"
echo "desktop integration: valid"
