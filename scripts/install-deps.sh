#!/usr/bin/env bash
# Installs the system libraries playbook links against, if they are missing (Debian/Ubuntu).
#
#   scripts/install-deps.sh            libcmark and OpenCC (enough to build and test)
#   scripts/install-deps.sh --static   also libcurl, which linking the Swift runtime statically
#                                      needs (Foundation's networking part links it)
set -euo pipefail

missing=()
pkg-config --version >/dev/null 2>&1 || missing+=(pkg-config)
pkg-config --exists libcmark 2>/dev/null || missing+=(libcmark-dev)
pkg-config --exists opencc 2>/dev/null || missing+=(libopencc-dev)
if [ "${1:-}" = "--static" ]; then
  pkg-config --exists libcurl 2>/dev/null || missing+=(libcurl4-openssl-dev)
fi

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "installing: ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "error: need root (or sudo) to install ${missing[*]}; install them and run again" >&2
    exit 2
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}" >/dev/null
