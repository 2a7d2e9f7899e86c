#!/usr/bin/env python3
"""Search's first answer (issue 17): the time from the first keystroke on a freshly opened page
to the first results shown, and the index bytes that query loaded.

    Benchmarks/search-first-answer.py SITE_DIR [LABEL=SITE_DIR ...] [--query Q]... [--runs N]

Each site's index.html is opened from file:// in headless Chromium (cache disabled), fresh for
every run: the query is put into #search-input and an `input` event dispatched, as the first
keystroke (or the IME's commit) does; nothing of the index is loaded before. The time is from
that event until #search-results (or the status line) changes, taken in the page with
performance.now() (the probes of scripts/site-check/search_latency.py). Bytes are the sizes of
the search/*.js and assets/search-query.js files the query loaded. Runs of the sites are
interleaved, so two builds (before/after) are compared under the same load.

Prints a Markdown table: query, site, median ms over the runs, bytes (and files) loaded, results.
Example (a 10,000-document playbook, as Benchmarks/run.sh makes one):
  python3 scripts/generate-playbook.py 10000 /dev/shm/sf/Content
  .build/debug/playbook build --content /dev/shm/sf/Content --out /dev/shm/sf/Site --quiet
  Benchmarks/search-first-answer.py /dev/shm/sf/Site --runs 7
"""

import argparse
import os
import statistics
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "scripts", "site-check"))
from selenium_env import ensure_selenium  # noqa: E402

ensure_selenium("search-first-answer")
from search_latency import Bench  # noqa: E402

# Queries over the content of scripts/generate-playbook.py: Chinese words of its texts, a title
# word, IME slips, Traditional characters, and one that matches nothing.
DEFAULT_QUERIES = [
    "网点",        # a word in most documents
    "资金安全",    # a phrase (three bigrams)
    "客户异议",    # a title word (every objection's title)
    "手续简变",    # an IME slip of 手续简便: repaired, a second round of shards
    "审批快捷吗",  # a question: the particle dropped
    "資金安全",    # Traditional characters
    "c00432",      # a Latin word (a competitor id)
    "量子纠缠",    # nothing matches, no title is close: the answer says so
    "p01287",      # in no text (a product id of the front matter): the closest titles are offered
]


def human(n):
    return f"{n / 1e6:.2f} MB" if n >= 1e6 else f"{n / 1e3:.0f} kB"


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("sites", nargs="+", metavar="[LABEL=]SITE_DIR", help="built sites (folders with index.html)")
    p.add_argument("--query", action="append", help="a query (repeatable); default: a typical mix")
    p.add_argument("--runs", type=int, default=7, help="fresh page loads per query and site (default 7)")
    p.add_argument("--chromium", default="/usr/bin/chromium")
    p.add_argument("--chromedriver", default="/usr/bin/chromedriver")
    args = p.parse_args()
    sites = []
    for s in args.sites:
        label, _, path = s.rpartition("=")
        path = os.path.abspath(path)
        if not os.path.exists(os.path.join(path, "index.html")):
            sys.exit(f"search-first-answer: no index.html in {path}")
        sites.append((label or os.path.basename(os.path.dirname(path)) or path, path))
    queries = args.query or DEFAULT_QUERIES

    args.focus_first = False
    benches = []
    for label, path in sites:
        ns = argparse.Namespace(**vars(args))
        ns.site = path
        bench = Bench(ns)
        bench.start()
        benches.append((label, bench))
    runs = {(q, label): [] for q in queries for label, _ in sites}
    try:
        for q in queries:
            for _ in range(args.runs):
                for label, bench in benches:
                    bench.open_fresh()
                    runs[(q, label)].append(bench.query(q))
        console = [line for _, bench in benches for line in (bench.collect_console("") or bench.console)]
    finally:
        for _, bench in benches:
            bench.stop()

    print(f"{args.runs} fresh page loads per query and site; medians. ms: `input` event on the fresh page → "
          "results in #search-results; bytes: search/*.js + assets/search-query.js loaded by the query.\n")
    print("| query | site | ms to first results | bytes loaded | files | results |")
    print("|---|---|---:|---:|---:|---:|")
    for q in queries:
        for label, _ in sites:
            rs = runs[(q, label)]
            ms = statistics.median(r["total"] for r in rs)
            nbytes = statistics.median(r["bytes"] for r in rs)
            files = statistics.median(len(r["resources"]) for r in rs)
            results = "/".join(map(str, sorted({r["results"] for r in rs})))
            print(f"| `{q}` | {label} | {ms:.1f} | {human(nbytes)} | {files:.0f} | {results} |")
    for label, _ in sites:
        all_ms = [statistics.median(r["total"] for r in runs[(q, label)]) for q in queries]
        print(f"\n{label}: median over the queries' medians {statistics.median(all_ms):.1f} ms, "
              f"worst {max(all_ms):.1f} ms; most bytes {human(max(max(r['bytes'] for r in runs[(q, label)]) for q in queries))}.")
    if console:
        print("\nConsole:\n" + "\n".join(console[:20]))


if __name__ == "__main__":
    main()
