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
# Seeds: the test fixtures themselves for the front-end and the config readers.
seed() {
  case $1 in
    frontend) find "$top/testdata/python" "$top/testdata/projects" "$top/testdata/examples" \
                -name '*.py' ! -name '*fixed.py' ;;
    config) find "$top/testdata" -name pyproject.toml -o -name 'template.*' \
              -o -name serverless.yml -o -name Dockerfile
            find "$top/tools/fuzz/corpus/config" -type f ;;
    writers) find "$top/tools/fuzz/corpus/writers" -type f ;;
  esac
}
for target in frontend config writers; do
  work=$build/corpus-$target
  mkdir -p "$work"
  seed "$target" | while read -r file; do
    cp "$file" "$work/seed-$(echo "$file" | md5sum | cut -c1-12)"
  done
  echo "== fuzz_$target for ${seconds}s"
  "$build/tools/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=65536 \
    -artifact_prefix="$build/crashes/$target-" -print_final_stats=1 "$work" 2>&1 |
    grep -E "stat::number_of_executed_units|stat::peak_rss|ERROR|SUMMARY|Done" || true
done
