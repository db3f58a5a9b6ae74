#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Validates the generated desktop file, AppStream metainfo and icons of a build tree, and checks
# that they agree with each other and with the binary (one app id, one version).
#   check-metadata.sh BUILD_DIR APP_ID VERSION ICON_SIZES...
set -euo pipefail
build=$1 app_id=$2 version=$3
shift 3
desktop=$build/share/applications/$app_id.desktop
metainfo=$build/share/metainfo/$app_id.metainfo.xml
fail() { echo "check-metadata: $*" >&2; exit 1; }

echo "== desktop-file-validate $desktop"
desktop-file-validate "$desktop"
echo "== appstreamcli validate --no-net $metainfo"
appstreamcli validate --no-net --explain "$metainfo"

grep -qx "Icon=$app_id" "$desktop" || fail "$desktop: Icon is not $app_id"
grep -qx "Exec=crossroads" "$desktop" || fail "$desktop: Exec is not crossroads"
grep -q "<id>$app_id</id>" "$metainfo" || fail "$metainfo: id is not $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
    fail "$metainfo: does not launch $app_id.desktop"
first_release=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n 1 | cut -d'"' -f2)
[[ $first_release == "$version" ]] || fail "$metainfo: newest release is $first_release, project is $version"
binary_version=$("$build/bin/crossroads" --version | head -n 1)
[[ $binary_version == "crossroads $version" ]] || fail "binary says '$binary_version', project is $version"
grep -q "#define CROSSROADS_APP_ID \"$app_id\"" "$build/app/version.h" || fail "app/version.h has another app id"

# PNG width and height are big-endian 32-bit numbers at bytes 16 and 20 of the file.
png_size() { od -An -tu1 -j16 -N8 "$1" | awk '{print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8}'; }
for size in "$@"; do
    png=$build/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    [[ -s $png ]] || fail "missing icon $png"
    [[ $(png_size "$png") == "${size}x${size}" ]] || fail "$png is $(png_size "$png"), not ${size}x${size}"
done
[[ -s $build/share/icons/hicolor/scalable/apps/$app_id.svg ]] || fail "missing the scalable icon"
echo "check-metadata: desktop file, metainfo and $# icon sizes are valid and agree on $app_id $version"
