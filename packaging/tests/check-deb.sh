#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the .deb with CPack, checks its control fields, that its dependencies resolve on this
# system, and then extracts it into a temporary root and runs the installed app.
#   check-deb.sh BUILD_DIR APP_ID VERSION
set -euo pipefail
build=$(realpath "$1") app_id=$2 version=$3
fail() { echo "check-deb: $*" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== cpack -G DEB"
(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out") >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; fail "cpack failed"; }
debs=("$work"/out/*.deb)
[[ ${#debs[@]} -eq 1 && -s ${debs[0]} ]] || fail "cpack made no single .deb: ${debs[*]}"
deb=${debs[0]}
echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"
dpkg-deb --info "$deb"

field() { dpkg-deb --field "$deb" "$1"; }
[[ $(field Package) == crossroads ]] || fail "Package is $(field Package)"
[[ $(field Version) == "$version" ]] || fail "Version is $(field Version), project is $version"
depends=$(field Depends)
# libc6 and the Qt libraries only appear when dpkg-shlibdeps really ran on the binary.
for dep in libc6 libqt6core6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libqt6svg6; do
    grep -Eq "(^|, )$dep( |,|$)" <<<"$depends" || fail "Depends lacks $dep: $depends"
done
for rec in python3-flask python3-django; do
    grep -Eq "(^|, )$rec( |,|$)" <<<"$(field Recommends)" || fail "Recommends lacks $rec"
done

dpkg-deb --contents "$deb" >"$work/contents.txt"
for f in ./usr/bin/crossroads ./usr/share/crossroads/content.db ./usr/share/applications/$app_id.desktop \
    ./usr/share/metainfo/$app_id.metainfo.xml ./usr/share/icons/hicolor/scalable/apps/$app_id.svg \
    ./usr/share/icons/hicolor/16x16/apps/$app_id.png; do
    grep -q " $f\$" "$work/contents.txt" || fail "the package lacks $f"
done

# Every dependency must be installable from what this system knows; a simulation changes nothing.
echo "== apt-get --simulate install $(basename "$deb")"
apt-get --simulate --no-install-recommends install "$deb" >"$work/apt.log" 2>&1 ||
    { cat "$work/apt.log" >&2; fail "the package's dependencies do not resolve"; }
grep -E '^(Inst|Conf) ' "$work/apt.log" || true
grep -q '^Inst crossroads ' "$work/apt.log" || { cat "$work/apt.log" >&2; fail "apt would not install crossroads"; }

echo "== dpkg-deb -x into $work/root"
dpkg-deb -x "$deb" "$work/root"
bash "$(dirname "$0")/check-installed.sh" "$work/root/usr" "$app_id" "$version"
echo "check-deb: $(basename "$deb") installs and runs"
