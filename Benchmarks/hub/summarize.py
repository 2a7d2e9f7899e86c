#!/usr/bin/env python3
"""Reads the thread-N.txt files sync.lua wrote and prints one JSON object: requests answered,
200s, failures, events the hub reported added and duplicate, the wall time from the first
request sent to the last answer, throughput, and latency percentiles per batch (ms).

usage: summarize.py OUT_DIR BATCH_SIZE
"""
import glob
import json
import math
import statistics
import sys


def percentile(values, fraction):
    """Nearest-rank percentile of sorted `values`."""
    if not values:
        return None
    rank = max(1, math.ceil(round(fraction * len(values), 9)))
    return values[min(len(values), rank) - 1]


def main():
    out_dir, batch = sys.argv[1], int(sys.argv[2])
    totals = {"threads": 0, "requests": 0, "ok": 0, "added": 0, "duplicates": 0, "refused": 0, "failed": 0}
    first, last, latencies = [], [], []
    for path in sorted(glob.glob(f"{out_dir}/thread-*.txt")):
        with open(path) as file:
            fields = dict(item.split("=") for item in file.readline().split())
            latencies.extend(float(line) for line in file if line.strip())
        totals["threads"] += 1
        for key in ("requests", "ok", "added", "duplicates", "refused", "failed"):
            totals[key] += int(fields[key])
        if float(fields["first"]) > 0:
            first.append(float(fields["first"]))
            last.append(float(fields["last"]))
    latencies.sort()
    seconds = (max(last) - min(first)) / 1000 if first else 0
    answered = len(latencies)
    totals.update({
        "answered": answered,
        "seconds": round(seconds, 3),
        "requests_per_s": round(answered / seconds, 1) if seconds else None,
        "events_per_s": round(totals["ok"] * batch / seconds, 1) if seconds else None,
        "p50_ms": round(percentile(latencies, 0.50), 1) if latencies else None,
        "p99_ms": round(percentile(latencies, 0.99), 1) if latencies else None,
        "max_ms": round(latencies[-1], 1) if latencies else None,
        "mean_ms": round(statistics.fmean(latencies), 1) if latencies else None,
    })
    print(json.dumps(totals))


if __name__ == "__main__":
    main()
