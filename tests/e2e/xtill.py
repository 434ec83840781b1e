"""What the end-to-end tests share: a private Xvfb, the real `kassa` process with its stderr read line by line
(the till writes one line per thing it did, "kassa: product_added"; tests wait for those lines with a deadline
instead of sleeping), xdotool typing as a cashier and a wedge scanner would, and screenshots."""
import os
import selectors
import shutil
import subprocess
import sys
import tempfile
import time

DEADLINE_S = 60  # generous: CI machines are slow and share two cores


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def demo_shop(kassactl, outdir, prefix, tools=("Xvfb", "xdotool", "import", "identify", "convert")):
    """Checks the X tools are there, makes OUTDIR and a demo shop (the same every run) in a new temporary
    folder; returns (folder, shop file)."""
    for tool in tools:
        if not shutil.which(tool):
            fail(f"{tool} is not installed (scripts/install-deps.sh installs it)")
    os.makedirs(outdir, exist_ok=True)
    work = tempfile.mkdtemp(prefix=prefix)
    db = os.path.join(work, "shop.kassa")
    subprocess.run([kassactl, "demo", "--db", db, "--customers", "60", "--days", "20", "--seed", "5"],
                   check=True, stdout=subprocess.DEVNULL, timeout=300)
    return work, db


class Xvfb:
    """A private X server on a free display number (Xvfb picks it and tells us on a pipe)."""

    def __init__(self):
        read_fd, write_fd = os.pipe()
        self.process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()  # blocks until the server is ready
        if not number:
            fail("Xvfb did not start")
        self.display = ":" + number

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


class Till:
    """The kassa process, with its stderr read line by line."""

    def __init__(self, kassa, db, display, outdir, language="en"):
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", LC_ALL="C.UTF-8", LANG="C.UTF-8")
        env.pop("WAYLAND_DISPLAY", None)
        self.started = time.monotonic()
        self.process = subprocess.Popen([kassa, "--db", db, "--language", language], env=env,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.selector = selectors.DefaultSelector()
        self.selector.register(self.process.stderr, selectors.EVENT_READ)
        self.buffer = b""
        self.log = []
        self.matched = set()
        self.display = display
        self.outdir = outdir

    def wait_for(self, wanted, after=-1):
        """Blocks until the till writes `kassa: <wanted>` (a line not matched before, and after line `after`:
        lines may come in another order than asked for); fails on a deadline or if the till exits. Returns the
        line's index."""
        return self.wait_for_any({wanted}, after)[0]

    def wait_for_any(self, wanted, after=-1):
        """Like wait_for, for the first of several lines; returns (index, the line's text after "kassa: ")."""
        end = time.monotonic() + DEADLINE_S
        while True:
            while b"\n" in self.buffer:
                line, self.buffer = self.buffer.split(b"\n", 1)
                self.log.append(line.decode("utf-8", "replace").strip())
            for i, text in enumerate(self.log):
                if i > after and i not in self.matched and text.startswith("kassa: ") and text[7:] in wanted:
                    self.matched.add(i)
                    return i, text[7:]
            left = end - time.monotonic()
            if left <= 0:
                # What the screen showed when the test gave up, for whoever reads the failure.
                subprocess.run(["import", "-display", self.display, "-window", "root",
                                os.path.join(self.outdir, "failure.png")], timeout=30)
                fail(f"the till never said any of {sorted(wanted)} (the screen: {self.outdir}/failure.png); "
                     f"it said:\n" + "\n".join(self.log))
            if not self.selector.select(timeout=left):
                continue
            chunk = os.read(self.process.stderr.fileno(), 4096)
            if not chunk:
                fail(f"the till exited ({self.process.wait()}) before {sorted(wanted)}:\n" + "\n".join(self.log))
            self.buffer += chunk

    def dialog(self, name, title, after=-1):
        """Waits for the till to open dialog `name` (its log line) and for the X server to show its window
        titled `title` (a regular expression): only then do keys typed reach the dialog and not the window
        under it. Returns the log line's index."""
        index = self.wait_for("dialog " + name, after)
        self.xdotool("search", "--sync", "--onlyvisible", "--name", title)
        return index

    def xdotool(self, *args):
        subprocess.run(["xdotool", *args], env=dict(os.environ, DISPLAY=self.display), check=True, timeout=30,
                       stdout=subprocess.DEVNULL)

    def type_line(self, text):
        # A wedge scanner types fast and ends with Enter; 5 ms between keys is scanner speed.
        self.xdotool("type", "--delay", "5", text)
        self.xdotool("key", "Return")

    def type_by_hand(self, text):
        # A person types 80 ms or more apart (drivers/wedge_classifier.hpp): the till takes these keys as
        # typing, not as a scan, which is what makes a phone number a look-up of a customer.
        self.xdotool("type", "--delay", "150", text)
        self.xdotool("key", "Return")

    def screenshot(self, name):
        path = os.path.join(self.outdir, name)
        subprocess.run(["import", "-display", self.display, "-window", "root", path], check=True, timeout=30)
        colours = subprocess.run(["identify", "-format", "%k", path], capture_output=True, text=True,
                                 check=True).stdout
        if int(colours) < 20:
            fail(f"{name} is blank ({colours} colours)")
        return path

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        # What the till wrote after the last line waited for belongs to its log too.
        self.buffer += self.process.stderr.read()
        self.log.extend(line.decode("utf-8", "replace").strip() for line in self.buffer.split(b"\n") if line)
        self.buffer = b""


