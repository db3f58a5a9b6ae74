#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Retakes the AppStream screenshots from a built binary on a private virtual display, with a
# fresh learner database, at the 1200x760 window size the app picks on a 1280x800 screen.
#   take.sh PATH/TO/crossroads [OUT_DIR]
# Needs Debian's xvfb, xauth, x11-apps (xwd), x11-utils (xwininfo), xdotool, sqlite3, imagemagick.
set -euo pipefail

# setting KEY VALUE: writes one row of the learner database's settings table.
setting() {
    sqlite3 "$DB" "INSERT INTO settings(key, value) VALUES('$1', '$2')
                   ON CONFLICT(key) DO UPDATE SET value = excluded.value"
}

# shot NAME [KEY DIALOG_TITLE]: starts on the stored screen, optionally presses KEY to open the
# dialog titled DIALOG_TITLE, and keeps the main window's area.
shot() {
    local name=$1
    shift
    "$BIN" 2>/dev/null &
    local pid=$!
    sleep 4
    local win
    win=$(xdotool search --sync --onlyvisible --name '^Crossroads$' | head -n 1)
    xwd -root -silent | convert xwd:- "png:$TMP/root.png"
    if [[ $# -gt 0 ]]; then
        # Without a window manager the root window does not show a dialog's contents, so the
        # dialog is captured on its own and laid over the main window where it sits.
        xdotool windowfocus --sync "$win" key "$1"
        sleep 3
        local dialog x y
        dialog=$(xdotool search --sync --onlyvisible --name "$2" | head -n 1)
        x=$(xwininfo -id "$dialog" | awk '/Absolute upper-left X/ {print $4}')
        y=$(xwininfo -id "$dialog" | awk '/Absolute upper-left Y/ {print $4}')
        xwd -id "$dialog" -silent | convert xwd:- "png:$TMP/dialog.png"
        convert "$TMP/root.png" "$TMP/dialog.png" -geometry "+$x+$y" -composite "png:$TMP/root.png"
    fi
    convert "$TMP/root.png" -crop 1200x760+0+0 +repage "png:$OUT/$name.png"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    echo "$OUT/$name.png"
}

inside() {
    "$BIN" --quit-after-first-paint 2>/dev/null
    DB=$(find "$XDG_DATA_HOME" -name learner.db)
    setting window/last_screen home
    shot home
    setting window/last_screen compare
    shot compare
    setting window/last_screen samples
    shot samples
    setting appearance/theme dark
    setting window/last_screen home
    shot settings ctrl+comma '^Settings'
}

if [[ ${1:-} == --inside ]]; then
    inside
    exit
fi
[[ $# -ge 1 ]] || { echo "usage: take.sh PATH/TO/crossroads [OUT_DIR]" >&2; exit 2; }
export PATH=/usr/bin:$PATH # ImageMagick's convert, not a stand-in
for tool in xvfb-run xwd xwininfo xdotool sqlite3 convert; do
    command -v "$tool" >/dev/null || { echo "take.sh: $tool is missing" >&2; exit 2; }
done
BIN=$(realpath "$1")
OUT=$(realpath -m "${2:-$(dirname "$0")}")
mkdir -p "$OUT"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export BIN OUT TMP HOME=$TMP/home QTWEBENGINE_DISABLE_SANDBOX=1
export XDG_CONFIG_HOME=$HOME/.config XDG_DATA_HOME=$HOME/.local/share XDG_CACHE_HOME=$HOME/.cache
xvfb-run -a -s "-screen 0 1280x800x24" bash "$0" --inside
