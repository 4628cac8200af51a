#!/usr/bin/env bash
# Configures and builds Attention Lab into ./build (Release with debug info), warnings on.
set -euo pipefail
cd "$(dirname "$0")/.."
build_type="${BUILD_TYPE:-RelWithDebInfo}"
cmake -S . -B build -DCMAKE_BUILD_TYPE="$build_type" "$@"
cmake --build build --parallel "$(nproc)"
