#!/usr/bin/env bash
# Runs the libFuzzer targets longer than ctest does: scripts/fuzz.sh [target] [seconds per target].
# Without a target, every one in turn; 300 seconds each unless told. Builds the fuzz preset first.
# New inputs go to a scratch folder (build/fuzz/long/<target>, kept between runs so a long session can go on
# where the last one stopped) and never into tests/fuzz/corpus; a finding is written as
# build/fuzz/long/<target>-crash-<hash> (or -leak-, -timeout-, -oom-) and stops that target. Turning it into
# a regression test: docs/development.md, "Fuzzing".
set -euo pipefail
cd "$(dirname "$0")/.."

targets=(hid_descriptor hid_pos msr keyboard rules quote csv_import)
if [ $# -ge 1 ] && [ -n "$1" ]; then
    if [[ ! " ${targets[*]} " == *" $1 "* ]]; then
        echo "fuzz.sh: there is no fuzz target \"$1\"; the targets are: ${targets[*]}" >&2
        exit 2
    fi
    targets=("$1")
fi
seconds=${2:-300}
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -eq 0 ]; then
    echo "fuzz.sh: the time per target must be a whole number of seconds, not \"$seconds\"" >&2
    exit 2
fi

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

failed=()
for t in "${targets[@]}"; do
    scratch="build/fuzz/long/$t"
    mkdir -p "$scratch"
    echo "fuzz.sh: $t for $seconds s (new inputs in $scratch)"
    # The scratch folder first: libFuzzer writes what it finds into the first folder it is given.
    if ! env LC_ALL=C.UTF-8 TZ=UTC "build/fuzz/tests/fuzz/kassa_fuzz_$t" -max_total_time="$seconds" \
        -artifact_prefix="build/fuzz/long/$t-" -print_final_stats=1 "$scratch" "tests/fuzz/corpus/$t"; then
        failed+=("$t")
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz.sh: findings in: ${failed[*]} (the inputs are build/fuzz/long/<target>-crash-*)" >&2
    exit 1
fi
echo "fuzz.sh: no findings"
