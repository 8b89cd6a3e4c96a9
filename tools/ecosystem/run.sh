#!/usr/bin/env bash
# Runs hoist over the ecosystem snapshots (../shared/ecosystem) and compares
# its findings with tools/ecosystem/baseline.json; --help lists the options.
set -euo pipefail
exec /usr/bin/python3 "$(dirname "$0")/ecosystem.py" "$@"
