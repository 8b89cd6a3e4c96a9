#!/usr/bin/env bash
# Configures and builds hoist into build/ (or $HOIST_BUILD_DIR) with Ninja.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${HOIST_BUILD_DIR:-$top/build}
cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --parallel "$(nproc)"
