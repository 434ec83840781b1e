#!/usr/bin/env bash
# Every test: installs what is missing, builds (Ninja + ccache) and runs the whole suite with ctest.
# The build is the core-only configuration (KASSA_GUI=OFF): it never looks for Qt.
set -euo pipefail
cd "$(dirname "$0")"
./scripts/install-deps.sh
cmake --preset core-only >/dev/null
cmake --build --preset core-only
ctest --preset core-only -j "$(nproc)"
