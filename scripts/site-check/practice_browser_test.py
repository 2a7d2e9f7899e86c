#!/usr/bin/env python3
"""Browser test of the practice page from file:// in headless Chromium at 375 px.

    scripts/site-check/fixtures/practice/assemble.sh /tmp/pr-site     # or a site built by playbook build
    scripts/site-check/practice_browser_test.py /tmp/pr-site [--export OUT.jsonl] [--screenshots DIR]

Answers five flashcards (keyboard and taps), reloads and finds the five reviews kept, exports them
with the page's button (the downloaded file must hold the header and the five reviews), imports a
file with a broken line through the file input (the line is reported, the rest kept, a second
import adds nothing), answers a typed card (evidence and a suggested rating), a choice card, and an
exam (recorded), opens a drill from the address (?kind=…&category=…&mode=type) and checks the
locale switch. Any browser-console error fails. Exit 1 when a check fails.
"""
import argparse
import glob
import json
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from selenium_env import ensure_selenium, start_chrome  # noqa: E402

ensure_selenium("practice_browser_test.py")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

FAILURES = []


def check(ok, name, detail=""):
    detail = " ".join(str(detail).split())[:300]
    print(("ok   " if ok else "FAIL ") + name + (f" — {detail}" if detail else ""))
    if not ok:
        FAILURES.append(name)


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


def screenshot(driver, out, name):
    if not out:
        return
    for width, height in ((375, 812), (1280, 900)):
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": width, "height": height,
                                                                      "deviceScaleFactor": 1, "mobile": width < 600})
        for scheme in ("light", "dark"):
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
            time.sleep(0.1)
            driver.save_screenshot(os.path.join(out, f"{name}-{width}-{scheme}.png"))
    phone(driver)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})


def phone(driver):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 375, "height": 812, "deviceScaleFactor": 2, "mobile": True})


def flashcards(driver, url, downloads, export_to, out):
    driver.get(url)
    driver.execute_script("localStorage.clear()")
    driver.get(url)
    start = wait(driver, "#pr-start")
    small = [b.size["height"] for b in driver.find_elements(By.CSS_SELECTOR, "button.pr-mode, #pr-start") if b.size["height"] < 44]
    check(not small, "tap targets on the setup screen are at least 44 px high", str(small))
    start.click()
    for n in range(5):
        wait(driver, '[data-action="reveal"]')
        if n < 3:
            key(driver, " ")
            wait(driver, '[data-rating="3"]')
            key(driver, str([3, 4, 1][n]))
        else:
            driver.find_element(By.CSS_SELECTOR, '[data-action="reveal"]').click()
            if n == 3:
                wait(driver, '[data-rating="2"]')
                screenshot(driver, out, "flashcard")
            wait(driver, '[data-rating="2"]').click()
        wait_js(driver, f"return PlaybookPractice.context().store.reviews().length === {n + 1}")
    feedback = wait(driver, ".pr-feedback").text
    check(("后" in feedback) or ("in " in feedback), "after a rating the page says when the card comes back", feedback)
    driver.refresh()
    wait(driver, "#pr-start")
    check(reviews(driver) == 5, "five answers are kept after a reload", f"{reviews(driver)} stored")
    stored = driver.find_element(By.CSS_SELECTOR, ".pr-stored").text
    check("5" in stored, "the storage panel says how much is stored", stored)
    driver.find_element(By.ID, "pr-export").click()
    deadline = time.time() + 10
    files = []
    while time.time() < deadline and not files:
        files = [f for f in glob.glob(os.path.join(downloads, "*.jsonl"))]
        time.sleep(0.2)
    check(bool(files), "export downloads a .jsonl file", ", ".join(os.path.basename(f) for f in files))
    if not files:
        return None
    lines = open(files[0], encoding="utf-8").read().splitlines()
    head = json.loads(lines[0])
    body = [json.loads(l) for l in lines[1:]]
    check(head.get("type") == "header" and head.get("format") == "playbook-progress" and len(body) == 5
          and all(r["type"] == "review" for r in body), "the export holds the header and the five reviews",
          f"{len(lines)} lines")
    if export_to:
        with open(export_to, "w", encoding="utf-8") as out:
            out.write("\n".join(lines) + "\n")
    return lines


def import_file(driver, lines, tmp):
    broken = lines[:2] + ["{not json"] + [lines[2].replace('"rating":', '"rating":9,"x":')] + lines[3:]
    path = os.path.join(tmp, "broken.jsonl")
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n".join(broken) + "\n")
    before = reviews(driver)
    driver.execute_script("localStorage.clear(); location.reload()")
    wait(driver, "#pr-start")
    driver.find_element(By.ID, "pr-import-file").send_keys(path)
    text = wait_js(driver, "var r = document.querySelector('.pr-import-result'); return r && r.textContent")
    check(reviews(driver) == before - 1 and "broken.jsonl:3" in text and "broken.jsonl:4" in text,
          "import reports the broken lines (3, 4) and keeps the rest", f"{reviews(driver)} stored; {text[:160]}")
    driver.find_element(By.ID, "pr-import-file").send_keys(path)
    time.sleep(0.5)
    check(reviews(driver) == before - 1, "importing the same file again adds nothing", f"{reviews(driver)} stored")


def typed(driver, url, out):
    driver.get(url)
    wait(driver, "#pr-start")
    screenshot(driver, out, "setup")
    driver.get(url + "?kind=objection&category=%E4%BB%B7%E6%A0%BC&mode=type")
    area = wait(driver, ".pr-typed-input")
    front = driver.find_element(By.CSS_SELECTOR, ".pr-front").text
    check("年费" in front or "分期" in front, "a link with mode and filters opens that drill directly", front)
    area.send_keys("日均五十万就能免年费，我帮您把全年总账算一算。年费是系统定的，我也没办法。")
    t0 = time.time()
    area.send_keys(Keys.ENTER)
    wait(driver, ".pr-evidence", 20)
    points = [li.get_attribute("class") for li in driver.find_elements(By.CSS_SELECTOR, ".pr-points li")]
    suggested = driver.find_elements(By.CSS_SELECTOR, ".pr-is-suggested")
    check(points and "pr-covered" in points and suggested, "a typed answer shows per-key-point evidence and a suggested rating",
          f"{points}; first grade with language load {time.time() - t0:.1f}s")
    check("pr-flag" in points, "the never-say phrase is flagged", str(points))
    screenshot(driver, out, "typed")
    before = reviews(driver)
    key(driver, Keys.ENTER)
    wait_js(driver, f"return PlaybookPractice.context().store.reviews().length === {before + 1}")
    check(True, "Enter accepts the suggested rating")
    stop = wait(driver, ".pr-link, #pr-again")
    if stop.get_attribute("id") != "pr-again":
        stop.click()
    wait(driver, "#pr-again").click()
    pressed = wait(driver, '.pr-mode[aria-pressed="true"]').get_attribute("data-mode")
    kind = driver.find_element(By.ID, "pr-filter-kinds").get_attribute("value")
    check(pressed == "type" and kind == "0", "stopping shows the setup with the link's mode and filters", f"{pressed} {kind}")


def choice(driver, url):
    driver.get(url + "?mode=choice&kind=quiz")
    driver.execute_script("localStorage.clear(); location.reload()")
    wait(driver, ".pr-option")
    opts = driver.find_elements(By.CSS_SELECTOR, "button.pr-option")
    check(len(opts) == 4, "a choice card shows its four options", str(len(opts)))
    key(driver, "2")
    wait(driver, ".pr-right, .pr-wrong")
    right = driver.find_elements(By.CSS_SELECTOR, ".pr-right")
    check(bool(right), "choosing the right option (key 2) says so", driver.find_element(By.CSS_SELECTOR, ".pr-choice, .pr-body").text[:80])
    wait(driver, '[data-rating="3"].pr-is-suggested').click()
    wait(driver, "input[type=checkbox]")
    for box in driver.find_elements(By.CSS_SELECTOR, "input[type=checkbox]")[:2]:
        box.click()
    driver.find_element(By.CSS_SELECTOR, ".pr-choice .pr-primary").click()
    check(bool(wait(driver, ".pr-wrong")), "a wrong multiple answer is marked wrong")


def exam(driver, url, out):
    driver.get(url + "?mode=exam&category=%E5%AE%89%E5%85%A8")
    driver.execute_script("localStorage.clear(); location.reload()")
    wait(driver, ".pr-front")
    total = driver.execute_script("return document.querySelector('.pr-count').textContent")
    while True:
        el = wait(driver, ".pr-typed-input, button.pr-option, #pr-summary", 20)
        if el.get_attribute("id") == "pr-summary":
            break
        if "pr-typed-input" in el.get_attribute("class"):
            el.send_keys("大额存单是存款，受存款保险保障。")
            el.send_keys(Keys.ENTER)
        else:
            el.click()
        time.sleep(0.3)
    exams = driver.execute_script("return PlaybookPractice.context().store.exams()")
    summary = driver.find_element(By.ID, "pr-summary").text
    check(len(exams) == 1 and exams[0]["pass"] == 80 and len(exams[0]["cards"]) > 0 and reviews(driver) == 0,
          "an exam is recorded as an exam (not as reviews) with its pass mark", f"{total}; {json.dumps(exams, ensure_ascii=False)[:200]}")
    check(("通过" in summary) and ("及格线" in summary), "the exam summary gives pass/fail and the pass mark", summary[:120])
    screenshot(driver, out, "exam-summary")


def locale(driver, url):
    driver.get(url)
    select = wait(driver, "#pr-locale")
    driver.execute_script("var s = arguments[0]; s.value = 'en'; s.dispatchEvent(new Event('change'))", select)
    title = driver.find_element(By.TAG_NAME, "h1").text
    driver.refresh()
    again = wait(driver, "h1").text
    check(title == "Practice" and again == "Practice", "the locale switch changes the words and is remembered", f"{title} / {again}")
    driver.execute_script("localStorage.removeItem('playbook-practice:locale')")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site")
    parser.add_argument("--export", help="also write the exported progress file here")
    parser.add_argument("--screenshots", help="save screenshots (375 and 1280 px, light and dark) here")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--chromedriver", default="/usr/bin/chromedriver")
    args = parser.parse_args()
    url = "file://" + os.path.abspath(os.path.join(args.site, "practice", "index.html"))
    tmp = tempfile.mkdtemp(prefix="practice-test-")
    if args.screenshots:
        os.makedirs(args.screenshots, exist_ok=True)
    driver = start_chrome(args.chromium, args.chromedriver, 30)
    try:
        driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": tmp})
        phone(driver)
        lines = flashcards(driver, url, tmp, args.export, args.screenshots)
        check(not console_errors(driver), "no console errors (flashcards, export)")
        if lines:
            import_file(driver, lines, tmp)
        typed(driver, url, args.screenshots)
        choice(driver, url)
        exam(driver, url, args.screenshots)
        locale(driver, url)
        errors = console_errors(driver)
        check(not errors, "no console errors", "; ".join(errors)[:400])
    finally:
        driver.quit()
    print(f"{'FAIL' if FAILURES else 'PASS'}: {len(FAILURES)} failed")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
