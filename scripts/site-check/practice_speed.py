#!/usr/bin/env python3
"""Size and speed of the practice page in headless Chromium from file://, against the issue's budgets.

    scripts/site-check/practice_speed.py [--runs 7] [--reviews 2000] [--grades 600] [LABEL=]SITE_DIR ...

For each built site (`playbook build`), at 375 px wide (mobile emulation):

* bytes up front — the practice page, its stylesheet and every script the page holds when its first
  card is on screen (the app, deck.js, the first card's shard), raw and gzip -9 — and on demand
  (the scorer's language data, one shard, all shards);
* time to the first card: navigation start to the app's `practice-first-card` performance mark,
  `?mode=flashcard` so the drill opens directly; the median of --runs cold loads (a new browser
  each, on a copy of a profile that has opened the page once) and of --runs warm reloads (one
  browser), without and with --reviews stored reviews (a generated progress file imported with
  `PlaybookPractice.importProgress` into the profile first); the measures take turns run by run;
* the baseline, measured in the same run: navigation start to the load event of a plain page of the
  same site (the first objection page, else index.html), cold and warm, and the first card's ratio to it;
* time to grade: `PlaybookPractice.score(card, answer)` over --grades answers to the deck's typed
  cards (whole, partial and off-topic answers built from the cards' own key points), with the card
  and the language data loaded; and the first grade of a page, which loads the language data.

Prints a markdown table with the budgets (first card ≤ 300 ms, a grade ≤ 16 ms, up front ≤ ~2 MB
with only one shard of card text) and exits 1 when one is not met on some site.
"""
import argparse
import glob
import gzip
import os
import shutil
import statistics
import sys
import tempfile
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from selenium_env import ensure_selenium  # noqa: E402

ensure_selenium("practice_speed.py")
from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

FIRST_CARD_MS, GRADE_MS, UP_FRONT_BYTES = 300, 16, 2 * 1024 * 1024
WIDTH, HEIGHT = 375, 812

FIRST_CARD = "var m = performance.getEntriesByName('practice-first-card'); return m.length ? m[0].startTime : null;"
LOADED = "var n = performance.getEntriesByType('navigation')[0]; return n && n.loadEventEnd > 0 ? n.loadEventEnd : null;"
PAGE_FILES = """return [location.href].concat(Array.from(document.querySelectorAll('script[src]'), s => s.src),
  Array.from(document.querySelectorAll('link[rel=stylesheet]'), l => l.href));"""

# A progress file of COUNT reviews of every STEP-th card, spread over the last 180 days (typed
# answers made of the card's own key points), imported into the page's store.
IMPORT_REVIEWS = """
const [count, done] = [arguments[0], arguments[arguments.length - 1]];
const c = PlaybookPractice.context(), rows = c.deck.cards, Lines = PlaybookProgressLines;
let seed = 15;
const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const cardsReviewed = Math.min(rows.length, Math.max(1, Math.round(count / 4)));
const step = rows.length / cardsReviewed, now = PlaybookPractice.now();
const picked = Array.from({length: cardsReviewed}, (_, i) => rows[Math.floor(i * step)]);
Promise.all(picked.map((row) => c.data.card(row[0]))).then((cards) => {
  const lines = [JSON.stringify({type: "header", format: "playbook-progress", version: 1, playbook: c.deck.playbook,
    learner: null, exportedAt: Lines.formatTime(now)})];
  for (let i = 0; i < count; i++) {
    const k = i % cardsReviewed, row = picked[k], card = cards[k], typed = (row[8] & 1) !== 0;
    const points = card.keyPoints || [];
    lines.push(JSON.stringify({type: "review", id: "speed-" + i, card: row[0], contentHash: row[6],
      rating: 1 + Math.floor(random() * 4), reviewedAt: Lines.formatTime(now - Math.floor((1 + random() * 179) * 86400)),
      mode: typed ? "type" : "flashcard", score: typed ? Math.floor(random() * 101) : null,
      answer: typed ? points.slice(0, 1 + Math.floor(random() * points.length)).join("，") : null}));
  }
  const result = PlaybookPractice.importProgress(lines.join("\\n") + "\\n");
  done({added: result.reviews.added, refused: result.refused.length, stored: c.store.reviews().length});
}, (e) => done({error: String(e)}));
"""

# Grades answers to up to COUNT / 3 typed cards spread over the deck: each card's key points whole,
# half of them, and another card's back; timed from the call to the result.
GRADES = """
const [count, done] = [arguments[0], arguments[arguments.length - 1]];
const c = PlaybookPractice.context();
const typed = c.deck.cards.filter((r) => r[8] & 1).map((r) => r[0]);
const n = Math.min(typed.length, Math.ceil(count / 3)), step = typed.length / n;
const ids = Array.from({length: n}, (_, i) => typed[Math.floor(i * step)]);
Promise.all([c.data.language()].concat(ids.map((id) => c.data.card(id)))).then(async ([_, ...cards]) => {
  const times = [];
  for (let i = 0; i < cards.length; i++) {
    const points = cards[i].keyPoints;
    const answers = [points.join("，"), points.slice(0, Math.ceil(points.length / 2)).join("；"),
      cards[(i + 1) % cards.length].back];
    for (const answer of answers) {
      const t = performance.now();
      await PlaybookPractice.score(ids[i], answer);
      times.push(performance.now() - t);
    }
  }
  done(times);
}, (e) => done("error " + e.message));
"""

# The first grade of a page: the language data and the card's shard are loaded by it.
FIRST_GRADE = """
const done = arguments[arguments.length - 1];
const c = PlaybookPractice.context();
const rows = c.deck.cards.filter((r) => r[8] & 1);
const row = rows[rows.length - 1];
const t = performance.now();
PlaybookPractice.score(row[0], "我理解您的顾虑").then(() => done(performance.now() - t), (e) => done("error " + e.message));
"""


def start_chrome(args, profile):
    opts = webdriver.ChromeOptions()
    opts.binary_location = args.chromium
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", f"--window-size={WIDTH},{HEIGHT}",
                 f"--user-data-dir={profile}", "--allow-file-access-from-files"]:
        opts.add_argument(flag)
    opts.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": WIDTH, "height": HEIGHT, "pixelRatio": 2}})
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(args.chromedriver), options=opts)
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(120)
    return driver


def wait_for(driver, script):
    return WebDriverWait(driver, 30, poll_frequency=0.02).until(lambda d: d.execute_script(script))


def size(path):
    with open(path, "rb") as f:
        data = f.read()
    return len(data), len(gzip.compress(data, 9))


def local_path(url):
    return urllib.parse.unquote(urllib.parse.urlparse(url).path)


def console_errors(driver):
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


class Site:
    """One built site and what was measured on it."""

    def __init__(self, label, path):
        self.label, self.path = label, os.path.abspath(path)
        self.practice = "file://" + os.path.join(self.path, "practice", "index.html") + "?mode=flashcard"
        objections = sorted(p for p in glob.glob(os.path.join(self.path, "objections", "*.html"))
                            if not p.endswith("index.html"))
        self.plain = "file://" + (objections[0] if objections else os.path.join(self.path, "index.html"))
        self.results, self.errors = {}, []


def new_profile(source):
    """A browser profile directory: empty, or a copy of SOURCE."""
    profile = tempfile.mkdtemp(prefix="practice-speed-")
    if source:
        shutil.rmtree(profile)
        shutil.copytree(source, profile)
    return profile


def timed_loads(args, site, scenarios):
    """Cold loads (a new browser each, on a fresh copy of the scenario's profile) and warm reloads
    (one browser a scenario, its first load left out) of each (key, url, script, profile) scenario,
    in ms. The scenarios take turns run by run, so the machine's load falls on all of them alike."""
    results = {key: ([], []) for key, _, _, _ in scenarios}
    for _ in range(args.runs):
        for key, url, script, source in scenarios:
            profile = new_profile(source)
            driver = start_chrome(args, profile)
            try:
                driver.get(url)
                results[key][0].append(wait_for(driver, script))
                site.errors += console_errors(driver)
            finally:
                driver.quit()
                shutil.rmtree(profile, ignore_errors=True)
    browsers = []
    try:
        for _, url, script, source in scenarios:
            profile = new_profile(source)
            browsers.append((start_chrome(args, profile), profile))
            browsers[-1][0].get(url)
            wait_for(browsers[-1][0], script)
        for _ in range(args.runs):
            for (key, url, script, _), (driver, _) in zip(scenarios, browsers):
                driver.get(url)
                results[key][1].append(wait_for(driver, script))
        for (key, _, _, _), (driver, _) in zip(scenarios, browsers):
            site.errors += console_errors(driver)
            if key == "reviews":
                stored = driver.execute_script("return PlaybookPractice.context().store.reviews().length")
                if stored != args.reviews:
                    site.errors.append(f"the profile kept {stored} of {args.reviews} reviews")
    finally:
        for driver, profile in browsers:
            driver.quit()
            shutil.rmtree(profile, ignore_errors=True)
    return results


def profile_with_reviews(args, site, count):
    """A browser profile whose store holds COUNT generated reviews of SITE's deck."""
    profile = tempfile.mkdtemp(prefix="practice-reviews-")
    driver = start_chrome(args, profile)
    try:
        driver.get(site.practice)
        wait_for(driver, FIRST_CARD)
        result = driver.execute_async_script(IMPORT_REVIEWS, count) if count else {"stored": 0}
        if "error" in result or result["stored"] != count:
            raise SystemExit(f"{site.label}: importing {count} generated reviews failed: {result}")
    finally:
        driver.quit()
    return profile


def measure(args, site):
    r = site.results
    # Profiles that have opened the practice page once (as a returning learner's), one of them with
    # the stored reviews, so that the two first-card measures differ only in the reviews.
    visited = profile_with_reviews(args, site, 0)
    reviews = profile_with_reviews(args, site, args.reviews) if args.reviews else None
    scenarios = [("plain", site.plain, LOADED, visited), ("first", site.practice, FIRST_CARD, visited)]
    if reviews:
        scenarios.append(("reviews", site.practice, FIRST_CARD, reviews))
    try:
        r.update(timed_loads(args, site, scenarios))
    finally:
        for profile in [visited, reviews]:
            if profile:
                shutil.rmtree(profile, ignore_errors=True)
    profile = tempfile.mkdtemp(prefix="practice-speed-")
    driver = start_chrome(args, profile)
    try:
        driver.get(site.practice)
        wait_for(driver, FIRST_CARD)
        files = [local_path(u) for u in driver.execute_script(PAGE_FILES)]
        r["cards"] = driver.execute_script("return PlaybookPractice.context().deck.cards.length")
        firsts = []
        for _ in range(args.runs):
            driver.get(site.practice)
            wait_for(driver, FIRST_CARD)
            firsts.append(driver.execute_async_script(FIRST_GRADE))
        grades = driver.execute_async_script(GRADES, args.grades)
        site.errors += console_errors(driver)
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
    for value in [grades] + firsts:
        if isinstance(value, str):
            raise SystemExit(f"{site.label}: grading failed: {value}")
    r["grades"], r["first grade"] = grades, firsts
    shards = [f for f in files if f"{os.sep}practice{os.sep}cards{os.sep}" in f]
    deck = os.path.join(site.path, "practice", "deck.js")
    page = [f for f in files if f not in shards and f != deck]
    all_shards = glob.glob(os.path.join(site.path, "practice", "cards", "*.js"))
    r["page"] = sum_sizes(page)
    r["deck"] = size(deck)
    r["shard up front"] = sum_sizes(shards)
    r["shards up front"] = (len(shards), len(all_shards))
    r["up front"] = sum_sizes(files)
    r["language"] = size(os.path.join(site.path, "assets", "practice", "language-data.js"))
    r["one shard"] = sorted((size(p) for p in all_shards), key=lambda s: s[0])[len(all_shards) // 2]
    r["all shards"] = sum_sizes(all_shards)


def sum_sizes(paths):
    sizes = [size(p) for p in paths]
    return sum(s[0] for s in sizes), sum(s[1] for s in sizes)


def kb(pair):
    return f"{pair[0] / 1024:,.0f} KB ({pair[1] / 1024:,.0f} KB gz)"


def ms(values):
    return statistics.median(values)


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


def table(args, sites):
    rows, failed = [], []

    def row(name, cell, budget="—", ok=None):
        met = "—"
        if ok is not None:
            missed = [s.label for s in sites if not ok(s.results)]
            met = "met" if not missed else "**not met** (" + ", ".join(missed) + ")"
            if missed:
                failed.append(name)
        rows.append([name] + [cell(s.results) for s in sites] + [budget, met])

    row("cards in the deck", lambda r: f"{r['cards']:,}")
    row("up front: page, stylesheet, scripts", lambda r: kb(r["page"]))
    row("up front: deck.js", lambda r: kb(r["deck"]))
    row("up front: the first card's shard", lambda r: kb(r["shard up front"]))
    row("up front: total", lambda r: kb(r["up front"]), "≤ ~2 MB raw", lambda r: r["up front"][0] <= UP_FRONT_BYTES)
    row("card text up front: shards loaded / all", lambda r: "%d / %d" % r["shards up front"], "on demand",
        lambda r: r["shards up front"][0] <= 1)
    row("on demand: language-data.js (first answer)", lambda r: kb(r["language"]))
    row("on demand: one shard (median)", lambda r: kb(r["one shard"]))
    row("all shards (never all loaded)", lambda r: kb(r["all shards"]))
    for key, what in [("cold", 0), ("warm", 1)]:
        row(f"**baseline**: plain page (objection) loaded, {key}", lambda r, w=what: f"{ms(r['plain'][w]):.0f} ms")
        row(f"first card, {key}", lambda r, w=what: f"{ms(r['first'][w]):.0f} ms", f"≤ {FIRST_CARD_MS} ms",
            lambda r, w=what: ms(r["first"][w]) <= FIRST_CARD_MS)
        row(f"first card / baseline, {key}", lambda r, w=what: f"{ms(r['first'][w]) / ms(r['plain'][w]):.2f}")
        if args.reviews:
            row(f"first card with {args.reviews:,} stored reviews, {key}", lambda r, w=what: f"{ms(r['reviews'][w]):.0f} ms",
                f"≤ {FIRST_CARD_MS} ms", lambda r, w=what: ms(r["reviews"][w]) <= FIRST_CARD_MS)
    row("grade a typed answer: median (p95)", lambda r: f"{ms(r['grades']):.2f} ms ({percentile(r['grades'], 0.95):.2f} ms), "
        f"n = {len(r['grades'])}", f"≤ {GRADE_MS} ms", lambda r: ms(r["grades"]) <= GRADE_MS)
    row("first grade of a page (loads language data + shard)", lambda r: f"{ms(r['first grade']):.0f} ms")

    print("| measure | " + " | ".join(s.label for s in sites) + " | budget | met |")
    print("|---" * (len(sites) + 3) + "|")
    for cells in rows:
        print("| " + " | ".join(cells) + " |")
    return failed


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sites", nargs="+", metavar="[LABEL=]SITE")
    parser.add_argument("--runs", type=int, default=7, help="cold loads and warm reloads per measure (default 7)")
    parser.add_argument("--reviews", type=int, default=2000, help="stored reviews for the second first-card measure (0: skip)")
    parser.add_argument("--grades", type=int, default=600, help="typed answers to grade (default 600)")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--chromedriver", default="/usr/bin/chromedriver")
    args = parser.parse_args()
    sites = []
    for spec in args.sites:
        label, _, path = spec.rpartition("=")
        sites.append(Site(label or os.path.basename(os.path.abspath(path)), path))
    for site in sites:
        measure(args, site)
    print(f"headless Chromium, file://, {WIDTH} px wide; medians of {args.runs} cold loads (a new browser each) "
          f"and {args.runs} warm reloads")
    print()
    failed = table(args, sites)
    errors = [f"{s.label}: {e}" for s in sites for e in s.errors]
    if errors:
        print("\nconsole errors: " + "; ".join(errors)[:600])
    print()
    print("budgets not met: " + "; ".join(failed) if failed else "all budgets met")
    return 1 if failed or errors else 0


if __name__ == "__main__":
    sys.exit(main())
