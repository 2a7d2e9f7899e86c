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
    print("| engine | learners' users added | batches | clients | events/s | requests/s | p50 / p99 per batch | sent | stored | lost | duplicated | failed requests | hub peak RSS |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for row in (r for r in rows if r["part"] == "load"):
        wrk = row["wrk"]
        duplicated = row["rows"] - row["stored"] + max(0, wrk["added"] - row["stored"])
        print(f"| {row['engine']} | {row['users_seconds']} s | {cell(wrk['answered'])} of {cell(wrk['requests'])} | {wrk['threads']} "
              f"| {cell(wrk['events_per_s'])} | {cell(wrk['requests_per_s'])} | {wrk['p50_ms']} / {wrk['p99_ms']} ms "
              f"| {cell(row['sent'])} | {cell(row['stored'])} | {cell(row['sent'] - row['stored'])} | {cell(duplicated)} "
              f"| {cell(wrk['failed'])} | {round(row['peak_rss_kb'] / 1024)} MB |")
    print()
    print("| engine | reviews stored | filled at (events/s, p50 per batch) | /api/v1/team median (runs) | body | /dashboard median | hub peak RSS |")
    print("|---|---|---|---|---|---|---|")
    fills = {r["engine"]: r["wrk"] for r in rows if r["part"] == "fill"}
    for row in (r for r in rows if r["part"] == "team"):
        fill = fills.get(row["engine"])
        filled = f"{cell(fill['events_per_s'])}, {fill['p50_ms']} ms" if fill else "–"
        team, dashboard = row["team"], row["dashboard"]
        team_cell = f"{team['median_s']} s ({', '.join(map(str, team['runs']))})" if team.get("status") == 200 else f"HTTP {team.get('status')}"
        dash_cell = f"{dashboard['median_s']} s" if dashboard.get("status") == 200 else f"not served (HTTP {dashboard.get('status')})"
        body = f"{round(team['bytes'] / 1024)} KB" if team.get("status") == 200 else "–"
        print(f"| {row['engine']} | {cell(row['reviews'])} | {filled} | {team_cell} | {body} | {dash_cell} | {round(row['peak_rss_kb'] / 1024)} MB |")


if __name__ == "__main__":
    main()
