#!/usr/bin/env python3
"""Measures the in-browser search of a built playbook site: latency and index bytes per query.

    scripts/site-check/search_latency.py SITE_DIR [--query Q]... [--runs N] [--profile]

The site's index.html is opened from file:// in headless Chromium (browser cache disabled).
For each query and run:
  cold  a fresh page load; the query is typed (input value set + `input` event dispatched)
        and nothing of the index is loaded yet.
  warm  on the same page, the input is cleared and the same query is typed again, so every
        shard it needs is already loaded.
All times are taken inside the page with performance.now():
  total  from dispatching the `input` event until a MutationObserver sees search.js render
         the results (#search-results / #search-status). Includes any input delay in search.js.
  net    from the moment search.js's run() reads the input's value until the same render,
         i.e. total minus any input delay: the time the search itself takes.
With --focus-first, a cold run first focuses the search box and waits for what search.js loads
on focus (meta.js; lang.js and search-query.js where the site has them), as when a rep clicks the box and then types.
Index bytes are the sizes on disk of the search/*.js files (and assets/search-query.js) fetched during the query (found with
the Resource Timing API; from file:// transferSize is 0, so sizes come from the files).

Prints a Markdown table (medians over --runs), the files a cold query loads, and any console
errors. With --profile, also records one cold run of each query with Chrome's CPU profiler (CDP)
and prints the functions with the most self time.

Example:
  scripts/site-check/search_latency.py /dev/shm/lat10k/Site --runs 5
"""

import argparse
import os
import statistics
import sys
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))

sys.path.insert(0, HERE)
from selenium_env import ensure_selenium, start_chrome  # noqa: E402

ensure_selenium("search_latency")


# Queries that exist in the content written by scripts/generate-playbook.py.
DEFAULT_QUERIES = [
    "网点",          # 2-char Chinese word (in ~60 % of the documents)
    "资金安全",      # 4-char Chinese phrase (3 bigrams)
    "c00432",        # Latin word: a competitor id (the generated content has no Latin bank names)
    "同业银行123",   # rare: one competitor's name (CJK bigrams + a number)
    "客",            # a character that is in every document
    "资金安全吗",    # a question: a stop word dropped, two words ranked
    "手续简变",      # an IME slip (简变 for 简便): repaired through the pinyin table, a second round of shards
]

# Installs the probes once per page. Returns nothing.
JS_INSTALL = r"""
if (window.__lat) return;
performance.setResourceTimingBufferSize(100000);
const input = document.getElementById('search-input');
const list = document.getElementById('search-results');
const status = document.getElementById('search-status');
const desc = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
const lat = window.__lat = { armed: false, tRun: null, done: null, longtasks: [] };
// search.js's debounced run() starts by reading input.value; note when that happens.
Object.defineProperty(input, 'value', {
  configurable: true,
  get() { if (lat.armed && lat.tRun === null) lat.tRun = performance.now(); return desc.get.call(this); },
  set(v) { desc.set.call(this, v); },
});
lat.setValue = v => desc.set.call(input, v);
// search.js loads the index by appending <script> tags to <head>. Resource Timing has no entries
// for file:// loads, so note each one here: src, when appended, when loaded and run. The load
// time comes from a capturing listener on document, which runs before search.js's onload (and
// so before the search work that its promise callbacks do).
lat.scripts = [];
const bySrc = new Map();
document.head.appendChild = function (node) {
  if (node && node.tagName === 'SCRIPT') {
    const rec = { name: node.src, start: performance.now(), end: null };
    lat.scripts.push(rec);
    bySrc.set(node, rec);
  }
  return Node.prototype.appendChild.call(this, node);
};
const loaded = error => event => {
  const rec = bySrc.get(event.target);
  if (rec && rec.end === null) { rec.end = performance.now(); rec.error = error; }
};
document.addEventListener('load', loaded(false), true);
document.addEventListener('error', loaded(true), true);
const observer = new MutationObserver(() => {
  if (!lat.armed || !lat.done) return;
  const t = performance.now();
  const cb = lat.done; lat.done = null; lat.armed = false;
  cb(t);
});
observer.observe(list, { childList: true, subtree: true, characterData: true, attributes: true });
if (status) observer.observe(status, { childList: true, subtree: true, characterData: true });
try {
  new PerformanceObserver(l => l.getEntries().forEach(e => lat.longtasks.push([e.startTime, e.duration])))
    .observe({ type: 'longtask', buffered: true });
} catch (e) {}
"""

# Types arguments[0] into the search box and resolves once search.js has rendered.
JS_QUERY = r"""
const query = arguments[0], done = arguments[arguments.length - 1];
const lat = window.__lat;
const input = document.getElementById('search-input');
const list = document.getElementById('search-results');
const status = document.getElementById('search-status');
lat.tRun = null; lat.longtasks.length = 0;
const nBefore = performance.getEntriesByType('resource').length, sBefore = lat.scripts.length;
const timeout = setTimeout(() => { lat.armed = false; lat.done = null; done({ error: 'timeout' }); }, 30000);
lat.done = tDone => {
  clearTimeout(timeout);
  // Also wait for the next frame, to report when the results could be painted.
  requestAnimationFrame(() => setTimeout(() => {
    const tPaint = performance.now();
    // Prefer Resource Timing (http://); fall back to the <script> tags search.js appended.
    let res = performance.getEntriesByType('resource').slice(nBefore)
      .filter(e => /\/(search\/[^/]+|assets\/search-query)\.js$/.test(e.name))
      .map(e => ({ name: e.name, start: e.startTime - t0, end: e.responseEnd - t0,
                   transfer: e.transferSize || 0, body: e.decodedBodySize || 0 }));
    if (!res.length) res = lat.scripts.slice(sBefore)
      .filter(e => /\/(search\/[^/]+|assets\/search-query)\.js$/.test(e.name))
      .map(e => ({ name: e.name, start: e.start - t0, end: e.end === null ? null : e.end - t0,
                   transfer: 0, body: 0, error: !!e.error }));
    done({
      total: tDone - t0, net: lat.tRun === null ? null : tDone - lat.tRun,
      debounce: lat.tRun === null ? null : lat.tRun - t0, paint: tPaint - t0,
      results: list.querySelectorAll('li.search-result').length,
      status: status ? status.textContent : '',
      resources: res,
      longtasks: lat.longtasks.filter(x => x[0] >= t0).map(x => [x[0] - t0, x[1]]),
    });
  }, 0));
};
input.focus();
lat.setValue(query);
lat.armed = true;
const t0 = performance.now();
input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: query }));
"""

# Clears the search box and waits until search.js has rendered the empty state.
JS_CLEAR = r"""
const done = arguments[arguments.length - 1];
const lat = window.__lat;
const input = document.getElementById('search-input');
lat.setValue('');
lat.armed = true;
const timeout = setTimeout(() => { lat.armed = false; lat.done = null; done(false); }, 5000);
lat.done = () => { clearTimeout(timeout); requestAnimationFrame(() => setTimeout(() => done(true), 0)); };
input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }));
"""


class Bench:
    def __init__(self, args):
        self.args = args
        self.site = os.path.abspath(args.site)
        self.driver = None
        self.console = []

    def start(self):
        self.driver = start_chrome(self.args.chromium, self.args.chromedriver, timeout=60)
        self.driver.execute_cdp_cmd("Network.enable", {})
        self.driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})

    def stop(self):
        if self.driver is not None:
            try:
                self.driver.quit()
            except Exception:
                pass

    def collect_console(self, label):
        for e in self.driver.get_log("browser"):
            if e["level"] in ("SEVERE", "WARNING"):
                self.console.append(f"{label}: {e['level']}: {e['message'][:300]}")

    def open_fresh(self):
        url = "file://" + urllib.parse.quote(os.path.join(self.site, "index.html"))
        self.driver.get("about:blank")
        self.driver.get(url)
        deadline = time.time() + 30
        while self.driver.execute_script(
                "return document.readyState === 'complete' && !!window.PlaybookSearch") is not True:
            if time.time() > deadline:
                raise RuntimeError("page did not load")
            time.sleep(0.02)
        self.driver.execute_script(JS_INSTALL)
        if self.args.focus_first:
            # As a rep does: click into the box (search.js starts loading meta.js), then type.
            self.driver.execute_script("document.getElementById('search-input').focus();")
            # Everything the focus started loading (meta.js; lang.js and search-query.js where the site has them).
            ready = "const s = window.__lat.scripts; return s.length > 0 && s.every(r => r.end !== null)"
            while self.driver.execute_script(ready) is not True:
                if time.time() > deadline:
                    raise RuntimeError("meta.js did not load after focusing the search box")
                time.sleep(0.01)

    def query(self, q):
        r = self.driver.execute_async_script(JS_QUERY, q)
        if r.get("error"):
            raise RuntimeError(f"query {q!r}: {r['error']}")
        for res in r["resources"]:
            path = urllib.parse.unquote(urllib.parse.urlsplit(res["name"]).path)
            res["file"] = os.path.basename(path)
            res["bytes"] = res["transfer"] or (os.path.getsize(path) if os.path.exists(path) else res["body"])
        r["bytes"] = sum(res["bytes"] for res in r["resources"])
        return r

    def clear(self):
        if not self.driver.execute_async_script(JS_CLEAR):
            raise RuntimeError("clearing the search box did not re-render")

    def profile(self, q):
        """CPU profile of one cold query; returns [(self ms, function, url:line)]."""
        self.open_fresh()
        self.driver.execute_cdp_cmd("Profiler.enable", {})
        self.driver.execute_cdp_cmd("Profiler.setSamplingInterval", {"interval": 100})
        self.driver.execute_cdp_cmd("Profiler.start", {})
        r = self.query(q)
        prof = self.driver.execute_cdp_cmd("Profiler.stop", {})["profile"]
        self.driver.execute_cdp_cmd("Profiler.disable", {})
        nodes = {n["id"]: n for n in prof["nodes"]}
        self_us = {}
        deltas = prof.get("timeDeltas", [])
        for i, sample in enumerate(prof.get("samples", [])):
            dt = deltas[i + 1] if i + 1 < len(deltas) else 0
            self_us[sample] = self_us.get(sample, 0) + dt
        by_fn = {}
        for node_id, us in self_us.items():
            cf = nodes[node_id]["callFrame"]
            name = cf["functionName"] or "(anonymous)"
            where = os.path.basename(urllib.parse.unquote(cf["url"])) if cf["url"] else ""
            key = (name, f"{where}:{cf['lineNumber'] + 1}" if where else "")
            by_fn[key] = by_fn.get(key, 0) + us
        top = sorted(by_fn.items(), key=lambda kv: -kv[1])
        return r, [(us / 1000, k[0], k[1]) for k, us in top if k[0] not in ("(idle)", "(program)")][:12], \
            by_fn.get(("(idle)", ""), 0) / 1000, by_fn.get(("(program)", ""), 0) / 1000


def fmt(x):
    return "–" if x is None else f"{x:.1f}"


def med(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def human(n):
    return f"{n / 1e6:.2f} MB" if n >= 1e6 else f"{n / 1e3:.0f} kB"


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("site", metavar="SITE_DIR", help="the built site (the folder with index.html)")
    p.add_argument("--query", action="append", help="a query (repeatable); default: a typical mix")
    p.add_argument("--runs", type=int, default=5, help="cold page loads per query (default 5)")
    p.add_argument("--profile", action="store_true", help="also CPU-profile one cold run per query")
    p.add_argument("--focus-first", action="store_true",
                   help="cold runs focus the search box and wait for meta.js before typing (as a rep would)")
    p.add_argument("--chromium", default="/usr/bin/chromium", help="browser binary")
    p.add_argument("--chromedriver", default="/usr/bin/chromedriver", help="driver binary")
    args = p.parse_args()
    queries = args.query or DEFAULT_QUERIES
    if not os.path.exists(os.path.join(args.site, "index.html")):
        sys.exit(f"search_latency: no index.html in {args.site}")

    bench = Bench(args)
    bench.start()
    rows, details, profiles = [], [], []
    try:
        for q in queries:
            cold, warm = [], []
            for _ in range(args.runs):
                bench.open_fresh()
                cold.append(bench.query(q))
                bench.clear()
                warm.append(bench.query(q))
            bench.collect_console(q)
            rows.append((q, cold, warm))
            if args.profile:
                profiles.append((q,) + bench.profile(q))
                bench.collect_console(q + " (profile)")
    finally:
        bench.stop()

    print(f"Site: {os.path.abspath(args.site)}; {args.runs} runs per query; medians; "
          "total = `input` event → results in DOM (incl. the search.js debounce), "
          "net = debounced run() start → results in DOM.\n")
    print("| query | cold median ms | warm median ms | cold net ms | warm net ms | "
          "index bytes loaded (cold) | files (cold) | bytes (warm) | results |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for q, cold, warm in rows:
        nb = sorted({c["bytes"] for c in cold})
        bytes_cold = human(nb[0]) if len(nb) == 1 else f"{human(nb[0])}–{human(nb[-1])}"
        results = sorted({c["results"] for c in cold + warm})
        print(f"| `{q}` | {fmt(med(c['total'] for c in cold))} | {fmt(med(w['total'] for w in warm))} | "
              f"{fmt(med(c['net'] for c in cold))} | {fmt(med(w['net'] for w in warm))} | "
              f"{bytes_cold} ({nb[0]:,} B) | {len(cold[0]['resources'])} | "
              f"{human(med(w['bytes'] for w in warm))} | {'/'.join(map(str, results))} |")
    debounces = [c["debounce"] for _, cold, warm in rows for c in cold + warm if c["debounce"] is not None]
    if debounces:
        print(f"\nDebounce (input event → run()): median {statistics.median(debounces):.1f} ms.")

    print("\nFiles loaded by the first cold run of each query (ms relative to the input event):")
    for q, cold, _ in rows:
        c = cold[0]
        parts = ", ".join(f"{r['file']} {human(r['bytes'])} [{r['start']:.0f}–{fmt(r['end'])}]"
                          for r in c["resources"])
        lt = sum(d for _, d in c["longtasks"])
        print(f"- `{q}`: {parts or '(none)'}; long tasks {len(c['longtasks'])} totalling {lt:.0f} ms; "
              f"cold runs total ms: {', '.join(fmt(x['total']) for x in cold)}")

    over = [(q, "time", med(c["total"] for c in cold)) for q, cold, _ in rows
            if (med(c["total"] for c in cold) or 0) > 100]
    over += [(q, "bytes", max(c["bytes"] for c in cold)) for q, cold, _ in rows
             if max(c["bytes"] for c in cold) > 2_000_000]
    if over:
        print("\nOver target (100 ms, 2 MB): " + "; ".join(
            f"`{q}` {what} {fmt(v) + ' ms' if what == 'time' else human(v)}" for q, what, v in over))

    for q, r, top, idle, program in profiles:
        print(f"\nCPU profile, cold `{q}` (total {fmt(r['total'])} ms, net {fmt(r['net'])} ms; "
              f"idle {idle:.0f} ms, program/parse/GC {program:.0f} ms); top self time:")
        for ms, fn, where in top:
            print(f"  {ms:7.1f} ms  {fn}  {where}")

    print("\nConsole warnings/errors: " + ("none" if not bench.console else ""))
    for line in bench.console:
        print("  " + line)


if __name__ == "__main__":
    main()
