#!/bin/bash
# Start-up time of the window (issue 6 goal: start to first painted window <= 0.5 s on the waistline example).
#
#   bash bench/startup.sh [ATTNLAB] [RUNS]      (defaults: build-bench-rel/app/attnlab, 9 runs)
#
# Starts one Xvfb (xvfb-run) and, RUNS times, execs `attnlab` with ATTN_EXIT_AFTER_FIRST_PAINT=1: the program prints
# the wall-clock time of its first complete paint of the main window and quits (app/firstpaintreport.h). The time
# from the shell's timestamp just before exec (so dynamic loading, Qt's start, the example's computation, the
# window's construction and its first paint are all included) to that paint is printed per run, then the median.
# Settings and autosave folders are fresh temporary ones, so no recovery question or saved state interferes.
# The process's CPU time (std::clock) is printed too: on a shared machine the wall time grows with the load, the
# CPU time much less. The first run after a build also pays for cold disk caches; the median is robust to it.
set -euo pipefail

exe=${1:-build-bench-rel/app/attnlab}
runs=${2:-9}
if [[ ! -x $exe ]]; then
    echo "startup.sh: $exe is not an executable (build the attnlab target first)" >&2
    exit 2
fi
exe=$(realpath "$exe")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data XDG_STATE_HOME=$tmp/state
export XDG_RUNTIME_DIR=$tmp/runtime
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM

# One line per run: "<start ns> <first paint µs> <ms after start-up as the program counts it> <CPU ms>".
xvfb-run -a -s "-screen 0 1920x1080x24" bash -c '
    exe=$1; runs=$2
    for ((i = 0; i < runs; ++i)); do
        out=$( (t0=$(date +%s%N); echo "start $t0"; ATTN_EXIT_AFTER_FIRST_PAINT=1 exec "$exe" 2>&1) )
        start=$(sed -n "s/^start \([0-9]*\)$/\1/p" <<<"$out")
        paint=$(sed -n "s/.*first paint at \([0-9]*\) .*(\([0-9.]*\) ms after start-up, \([0-9.]*\) ms of CPU).*/\1 \2 \3/p" <<<"$out")
        if [[ -z $paint ]]; then
            echo "startup.sh: no first-paint report from $exe; its output was:" >&2
            echo "$out" >&2
            exit 2
        fi
        echo "$start $paint"
    done' startup "$exe" "$runs" >"$tmp/runs"

awk '{ ms = ($2 * 1000 - $1) / 1e6
       printf "run %d: %.1f ms from exec to first paint (%.1f ms after static initialisation; %.1f ms of CPU)\n", NR, ms, $3, $4 }' "$tmp/runs"
awk '{ print ($2 * 1000 - $1) / 1e6 }' "$tmp/runs" | sort -g | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "median of %d runs: %.1f ms from exec to first painted window (goal <= 500 ms)\n", NR, m }'
awk '{ print $4 }' "$tmp/runs" | sort -g | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "median CPU time of attnlab to first paint: %.1f ms (a quiet machine adds mainly the work of the X server)\n", m }'
