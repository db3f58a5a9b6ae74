#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `cmake --install` into a temporary prefix, then checks that installed tree.
#   check-install.sh BUILD_DIR APP_ID VERSION
set -euo pipefail
build=$1 app_id=$2 version=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake --install "$build" --prefix "$work/prefix" >"$work/install.log"
echo "installed $(find "$work/prefix" -type f | wc -l) files into $work/prefix:"
(cd "$work/prefix" && find . -type f | sort)
bash "$(dirname "$0")/check-installed.sh" "$work/prefix" "$app_id" "$version"
