#!/usr/bin/env bash
# Sets up the machine, builds, and runs hoist's main job on the bundled example
# project: every finding in the text format (the same report as JSON, SARIF
# and GitHub annotations goes under build/demo/), the diff of the safe fixes,
# the fixes applied to a copy of the example, which is then checked again, and
# `hoist verify`, which runs a handler before and after its fix.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/tools/setup.sh"
"$top/tools/build.sh"
build=${HOIST_BUILD_DIR:-$top/build}
hoist=$build/analyzer/hoist
mkdir -p "$build/demo"
cd "$top/testdata/examples/orders-service"
set +e
for format in json sarif github; do
  "$hoist" check --format "$format" --output "$build/demo/report.$format" . 2>/dev/null
done
"$hoist" check .
status=$?
set -e
echo "the same report as JSON, SARIF and GitHub annotations: $build/demo/report.{json,sarif,github}"
echo "hoist exited with $status (0: no findings, 1: findings, 2: error)"
[ "$status" -le 1 ]

echo
echo "== what 'hoist check --fix' would change (safe fixes only):"
"$hoist" check --diff . || true

copy=$build/demo/orders-service
rm -rf "$copy" && cp -r . "$copy"
echo
echo "== after 'hoist check --fix' on a copy ($copy):"
(cd "$copy" && "$hoist" check --fix .) || true

# The proof: run the handler before and after its fix in hoist's reference
# runtime (a local Lambda execution environment), cold INIT then warm invokes.
echo
echo "== hoist verify: uploads/app.lambda_handler before and after its fix, in the reference runtime:"
"$hoist" verify --root src --handler uploads/app.lambda_handler --events events \
  --python /usr/bin/python3 --report "$build/demo/verify.html"
echo "the same as a page: $build/demo/verify.html"
