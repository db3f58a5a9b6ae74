#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Checks an installed Crossroads under PREFIX (a `cmake --install` prefix or the usr/ of an
# extracted .deb): the files are in the GNU places, the binary finds its content relative to
# its own prefix, and the GUI starts and paints.
#   check-installed.sh PREFIX APP_ID VERSION
set -euo pipefail
prefix=$(realpath "$1") app_id=$2 version=$3
fail() { echo "check-installed: $*" >&2; exit 1; }
# Nothing may point the app at the build tree.
unset CROSSROADS_CONTENT_DB QT_QPA_PLATFORM
bin=$prefix/bin/crossroads
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

for f in bin/crossroads share/crossroads/content.db \
    share/applications/$app_id.desktop share/metainfo/$app_id.metainfo.xml \
    share/icons/hicolor/scalable/apps/$app_id.svg share/icons/hicolor/48x48/apps/$app_id.png \
    share/icons/hicolor/256x256/apps/$app_id.png; do
    [[ -e $prefix/$f ]] || fail "$prefix/$f is missing"
done
[[ -x $bin ]] || fail "$bin is not executable"

echo "== $bin --version"
out=$("$bin" --version)
echo "$out"
grep -qx "crossroads $version" <<<"$out" || fail "--version does not say $version"
grep -q "^content " <<<"$out" || fail "--version found no content database"

echo "== $bin content stats"
"$bin" content stats >"$home/stats.txt"
head -n 5 "$home/stats.txt"
[[ $(wc -l <"$home/stats.txt") -gt 3 ]] || fail "content stats printed almost nothing"

# Proof that the content is found through the prefix: without the installed file, the app
# must fail and name exactly that path.
mv "$prefix/share/crossroads/content.db" "$prefix/share/crossroads/content.db.away"
if err=$("$bin" content stats 2>&1); then
    fail "content stats worked without the installed content database"
fi
mv "$prefix/share/crossroads/content.db.away" "$prefix/share/crossroads/content.db"
grep -qF "$prefix/share/crossroads/content.db" <<<"$err" || fail "the missing database was looked for elsewhere: $err"
echo "content is found at $prefix/share/crossroads/content.db"

echo "== $bin --quit-after-first-paint (GUI)"
export HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share XDG_CACHE_HOME=$home/.cache
export XDG_RUNTIME_DIR=$home/runtime QTWEBENGINE_DISABLE_SANDBOX=1
mkdir -m 700 "$XDG_RUNTIME_DIR"
gui=(timeout 120 "$bin" --quit-after-first-paint)
if [[ -z ${DISPLAY:-} ]]; then
    gui=(xvfb-run -a -s "-screen 0 1280x800x24" "${gui[@]}")
fi
status=0
"${gui[@]}" 2>"$home/gui.err" || status=$?
cat "$home/gui.err" >&2
[[ $status -eq 0 ]] || fail "the GUI exited with $status"
grep -q "first paint after" "$home/gui.err" || fail "the GUI never painted"
learner=$(find "$XDG_DATA_HOME" -name learner.db)
[[ -n $learner ]] || fail "the GUI did not create the learner database under $XDG_DATA_HOME"
echo "the GUI created ${learner#"$home"/}"
echo "check-installed: $prefix runs: CLI, content and GUI"
