#!/usr/bin/env bash
# Sets up the machine, builds, and runs every test (lit suite and unit tests).
# The last line is ctest's summary: "100% tests passed, 0 tests failed out of N".
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/tools/setup.sh"
"$top/tools/build.sh"
cd "${HOIST_BUILD_DIR:-$top/build}"
ctest --output-on-failure --parallel "$(nproc)"
