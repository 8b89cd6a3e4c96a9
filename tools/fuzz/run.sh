#!/usr/bin/env bash
# Builds the fuzz targets with clang-14 (libFuzzer, AddressSanitizer,
# UndefinedBehaviorSanitizer) in build-fuzz/ and runs each for SECONDS
# (default 60) from the seed corpora here; crashes land in build-fuzz/crashes.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-60}
"$top/tools/setup.sh"
build=$top/build-fuzz
CC=clang-14 CXX=clang++-14 cmake -S "$top" -B "$build" -G Ninja \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHOIST_BUILD_TESTS=OFF -DHOIST_FUZZ=ON \
  -DHOIST_SANITIZE=ON >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target fuzz_frontend fuzz_config fuzz_writers
mkdir -p "$build/crashes"
for target in frontend config writers; do
  work=$build/corpus-$target
  mkdir -p "$work"
  cp -n "$top/tools/fuzz/corpus/$target/"* "$work/" 2>/dev/null || true
  echo "== fuzz_$target for ${seconds}s"
  "$build/tools/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=65536 \
    -artifact_prefix="$build/crashes/$target-" -print_final_stats=1 "$work" 2>&1 |
    grep -E "stat::number_of_executed_units|stat::peak_rss|ERROR|SUMMARY|Done" || true
done
