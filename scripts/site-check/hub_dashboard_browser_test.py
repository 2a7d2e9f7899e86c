#!/usr/bin/env python3
"""The trainers' dashboard of a real `playbook hub serve`, in headless Chromium, as a trainer uses it.

    scripts/site-check/hub_dashboard_browser_test.py --playbook .build/debug/playbook --content Content [--shots DIR]

A trainer with a password and two learners are enrolled; the learners' progress is posted through
the API (one answer holds a script tag). In the browser at 375 px: `/dashboard` sends to the sign-in
page; a wrong password is refused in words; the right one opens the team page; the learner's page
shows the hostile answer as text (no script ran); the forecast and a CSV link answer; nothing is
wider than the screen; the strict Content-Security-Policy reports no violation (a console error);
signing out ends the session (`/dashboard` asks to sign in again). With `--shots`, screenshots of the
team, learner and forecast pages at 375 and 1280 px, light and dark. Exit 1 when a check fails.
"""
import argparse
import datetime
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from practice_page import check, console_errors, finish, start  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

HOSTILE = "<script>window.hacked = 1</script>先问清楚客户的顾虑"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def hub(binary, data, *args, stdin=None):
    result = subprocess.run([binary, "hub", *args, "--data", data, "--lang", "en"], input=stdin,
                            capture_output=True, text=True, check=True)
    return result.stdout.strip().splitlines()[-1]


def iso(t):
    return datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def progress(cards, now, answers):
    lines = [{"type": "header", "format": "playbook-progress", "version": 1, "playbook": "test", "learner": None,
              "exportedAt": iso(now)}]
    for day, (card, rating, answer) in enumerate(answers):
        line = {"type": "review", "id": str(uuid.uuid4()), "card": cards[card], "contentHash": "0", "rating": rating,
                "reviewedAt": iso(now - (len(answers) - day) * 86400), "mode": "type", "score": 80 if rating > 1 else 20}
        if answer:
            line["answer"] = answer
        lines.append(line)
    return ("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n").encode()


def post(port, token, body):
    request = urllib.request.Request(f"http://127.0.0.1:{port}/api/v1/progress", data=body, method="POST",
                                     headers={"Authorization": "Bearer " + token})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


def sign_in(driver, name, password):
    driver.find_element(By.NAME, "name").clear()
    driver.find_element(By.NAME, "name").send_keys(name)
    driver.find_element(By.NAME, "password").send_keys(password)
    driver.find_element(By.CSS_SELECTOR, "form[action='/signin'] button").click()
    time.sleep(0.5)


def overflow(driver):
    return driver.execute_script(
        "var w = document.documentElement.clientWidth, out = [];"
        " document.querySelectorAll('main *').forEach(function (e) { var r = e.getBoundingClientRect();"
        " if (r.width && r.right > w + 1 && !e.closest('.table-wrap, .scroll')) out.push(e.tagName + '.' + e.className); });"
        " return [document.documentElement.scrollWidth, w, out.slice(0, 5)];")


def shoot(driver, shots, name):
    for width in (375, 1280):
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 500})
        for scheme in ("light", "dark"):
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
            height = driver.execute_script("return document.documentElement.scrollHeight")
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                   {"width": width, "height": min(height, 4000), "deviceScaleFactor": 1, "mobile": width < 500})
            with open(os.path.join(shots, f"{name}-{width}-{scheme}.png"), "wb") as f:
                f.write(driver.get_screenshot_as_png())
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 375, "height": 812, "deviceScaleFactor": 2, "mobile": True})


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--playbook", required=True)
    parser.add_argument("--content", required=True)
    parser.add_argument("--shots")
    args = parser.parse_args()
    binary = os.path.abspath(args.playbook)
    work = tempfile.mkdtemp(prefix="hub-dashboard-")
    data = os.path.join(work, "data")
    password = "correct horse battery staple"
    hub(binary, data, "user", "add", "coach", "--role", "trainer", "--team", "培训部", "--password-stdin", stdin=password + "\n")
    tokens = {name: hub(binary, data, "user", "add", name, "--role", "learner", "--team", "城东支行") for name in ("lin", "王芳")}
    export = subprocess.run([binary, "export", "json", "--content", args.content], capture_output=True, text=True, check=True).stdout
    cards = [card["id"] for card in json.loads(export)["cards"] if card["kind"] == "objection"][:3]

    port = free_port()
    server = subprocess.Popen([binary, "hub", "serve", "--content", args.content, "--data", data, "--port", str(port), "--lang", "en"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    driver = None
    try:
        line = server.stderr.readline()
        check("hub serving" in line, "the hub starts", line.strip())
        now = int(time.time())
        added = post(port, tokens["lin"], progress(cards, now, [(0, 1, HOSTILE), (1, 3, None), (0, 3, "先共情，再讲维修资金的安全")]))
        post(port, tokens["王芳"], progress(cards, now, [(2, 4, None), (0, 1, None)]))
        check(added.get("added") == 3, "lin's answers are stored through the API", str(added))

        base = f"http://127.0.0.1:{port}"
        driver = start(work)
        driver.get(base + "/dashboard")
        check("/signin" in driver.current_url, "the dashboard asks to sign in first", driver.current_url)
        sign_in(driver, "coach", "wrong password!")
        refusal = driver.find_elements(By.CSS_SELECTOR, "[role=alert]")
        check("/signin" in driver.current_url and bool(refusal) and refusal[0].text.strip(), "a wrong password is refused in words",
              refusal[0].text if refusal else "no alert")
        sign_in(driver, "coach", password)
        check(driver.current_url.rstrip("/").endswith("/dashboard"), "the password opens the team page", driver.current_url)
        team = driver.find_element(By.TAG_NAME, "body").text
        check("lin" in team and "王芳" in team, "the team page lists both learners")
        wide = overflow(driver)
        check(wide[0] <= wide[1] and not wide[2], "nothing wider than the screen (team)", str(wide))
        if args.shots:
            shoot(driver, args.shots, "team")

        driver.find_element(By.LINK_TEXT, "lin").click()
        time.sleep(0.3)
        learner = driver.find_element(By.TAG_NAME, "body").text
        check("<script>window.hacked = 1</script>" in learner, "the hostile answer is shown as text on the learner's page")
        check(driver.execute_script("return window.hacked === undefined"), "no script from an answer ran")
        wide = overflow(driver)
        check(wide[0] <= wide[1] and not wide[2], "nothing wider than the screen (learner)", str(wide))
        if args.shots:
            shoot(driver, args.shots, "learner")

        driver.get(base + "/dashboard/forecast")
        forecast = driver.find_element(By.TAG_NAME, "body").text
        check("lin" in forecast and "80" in forecast, "the forecast lists the learners against the pass mark")
        csv = driver.find_elements(By.PARTIAL_LINK_TEXT, "CSV")
        check(bool(csv), "the forecast offers its table as CSV")
        if args.shots:
            shoot(driver, args.shots, "forecast")

        # The refused password above is the one expected error (its 401 page).
        errors = [e for e in console_errors(driver) if "favicon" not in e and not ("/signin" in e and "401" in e)]
        check(not errors, "no console errors (no Content-Security-Policy violation)", "; ".join(errors)[:300])

        driver.get(base + "/dashboard")
        driver.find_element(By.CSS_SELECTOR, "form.signout button").click()
        time.sleep(0.3)
        check("/signin" in driver.current_url, "signing out returns to the sign-in page", driver.current_url)
        driver.get(base + "/dashboard")
        check("/signin" in driver.current_url, "after signing out the dashboard asks to sign in again", driver.current_url)
    finally:
        if driver:
            driver.quit()
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=10)
    return finish()


if __name__ == "__main__":
    sys.exit(main())
