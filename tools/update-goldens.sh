#!/usr/bin/env bash
# Regenerates testdata/output/golden/ from the current build. Review the diff
# before committing: a golden is a reviewed expectation, not a snapshot.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
hoist=${HOIST_BUILD_DIR:-$top/build}/analyzer/hoist
golden=$top/testdata/output/golden
normalize="/usr/bin/python3 $top/testdata/lit/normalize_report.py"
cd "$top/testdata/examples/orders-service"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
NO_COLOR=1 "$hoist" check . > "$golden/orders-service.txt" || true
"$hoist" check --format github . > "$golden/orders-service.github" || true
"$hoist" check --format json . > "$scratch/report.json" || true
$normalize "$scratch/report.json" > "$golden/orders-service.json"
"$hoist" check --format sarif . > "$scratch/report.sarif" || true
$normalize "$scratch/report.sarif" > "$golden/orders-service.sarif"
git -C "$top" diff --stat -- testdata/output/golden
