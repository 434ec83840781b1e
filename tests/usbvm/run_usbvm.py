#!/usr/bin/env python3
"""The real USB stack without hardware (devices.md 6.3 and 7): boots the installed Debian kernel under QEMU
(TCG, no KVM) with an initramfs built here, in which a configfs gadget on dummy_hcd exposes a boot keyboard and
the 66-byte HID POS scanner, and a USB printer class interface (usb_f_printer), and kassa_usbvm_guest reads them through libusb with Kassa's LibusbTransport and
DeviceManager and prints through UsbPrinterPort and PrinterWorker. Passes only when the guest prints "USBVM RESULT: PASS" and powers off,
and the receipt bytes the printer gadget read (printed by the guest as hex) decode, with the test's own ESC/POS
reader (tests/support/escpos_decode.py), into the Estonian and Russian lines, the Code 128 `R1042`, the drawer
pulse on pin 2 and the cut that Kassa's encoder was given.

A missing kernel, module or qemu FAILS the test with a sentence saying what to install: this test is never
skipped. Usage: run_usbvm.py GUEST_PROGRAM [--keep DIR] [--timeout SECONDS]"""
import argparse
import glob
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
import escpos_decode  # noqa: E402  (the test's own decoder, not Kassa's encoder)

# The gadget's modules and the host side's, in an order that modules.dep completes with dependencies.
# usb_f_printer is the printer gadget function (/dev/g_printer0); modules.dep brings in its dependencies
# (libcomposite, udc-core, usb-common, configfs), which the list holds anyway.
MODULES = ["usb-common", "usbcore", "udc-core", "configfs", "libcomposite", "usb_f_hid", "usb_f_printer",
           "dummy_hcd", "hid", "usbhid", "hid-generic"]
# The IEEE 1284 device id the virtual printer answers GET_DEVICE_ID with (devices.md 8); the guest checks it.
PRINTER_PNP = "MFG:Kassa Test;MDL:TM-T20;CMD:ESC/POS;"

# HID 1.11 appendix B.1: the boot keyboard (8-byte input report, 1-byte LED output).
BOOT_KEYBOARD = ("05 01 09 06 A1 01 05 07 19 E0 29 E7 15 00 25 01 75 01 95 08 81 02 95 01 75 08 81 01 95 05 75 01 "
                 "05 08 19 01 29 05 91 02 95 01 75 03 91 01 95 06 75 08 15 00 25 65 05 07 19 00 29 65 81 00 C0")
# devices.md 2: the virtual HID POS scanner.
HID_POS_SCANNER = ("05 8C 09 02 A1 01 85 02 09 12 A1 02 15 00 26 FF 00 75 08 06 00 FF 09 01 95 01 81 02 05 8C 09 FB "
                   "09 FC 09 FD 95 03 81 02 09 FE 95 38 82 02 01 06 00 FF 09 02 95 02 81 02 05 8C 09 FF 95 01 81 02 "
                   "C0 C0")

INIT = r"""#!/bin/sh
# PID 1 of the test guest: mount, load the USB modules, start udevd (libusb hears hotplug through it), build the
# gadget, run the test program, power off.
export PATH=/bin:/sbin
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev
exec </dev/console >/dev/console 2>&1
mkdir -p /run /tmp /dev/pts
mount -t tmpfs run /run
echo "USBVM BOOTED"
for m in $(cat /modules.order); do
    insmod "$m" || echo "USBVM INFO insmod $m failed"
done
mount -t configfs none /sys/kernel/config
if [ -x /lib/systemd/systemd-udevd ]; then
    mkdir -p /run/udev
    /lib/systemd/systemd-udevd --daemon --resolve-names=never && echo "USBVM INFO udevd started"
fi
G=/sys/kernel/config/usb_gadget/kassa
mkdir -p $G
echo 0x1d6b > $G/idVendor
echo 0x0104 > $G/idProduct
echo 0x0200 > $G/bcdUSB
mkdir -p $G/strings/0x409
echo "Kassa" > $G/strings/0x409/manufacturer
echo "Kassa test gadget" > $G/strings/0x409/product
echo "0001" > $G/strings/0x409/serialnumber
mkdir -p $G/configs/c.1/strings/0x409
echo "scanner and keyboard" > $G/configs/c.1/strings/0x409/configuration
echo 100 > $G/configs/c.1/MaxPower
mkdir -p $G/functions/hid.kbd
echo 1 > $G/functions/hid.kbd/protocol
echo 1 > $G/functions/hid.kbd/subclass
echo 8 > $G/functions/hid.kbd/report_length
printf '@KBD@' > $G/functions/hid.kbd/report_desc
mkdir -p $G/functions/hid.scan
echo 0 > $G/functions/hid.scan/protocol
echo 0 > $G/functions/hid.scan/subclass
echo 64 > $G/functions/hid.scan/report_length
printf '@SCAN@' > $G/functions/hid.scan/report_desc
# The receipt printer: a USB printer class interface (7/1/2) beside the HID ones; the guest reads what the
# host sends from /dev/g_printer0 and sets the port status with an ioctl there.
mkdir -p $G/functions/printer.usb0
printf '%s' "@PNP@" > $G/functions/printer.usb0/pnp_string
echo 10 > $G/functions/printer.usb0/q_len
ln -s $G/functions/hid.kbd $G/configs/c.1/
ln -s $G/functions/hid.scan $G/configs/c.1/
ln -s $G/functions/printer.usb0 $G/configs/c.1/
UDC=$(ls /sys/class/udc | head -n 1)
echo "USBVM INFO udc=$UDC"
echo "$UDC" > $G/UDC
@ENV@/kassa_usbvm_guest $G "$UDC" "@PNP@"
echo "USBVM EXIT $?"
poweroff -f
"""


def fail(message):
    print(f"usbvm: FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def check_printed(lines):
    """The receipt the printer gadget read, decoded by the test's reader, is the one the guest encoded."""
    data = bytes.fromhex("".join(line[len("USBVM PRINTED "):] for line in lines if line.startswith("USBVM PRINTED ")))
    if not data:
        fail("the guest printed no receipt bytes")
    try:
        elements = escpos_decode.decode(data, "epson_tm_t20")
    except escpos_decode.DecodeError as e:
        fail(f"the bytes the printer gadget read are not clean ESC/POS: {e}")
    texts = [e for e in elements if e["type"] == "text"]
    wanted = ["Kassa USB"] + [t for n in range(6) for t in (f"Šokolaad, õun ja äädikas {n}", f"Платье шёлковое {n}")]
    if [t["text"] for t in texts] != wanted:
        fail(f"the printed lines are {[t['text'] for t in texts]}, expected {wanted}")
    pages = {page for t in texts for page in t["code_pages"]}
    if not any("1257" in p or "1252" in p or "858" in p for p in pages) or not any("866" in p or "1251" in p for p in pages):
        fail(f"the Estonian and Russian lines did not use an Estonian and a Cyrillic code page: {pages}")
    barcodes = [(e["symbology"], e["text"]) for e in elements if e["type"] == "barcode"]
    if barcodes != [("CODE128", "R1042")]:
        fail(f"the printed barcodes are {barcodes}")
    pulses = [e["pin"] for e in elements if e["type"] == "pulse"]
    if pulses != [2]:
        fail(f"the drawer pulses are {pulses}")
    if [e["type"] for e in elements][-1] != "cut":
        fail("the receipt does not end with a cut")
    print(f"usbvm: the printer gadget read {len(data)} bytes; decoded: {len(texts)} lines in {sorted(pages)}, "
          f"Code 128 R1042, pulse on pin 2, cut")


def printf_escape(hex_bytes):
    return "".join(f"\\{int(b, 16):03o}" for b in hex_bytes.split())


def find_kernel():
    """The newest /boot/vmlinuz-V with modules in /lib/modules/V (the host may run another kernel: a container)."""
    candidates = []
    for path in glob.glob("/boot/vmlinuz-*"):
        version = path[len("/boot/vmlinuz-"):]
        if os.path.isdir(f"/lib/modules/{version}"):
            candidates.append((version, path))
    if not candidates:
        fail("no /boot/vmlinuz-* with matching /lib/modules/<version>: install linux-image-amd64 "
             "(scripts/install-deps.sh)")
    version, path = sorted(candidates)[-1]
    if not os.access(path, os.R_OK):
        fail(f"{path} is not readable by this user (uid {os.getuid()}): run as root or make it readable")
    return version, path


def module_order(version):
    """Module files in load order: every module after its dependencies, from modules.dep."""
    base = f"/lib/modules/{version}"
    deps = {}
    with open(f"{base}/modules.dep", encoding="utf-8") as f:
        for line in f:
            target, _, rest = line.partition(":")
            deps[target] = rest.split()
    by_name = {}
    for target in deps:
        name = re.sub(r"\.ko(\.xz|\.zst|\.gz)?$", "", os.path.basename(target)).replace("-", "_")
        by_name[name] = target
    order = []

    def add(target):
        if target in order:
            return
        for d in reversed(deps.get(target, [])):
            add(d)
        order.append(target)

    for m in MODULES:
        target = by_name.get(m.replace("-", "_"))
        if target is None:
            builtin = f"{base}/modules.builtin"
            names = open(builtin, encoding="utf-8").read().replace("-", "_") if os.path.exists(builtin) else ""
            if f"/{m.replace('-', '_')}.ko" in names:
                continue  # built into the kernel
            fail(f"kernel module {m} is not in {base}: the installed kernel cannot run the virtual USB test")
        add(target)
    return [f"{base}/{t}" for t in order]


def libraries_of(program):
    out = subprocess.run(["ldd", program], capture_output=True, text=True)
    if out.returncode != 0:
        fail(f"ldd {program} failed: {out.stderr.strip()}")
    libs = []
    for line in out.stdout.splitlines():
        m = re.search(r"(/\S+)", line.split("=>")[-1])
        if m and os.path.exists(m.group(1)):
            libs.append(m.group(1))
    return libs


class Cpio:
    """A newc archive written directly, so device nodes need no root and no cpio tool."""

    def __init__(self, path):
        self.f = open(path, "wb")
        self.ino = 1
        self.seen = set()

    def _entry(self, name, mode, data=b"", rdev=(0, 0)):
        header = "070701" + "".join(f"{v:08x}" for v in (
            self.ino, mode, 0, 0, 1, 0, len(data), 0, 0, rdev[0], rdev[1], len(name) + 1, 0))
        self.ino += 1
        self.f.write(header.encode() + name.encode() + b"\0")
        self.f.write(b"\0" * ((4 - (110 + len(name) + 1) % 4) % 4))
        self.f.write(data)
        self.f.write(b"\0" * ((4 - len(data) % 4) % 4))

    def dir(self, name):
        parts = name.strip("/").split("/")
        for i in range(1, len(parts) + 1):
            d = "/".join(parts[:i])
            if d and d not in self.seen:
                self.seen.add(d)
                self._entry(d, stat.S_IFDIR | 0o755)

    def file(self, name, data, mode=0o755):
        name = name.strip("/")
        self.dir(os.path.dirname(name))
        if name not in self.seen:
            self.seen.add(name)
            self._entry(name, stat.S_IFREG | mode, data)

    def copy(self, source, name=None):
        with open(source, "rb") as f:
            self.file(name or source, f.read(), os.stat(source).st_mode & 0o777)

    def symlink(self, name, target):
        name = name.strip("/")
        self.dir(os.path.dirname(name))
        if name not in self.seen:
            self.seen.add(name)
            self._entry(name, stat.S_IFLNK | 0o777, target.encode())

    def chardev(self, name, major, minor):
        self.dir(os.path.dirname(name.strip("/")))
        self._entry(name.strip("/"), stat.S_IFCHR | 0o600, rdev=(major, minor))

    def close(self):
        self._entry("TRAILER!!!", 0)
        self.f.close()


def build_initramfs(path, guest, version, libusb_debug):
    busybox = shutil.which("busybox") or "/bin/busybox"
    if not os.path.exists(busybox):
        fail("busybox is missing: install busybox-static (scripts/install-deps.sh)")
    # The guest has no loader of its own for busybox: it must be busybox-static (ldd says "not a dynamic").
    if subprocess.run(["ldd", busybox], capture_output=True, text=True).returncode == 0:
        fail(f"{busybox} is not the static busybox: install busybox-static (scripts/install-deps.sh)")
    archive = Cpio(path)
    archive.copy(busybox, "bin/busybox")
    applets = subprocess.run([busybox, "--list"], capture_output=True, text=True).stdout.split()
    for applet in applets:
        archive.symlink(f"bin/{applet}", "busybox")
    archive.symlink("sbin", "bin")
    archive.chardev("dev/console", 5, 1)
    for d in ("proc", "sys", "run", "tmp"):
        archive.dir(d)
    modules = module_order(version)
    names = []
    for m in modules:
        data = open(m, "rb").read()
        if m.endswith(".xz"):
            import lzma
            data = lzma.decompress(data)
            m = m[:-3]
        elif m.endswith(".zst"):
            data = subprocess.run(["zstd", "-dc", m], capture_output=True, check=True).stdout
            m = m[:-4]
        name = "lib/modules/" + os.path.basename(m)
        archive.file(name, data, 0o644)
        names.append("/" + name)
    archive.file("modules.order", ("\n".join(names) + "\n").encode(), 0o644)
    # udevd, so libusb (built with udev) hears hotplug events; without it the transport would poll.
    udevd = "/lib/systemd/systemd-udevd"
    if not os.path.exists(udevd):
        fail(f"{udevd} is missing: install udev (scripts/install-deps.sh); libusb hears replugs through it")
    programs = [guest]
    if os.path.exists(udevd):
        real = os.path.realpath(udevd)
        archive.copy(real, "lib/systemd/systemd-udevd")
        programs.append(real)
        archive.dir("etc/udev/rules.d")
    archive.copy(guest, "kassa_usbvm_guest")
    for program in programs:
        for lib in libraries_of(program):
            archive.copy(lib, lib)
            real = os.path.realpath(lib)
            if real != lib:
                archive.copy(real, real)
    env = f"LIBUSB_DEBUG={libusb_debug} " if libusb_debug else ""
    init = INIT.replace("@ENV@", env).replace("@KBD@", printf_escape(BOOT_KEYBOARD)).replace("@SCAN@", printf_escape(HID_POS_SCANNER)).replace("@PNP@", PRINTER_PNP)
    archive.file("init", init.encode(), 0o755)
    archive.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("guest")
    parser.add_argument("--keep", help="keep the initramfs and console log in this directory")
    parser.add_argument("--timeout", type=int, default=110)
    parser.add_argument("--libusb-debug", type=int, default=0, help="LIBUSB_DEBUG level in the guest (diagnosis)")
    args = parser.parse_args()

    qemu = shutil.which("qemu-system-x86_64")
    if qemu is None:
        fail("qemu-system-x86_64 is missing: install qemu-system-x86 (scripts/install-deps.sh)")
    if not os.access(args.guest, os.X_OK):
        fail(f"the guest program {args.guest} is missing: build the kassa_usbvm_guest target")
    version, kernel = find_kernel()
    work = args.keep or tempfile.mkdtemp(prefix="kassa-usbvm-")
    os.makedirs(work, exist_ok=True)
    try:
        initramfs = os.path.join(work, "initramfs.cpio")
        started = time.monotonic()
        build_initramfs(initramfs, args.guest, version, args.libusb_debug)
        built = time.monotonic()
        command = [qemu, "-accel", "tcg", "-m", "512M", "-smp", "1", "-nographic", "-no-reboot",
                   "-kernel", kernel, "-initrd", initramfs, "-nodefaults", "-serial", "stdio",
                   "-append", "console=ttyS0 panic=-1 quiet loglevel=3"]
        try:
            run = subprocess.run(command, capture_output=True, timeout=args.timeout, stdin=subprocess.DEVNULL)
            console = run.stdout.decode("utf-8", errors="replace")
            status = run.returncode
        except subprocess.TimeoutExpired as e:
            console = (e.stdout or b"").decode("utf-8", errors="replace")
            status = None
        finished = time.monotonic()
        with open(os.path.join(work, "console.log"), "w", encoding="utf-8") as f:
            f.write(console)
        lines = [line.rstrip("\r") for line in console.splitlines()]
        for line in lines:
            if line.startswith("USBVM") and not line.startswith("USBVM PRINTED "):
                print(line)
        print(f"usbvm: kernel {version}; initramfs {built - started:.1f} s, boot and test "
              f"{finished - built:.1f} s")
        if status is None:
            print("\n".join(lines[-40:]))
            fail(f"the guest did not power off within {args.timeout} s")
        if status != 0:
            print("\n".join(lines[-40:]))
            fail(f"qemu exited with status {status}")
        if "USBVM RESULT: PASS" not in lines or "USBVM EXIT 0" not in lines:
            print("\n".join(lines[-60:]))
            fail("the guest did not report every expected scan and status (see the USBVM lines above)")
        check_printed(lines)
        print("usbvm: PASS")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
