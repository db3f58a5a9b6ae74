#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The benchmark harness (issue 7): measures every row of the performance table and prints the
# median (and p95/p99 where the target is one), the target, and the exact command behind each
# figure.
#
#   tests/bench/run.sh [--short] [--build DIR] [--runs N] [--lessons N] [--only LIST] [--strict]
#
# --build   a Release build (default build/bench: cmake -S . -B build/bench -G Ninja
#           -DCMAKE_BUILD_TYPE=Release && cmake --build build/bench)
# --short   the quick mode ctest runs (label "bench"): 2,000 generated lessons, few repetitions,
#           no Zeal; it fails only when a measurement cannot be taken, never on a missed target
# --only    comma-separated rows: start,lesson,search,bigsearch,compile,bigcompile,switch,
#           progress,transfer,rss,typing
# --strict  exit 1 when a target is missed
#
# The cold-start row runs Zeal (Debian package "zeal") side by side; the script installs it with
# apt-get when it is missing (full mode only). GUI rows run under a private Xvfb display.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
build=$src/build/bench
short=0
runs=""
lessons=""
only=""
strict=0
while [[ $# -gt 0 ]]; do
    case $1 in
    --short) short=1 ;;
    --build) build=$(cd "$2" && pwd); shift ;;
    --runs) runs=$2; shift ;;
    --lessons) lessons=$2; shift ;;
    --only) only=$2; shift ;;
    --strict) strict=1 ;;
    *) echo "run.sh: unknown option $1 (see the top of $0)" >&2; exit 2 ;;
    esac
    shift
done
if ((short)); then
    runs=${runs:-3}; lessons=${lessons:-2000}; rounds=1; writes=300; switches=3
else
    runs=${runs:-11}; lessons=${lessons:-100000}; rounds=3; writes=2000; switches=20
fi

app=$build/bin/crossroads
bench=$build/tests/crossroads-bench
shipped_db=$build/share/crossroads/content.db
for f in "$app" "$bench"; do
    [[ -x $f ]] || { echo "run.sh: $f is missing; build first: cmake -S $src -B $build -G Ninja -DCMAKE_BUILD_TYPE=Release && cmake --build $build" >&2; exit 2; }
done
[[ -f $shipped_db ]] || { echo "run.sh: $shipped_db is missing; build the content_db target" >&2; exit 2; }
command -v python3 >/dev/null || { echo "run.sh: python3 is needed" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/crossroads-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
export QTWEBENGINE_DISABLE_SANDBOX=1
export QT_LOGGING_RULES="crossroads.*.debug=false;crossroads.*.info=false;qt.*=false"
# Every process gets an empty home, so nothing of the developer's own data is read or touched.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share \
    XDG_CACHE_HOME=$work/home/.cache XDG_RUNTIME_DIR=$work/run
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

wants() { [[ -z $only || ",$only," == *",$1,"* ]]; }
failures=0
missed=0
rows=()

# row WHAT FIGURE TARGET VERDICT COMMAND
row() {
    rows+=("$1"$'\t'"$2"$'\t'"$3"$'\t'"$4"$'\t'"$5")
    printf '  %-44s %-34s %-22s %s\n' "$1" "$2" "$3" "$4" >&2
    [[ $4 == MISS ]] && missed=$((missed + 1))
    [[ $4 == ERROR ]] && failures=$((failures + 1))
    return 0
}
verdict() { python3 -c "import sys; print('PASS' if float(sys.argv[1]) <= float(sys.argv[2]) else 'MISS')" "$1" "$2"; }
# median/p95 of numbers on stdin
summary() { python3 -c '
import math, sys
v = sorted(float(x) for x in sys.stdin.read().split())
if not v: print("nan nan"); sys.exit()
rank = lambda p: v[max(1, math.ceil(p * len(v))) - 1]
print(f"{rank(0.5):g} {rank(0.95):g}")'; }
field() { python3 -c 'import json, sys; d = json.loads(sys.stdin.read()); print(eval("d" + sys.argv[1]))' "$1"; }
# wall-clock milliseconds of one command (output discarded; exit status kept)
ms() { python3 -c '
import subprocess, sys, time
t = time.monotonic()
r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
if r.returncode: sys.stderr.write(r.stderr.decode()[-1500:]); sys.exit(r.returncode)
print(round((time.monotonic() - t) * 1000, 1))' "$@"; }
xvfb() { xvfb-run -a -s "-screen 0 1280x800x24" "$@"; }
have_x() { command -v xvfb-run >/dev/null; }

echo "Crossroads benchmark ($( ((short)) && echo short || echo full ) mode): $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), build $build" >&2

# --- generated pack -----------------------------------------------------------------------------
pack=$build/benchdata/pack-$lessons
pack_db=$build/benchdata/pack-$lessons.db
stamp=$(sha1sum "$here/genpack.py" | cut -c1-12)
if wants bigsearch || wants bigcompile || wants typing; then
    if [[ ! -f $pack/.stamp || $(cat "$pack/.stamp") != "$stamp" ]]; then
        rm -rf "$pack"
        python3 "$here/genpack.py" "$pack" "$lessons" --source "$src/content" >&2
        echo "$stamp" >"$pack/.stamp"
        rm -f "$pack_db"
    fi
fi

# --- compile ------------------------------------------------------------------------------------
if wants compile; then
    cmd=("$app" content build "$src/content" -o "$work/shipped.db")
    if out=$(for ((i = 0; i < runs; i++)); do ms "${cmd[@]}" || exit 1; done); then
        read -r med p95 <<<"$(summary <<<"$out")"
        row "compile shipped content" "median $med ms (p95 $p95)" "<= 1000 ms" "$(verdict "$med" 1000)" "${cmd[*]}  (x$runs)"
    else
        row "compile shipped content" "-" "<= 1000 ms" ERROR "${cmd[*]}"
    fi
fi
if wants bigcompile || wants bigsearch || wants typing; then
    cmd=("$app" content build "$pack" -o "$pack_db")
    n=$( ((short)) && echo 1 || echo 3)
    if out=$(for ((i = 0; i < n; i++)); do ms "${cmd[@]}" || exit 1; done); then
        read -r med p95 <<<"$(summary <<<"$out")"
        wants bigcompile && row "compile $lessons-lesson pack" "median $med ms" "<= 15000 ms" "$(verdict "$med" 15000)" "${cmd[*]}  (x$n)"
    else
        row "compile $lessons-lesson pack" "-" "<= 15000 ms" ERROR "${cmd[*]}"
    fi
fi

# --- search -------------------------------------------------------------------------------------
search_row() { # NAME DB TARGET
    local cmd=("$bench" search "$2" "$here/queries.txt" "$rounds") out
    if out=$("${cmd[@]}"); then
        local p95 med slow
        p95=$(field '["p95_ms"]' <<<"$out"); med=$(field '["median_ms"]' <<<"$out")
        slow=$(field '["slowest_query"]' <<<"$out")
        row "$1" "p95 $(printf %.3f "$p95") ms (median $(printf %.3f "$med"), n $(field '["n"]' <<<"$out"), slowest \"$slow\")" "p95 <= $3 ms" "$(verdict "$p95" "$3")" "${cmd[*]}"
    else
        row "$1" "-" "p95 <= $3 ms" ERROR "${cmd[*]}"
    fi
}
wants search && search_row "search shipped content" "$shipped_db" 2
wants bigsearch && search_row "search $lessons-lesson pack" "$pack_db" 20

# --- durable progress write ---------------------------------------------------------------------
if wants progress; then
    mkdir -p "$build/benchdata"
    cmd=("$bench" progress "$build/benchdata" "$writes")
    if out=$("${cmd[@]}"); then
        p99=$(field '["p99_ms"]' <<<"$out")
        row "write one progress change (durable)" "p99 $(printf %.2f "$p99") ms (median $(printf %.2f "$(field '["median_ms"]' <<<"$out")"), synchronous=$(field '["synchronous"]' <<<"$out"))" "p99 <= 5 ms" "$(verdict "$p99" 5)" "${cmd[*]}"
    else
        row "write one progress change (durable)" "-" "p99 <= 5 ms" ERROR "${cmd[*]}"
    fi
fi

# --- export / import ----------------------------------------------------------------------------
if wants transfer; then
    items=10000
    if "$app" --help 2>/dev/null | grep -q "progress export"; then
        "$bench" seed-profile "$work/profile.db" "$items" >/dev/null
        ecmd=("$app" progress export "$work/profile.json" --db "$work/profile.db")
        if out=$(for ((i = 0; i < runs; i++)); do ms "${ecmd[@]}" || exit 1; done); then
            read -r med p95 <<<"$(summary <<<"$out")"
            row "export a profile with $items items" "median $med ms" "<= 1000 ms" "$(verdict "$med" 1000)" "${ecmd[*]}  (x$runs)"
            out=$(for ((i = 0; i < runs; i++)); do
                rm -f "$work/import.db"*
                ms "$app" progress import "$work/profile.json" --db "$work/import.db" || exit 1
            done) && {
                read -r med p95 <<<"$(summary <<<"$out")"
                row "import a profile with $items items" "median $med ms" "<= 1000 ms" "$(verdict "$med" 1000)" "$app progress import $work/profile.json --db $work/import.db  (fresh db, x$runs)"
            } || row "import a profile with $items items" "-" "<= 1000 ms" ERROR "$app progress import $work/profile.json --db $work/import.db"
        else
            row "export a profile with $items items" "-" "<= 1000 ms" ERROR "${ecmd[*]}"
        fi
    else
        row "export/import a profile with $items items" "not yet measurable" "<= 1000 ms each" "-" "crossroads has no 'progress export' command yet"
    fi
fi

# --- GUI rows -----------------------------------------------------------------------------------
gui() { # run a GUI command: under Xvfb when available, else offscreen
    if have_x; then xvfb "$@"; else QT_QPA_PLATFORM=offscreen "$@"; fi
}
if wants switch; then
    cmd=("$bench" switch "$switches")
    if out=$(gui "${cmd[@]}"); then
        med=$(field '["median_ms"]' <<<"$out"); p95=$(field '["p95_ms"]' <<<"$out")
        row "switch screens after first visit" "median $(printf %.2f "$med") ms (p95 $(printf %.2f "$p95"), max $(printf %.1f "$(field '["max_ms"]' <<<"$out")"))" "<= 50 ms" "$(verdict "$p95" 50)" "xvfb-run ${cmd[*]}"
    else
        row "switch screens after first visit" "-" "<= 50 ms" ERROR "xvfb-run ${cmd[*]}"
    fi
fi
if wants typing; then
    cmd=("$bench" typing "$pack_db" "$here/queries.txt")
    if out=$(gui "${cmd[@]}"); then
        row "search box: GUI-thread time per key ($lessons lessons)" "p95 $(printf %.2f "$(field '["p95_ms"]' <<<"$out")") ms (results $(printf %.1f "$(field '["results_after_last_key"]["median_ms"]' <<<"$out")") ms after the last key, median)" "far below a 16 ms frame" "$(verdict "$(field '["p95_ms"]' <<<"$out")" 4)" "xvfb-run ${cmd[*]}"
    else
        row "search box: GUI-thread time per key" "-" "< 16 ms" ERROR "xvfb-run ${cmd[*]}"
    fi
fi
if wants lesson || wants rss; then
    n=$( ((short)) && echo 1 || echo 5)
    cmd=("$bench" lesson)
    shown=""; tree=""
    for ((i = 0; i < n; i++)); do
        if out=$(gui "${cmd[@]}"); then
            shown+="$(field '["first_shown_ms"]' <<<"$out") "
            tree+="$(python3 -c "print($(field '["tree_rss_kb"]' <<<"$out") / 1024)") "
        else
            shown="ERROR"; break
        fi
    done
    if [[ $shown == ERROR ]]; then
        row "first lesson shown (QtWebEngine cold)" "-" "median <= 700 ms" ERROR "xvfb-run ${cmd[*]}"
    else
        read -r med _ <<<"$(summary <<<"$shown")"
        wants lesson && row "first lesson shown (QtWebEngine cold)" "median $(printf %.0f "$med") ms" "median <= 700 ms" "$(verdict "$med" 700)" "xvfb-run ${cmd[*]}  (x$n, web layer: WebView + MarkdownRenderer)"
        read -r med _ <<<"$(summary <<<"$tree")"
        wants rss && row "RSS with a lesson open (all processes)" "median $(printf %.0f "$med") MB" "<= 400 MB" "$(verdict "$med" 400)" "xvfb-run ${cmd[*]}  (VmRSS of the process tree)"
    fi
fi
if wants rss; then
    if have_x; then
        n=$( ((short)) && echo 1 || echo 5)
        out=$(xvfb bash -c 'for ((i = 0; i < $1; i++)); do d=$(mktemp -d); HOME=$d XDG_DATA_HOME=$d/share XDG_CONFIG_HOME=$d/config python3 "$2" "^Crossroads" 20 --rss 2 -- "$3" || exit 1; rm -rf "$d"; done' rss "$n" "$here/xwait.py" "$app") || out=""
        if [[ -n $out ]]; then
            read -r own _ <<<"$(awk '{print $2 / 1024}' <<<"$out" | summary)"
            read -r all _ <<<"$(awk '{print $3 / 1024}' <<<"$out" | summary)"
            row "RSS idle on Home, before any web view" "median $(printf %.1f "$own") MB (tree $(printf %.1f "$all") MB)" "<= 90 MB" "$(verdict "$all" 90)" "xvfb-run python3 tests/bench/xwait.py '^Crossroads' 20 --rss 2 -- $app  (x$n, fresh HOME)"
        else
            row "RSS idle on Home, before any web view" "-" "<= 90 MB" ERROR "xvfb-run python3 tests/bench/xwait.py '^Crossroads' 20 --rss 2 -- $app"
        fi
    else
        row "RSS idle on Home, before any web view" "not measured (no xvfb-run)" "<= 90 MB" "-" "-"
    fi
fi
if wants start; then
    if have_x; then
        # The app's own probe: process start to exit right after the first paint.
        n=$( ((short)) && echo 3 || echo "$runs")
        out=$(xvfb bash -c 'for ((i = 0; i < $1; i++)); do d=$(mktemp -d); HOME=$d XDG_DATA_HOME=$d/share XDG_CONFIG_HOME=$d/config "$2" "$3" --quit-after-first-paint || exit 1; rm -rf "$d"; done' fp "$n" "$here/timeone.sh" "$app") || out=""
        if [[ -n $out ]]; then
            read -r med p95 <<<"$(summary <<<"$out")"
            row "start to first paint, process exits (Xvfb)" "median $med ms" "<= 120 ms" "$(verdict "$med" 120)" "xvfb-run $app --quit-after-first-paint  (x$n, fresh HOME, whole process timed)"
        else
            row "start to first paint, process exits (Xvfb)" "-" "<= 120 ms" ERROR "xvfb-run $app --quit-after-first-paint"
        fi
        zeal_cmd=""
        if ((!short)); then
            if ! command -v zeal >/dev/null; then
                echo "run.sh: installing Zeal for the side-by-side start-up comparison" >&2
                sudo=(); [[ $(id -u) -ne 0 ]] && sudo=(sudo)
                DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends zeal >&2 || true
            fi
            command -v zeal >/dev/null && zeal_cmd=$(command -v zeal)
        fi
        if [[ -n $zeal_cmd ]]; then
            out=$(xvfb bash -c '
                for ((i = -1; i < $1; i++)); do   # i = -1: one warm-up pair, not counted
                    for which in A B; do
                        d=$(mktemp -d)
                        if [[ $which == A ]]; then t=$(HOME=$d XDG_DATA_HOME=$d/share XDG_CONFIG_HOME=$d/config python3 "$2" "^Crossroads" 20 -- "$3") || exit 1
                        else t=$(HOME=$d XDG_DATA_HOME=$d/share XDG_CONFIG_HOME=$d/config python3 "$2" "Zeal" 20 -- "$4") || exit 1; fi
                        rm -rf "$d"
                        ((i >= 0)) && echo "$which $t"
                    done
                done' side "$runs" "$here/xwait.py" "$app" "$zeal_cmd") || out=""
            if [[ -n $out ]]; then
                read -r a _ <<<"$(awk '$1=="A"{print $2}' <<<"$out" | summary)"
                read -r b _ <<<"$(awk '$1=="B"{print $2}' <<<"$out" | summary)"
                ratio=$(paste <(awk '$1=="A"{print $2}' <<<"$out") <(awk '$1=="B"{print $2}' <<<"$out") | awk '{print $1/$2}' | summary | cut -d' ' -f1)
                ok=$(python3 -c "print('PASS' if $a <= 120 and $ratio <= 0.5 else 'MISS')")
                row "cold start to window mapped vs Zeal (Xvfb)" "median $a ms vs Zeal $b ms (ratio $(printf %.2f "$ratio"))" "<= 0.5x Zeal, <= 120 ms" "$ok" "xvfb-run python3 tests/bench/xwait.py '^Crossroads'|'Zeal' 20 -- $app | $zeal_cmd  (alternating, x$runs each, fresh HOME)"
            else
                row "cold start to window mapped vs Zeal (Xvfb)" "-" "<= 0.5x Zeal" ERROR "xvfb-run python3 tests/bench/xwait.py ..."
            fi
        elif ((!short)); then
            row "cold start vs Zeal" "not measured: Zeal could not be installed" "<= 0.5x Zeal" ERROR "apt-get install zeal"
        fi
    else
        row "cold start" "not measured (no xvfb-run)" "<= 120 ms" "-" "-"
    fi
fi

# --- report -------------------------------------------------------------------------------------
report=$build/bench-results.md
{
    echo "| what | figure | target | verdict | command |"
    echo "|---|---|---|---|---|"
    for r in "${rows[@]}"; do
        IFS=$'\t' read -r a b c d e <<<"$r"
        echo "| $a | $b | $c | $d | \`$e\` |"
    done
} >"$report"
cat "$report"
echo "(also written to $report; load average now $(cut -d' ' -f1-3 /proc/loadavg))" >&2
if ((failures)); then
    echo "run.sh: $failures measurement(s) could not be taken" >&2
    exit 1
fi
if ((strict && missed)); then
    echo "run.sh: $missed target(s) missed" >&2
    exit 1
fi
exit 0
