#!/usr/bin/env bash
# Fuzzes the readers of untrusted files with libFuzzer, AddressSanitizer and UndefinedBehaviorSanitizer:
#   bash scripts/fuzz.sh [SECONDS]      (default 60 seconds per target; CI runs 60)
# Builds build-fuzz/ with clang (-DATTN_FUZZ=ON: only attn::core, attn::io and tests/fuzz/), then runs
# fuzz_session, fuzz_delimited and fuzz_npy one after the other, each for SECONDS, on a copy of its seed corpus
# (tests/fuzz/corpus/<name>/, so the repository's corpus is left as it is) with its dictionary. A crash, a
# sanitizer report, an unexpected exception, a timeout (10 s for one input) or more than 2 GB of memory is saved
# under build-fuzz/artifacts/<target>/ and makes this script exit 1, after printing how to reproduce it.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

seconds="${1:-60}"
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: bash scripts/fuzz.sh [SECONDS]   (seconds per fuzz target, a whole number > 0; got '$seconds')" >&2
  exit 2
fi

build="$root/build-fuzz"
CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DATTN_FUZZ=ON
cmake --build "$build" --parallel "$(nproc)"

# A smaller quarantine for freed memory than AddressSanitizer's 256 MB: over an hour the default makes the
# process grow towards the 2 GB limit (measured: 1 GB after 15 minutes of fuzz_session, 140 MB with 16 MB of
# quarantine). Options already in ASAN_OPTIONS come later and win.
export ASAN_OPTIONS="quarantine_size_mb=64:malloc_context_size=10${ASAN_OPTIONS:+:$ASAN_OPTIONS}"

work="$(mktemp -d "${TMPDIR:-/tmp}/attnlab-fuzz.XXXXXX")"
trap 'rm -rf "$work"' EXIT

failed=()
for name in session delimited npy; do
  target="fuzz_$name"
  binary="$build/tests/fuzz/$target"
  artifacts="$build/artifacts/$target"
  log="$build/artifacts/$target.log"
  mkdir -p "$artifacts" "$work/$name"
  cp -R tests/fuzz/corpus/"$name"/. "$work/$name/"
  echo "fuzz: $target for ${seconds} s on $(ls "$work/$name" | wc -l) seeds (log: $log)"
  status=0
  "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -dict="tests/fuzz/$name.dict" -artifact_prefix="$artifacts/" "$work/$name" >"$log" 2>&1 || status=$?
  if [ "$status" -eq 0 ]; then
    grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb)' "$log" | sed 's/^/  /' || true
    continue
  fi
  failed+=("$target")
  echo "fuzz: $target FAILED (exit code $status); the end of its log:" >&2
  tail -n 80 "$log" >&2
  for artifact in "$artifacts"/*; do
    [ -f "$artifact" ] || continue
    cat >&2 <<MSG
fuzz: to reproduce, run the target on the saved input (the same report, no fuzzing):
  $binary $artifact
or replay it in a normal build under a debugger (the plain program tests/fuzz/replay_main.cpp runs each file once):
  cmake --build build --target $target && gdb --args build/tests/fuzz/$target $artifact
to minimise it first: $binary -minimize_crash=1 -runs=100000 $artifact
MSG
  done
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: FAILED: ${failed[*]} (inputs under $build/artifacts/)" >&2
  exit 1
fi
echo "fuzz: no failures in ${seconds} s per target"
