#!/usr/bin/env bash
# The README's test command: installs what is missing, builds everything with warnings as errors, and runs every
# test through CTest on Qt's offscreen platform (no display needed).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh -DATTN_BUILD_TESTS=ON -DATTN_WARNINGS_AS_ERRORS=ON
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure --parallel "$(nproc)" --timeout 300
