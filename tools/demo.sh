#!/usr/bin/env bash
# Sets up the machine, builds, and runs hoist's main job on the bundled example
# project: every finding, in the default text format.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/tools/setup.sh"
"$top/tools/build.sh"
cd "$top/testdata/examples/orders-service"
set +e
"${HOIST_BUILD_DIR:-$top/build}/analyzer/hoist" check .
status=$?
set -e
echo "hoist exited with $status (0: no findings, 1: findings, 2: error)"
[ "$status" -le 1 ]
