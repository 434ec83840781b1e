#!/usr/bin/env bash
# Runs kassa_sync_bench against a PostgreSQL 15 of its own: initdb in a temporary folder, a unix socket only,
# fsync ON (the figures are for a server that keeps what it acknowledged), scram-sha-256 for the user kassa.
# PostgreSQL refuses to run as root: then the folder belongs to "nobody" and the server runs as nobody.
#   tests/bench/sync_bench.sh [SALES] [CUSTOMERS] [BATCH_ROWS]   (defaults 10000, 1000000, 500; ~2 GB in /tmp)
#   KASSA_BENCH_BUILD=build/release (default) chooses the build that holds the benchmark.
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${KASSA_BENCH_BUILD:-build/release}"
bench="$build/tests/bench/kassa_sync_bench"
[ -x "$bench" ] || { echo "sync_bench: build it first: cmake --build $build --target kassa_sync_bench" >&2; exit 2; }
bin=/usr/lib/postgresql/15/bin
dir="$(mktemp -d /tmp/kassa-sync-bench-XXXXXX)"
as_server=()
if [ "$(id -u)" = 0 ]; then
    chown nobody:nogroup "$dir"
    as_server=(runuser -u nobody --)
fi
trap '(cd "$dir" && "${as_server[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true); rm -rf "$dir"' EXIT
umask 077
echo "bench-secret-5" > "$dir/initdb.pw"
[ "$(id -u)" = 0 ] && chown nobody:nogroup "$dir/initdb.pw"
(cd "$dir" && "${as_server[@]}" "$bin/initdb" -D "$dir/data" -U kassa --pwfile="$dir/initdb.pw" \
    -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1)
rm "$dir/initdb.pw"
echo "bench-secret-5" > "$dir/client.pw"
(cd "$dir" && "${as_server[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-k $dir -c listen_addresses= -c shared_buffers=256MB -c max_wal_size=4GB" start >/dev/null)
${KASSA_BENCH_WRAP:-} "$bench" "postgresql://kassa@/postgres?host=$dir" "$dir/client.pw" "$dir" "${1:-10000}" "${2:-1000000}" "${3:-500}"
