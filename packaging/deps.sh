#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what Crossroads needs to build, test and run on Debian 12, skipping what is there.
# Uses sudo when not root. Safe to run again.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-webengine-dev libqt6sql6-sqlite qt6-tools-dev qt6-l10n-tools qt6-svg-dev qt6-charts-dev
    nlohmann-json3-dev zlib1g-dev libmd4c-dev
    # the real frameworks the samples run against ("Run it" and `crossroads samples verify`)
    python3 python3-flask python3-django python3-flask-sqlalchemy python3-flask-login python3-flaskext.wtf
    python3-flask-migrate python3-djangorestframework python3-fastapi python3-httpx python3-uvicorn
    # GUI tests, screenshots and packaging checks
    xvfb xauth fonts-dejavu-core desktop-file-utils appstream
    # app icon sizes (rsvg-convert) and the .deb (dpkg-shlibdeps)
    librsvg2-bin dpkg-dev
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
    exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "deps.sh: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
fi
echo "deps.sh: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
