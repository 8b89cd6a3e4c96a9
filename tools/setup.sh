#!/usr/bin/env bash
# Installs what hoist needs to build and test on Debian 12, idempotently:
# Debian packages, and the npm packages the Node.js runtime tests load (the
# grammars' npm tarballs are fetched and verified by the CMake build).
set -euo pipefail

packages=(
  cmake ninja-build g++ clang-14 llvm-14-dev llvm-14-tools libclang-14-dev
  libclang-cpp14-dev clang-tidy-14 clang-tools-14 libclang-rt-14-dev libgtest-dev nlohmann-json3-dev libtomlplusplus-dev
  libyaml-dev libcpp-httplib-dev libmimalloc-dev pkgconf python3 python3-boto3 python3-requests
  python3-jsonschema python3-aiohttp python3-httpx libxml2-utils
  pre-commit ca-certificates git chromium ccache neovim
)
# npm installs the Node.js test packages below; Node.js may come from elsewhere.
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} Debian packages are installed"
else
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt_get=("${sudo[@]}" apt-get -o DPkg::Lock::Timeout=900)
  if ! "${apt_get[@]}" install -y --no-install-recommends "${missing[@]}"; then
    # Stale or empty package lists on a fresh machine: refresh once and retry.
    "${apt_get[@]}" update
    "${apt_get[@]}" install -y --no-install-recommends "${missing[@]}"
  fi
fi

# The real npm packages the Node.js runtime tests load (@aws-sdk/client-s3,
# pg, mysql2, postgres) and TypeScript's compiler, which type-checks the
# TypeScript fixtures' fixes, as pinned by testdata/node-packages/
# package-lock.json with its integrity hashes: fetched once (npm's cache
# serves later installs offline), no install scripts, never at test time.
# About 51 MB.
node_packages="$(cd "$(dirname "$0")/.." && pwd)/testdata/node-packages"
installed="$node_packages/node_modules/.hoist-package-lock.json"
if cmp -s "$node_packages/package-lock.json" "$installed"; then
  echo "setup: the Node.js test packages are installed"
else
  echo "setup: installing the Node.js test packages (npm ci)"
  npm ci --prefix "$node_packages" --prefer-offline --ignore-scripts --no-audit --no-fund
  cp "$node_packages/package-lock.json" "$installed"
fi
