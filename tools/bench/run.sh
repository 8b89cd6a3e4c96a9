#!/usr/bin/env bash
# Installs what the benchmarks compare against (flake8 from Debian; Ruff's
# wasm build, pinned and verified, through the CMake build; ESLint from npm,
# pinned by eslint/package-lock.json's integrity hashes), builds hoist with
# the bench drivers, runs every benchmark and rewrites the table in README.md.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
"$top/tools/setup.sh"
dpkg-query -W -f='${Status}' flake8 2>/dev/null | grep -q "install ok installed" ||
  apt-get -o DPkg::Lock::Timeout=900 install -y --no-install-recommends flake8
build=${HOIST_BENCH_BUILD_DIR:-$top/build-bench}
cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DHOIST_BUILD_TESTS=OFF -DHOIST_BUILD_BENCH=ON >/dev/null
cmake --build "$build" --parallel "$(nproc)"
mkdir -p "$build/eslint"
cp "$top"/tools/bench/eslint/{package.json,package-lock.json,eslint.config.mjs} "$build/eslint/"
(cd "$build/eslint" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
/usr/bin/python3 "$top/tools/bench/run.py" --build "$build" --write-readme "$@"
