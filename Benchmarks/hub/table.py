#!/usr/bin/env python3
"""Prints run.sh's results (JSON lines) as two Markdown tables: the sync load and /team.

usage: table.py RESULTS.jsonl
"""
import json
import sys


def cell(value, unit=""):
    return "–" if value is None else f"{value:,}{unit}" if isinstance(value, int) else f"{value}{unit}"


def main():
    rows = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
    if any(r["part"] == "load" for r in rows):
        print_load(rows)
        print()
    print_team(rows)


def print_load(rows):
    print("| engine | learners' users added | batches | clients | events/s | requests/s | p50 / p99 per batch | sent | stored | lost | duplicated | failed requests | hub peak RSS |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for row in (r for r in rows if r["part"] == "load"):
        wrk = row["wrk"]
        duplicated = row["rows"] - row["stored"] + max(0, wrk["added"] - row["stored"])
        print(f"| {row['engine']} | {row['users_seconds']} s | {cell(wrk['answered'])} of {cell(wrk['requests'])} | {wrk['threads']} "
              f"| {cell(wrk['events_per_s'])} | {cell(wrk['requests_per_s'])} | {wrk['p50_ms']} / {wrk['p99_ms']} ms "
              f"| {cell(row['sent'])} | {cell(row['stored'])} | {cell(row['sent'] - row['stored'])} | {cell(duplicated)} "
              f"| {cell(wrk['failed'])} | {round(row['peak_rss_kb'] / 1024)} MB |")


def print_team(rows):
    print("| engine | reviews stored | filled | /api/v1/team median (runs) | body | /dashboard median (runs) | /dashboard/forecast median (runs) | a learner's page median (runs) | hub peak RSS |")
    print("|---|---|---|---|---|---|---|---|---|")
    fills = {r["engine"]: r["wrk"] for r in rows if r["part"] == "fill"}
    direct = {r["engine"]: r["fill"] for r in rows if r["part"] == "direct-fill"}

    def timed(result):
        if result is None:
            return "–"
        if result.get("status") != 200:
            return f"HTTP {result.get('status')}"
        return f"{result['median_s']} s ({', '.join(map(str, result['runs']))})"

    for row in (r for r in rows if r["part"] == "team"):
        if row["engine"] in direct:
            filled = f"SQL, {direct[row['engine']]['seconds']} s"
        elif row["engine"] in fills:
            fill = fills[row["engine"]]
            filled = f"API, {cell(fill['events_per_s'])} events/s, p50 {fill['p50_ms']} ms"
        else:
            filled = "–"
        team = row["team"]
        body = f"{round(team['bytes'] / 1024)} KB" if team.get("status") == 200 else "–"
        print(f"| {row['engine']} | {cell(row['reviews'])} | {filled} | {timed(team)} | {body} | {timed(row.get('dashboard'))} "
              f"| {timed(row.get('forecast'))} | {timed(row.get('learner'))} | {round(row['peak_rss_kb'] / 1024)} MB |")

if __name__ == "__main__":
    main()
