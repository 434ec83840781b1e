#!/usr/bin/env bash
# Installs the Debian 12 packages Kassa builds and tests with, only those that are missing.
# Runs apt-get directly as root, through sudo otherwise (a fresh machine may have no sudo: then run as root).
set -euo pipefail

packages=(
    g++ cmake ninja-build ccache pkg-config python3 tzdata ca-certificates
    clang libclang-rt-14-dev
    catch2 nlohmann-json3-dev libcli11-dev
    libsqlite3-dev libsqlitecpp-dev sqlite3 libicu-dev libphonenumber-dev libcsv-dev
    libzxing-dev libstb-dev zlib1g-dev libfreetype-dev fonts-dejavu-core fonts-droid-fallback zint qrencode imagemagick
    libusb-1.0-0-dev libsodium-dev
    # Several tills sync through PostgreSQL (docs/sync.md): libpq to talk to it; the server for the tests, which
    # start their own in a temporary folder (the cluster Debian may create is not used); openssl makes the test
    # CA and server certificate of the TLS test (docs/security.md, "TLS").
    postgresql-15 libpq-dev openssl
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-multimedia-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libgl-dev xvfb xauth xdotool x11-utils
    qemu-system-x86 linux-image-amd64 busybox-static cpio kmod udev
    dpkg-dev lintian
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
else
    echo "install-deps: these packages are missing and this user cannot install them: ${missing[*]}" >&2
    echo "install-deps: run this script as root (or install sudo) once." >&2
    exit 1
fi
echo "install-deps: installing ${missing[*]}"
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
