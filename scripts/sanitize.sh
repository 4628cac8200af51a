#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer (with LeakSanitizer) and UndefinedBehaviorSanitizer:
#   bash scripts/sanitize.sh
# Builds every target of ours into build-asan/ with -DATTN_SANITIZE=ON (Debug: no optimiser hiding a fault, exact
# stack traces) and runs ctest on Qt's offscreen platform. Every report is fatal: the test that triggers it fails
# with the report and its stack trace in CTest's output. Leaks inside system libraries that are not our code
# (fontconfig, Qt's plugin loading, Mesa) are suppressed in tests/sanitizers/lsan.supp, each with its reason.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
build="$root/build-asan"

cmake -S . -B "$build" -DCMAKE_BUILD_TYPE="${SANITIZE_BUILD_TYPE:-Debug}" -DATTN_SANITIZE=ON -DATTN_BUILD_TESTS=ON \
  -DATTN_WARNINGS_AS_ERRORS=ON
cmake --build "$build" --parallel "$(nproc)"

export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=1:print_summary=1"
export UBSAN_OPTIONS="halt_on_error=1:abort_on_error=1:print_stacktrace=1:report_error_type=1"
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=1"
# Tests that assert a wall-clock time are left out: the sanitizers make the code 2 to 5 times slower, so such a
# limit says nothing here (the normal build in scripts/test.sh checks them).
timing_tests='^RegressionView\.RecomputesFourHundredSamplesOfTenKeysInUnderTwentyMilliseconds$'
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" --timeout 900 --exclude-regex "$timing_tests"
