#!/usr/bin/env bash
# Configures and builds hoist into build/ (or $HOIST_BUILD_DIR) with Ninja.
# Compiles through ccache when it is installed (tools/setup.sh installs it):
# paths relative to the source tree and no working directory in the hash, so
# that a copy of the tree laid out the same way (the new_rule_scaffold test)
# is served from the cache for what it does not change.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${HOIST_BUILD_DIR:-$top/build}
launcher=()
if command -v ccache >/dev/null 2>&1; then
  export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$top}
  export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-true}
  launcher=(-DCMAKE_C_COMPILER_LAUNCHER="${CMAKE_C_COMPILER_LAUNCHER:-ccache}"
    -DCMAKE_CXX_COMPILER_LAUNCHER="${CMAKE_CXX_COMPILER_LAUNCHER:-ccache}")
fi
cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" >/dev/null
cmake --build "$build" --parallel "$(nproc)"
