#!/usr/bin/env bash
# Every test: installs what is missing, builds (Ninja + ccache) and runs the whole suite with ctest under
# ASan + UBSan: the engine, the store, the drivers (with the QEMU virtual-USB test), the till session, the
# widgets (offscreen) and the real `kassa` binary under Xvfb; then the engine without Qt, and the parsers
# under libFuzzer.
set -euo pipefail
cd "$(dirname "$0")"
./scripts/install-deps.sh
# ccache keys on paths relative to the checkout, so a fresh clone in another folder (CI) finds the objects an
# earlier build made (debug info then names that build's folders, which no test reads).
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
# The whole suite runs in the asan preset (AddressSanitizer + UndefinedBehaviorSanitizer, docs/development.md):
# one build serves both "every test passes" and "no sanitizer finding", so CI builds it once. Any finding
# aborts its test. The dev preset (run.sh) is the same code without the sanitizers.
cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan -j "$(nproc)"
# "core has no Qt" is a build fact (architecture.md): the engine configures, builds and passes its tests in a
# build that never looks for Qt. Same flags as the asan build, so its objects come from ccache.
cmake --preset core-only >/dev/null
cmake --build --preset core-only --target kassa_core_tests
ctest --preset core-only -j "$(nproc)" -L '^core$'
# The parsers that read outside input (USB reports, the owner's JSON, CSV files) under libFuzzer with ASan and
# UBSan: a fixed number of runs per target from its seed corpus, about a minute and a half (docs/development.md,
# "Fuzzing"). clang builds the libraries a second time: seconds from ccache, 7 to 8 minutes when it is cold.
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
ctest --preset fuzz -j "$(nproc)"
