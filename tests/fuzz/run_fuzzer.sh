#!/bin/sh
# run_fuzzer.sh FUZZER SCRATCH CORPUS [libFuzzer flags...]: one bounded ctest run of a fuzzer. libFuzzer writes
# the new inputs it finds into the first folder it is given, so that is SCRATCH, emptied first: the repo's
# corpus is only read, and every run starts from the same inputs (with -seed, the same run).
set -eu
fuzzer=$1
scratch=$2
corpus=$3
shift 3
rm -rf "$scratch"
mkdir -p "$scratch"
exec "$fuzzer" -print_final_stats=1 "$@" "$scratch" "$corpus"
