#!/usr/bin/env python3
"""Progress travels between the practice page and the terminal (issue 15's cross-device check).

    scripts/site-check/practice_roundtrip_test.py Site --playbook .build/debug/playbook --content Content

Page → terminal: at 375 px from file://, answers five flashcards, reloads and finds them kept, exports
with the page's button (a real download), then `playbook progress import FILE` into an empty database:
`playbook stats --json` shows the five reviews (five reviewed cards, five today); importing it twice
still shows five; a copy with one broken line is reported as FILE:LINE (exit 1) and the rest kept.
Terminal → page: `playbook drill` rates a few cards of one category (answers piped in, as the CLI
tests do), `playbook progress export`, the page imports the file with its file input and then counts
those reviews (storage panel and `PlaybookPractice.exportProgress()`), and the cards answered in the
terminal are due later on the page, not new. Exit 1 when a check fails.
"""
import argparse
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from practice_page import (CATEGORY, ID, KIND, add_browser_arguments, answer_five, check, deck,  # noqa: E402
                           export_with_button, fill, planned, review_lines, run, strings, template_regex, wait)
from selenium.webdriver.common.by import By  # noqa: E402


class CLI:
    """The real `playbook` binary on one content folder, in UTC, with English messages."""

    def __init__(self, binary, content):
        self.binary, self.content = os.path.abspath(binary), os.path.abspath(content)
        self.env = dict(os.environ, TZ="UTC")

    def run(self, *args, stdin=""):
        return subprocess.run([self.binary, *args], input=stdin, capture_output=True, text=True, env=self.env, timeout=120)

    def progress_import(self, path, db):
        return self.run("progress", "import", path, "--content", self.content, "--db", db, "--lang", "en")

    def stats(self, db):
        result = self.run("stats", "--content", self.content, "--db", db, "--json", "--lang", "en")
        return json.loads(result.stdout) if result.returncode == 0 else {"error": result.stderr}


def studied(stats):
    """How many cards have reviews, and how many reviews were made today."""
    return stats.get("total", 0) - stats.get("new", 0), stats.get("reviewsToday")


def page_to_terminal(driver, url, downloads, cli, tmp):
    answered = answer_five(driver, url)
    driver.refresh()
    wait(driver, "#pr-start")
    kept = driver.execute_script("return PlaybookPractice.context().store.reviews().map(function (r) { return r.card; })")
    check(kept == answered, "page: five answers are kept after a reload", f"{len(kept)} stored")
    path, lines = export_with_button(driver, downloads)
    if not check(bool(path) and [r["card"] for r in review_lines(lines)] == answered,
                 "page: the export button downloads the five reviews", os.path.basename(path or "")):
        return
    db = os.path.join(tmp, "from-page.sqlite")
    first = cli.progress_import(path, db)
    stats = cli.stats(db)
    check(first.returncode == 0 and studied(stats) == (5, 5), "terminal: progress import of the page's file, stats shows five reviews",
          f"exit {first.returncode}; {first.stdout.strip()} {first.stderr.strip()}; studied/today {studied(stats)}")
    again = cli.progress_import(path, db)
    stats = cli.stats(db)
    check(again.returncode == 0 and studied(stats) == (5, 5), "terminal: importing the same file twice still shows five",
          f"{again.stdout.strip()}; studied/today {studied(stats)}")
    broken = os.path.join(tmp, "broken.jsonl")
    with open(broken, "w", encoding="utf-8") as f:
        f.write("\n".join(lines[:3] + ["{\"type\":\"review\",\"id\":"] + lines[4:]) + "\n")
    db2 = os.path.join(tmp, "broken.sqlite")
    result = cli.progress_import(broken, db2)
    stats = cli.stats(db2)
    said = result.stdout + result.stderr
    check(result.returncode == 1 and f"{broken}:4" in said and studied(stats) == (4, 4),
          "terminal: a broken line is reported as FILE:LINE and the rest kept",
          f"exit {result.returncode}; {said.strip()[:200]}; studied/today {studied(stats)}")


def drill_category(driver):
    """An objection category with a few cards (at most the new-card limit), for both sides."""
    d = deck(driver)
    limit = d["settings"]["newPerSession"]
    kinds = [k["id"] for k in d["kinds"]]
    for index, name in enumerate(d["categories"]):
        rows = [r for r in d["cards"] if r[CATEGORY] == index and kinds[r[KIND]] == "objection"]
        if 4 <= len(rows) <= limit:
            return name, [r[ID] for r in rows]
    return None, []


def terminal_to_page(driver, url, cli, tmp):
    driver.get(url)
    driver.execute_script("localStorage.clear()")
    driver.get(url)
    wait(driver, "#pr-start")
    category, ids = drill_category(driver)
    if not check(category is not None, "the deck has an objection category with a few cards"):
        return
    db = os.path.join(tmp, "terminal.sqlite")
    ratings = [3, 4, 3]
    drill = cli.run("drill", "--content", cli.content, "--db", db, "--kind", "objection", "--category", category,
                    "--limit", str(len(ratings)), "--plain", "--lang", "en", stdin="".join(f"{r}\n" for r in ratings))
    out = os.path.join(tmp, "terminal.jsonl")
    export = cli.run("progress", "export", "--content", cli.content, "--db", db, "--out", out, "--lang", "en")
    with open(out, encoding="utf-8") as f:
        exported = review_lines(f.read().splitlines()) if export.returncode == 0 else []
    drilled = [r["card"] for r in exported]
    check(drill.returncode == 0 and len(exported) == len(ratings) and set(drilled) <= set(ids)
          and [r["rating"] for r in exported] == ratings, "terminal: drill rates piped answers, progress export writes them",
          f"drill exit {drill.returncode}, export exit {export.returncode}; {drilled}")
    driver.find_element(By.ID, "pr-import-file").send_keys(out)
    report = wait(driver, ".pr-import-result p").text
    count = driver.execute_script("return PlaybookPractice.exportProgress().split('\\n').filter(function (l) { return /\"type\":\"review\"/.test(l); }).length")
    stored = driver.find_element(By.CSS_SELECTOR, ".pr-stored").text
    words = strings(driver)
    shown = template_regex(fill(words["practice.stored"], reviews=len(ratings), exams=0)).fullmatch(stored)
    check(count == len(ratings) and bool(shown), "page: the terminal's reviews are imported and counted",
          f"{count} in exportProgress(); panel: {stored}; {report[:120]}")
    states = driver.execute_script("var c = PlaybookPractice.context(), now = PlaybookPractice.now();"
                                   " return arguments[0].map(function (id) { var s = c.states.get(id);"
                                   " return s ? s.card.due - now : null; })", drilled)
    check(all(s is not None and s > 0 for s in states), "page: a card answered in the terminal is due later, not new",
          f"seconds until due {states}")
    query = "?kind=objection&category=" + category
    fresh = [i for i in planned(driver, query) if i not in drilled]
    driver.execute_script("var s = document.getElementById('pr-filter-kinds'); s.value = '0';"
                          " var k = PlaybookPracticeDeck.kinds.map(function (k) { return k.id; }).indexOf('objection');"
                          " s.value = String(k); s.dispatchEvent(new Event('change'));")
    driver.execute_script("var s = document.getElementById('pr-filter-categories');"
                          " s.value = String(PlaybookPracticeDeck.categories.indexOf(arguments[0])); s.dispatchEvent(new Event('change'));",
                          category)
    plan = driver.find_element(By.CSS_SELECTOR, ".pr-plan").text
    want = fill(words["practice.plan"], due=0, new=len(fresh))
    check(plan == want, "page: the setup counts the terminal's cards as not new", f"{plan!r} (want {want!r})")
    wait(driver, "#pr-start").click()
    wait(driver, ".pr-question[data-card]")
    asked = driver.execute_script("return document.querySelector('.pr-question').getAttribute('data-card')")
    check(asked not in drilled, "page: the next session starts with a card the terminal did not answer", asked)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_browser_arguments(parser)
    parser.add_argument("--playbook", required=True, help="the playbook binary")
    parser.add_argument("--content", required=True, help="the content folder the site was built from")
    args = parser.parse_args()
    cli = CLI(args.playbook, args.content)

    def steps(driver, url, tmp):
        page_to_terminal(driver, url, tmp, cli, tmp)
        terminal_to_page(driver, url, cli, tmp)
    return run(args, "practice-roundtrip-", steps)


if __name__ == "__main__":
    sys.exit(main())
