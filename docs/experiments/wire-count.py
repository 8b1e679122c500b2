#!/usr/bin/env python3
"""A counting TCP proxy for one symp link, for docs/experiments/idle-wire.sh.

Listens on 127.0.0.1:LISTEN, forwards every connection to 127.0.0.1:TARGET, and counts what
crosses in each direction as the sockets see it: TCP payload bytes and TLS records (every
record starts with a 5-byte header whose last two bytes are its length, so records are counted
exactly however the reads split them). Only what crosses within [WARMUP, WARMUP + WINDOW)
seconds of the first connection counts; then it prints one JSON object and exits.

Usage: python3 wire-count.py LISTEN TARGET WARMUP WINDOW
"""
import json
import socket
import sys
import threading
import time

TLS_HEADER_BYTES = 5


class Direction:
    """One direction of the link: bytes and TLS records seen within the window."""

    def __init__(self, name):
        self.name = name
        self.bytes = 0
        self.records = 0
        self.record_bytes = []  # sizes of the records counted, header included
        self.pending = b""
        self.lock = threading.Lock()

    def seen(self, data, counting):
        # Parse records across reads, whether or not they count.
        self.pending += data
        while len(self.pending) >= TLS_HEADER_BYTES:
            length = int.from_bytes(self.pending[3:5], "big")
            if len(self.pending) < TLS_HEADER_BYTES + length:
                break
            if counting:
                with self.lock:
                    self.records += 1
                    self.record_bytes.append(TLS_HEADER_BYTES + length)
            self.pending = self.pending[TLS_HEADER_BYTES + length:]
        if counting:
            with self.lock:
                self.bytes += len(data)


def pump(src, dst, direction, window):
    try:
        while True:
            data = src.recv(65536)
            if not data:
                break
            now = time.monotonic()
            direction.seen(data, window[0] is not None and window[0] <= now < window[1])
            dst.sendall(data)
    except OSError:
        pass
    finally:
        for s in (src, dst):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def main():
    listen, target, warmup, length = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", listen))
    server.listen(8)
    # dialler -> listener, and back: the peer that joins dials through the proxy.
    up, down = Direction("dialler_to_listener"), Direction("listener_to_dialler")
    window = [None, None]
    connections = []

    def accept():
        while True:
            client, _ = server.accept()
            outbound = socket.create_connection(("127.0.0.1", target))
            for s in (client, outbound):
                s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if window[0] is None:
                start = time.monotonic()
                window[1] = start + warmup + length
                window[0] = start + warmup
            connections.append(client)
            threading.Thread(target=pump, args=(client, outbound, up, window), daemon=True).start()
            threading.Thread(target=pump, args=(outbound, client, down, window), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    while window[1] is None or time.monotonic() < window[1]:
        time.sleep(0.2)
    result = {"window_s": length, "connections": len(connections)}
    for d in (up, down):
        with d.lock:
            sizes = sorted(d.record_bytes)
            result[d.name] = {
                "bytes_per_s": round(d.bytes / length, 1),
                "records_per_s": round(d.records / length, 2),
                "record_bytes_median": sizes[len(sizes) // 2] if sizes else 0,
            }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
