#!/usr/bin/env python3
"""Time from starting a command to the first drill card on its output.

    Benchmarks/first-card.py RUNS [--prepare SHELL] COMMAND...

Starts COMMAND RUNS times on a pseudo-terminal (as a rep runs it), stops the clock when a
progress line such as "□□□ 1/20 · …" appears, then types Ctrl-C, and prints
the median seconds. --prepare runs a shell command before each run (not timed).
"""
import os
import pty
import re
import statistics
import subprocess
import sys
import time

CARD_LINE = re.compile(rb"\s1/\d+ \xc2\xb7")  # " 1/N ·"


def first_card_seconds(command):
    leader, follower = pty.openpty()
    started = time.perf_counter()
    process = subprocess.Popen(command, stdin=follower, stdout=follower, stderr=subprocess.DEVNULL, close_fds=True)
    os.close(follower)
    seen = b""
    elapsed = None
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed: the process ended
            break
        if not chunk:
            break
        seen += chunk
        if CARD_LINE.search(seen):
            elapsed = time.perf_counter() - started
            break
    os.write(leader, b"\x03")  # Ctrl-C, as typed: the session stops and saves
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    os.close(leader)
    if elapsed is None:
        sys.exit(f"first-card: no card shown by {' '.join(command)}")
    return elapsed


def main():
    runs = int(sys.argv[1])
    command = sys.argv[2:]
    prepare = None
    if command[:1] == ["--prepare"]:
        prepare, command = command[1], command[2:]
    times = []
    for _ in range(runs):
        if prepare:
            subprocess.run(prepare, shell=True, check=True)
        times.append(first_card_seconds(command))
    print(f"{statistics.median(times):.3f}")


if __name__ == "__main__":
    main()
