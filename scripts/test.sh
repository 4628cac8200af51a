#!/usr/bin/env bash
# The README's test command: installs what is missing, builds everything with warnings as errors, and runs every
# test through CTest on Qt's offscreen platform (no display needed). Then the Debian package, installed and run
# (scripts/package.sh, build-package/). Then the same suite under AddressSanitizer and
# UndefinedBehaviorSanitizer (scripts/sanitize.sh, build-asan/) and each fuzz target for 60 seconds
# (scripts/fuzz.sh, build-fuzz/). Any failure stops it with a non-zero exit code.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh

start=$SECONDS
bash scripts/build.sh -DATTN_BUILD_TESTS=ON -DATTN_WARNINGS_AS_ERRORS=ON
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure --parallel "$(nproc)" --timeout 300
normal=$((SECONDS - start))

start=$SECONDS
bash scripts/package.sh
packaging=$((SECONDS - start))

start=$SECONDS
bash scripts/sanitize.sh
sanitizers=$((SECONDS - start))

start=$SECONDS
bash scripts/fuzz.sh 60
fuzzing=$((SECONDS - start))

echo "test.sh: all passed: build and tests $((normal / 60)) min $((normal % 60)) s, package" \
  "$((packaging / 60)) min $((packaging % 60)) s, sanitizers" \
  "$((sanitizers / 60)) min $((sanitizers % 60)) s, fuzzing $((fuzzing / 60)) min $((fuzzing % 60)) s"
