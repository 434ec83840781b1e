#!/usr/bin/env python3
"""A network receipt printer for tests: raw TCP (the JetDirect / port 9100 protocol) on 127.0.0.1.

Every connection's bytes are stored in DIR/conn-N.raw as received, and in DIR/conn-N.job without the
`DLE EOT n` real-time status requests the emulator answered (what a real printer would print). Each request is
answered with one status byte made from the current mode, with the fixed bits every ESC/POS answer has.

The first line on stdout is "PORT <printer port> <control port>". The control port takes one command per line
and answers "ok" once the mode is in force (so a test never waits for time to pass):
  normal        ready; reopens the listening socket if it was closed
  paper_out     DLE EOT 2 bit 5 (stopped by paper end) and DLE EOT 4 bits 5-6 (end sensor)
  cover_open    DLE EOT 1 bit 3 (offline) and DLE EOT 2 bit 2 (cover open)
  unplugged     closes the listening socket and every open connection: connections are refused
  slow MS       waits MS milliseconds between reads of at most 64 bytes
  hangup N      closes each connection after N bytes of job data (a cable pulled mid-job)
  silent        takes bytes but answers no status request
  quit          exits
It exits by itself after --lifetime seconds (default 120) so a test that dies cannot leave it behind.

Usage: escpos_printer_emulator.py DIR [--lifetime SECONDS]"""
import argparse
import os
import selectors
import socket
import sys
import time

DLE, EOT = 0x10, 0x04


class Printer:
    def __init__(self, directory):
        self.directory = directory
        self.mode = "normal"
        self.slow_ms = 0
        self.hangup_after = None
        self.connections = 0

    def status_byte(self, n):
        byte = 0x12  # fixed bits: bit 1 and bit 4 on, bits 0 and 7 off
        if n == 1 and self.mode == "cover_open":
            byte |= 0x08
        if n == 2 and self.mode == "cover_open":
            byte |= 0x04
        if n == 2 and self.mode == "paper_out":
            byte |= 0x20
        if n == 4 and self.mode == "paper_out":
            byte |= 0x60
        return bytes([byte])


class Connection:
    def __init__(self, sock, printer):
        printer.connections += 1
        self.sock = sock
        self.printer = printer
        base = os.path.join(printer.directory, f"conn-{printer.connections}")
        self.raw = open(base + ".raw", "wb")
        self.job = open(base + ".job", "wb")
        self.job_bytes = 0
        self.pending = b""  # the start of a DLE EOT request cut by a read boundary
        self.next_read = 0.0

    def feed(self, data):
        """Stores the data and returns the status answers it asks for."""
        self.raw.write(data)
        self.raw.flush()
        data = self.pending + data
        self.pending = b""
        answers = b""
        job = bytearray()
        i = 0
        while i < len(data):
            if data[i] == DLE:
                if i + 2 >= len(data) and data[i:i + 2] in (bytes([DLE]), bytes([DLE, EOT])):
                    self.pending = data[i:]
                    break
                if data[i + 1] == EOT and 1 <= data[i + 2] <= 4:
                    if self.printer.mode != "silent":
                        answers += self.printer.status_byte(data[i + 2])
                    i += 3
                    continue
            job.append(data[i])
            i += 1
        self.job.write(job)
        self.job.flush()
        self.job_bytes += len(job)
        return answers

    def close(self):
        self.raw.close()
        self.job.close()
        self.sock.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("directory")
    parser.add_argument("--lifetime", type=float, default=120.0)
    args = parser.parse_args()
    printer = Printer(args.directory)
    selector = selectors.DefaultSelector()

    def listen(port=0):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("127.0.0.1", port))
        s.listen(8)
        s.setblocking(False)
        selector.register(s, selectors.EVENT_READ, ("listen", None))
        return s

    listener = listen()
    port = listener.getsockname()[1]
    control = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    control.bind(("127.0.0.1", 0))
    control.listen(4)
    control.setblocking(False)
    selector.register(control, selectors.EVENT_READ, ("control", None))
    print(f"PORT {port} {control.getsockname()[1]}", flush=True)

    connections = []
    control_buffers = {}
    end = time.monotonic() + args.lifetime
    running = True

    def drop(conn):
        if selector.get_map().get(conn.sock) is not None:
            selector.unregister(conn.sock)
        connections.remove(conn)
        conn.close()

    def command(line):
        nonlocal listener
        words = line.split()
        if not words:
            return "error empty"
        name = words[0]
        if name in ("normal", "paper_out", "cover_open", "silent"):
            printer.mode = name
            printer.slow_ms = 0
            printer.hangup_after = None
            if name == "normal" and listener is None:
                listener = listen(port)
        elif name == "unplugged":
            if listener is not None:
                selector.unregister(listener)
                listener.close()
                listener = None
            for conn in list(connections):
                drop(conn)
        elif name == "slow" and len(words) == 2:
            printer.slow_ms = int(words[1])
        elif name == "hangup" and len(words) == 2:
            printer.hangup_after = int(words[1])
        elif name == "quit":
            return "quit"
        else:
            return "error unknown command"
        return "ok"

    while running and time.monotonic() < end:
        now = time.monotonic()
        timeout = min(0.5, end - now)
        # Slowed connections are read again when their pause is over.
        for conn in connections:
            if conn.next_read > now:
                timeout = min(timeout, conn.next_read - now)
        for key, _ in selector.select(max(0.0, timeout)):
            kind, conn = key.data
            if kind == "listen" and listener is not None and key.fileobj is listener:
                sock, _ = listener.accept()
                sock.setblocking(False)
                conn = Connection(sock, printer)
                connections.append(conn)
                selector.register(sock, selectors.EVENT_READ, ("printer", conn))
            elif kind == "control":
                sock, _ = control.accept()
                sock.setblocking(True)
                control_buffers[sock] = b""
                selector.register(sock, selectors.EVENT_READ, ("control_conn", sock))
            elif kind == "control_conn":
                sock = conn
                data = sock.recv(4096)
                if not data:
                    selector.unregister(sock)
                    sock.close()
                    del control_buffers[sock]
                    continue
                control_buffers[sock] += data
                while b"\n" in control_buffers[sock]:
                    line, control_buffers[sock] = control_buffers[sock].split(b"\n", 1)
                    answer = command(line.decode())
                    if answer == "quit":
                        sock.sendall(b"ok\n")
                        running = False
                        break
                    sock.sendall(answer.encode() + b"\n")
            elif kind == "printer" and conn in connections:
                if conn.next_read > time.monotonic():
                    continue
                limit = 64 if printer.slow_ms else 65536
                if printer.hangup_after is not None:
                    limit = max(1, min(limit, printer.hangup_after - conn.job_bytes))
                try:
                    data = conn.sock.recv(limit)
                except ConnectionError:
                    data = b""
                if not data:
                    drop(conn)
                    continue
                answers = conn.feed(data)
                if answers:
                    try:
                        conn.sock.sendall(answers)
                    except ConnectionError:
                        drop(conn)
                        continue
                if printer.hangup_after is not None and conn.job_bytes >= printer.hangup_after:
                    drop(conn)  # unread data makes the kernel reset the connection: the client sees it
                    continue
                if printer.slow_ms:
                    conn.next_read = time.monotonic() + printer.slow_ms / 1000.0
        # A slowed connection is not read while paused; the selector would report it at once, so it is taken
        # out of the selector until its pause is over.
        now = time.monotonic()
        for conn in connections:
            registered = selector.get_map().get(conn.sock) is not None
            if conn.next_read > now and registered:
                selector.unregister(conn.sock)
            elif conn.next_read <= now and not registered:
                selector.register(conn.sock, selectors.EVENT_READ, ("printer", conn))
    for conn in list(connections):
        conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
