"""Driving the practice page (practice/index.html) in headless Chromium, for the practice tests.

Everything a test needs to know about the deck is read from the page itself: `PlaybookPracticeDeck`
(rows, facets, strings, settings), a card's text through the app's shard loader, and the stored
progress through `PlaybookPractice`. The card on screen is `.pr-question[data-card]`.
"""
import glob
import json
import os
import re
import time

from selenium_env import ensure_selenium, start_chrome

ensure_selenium("practice_page.py")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

FAILURES = []
# Words of the app that never reached a string table: `practice.export`, `kind.quiz`, `progressImported`.
RAW_KEY = re.compile(r"\b(?:practice|kind|after)\.[A-Za-z][\w-]*|\bprogress[A-Z]\w+|\{\w+\}")
# Deck row fields (session.js ROW).
ID, KIND, CATEGORY, PRODUCTS, COMPETITORS, TAGS, HASH, SHARD, FLAGS = range(9)
KEY_POINTS = 1


def check(ok, name, detail=""):
    detail = " ".join(str(detail).split())[:300]
    print(("ok   " if ok else "FAIL ") + name + (f" — {detail}" if detail else ""))
    if not ok:
        FAILURES.append(name)
    return ok


def finish():
    print(f"{'FAIL' if FAILURES else 'PASS'}: {len(FAILURES)} failed")
    return 1 if FAILURES else 0


def page_url(site):
    return "file://" + os.path.abspath(os.path.join(site, "practice", "index.html"))


def start(downloads, chromium="/usr/bin/chromium", chromedriver="/usr/bin/chromedriver"):
    """A phone-sized browser (375 px) that saves downloads into `downloads`."""
    driver = start_chrome(chromium, chromedriver, 30)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    phone(driver)
    return driver


def phone(driver):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 375, "height": 812, "deviceScaleFactor": 2, "mobile": True})


def console_errors(driver):
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def wait(driver, css, timeout=10):
    return WebDriverWait(driver, timeout).until(lambda d: d.find_element(By.CSS_SELECTOR, css))


def wait_js(driver, script, timeout=10):
    return WebDriverWait(driver, timeout).until(lambda d: d.execute_script(script))


def key(driver, k):
    driver.find_element(By.TAG_NAME, "body").send_keys(k)


def reviews(driver):
    return driver.execute_script("return PlaybookPractice.context().store.reviews().length")


def deck(driver):
    """The deck as the page has it, without its (large) string tables."""
    return driver.execute_script("var d = PlaybookPracticeDeck; var out = {}; Object.keys(d).forEach(function (k) {"
                                 " if (k !== 'strings' && typeof d[k] !== 'function') out[k] = d[k]; }); return out;")


def strings(driver, locale=None):
    """The page's words for `locale` (default the deck's), with the app's English fallback."""
    return driver.execute_script("var d = PlaybookPracticeDeck; var s = PlaybookPracticeStrings.make(d, arguments[0] || d.locale);"
                                 " var out = {}; Object.keys(d.strings[s.locale] || {}).concat(Object.keys(d.strings.en || {}), Object.keys(PlaybookPracticeStrings.ENGLISH), Object.keys(PlaybookProgressLines.MESSAGES))"
                                 ".forEach(function (k) { out[k] = s.t(k); }); return out;", locale)


def fill(template, **values):
    for name, value in values.items():
        template = template.replace("{" + name + "}", str(value))
    return template


def card_on_screen(driver, timeout=20):
    return WebDriverWait(driver, timeout).until(
        lambda d: d.execute_script("var q = document.querySelector('.pr-question[data-card]'); return q && q.getAttribute('data-card')"))


def card_data(driver, card_id):
    """A card's text from its shard, loaded the way the app loads it."""
    return driver.execute_async_script("var done = arguments[arguments.length - 1];"
                                       " PlaybookPractice.context().data.card(arguments[0]).then(done, function (e) { done({error: String(e)}); });",
                                       card_id)


def planned(driver, query, exam=False):
    """The card ids the app would ask for an address query (`?kind=…`), from an empty store."""
    return driver.execute_script(
        "var d = PlaybookPracticeDeck, q = PlaybookSession.fromQuery(arguments[0], d);"
        " return PlaybookSession.plan(d.cards, new Map(), q.filter, PlaybookPractice.now(),"
        " {exam: arguments[1], newLimit: d.settings.newPerSession, mode: q.mode || 'flashcard'}).entries.map(function (e) { return e.id; });",
        query, exam)


def screenshot(driver, out, name, scroll_to=None):
    """Saves `name-WIDTH-SCHEME.png` at 375 and 1280 px, light and dark (nothing when `out` is empty)."""
    if not out:
        return
    for width, height in ((375, 812), (1280, 900)):
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": width, "height": height,
                                                                      "deviceScaleFactor": 1, "mobile": width < 600})
        for scheme in ("light", "dark"):
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
            if scroll_to:
                driver.execute_script("document.querySelector(arguments[0]).scrollIntoView({block: 'center'})", scroll_to)
            time.sleep(0.15)
            driver.save_screenshot(os.path.join(out, f"{name}-{width}-{scheme}.png"))
    phone(driver)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})


def wait_download(folder, known, timeout=10):
    """The first finished .jsonl file in `folder` that is not in `known`."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        new = [f for f in glob.glob(os.path.join(folder, "*.jsonl")) if f not in known]
        if new:
            return new[0]
        time.sleep(0.2)
    return None


def answer_five(driver, url, out=None):
    """Answers five flashcards from an empty store (three by keyboard, two by taps); returns their ids."""
    driver.get(url)
    driver.execute_script("localStorage.clear()")
    driver.get(url)
    wait(driver, "#pr-start").click()
    answered = []
    for n in range(5):
        wait(driver, '[data-action="reveal"]')
        answered.append(card_on_screen(driver))
        if n < 3:
            key(driver, " ")
            wait(driver, '[data-rating="3"]')
            key(driver, str([3, 4, 1][n]))
        else:
            driver.find_element(By.CSS_SELECTOR, '[data-action="reveal"]').click()
            if n == 3:
                wait(driver, '[data-rating="2"]')
                no_overflow(driver, "flashcard revealed")
                screenshot(driver, out, "flashcard")
            wait(driver, '[data-rating="2"]').click()
        wait_js(driver, f"return PlaybookPractice.context().store.reviews().length === {n + 1}")
    return answered


def export_with_button(driver, downloads):
    """Clicks the storage panel's export button; returns the downloaded file's path and lines."""
    known = set(glob.glob(os.path.join(downloads, "*.jsonl")))
    driver.find_element(By.ID, "pr-export").click()
    path = wait_download(downloads, known)
    if not path:
        return None, []
    time.sleep(0.2)
    with open(path, encoding="utf-8") as f:
        return path, f.read().splitlines()


def review_lines(lines):
    return [json.loads(line) for line in lines[1:] if line.strip() and json.loads(line).get("type") == "review"]


def raw_keys(text):
    return sorted(set(RAW_KEY.findall(text)))


def template_regex(template):
    """A pattern matching `template` ("{n} 天后") with any values in its placeholders."""
    return re.compile(".+?".join(re.escape(part) for part in re.split(r"\{\w+\}", template)))


def no_overflow(driver, where):
    """Nothing wider than the 375 px screen: the widest element that sticks out, if any."""
    wide = driver.execute_script(
        "var w = document.documentElement.clientWidth, out = [];"
        " document.querySelectorAll('#practice *').forEach(function (e) { var r = e.getBoundingClientRect();"
        " if (r.width && r.right > w + 1) out.push(e.tagName.toLowerCase() + '.' + e.className + ' ' + Math.round(r.right)); });"
        " return [document.documentElement.scrollWidth, w, out.slice(0, 5)];")
    check(wide[0] <= wide[1] and not wide[2], f"nothing wider than the screen ({where})", f"scrollWidth {wide[0]} of {wide[1]}; {wide[2]}")


def add_browser_arguments(parser):
    parser.add_argument("site", help="a built site (playbook build --out SITE)")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--chromedriver", default="/usr/bin/chromedriver")


def run(args, prefix, steps):
    """Runs `steps(driver, url, downloads)` on SITE's practice page, then checks the console; the exit code."""
    import tempfile
    downloads = tempfile.mkdtemp(prefix=prefix)
    driver = start(downloads, args.chromium, args.chromedriver)
    try:
        steps(driver, page_url(args.site), downloads)
        errors = console_errors(driver)
        check(not errors, "no console errors", "; ".join(errors)[:400])
    finally:
        driver.quit()
    return finish()
