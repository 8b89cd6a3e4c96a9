#!/usr/bin/env bash
# Installs what hoist needs to build and test on Debian 12, idempotently:
# Debian packages only (npm tarballs are fetched and verified by the CMake build).
set -euo pipefail

packages=(
  cmake ninja-build g++ clang-14 llvm-14-dev llvm-14-tools libclang-14-dev
  libclang-cpp14-dev clang-tidy-14 clang-tools-14 libclang-rt-14-dev libgtest-dev nlohmann-json3-dev libtomlplusplus-dev
  libyaml-dev libcpp-httplib-dev libmimalloc-dev pkgconf python3 python3-boto3 python3-requests
  python3-jsonschema python3-aiohttp python3-httpx libxml2-utils
  pre-commit ca-certificates git chromium ccache neovim
)
# npm is only needed by later tooling; Node.js may come from elsewhere.
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} Debian packages are installed"
  exit 0
fi

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
