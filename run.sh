#!/usr/bin/env bash
# Installs what is missing, builds, creates the demo shop (a boutique with 2,000 customers and a year of
# sales) if it is not there yet, and starts the till on it.
#   Owner: Maria, PIN 1234      Cashier: Anna, PIN 1111
# KASSA_DEMO_DB chooses the shop file; extra arguments go to `kassa` (e.g. --language ru).
set -euo pipefail
cd "$(dirname "$0")"
./scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target kassa kassactl
db="${KASSA_DEMO_DB:-${XDG_DATA_HOME:-$HOME/.local/share}/kassa/demo-shop.kassa}"
if [ ! -f "$db" ]; then
    mkdir -p "$(dirname "$db")"
    echo "run: creating the demo shop in $db (a year of sales: about a minute)"
    ./build/dev/app/kassactl/kassactl demo --db "$db"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run: there is no display here. Start it from a desktop session, or try: xvfb-run ./run.sh" >&2
    exit 1
fi
echo "run: the till on $db (owner Maria PIN 1234, cashier Anna PIN 1111)"
exec ./build/dev/app/kassa/kassa --db "$db" "$@"
