#!/usr/bin/env bash
# The README's run command: installs what is missing, builds, and starts Attention Lab on the waistline example.
# Extra arguments go to attnlab (e.g. a session file). Without a display it runs under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh -DATTN_BUILD_TESTS=OFF
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run: no display found; starting Attention Lab under Xvfb (virtual display)." >&2
  exec xvfb-run -a ./build/app/attnlab "$@"
fi
exec ./build/app/attnlab "$@"
