#!/usr/bin/env python3
"""Builds the kassa .deb with cpack from an already-built tree and checks it without installing it.

1. cpack -G DEB into a temporary folder, the staging tree too (the build tree only gets CMake's
   install_manifest_<component>.txt lists, as with any `cmake --install`). The
   binaries are the ones the build made: cpack only copies (and strips) them. gzip instead of xz keeps it
   quick; the package is otherwise the one a shop gets.
2. dpkg-deb --info / --contents / -e: the fields, every file the package must install, the conffile, the
   maintainer scripts, the timer's Persistent=true.
3. lintian (when installed): fails on any error or warning not overridden in
   packaging/debian/kassa.lintian-overrides (each override says why).
4. dpkg-deb -x into a throwaway root: kassactl --version and kassa --version (Qt offscreen) from there print
   the project's version; every kassactl command answers --help; a demo shop made under umask 077 (with
   the packaged rules) is 0600; the nightly unit's ExecStart, with kassa.conf's paths moved into that root,
   runs every step ok.
5. The machine's own /etc, /lib/udev and /lib/systemd are checked untouched.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

REQUIRED_FILES = [
    "./usr/bin/kassa",
    "./usr/bin/kassactl",
    "./usr/share/kassa/translations/kassa_en.qm",
    "./usr/share/kassa/translations/kassa_ru.qm",
    "./usr/share/kassa/translations/kassa_et.qm",
    "./usr/share/kassa/rules/boutique.json",
    "./usr/share/applications/kassa.desktop",
    "./usr/share/icons/hicolor/scalable/apps/kassa.svg",
    "./usr/share/metainfo/kassa.metainfo.xml",
    "./lib/udev/rules.d/69-kassa-usb.rules",
    "./lib/systemd/system/kassa-nightly.service",
    "./lib/systemd/system/kassa-nightly.timer",
    "./etc/kassa/kassa.conf",
    "./usr/share/xsessions/kassa-kiosk.desktop",
    "./usr/libexec/kassa/kassa-kiosk-session",
    "./usr/share/doc/kassa/copyright",
    "./usr/share/doc/kassa/changelog.gz",
    "./usr/share/doc/kassa/packaging.md",
    "./usr/share/doc/kassa/nightly.md",
    "./usr/share/lintian/overrides/kassa",
]
EXECUTABLES = ["./usr/bin/kassa", "./usr/bin/kassactl", "./usr/libexec/kassa/kassa-kiosk-session"]
# Paths on this machine that a package build must never create (cpack stages absolute paths with DESTDIR).
SYSTEM_PATHS = ["/etc/kassa", "/lib/udev/rules.d/69-kassa-usb.rules", "/lib/systemd/system/kassa-nightly.timer",
                "/lib/systemd/system/kassa-nightly.service"]

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL: " + message)


def run(cmd, **kwargs):
    result = subprocess.run(cmd, capture_output=True, text=True, **kwargs)
    return result


def unit_settings(path):
    settings = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith(("#", ";", "[")) and "=" in line:
                key, value = line.split("=", 1)
                settings.setdefault(key.strip(), []).append(value.strip())
    return settings


def kassactl_commands(help_text):
    """The subcommand names of CLI11's help: the lines under 'Subcommands:'."""
    commands = []
    in_section = False
    for line in help_text.splitlines():
        if line.strip().upper().startswith("SUBCOMMANDS"):
            in_section = True
            continue
        if in_section:
            if not line.strip():
                break
            m = re.match(r"^\s+([a-z][a-z-]*)\s", line + " ")
            if m:
                commands.append(m.group(1))
    return commands


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cpack", required=True)
    parser.add_argument("--config", required=True)
    parser.add_argument("--version", required=True)
    args = parser.parse_args()

    system_before = {p: os.path.exists(p) for p in SYSTEM_PATHS}
    tmp = tempfile.mkdtemp(prefix="kassa-deb-")
    try:
        out = os.path.join(tmp, "out")
        result = run([args.cpack, "-G", "DEB", "--config", args.config, "-B", out,
                      "-D", "CPACK_DEBIAN_COMPRESSION_TYPE=gzip"], cwd=tmp)
        if result.returncode != 0:
            print(result.stdout + result.stderr)
            check(False, "cpack failed")
            return
        check("preinstall" not in result.stdout, "cpack ran a build (preinstall): it must only package")
        debs = [f for f in os.listdir(out) if f.endswith(".deb")]
        check(len(debs) == 1, f"one .deb expected in {out}, found {debs}")
        if not debs:
            return
        deb = os.path.join(out, debs[0])
        print("package: " + debs[0])

        # --- control fields
        info = run(["dpkg-deb", "--info", deb]).stdout
        fields = dict(re.findall(r"^ ([A-Za-z-]+): (.*)$", info, re.M))
        check(fields.get("Package") == "kassa", f"Package is {fields.get('Package')!r}")
        check(fields.get("Version") == args.version,
              f"Version is {fields.get('Version')!r}, the project's is {args.version}")
        check(bool(fields.get("Maintainer")), "no Maintainer")
        check(fields.get("Section") == "misc", f"Section is {fields.get('Section')!r}")
        depends = fields.get("Depends", "")
        for dep in ("adduser", "libc6", "libqt6widgets6", "libsqlite3-0"):
            check(re.search(r"(^|, )" + re.escape(dep) + r"\b", depends) is not None,
                  f"Depends lacks {dep} (dpkg-shlibdeps): {depends}")
        for script in ("postinst", "prerm", "postrm", "conffiles"):
            check(re.search(r"\b" + script + r"\b", info) is not None, f"control has no {script}")

        # --- files
        listing = run(["dpkg-deb", "--contents", deb]).stdout
        entries = {}
        for line in listing.splitlines():
            parts = line.split(None, 5)
            if len(parts) == 6:
                entries[parts[5].split(" -> ")[0]] = parts[0]
        for path in REQUIRED_FILES:
            check(path in entries, f"the package lacks {path}")
        for path in EXECUTABLES:
            check(entries.get(path, "").startswith("-rwxr-xr-x"), f"{path} is not 0755: {entries.get(path)}")
        check(not any(p.startswith("./usr/etc") or p.startswith("./usr/lib/systemd") for p in entries),
              "system files landed under /usr")

        control = os.path.join(tmp, "control")
        subprocess.run(["dpkg-deb", "-e", deb, control], check=True)
        with open(os.path.join(control, "conffiles"), encoding="utf-8") as f:
            check(f.read().split() == ["/etc/kassa/kassa.conf"], "conffiles is not exactly /etc/kassa/kassa.conf")
        with open(os.path.join(control, "postrm"), encoding="utf-8") as f:
            postrm = f.read()
        purge_branch = postrm[postrm.find('if [ "$1" = "purge" ]'):]
        check("deluser" in purge_branch and "deluser" not in postrm[:postrm.find('if [ "$1" = "purge" ]')],
              "postrm must remove the user kassa on purge only")
        with open(os.path.join(control, "postinst"), encoding="utf-8") as f:
            postinst = f.read()
        for needle in ("adduser --system", "install -d -m 0750 -o kassa -g kassa", "udevadm control --reload",
                       "deb-systemd-helper enable 'kassa-nightly.timer'"):
            check(needle in postinst, f"postinst lacks {needle!r}")

        for script in ("postinst", "prerm", "postrm"):
            result = run(["sh", "-n", os.path.join(control, script)])
            check(result.returncode == 0, f"{script} is not valid sh: {result.stderr.strip()}")

        # --- a throwaway root
        root = os.path.join(tmp, "root")
        subprocess.run(["dpkg-deb", "-x", deb, root], check=True)
        timer = unit_settings(os.path.join(root, "lib/systemd/system/kassa-nightly.timer"))
        check(timer.get("Persistent") == ["true"], f"the timer's Persistent is {timer.get('Persistent')}")
        check(timer.get("OnCalendar") == ["*-*-* 02:30"], f"the timer's OnCalendar is {timer.get('OnCalendar')}")
        check(timer.get("WantedBy") == ["timers.target"], "the timer is not wanted by timers.target")
        service = unit_settings(os.path.join(root, "lib/systemd/system/kassa-nightly.service"))
        expected = {"Type": "oneshot", "User": "kassa", "EnvironmentFile": "/etc/kassa/kassa.conf",
                    "ProtectSystem": "strict", "PrivateTmp": "yes", "NoNewPrivileges": "yes"}
        for key, value in expected.items():
            check(service.get(key) == [value], f"the service's {key} is {service.get(key)}, not {value}")
        check("/var/lib/kassa" in " ".join(service.get("ReadWritePaths", [])).split(),
              "the service cannot write /var/lib/kassa")
        check(service.get("ExecStart", [""])[0].startswith("/usr/bin/kassactl nightly "),
              f"ExecStart is {service.get('ExecStart')}")
        conf = unit_settings(os.path.join(root, "etc/kassa/kassa.conf"))
        for var in re.findall(r"\$\{(\w+)\}", service["ExecStart"][0]):
            check(var in conf, f"ExecStart uses ${{{var}}}, which kassa.conf does not set")
        result = run(["sh", "-n", os.path.join(root, "usr/libexec/kassa/kassa-kiosk-session")])
        check(result.returncode == 0, f"the kiosk session is not valid sh: {result.stderr.strip()}")
        kiosk = unit_settings(os.path.join(root, "usr/share/xsessions/kassa-kiosk.desktop"))
        check(kiosk.get("Exec") == ["/usr/libexec/kassa/kassa-kiosk-session"], f"kiosk Exec is {kiosk.get('Exec')}")

        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        kassactl = os.path.join(root, "usr/bin/kassactl")
        result = run([kassactl, "--version"], env=env)
        check(result.returncode == 0 and result.stdout.strip() == f"kassactl {args.version}",
              f"kassactl --version said {result.stdout!r} {result.stderr!r} (exit {result.returncode})")
        result = run([os.path.join(root, "usr/bin/kassa"), "--version"], env=env)
        check(result.returncode == 0 and result.stdout.strip() == f"kassa {args.version}",
              f"kassa --version said {result.stdout!r} {result.stderr!r} (exit {result.returncode})")
        # Every command and subcommand (db init, rules check, ...) answers --help: the package has no man pages.
        pending, seen = [[]], []
        while pending:
            path = pending.pop(0)
            result = run([kassactl, *path, "--help"], env=env)
            check(result.returncode == 0 and "Usage" in result.stdout,
                  f"kassactl {' '.join(path)} --help: exit {result.returncode}")
            seen.append(" ".join(path))
            pending.extend(path + [sub] for sub in kassactl_commands(result.stdout))
        check("nightly" in seen and "db init" in seen, f"kassactl's commands were not all found: {seen}")
        print(f"--help answered by kassactl and its {len(seen) - 1} commands")

        # The nightly job as the unit runs it: its ExecStart with kassa.conf's paths moved into the throwaway
        # root, on a demo shop made from the packaged rules (share/kassa/rules) under the documented umask 077.
        def in_root(value):
            return os.path.join(root, value.lstrip("/")) if value.startswith("/") else value
        shop = os.path.join(root, conf["KASSA_DB"][0].lstrip("/"))
        os.makedirs(os.path.dirname(shop), exist_ok=True)
        result = run([kassactl, "demo", "--db", shop, "--customers", "20", "--days", "3"], env=env,
                     preexec_fn=lambda: os.umask(0o077))
        check(result.returncode == 0, f"kassactl demo from the package: {result.stderr.strip()}")
        check(os.path.exists(shop) and (os.stat(shop).st_mode & 0o777) == 0o600,
              "the shop made under umask 077 is not 0600")
        def conf_value(match):
            return in_root(conf.get(match.group(1), [""])[0])
        argv = re.sub(r"\$\{(\w+)\}", conf_value, service["ExecStart"][0]).split()
        argv[0] = in_root(argv[0])
        result = run(argv, env=env, preexec_fn=lambda: os.umask(0o027))
        check(result.returncode == 0, f"the unit's ExecStart failed ({result.returncode}): {result.stderr.strip()}")
        print(result.stderr.strip())

        # --- lintian
        if shutil.which("lintian"):
            result = run(["lintian", "--fail-on", "error,warning", "--tag-display-limit", "0", deb])
            print("lintian:\n" + (result.stdout + result.stderr).strip())
            check(result.returncode == 0, "lintian found errors or warnings (see above)")
        else:
            print("lintian: not installed (scripts/install-deps.sh installs it)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        for path, existed in system_before.items():
            check(os.path.exists(path) == existed, f"the package build changed the machine: {path}")


if __name__ == "__main__":
    main()
    if failures:
        print(f"{len(failures)} check(s) failed")
        sys.exit(1)
    print("ok")
