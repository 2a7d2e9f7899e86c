#!/usr/bin/env python3
"""Size and speed of the practice page in headless Chromium from file://, against the issue's budgets.

    scripts/site-check/practice_speed.py SITE_DIR [--runs 5]

Prints what the page loads up front (scripts and deck.js) and on demand (the first shard, the
language data), the time to the first card (navigation start to the first card on screen, the
`practice-first-card` performance mark, with `?mode=flashcard` so the drill opens directly; the
median of --runs loads) and the time to grade one typed answer (the median of 30 scores of the
first typed card, after the language data is loaded). Exit 1 when the first card takes more than
300 ms or a grade more than 16 ms.
"""
import argparse
import glob
import os
import statistics
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from selenium_env import ensure_selenium, start_chrome  # noqa: E402

ensure_selenium("practice_speed.py")
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

GRADE = """
const done = arguments[arguments.length - 1];
const c = PlaybookPractice.context();
const row = c.deck.cards.find((r) => r[8] & 1);
PlaybookPractice.score(row[0], "warm up").then(() => Promise.all([c.data.card(row[0]), c.data.language()])).then(([card, language]) => {
  const answer = card.keyPoints.join("，") + "，我再补充一点。";
  const times = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    PlaybookScorer.score(card.plan, answer + i, language);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  done(times[15]);
}, (e) => done("error " + e.message));
"""


def kb(path):
    return os.path.getsize(path) / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--chromedriver", default="/usr/bin/chromedriver")
    args = parser.parse_args()
    site = os.path.abspath(args.site)
    practice = os.path.join(site, "practice")
    deck = os.path.join(practice, "deck.js")
    scripts = [p for p in glob.glob(os.path.join(site, "assets", "practice", "*.js")) if not p.endswith("language-data.js")]
    shards = glob.glob(os.path.join(practice, "cards", "*.js"))
    print(f"up front: deck.js {kb(deck):.0f} KB + practice scripts {sum(map(kb, scripts)):.0f} KB")
    print(f"on demand: {len(shards)} shards, first {kb(os.path.join(practice, 'cards', '0.js')):.0f} KB, "
          f"all {sum(map(kb, shards)) / 1024:.1f} MB; language data "
          f"{kb(os.path.join(site, 'assets', 'practice', 'language-data.js')):.0f} KB")
    url = "file://" + os.path.join(practice, "index.html") + "?mode=flashcard"
    driver = start_chrome(args.chromium, args.chromedriver, 60)
    try:
        firsts = []
        for _ in range(args.runs):
            driver.get(url)
            mark = WebDriverWait(driver, 20).until(lambda d: d.execute_script(
                "var m = performance.getEntriesByName('practice-first-card'); return m.length && m[0].startTime"))
            firsts.append(mark)
        first = statistics.median(firsts)
        grade = driver.execute_async_script(GRADE)
        severe = [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    finally:
        driver.quit()
    print(f"first card: {first:.0f} ms (median of {args.runs}: {', '.join(f'{t:.0f}' for t in firsts)}); budget 300 ms")
    print(f"grade: {grade if isinstance(grade, str) else f'{grade:.2f} ms'} (median of 30); budget 16 ms")
    problems = []
    if first > 300:
        problems.append("first card over 300 ms")
    if isinstance(grade, str) or grade > 16:
        problems.append("grade over 16 ms")
    if severe:
        problems.append("console errors: " + "; ".join(severe)[:300])
    print("FAIL: " + "; ".join(problems) if problems else "PASS")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
