#!/usr/bin/env python3
"""Browser test of the practice page from file:// in headless Chromium at 375 px, on any built site.

    scripts/site-check/practice_browser_test.py Site [--export OUT.jsonl] [--screenshots DIR]
    scripts/site-check/fixtures/practice/assemble.sh /tmp/pr-site && scripts/site-check/practice_browser_test.py /tmp/pr-site

Reads what it needs from the page (practice_page.py: deck rows and facets, card text through the
app's shard loader, the store): answers five flashcards (keyboard and taps), reloads and finds them
kept, exports them with the page's button (header and the five reviews), imports a file with two
broken lines through the file input (reported in the page's language, the rest kept, a second import
adds nothing), opens a typed drill from a link whose filters exist in the deck (evidence, never-say
flag, suggested rating), answers choice cards right and wrong (the right option found from the card's
data), takes an exam over the smallest category (recorded with per-card scores and the pass mark),
switches locale (no raw string keys). Any browser-console error fails. Exit 1 when a check fails.
"""
import argparse
import json
import os
import sys
import time
from urllib.parse import urlencode

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from practice_page import (CATEGORY, add_browser_arguments, FLAGS, ID, KEY_POINTS, KIND, answer_five, card_data, card_on_screen, check,  # noqa: E402
                           console_errors, deck, export_with_button, fill, key, no_overflow, planned, raw_keys,
                           review_lines, reviews, run, screenshot, strings, template_regex, wait, wait_js)
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402


def flashcards(driver, url, downloads, export_to, out):
    driver.get(url)
    driver.execute_script("localStorage.clear()")
    driver.get(url)
    wait(driver, "#pr-start")
    no_overflow(driver, "setup")
    bottom = driver.execute_script("return [document.getElementById('pr-start').getBoundingClientRect().bottom, innerHeight]")
    check(bottom[0] <= bottom[1], "the start button is on the first screen of a phone", f"bottom {bottom[0]:.0f} of {bottom[1]}")
    small = [b.size["height"] for b in driver.find_elements(By.CSS_SELECTOR, "button.pr-mode, #pr-start, select")
             if b.is_displayed() and b.size["height"] < 44]
    check(not small, "tap targets on the setup screen are at least 44 px high", str(small))
    answered = answer_five(driver, url, out)
    words = strings(driver)
    feedback = wait(driver, ".pr-feedback").text
    when = [template_regex(words["practice." + unit]) for unit in ("inMinutes", "inHours", "inDays", "inMonths", "inYears")]
    check(any(w.search(feedback) for w in when), "after a rating the page says when the card comes back", feedback)
    driver.refresh()
    wait(driver, "#pr-start")
    kept = driver.execute_script("return PlaybookPractice.context().store.reviews().map(function (r) { return r.card; })")
    check(kept == answered, "five answers are kept after a reload", f"{len(kept)} stored")
    stored = driver.find_element(By.CSS_SELECTOR, ".pr-stored").text
    check(bool(template_regex(fill(words["practice.stored"], reviews=5, exams=0)).fullmatch(stored)),
          "the storage panel says how much is stored", stored)
    no_overflow(driver, "storage panel")
    reminder = driver.find_elements(By.CSS_SELECTOR, ".pr-reminder")
    check(bool(reminder), "never exported with answers: the panel reminds to export", stored)
    screenshot(driver, out, "storage", ".pr-storage")
    path, lines = export_with_button(driver, downloads)
    check(bool(path), "export downloads a .jsonl file", os.path.basename(path or ""))
    if not path:
        return None
    head = json.loads(lines[0])
    body = review_lines(lines)
    check(head.get("type") == "header" and head.get("format") == "playbook-progress" and len(lines) == 6
          and [r["card"] for r in body] == answered, "the export holds the header and the five reviews",
          f"{len(lines)} lines")
    check(not driver.find_elements(By.CSS_SELECTOR, ".pr-reminder"), "the reminder goes away after an export")
    if export_to:
        with open(export_to, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
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
    table = driver.execute_script("var d = PlaybookPracticeDeck; return d.strings[d.locale] || {}")
    said = [m in table and template_regex(table[m]).search(text) for m in ("progressImported", "progressMalformedLine", "progressImpossibleRating")]
    check(all(said), "the import report is in the page's language (the CLI's messages)", text[:160])
    driver.find_element(By.ID, "pr-import-file").send_keys(path)
    time.sleep(0.5)
    check(reviews(driver) == before - 1, "importing the same file again adds nothing", f"{reviews(driver)} stored")


def typed_link(driver):
    """A `?kind=…&category=…&mode=type` link whose first card has key points and never-say phrases
    (a category when the kind has one), with that first card's id."""
    d = deck(driver)
    seen = set()
    for row in d["cards"]:
        if not row[FLAGS] & KEY_POINTS or (row[KIND], row[CATEGORY]) in seen:
            continue
        seen.add((row[KIND], row[CATEGORY]))
        params = {"kind": d["kinds"][row[KIND]]["id"]}
        if row[CATEGORY] is not None and row[CATEGORY] >= 0:
            params["category"] = d["categories"][row[CATEGORY]]
        params["mode"] = "type"
        query = "?" + urlencode(params)
        first = planned(driver, query)
        card = card_data(driver, first[0])
        if card.get("avoid") and card.get("keyPoints"):
            return query, params, first, card
    return None, None, None, None


def typed(driver, url, out):
    driver.get(url)
    driver.execute_script("localStorage.clear()")
    driver.get(url)
    wait(driver, "#pr-start")
    screenshot(driver, out, "setup")
    query, params, first, card = typed_link(driver)
    if not check(query is not None, "the deck has a typed card with never-say phrases"):
        return
    driver.get(url + query)
    area = wait(driver, ".pr-typed-input")
    total = driver.find_element(By.CSS_SELECTOR, ".pr-count").text
    check(card_on_screen(driver) == first[0] and total.endswith(f"/ {len(first)}"),
          "a link with mode and filters opens that drill directly", f"{query}: {card_on_screen(driver)} ({total})")
    answer = card["keyPoints"][0] + "。" + card["avoid"][0]
    area.send_keys(answer)
    t0 = time.time()
    area.send_keys(Keys.ENTER)
    wait(driver, ".pr-evidence", 20)
    points = [li.get_attribute("class") for li in driver.find_elements(By.CSS_SELECTOR, ".pr-points li")]
    suggested = driver.find_elements(By.CSS_SELECTOR, ".pr-is-suggested")
    check(points and "pr-covered" in points and suggested, "a typed answer shows per-key-point evidence and a suggested rating",
          f"{points}; first grade with language load {time.time() - t0:.1f}s")
    check("pr-flag" in points and suggested[0].get_attribute("data-rating") == "1",
          "the never-say phrase is flagged and the suggested rating is Again", f"{points}; {card['avoid'][0]}")
    no_overflow(driver, "typed answer graded")
    screenshot(driver, out, "typed", ".pr-evidence")
    before = reviews(driver)
    key(driver, Keys.ENTER)
    wait_js(driver, f"return PlaybookPractice.context().store.reviews().length === {before + 1}")
    last = driver.execute_script("var r = PlaybookPractice.context().store.reviews(); return r[r.length - 1]")
    check(last["card"] == first[0] and last["rating"] == 1 and last["mode"] == "type" and last["answer"] == answer,
          "Enter accepts the suggested rating and keeps the typed answer", json.dumps(last, ensure_ascii=False)[:160])
    stop = wait(driver, ".pr-link, #pr-again")
    if stop.get_attribute("id") != "pr-again":
        stop.click()
    wait(driver, "#pr-again").click()
    pressed = wait(driver, '.pr-mode[aria-pressed="true"]').get_attribute("data-mode")
    d = deck(driver)
    kind = driver.find_element(By.ID, "pr-filter-kinds").get_attribute("value")
    want_kind = str([k["id"] for k in d["kinds"]].index(params["kind"]))
    category = driver.find_element(By.ID, "pr-filter-categories").get_attribute("value")
    want_category = str(d["categories"].index(params["category"])) if "category" in params else ""
    check(pressed == "type" and kind == want_kind and category == want_category,
          "stopping shows the setup with the link's mode and filters", f"{pressed} {kind} {category}")


def right_options(card, texts):
    """Indices of the options on screen that are right, from the card's own data."""
    if card.get("choices"):
        wanted = [card["choices"][i] for i in card.get("answers", [])]
    else:
        wanted = [card["back"]]
    return [i for i, t in enumerate(texts) if t in wanted]


def option_texts(driver):
    return driver.execute_script("return Array.prototype.map.call(document.querySelectorAll('.pr-option'), function (o) {"
                                 " return Array.prototype.filter.call(o.childNodes, function (n) { return n.nodeName !== 'KBD' && n.nodeName !== 'INPUT'; })"
                                 ".map(function (n) { return n.textContent; }).join('').trim(); })")


def choice(driver, url):
    driver.get(url + "?mode=choice")
    driver.execute_script("localStorage.clear(); location.reload()")
    wait(driver, ".pr-option")
    card = card_data(driver, card_on_screen(driver))
    texts = option_texts(driver)
    want = len(card["choices"]) if card.get("choices") else 4
    check(len(texts) == want, "a choice card shows its options (its own, or four)", f"{len(texts)} of {want}")
    right = right_options(card, texts)
    single = bool(driver.find_elements(By.CSS_SELECTOR, "button.pr-option"))
    if single and len(right) == 1:
        key(driver, str(right[0] + 1))
        wait(driver, ".pr-right, .pr-wrong")
        check(bool(driver.find_elements(By.CSS_SELECTOR, "p.pr-right")),
              f"choosing the right option (key {right[0] + 1}) says so", texts[right[0]][:60])
        wait(driver, '[data-rating="3"].pr-is-suggested').click()
    else:
        check(False, "the first choice card has one right option", f"{right}")
        return
    wrong_single(driver)
    wrong_multiple(driver, url)


def wrong_single(driver):
    """The next single-answer card: a wrong option is marked wrong and suggests Again."""
    wait(driver, ".pr-option")
    card = card_data(driver, card_on_screen(driver))
    texts = option_texts(driver)
    wrong = [i for i in range(len(texts)) if i not in right_options(card, texts)]
    if not driver.find_elements(By.CSS_SELECTOR, "button.pr-option") or not wrong:
        return
    key(driver, str(wrong[0] + 1))
    wait(driver, ".pr-right, .pr-wrong")
    check(bool(driver.find_elements(By.CSS_SELECTOR, "p.pr-wrong")) and bool(driver.find_elements(By.CSS_SELECTOR, '[data-rating="1"].pr-is-suggested')),
          "choosing a wrong option says so and suggests Again", texts[wrong[0]][:60])


def wrong_multiple(driver, url):
    """A card with several right answers (when the deck has one): one right box only is wrong."""
    d = deck(driver)
    multi = [r[ID] for r in d["cards"] if r[FLAGS] & 2]
    multi = [i for i in multi if len(card_data(driver, i).get("answers") or []) > 1]
    if not multi:
        print("skip a wrong multiple answer is marked wrong — no card with several right answers in this deck")
        return
    row = next(r for r in d["cards"] if r[ID] == multi[0])
    query = {"mode": "choice", "kind": d["kinds"][row[KIND]]["id"]}
    if row[CATEGORY] is not None and row[CATEGORY] >= 0:
        query["category"] = d["categories"][row[CATEGORY]]
    driver.get(url + "?" + urlencode(query))
    driver.execute_script("localStorage.clear(); location.reload()")
    for _ in range(len(planned(driver, "?" + urlencode(query)))):
        wait(driver, ".pr-option")
        shown = card_on_screen(driver)
        if shown == multi[0]:
            break
        driver.find_element(By.CSS_SELECTOR, ".pr-option").click()
        if not driver.find_elements(By.CSS_SELECTOR, "button.pr-option"):
            driver.find_element(By.CSS_SELECTOR, ".pr-choice .pr-primary").click()
        wait(driver, '.pr-is-suggested').click()
        wait_js(driver, f"var q = document.querySelector('.pr-question[data-card]'); return q && q.getAttribute('data-card') !== {json.dumps(shown)}")
    card = card_data(driver, multi[0])
    texts = option_texts(driver)
    right = right_options(card, texts)
    boxes = driver.find_elements(By.CSS_SELECTOR, ".pr-option input[type=checkbox]")
    boxes[right[0]].click()
    driver.find_element(By.CSS_SELECTOR, ".pr-choice .pr-primary").click()
    check(bool(wait(driver, "p.pr-wrong")), "a multiple answer missing a right option is marked wrong", texts[right[0]][:60])


def exam_category(driver):
    """The category with the fewest cards (at least two) and its planned exam cards."""
    d = deck(driver)
    best = None
    for name in d["categories"]:
        ids = planned(driver, "?" + urlencode({"mode": "exam", "category": name}), exam=True)
        if len(ids) >= 2 and (best is None or len(ids) < len(best[1])):
            best = (name, ids)
    return best


def exam(driver, url, out):
    found = exam_category(driver)
    if not check(found is not None, "the deck has a category for an exam"):
        return
    name, ids = found
    driver.get(url + "?" + urlencode({"mode": "exam", "category": name}))
    driver.execute_script("localStorage.clear(); location.reload()")
    wait(driver, ".pr-front")
    asked, as_wanted = [], []
    while True:
        el = wait(driver, ".pr-typed-input, .pr-option, #pr-summary", 20)
        if el.get_attribute("id") == "pr-summary":
            break
        shown = card_on_screen(driver)
        asked.append(shown)
        card = card_data(driver, shown)
        typed_input = "pr-typed-input" in el.get_attribute("class")
        as_wanted.append(typed_input == bool(card.get("keyPoints")))
        if typed_input:
            el.send_keys("。".join(card["keyPoints"]))
            el.send_keys(Keys.ENTER)
        else:
            right = right_options(card, option_texts(driver))
            options = driver.find_elements(By.CSS_SELECTOR, ".pr-option")
            single = bool(driver.find_elements(By.CSS_SELECTOR, "button.pr-option"))
            for i in (right[:1] if single else right) or [0]:
                options[i].click()
            if not single:
                driver.find_element(By.CSS_SELECTOR, ".pr-choice .pr-primary").click()
        wait_js(driver, f"var q = document.querySelector('.pr-question[data-card]'); return !q || q.getAttribute('data-card') !== {json.dumps(shown)}", 20)
    exams = driver.execute_script("return PlaybookPractice.context().store.exams()")
    summary = driver.find_element(By.ID, "pr-summary").text
    pass_mark = driver.execute_script("return PlaybookPracticeDeck.settings.examPassMark")
    record = exams[0] if len(exams) == 1 else {}
    scores = [c.get("score") for c in record.get("cards", [])]
    mean = sum(scores) / len(scores) if scores else -1
    check(asked == ids, "an exam asks every card of its filter once, in deck order", f"{name}: {len(asked)} of {len(ids)}")
    check(all(as_wanted), "an exam asks cards with key points as typed answers, others as choices", str(as_wanted))
    check(record.get("pass") == pass_mark and [c.get("card") for c in record.get("cards", [])] == ids
          and abs(record.get("score", -1) - mean) < 0.01 and record.get("passed") == (mean >= pass_mark) and reviews(driver) == 0,
          "an exam is recorded as an exam (not as reviews) with its pass mark, per-card scores and mean",
          json.dumps(exams, ensure_ascii=False)[:200])
    words = strings(driver)
    verdict = words["passed" if record.get("passed") else "failed"]
    check(verdict in summary and words["passMark"] in summary and str(pass_mark) in summary,
          "the exam summary gives pass/fail and the pass mark", summary[:120])
    no_overflow(driver, "exam summary")
    screenshot(driver, out, "exam-summary")


def no_raw_keys(driver, where):
    text = driver.execute_script("return document.body.innerText")
    found = raw_keys(text)
    check(not found, f"no raw string keys on the page ({where})", ", ".join(found))


def locale(driver, url):
    driver.get(url)
    select = wait(driver, "#pr-locale")
    for name in ("zh-Hant", "en"):
        driver.execute_script("var s = arguments[0]; s.value = arguments[1]; s.dispatchEvent(new Event('change'))", select, name)
        title = driver.find_element(By.TAG_NAME, "h1").text
        check(title == strings(driver, name)["practice.title"], f"the locale switch to {name} changes the words", title)
        no_raw_keys(driver, f"{name} setup")
    driver.refresh()
    again = wait(driver, "h1").text
    check(again == strings(driver, "en")["practice.title"], "the chosen locale is remembered after a reload", again)
    driver.execute_script("localStorage.removeItem('playbook-practice:locale')")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_browser_arguments(parser)
    parser.add_argument("--export", help="also write the exported progress file here")
    parser.add_argument("--screenshots", help="save screenshots (375 and 1280 px, light and dark) here")
    args = parser.parse_args()
    if args.screenshots:
        os.makedirs(args.screenshots, exist_ok=True)

    def steps(driver, url, tmp):
        lines = flashcards(driver, url, tmp, args.export, args.screenshots)
        no_raw_keys(driver, "storage panel")
        check(not console_errors(driver), "no console errors (flashcards, export)")
        if lines:
            import_file(driver, lines, tmp)
            no_raw_keys(driver, "import report")
        typed(driver, url, args.screenshots)
        no_raw_keys(driver, "typed answer")
        choice(driver, url)
        exam(driver, url, args.screenshots)
        no_raw_keys(driver, "exam summary")
        locale(driver, url)
    return run(args, "practice-test-", steps)


if __name__ == "__main__":
    sys.exit(main())
