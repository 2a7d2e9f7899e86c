#!/usr/bin/env python3
"""The practice page syncing with a real `playbook hub serve`, in headless Chromium at 375 px.

    scripts/site-check/practice_hub_sync_test.py --playbook .build/debug/playbook --content Content

A learner is added (`hub user add`), the hub is started on a free port with `--allow-origin` for a
second, static server that serves a copy of the site built with `hub: http://127.0.0.1:PORT/` in
playbook.md (so the page can be reloaded while the hub is down). On that page: a wrong token is
refused in words (401), the right one signs in; three answers reach the hub (`/api/v1/me` says 3
reviews, the page says nothing is pending); the hub is stopped; two more answers show "2 waiting"
and the reason; a reload still shows 2 pending; the hub is started again on the same port and data:
the page syncs by itself (retry), `/me` says 5 (no duplicates) and nothing is pending. The page
served by the hub itself finds it through `/healthz` and offers the sign-in. Exit 1 when a check fails.
"""
import argparse
import functools
import http.server
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from practice_page import (check, console_errors, fill, finish, key, no_overflow, raw_keys, screenshot, start, strings,  # noqa: E402
                           template_regex, wait, wait_js)
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Hub:
    """`playbook hub serve` on DATA at PORT, started and stopped by the test."""

    def __init__(self, binary, content, data, port, allow):
        self.args = [binary, "hub", "serve", "--content", content, "--data", data, "--port", str(port), "--allow-origin", allow]
        self.port, self.process = port, None

    def start(self):
        self.process = subprocess.Popen(self.args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        line = ""
        deadline = time.time() + 120
        while time.time() < deadline and "hub serving" not in line:
            line = self.process.stderr.readline()
            if not line and self.process.poll() is not None:
                break
        return check("hub serving" in line, f"the hub starts on port {self.port}", line.strip())

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=10)
        self.process = None

    def reviews(self, token):
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}/api/v1/me", headers={"Authorization": "Bearer " + token})
        try:
            with urllib.request.urlopen(request, timeout=5) as response:
                return json.load(response).get("reviews")
        except (urllib.error.URLError, OSError):
            return None


def static_server(folder):
    """Serves FOLDER on a free loopback port from a thread; returns (server, origin)."""
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=folder)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def with_hub(content, out, hub_url):
    """A copy of CONTENT whose playbook.md names HUB_URL in `hub:`."""
    shutil.copytree(content, out)
    path = os.path.join(out, "playbook.md")
    text = open(path, encoding="utf-8").read()
    text = re.sub(r"\A---\n", f"---\nhub: {hub_url}\n", text, count=1)
    open(path, "w", encoding="utf-8").write(text)
    return out


def pending(driver):
    node = driver.find_elements(By.ID, "pr-hub-pending")
    return int(node[0].get_attribute("data-pending")) if node else None


def answer(driver, count, stored_before):
    """Rates COUNT flashcards Good from the setup screen (or the card on screen)."""
    if driver.find_elements(By.ID, "pr-start"):
        wait(driver, "#pr-start").click()
    for n in range(count):
        wait(driver, '[data-action="reveal"]')
        key(driver, " ")
        wait(driver, '[data-rating="3"]')
        key(driver, "3")
        wait_js(driver, f"return PlaybookPractice.context().store.reviews().length === {stored_before + n + 1}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--playbook", required=True, help="the playbook binary")
    parser.add_argument("--content", required=True)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--chromedriver", default="/usr/bin/chromedriver")
    parser.add_argument("--screenshots", help="save screenshots of the sync panel here")
    args = parser.parse_args()
    if args.screenshots:
        os.makedirs(args.screenshots, exist_ok=True)
    binary, content = os.path.abspath(args.playbook), os.path.abspath(args.content)
    tmp = tempfile.mkdtemp(prefix="hub-sync-test-")
    data = os.path.join(tmp, "hub-data")
    added = subprocess.run([binary, "hub", "user", "add", "lin", "--role", "learner", "--data", data],
                           capture_output=True, text=True, timeout=60)
    token = added.stdout.strip().splitlines()[-1] if added.returncode == 0 else ""
    if not check(bool(token), "hub user add prints a token", added.stderr):
        return finish()
    port = free_port()
    hub_url = f"http://127.0.0.1:{port}/"
    site = os.path.join(tmp, "site")
    built = subprocess.run([binary, "build", "--content", with_hub(content, os.path.join(tmp, "content"), hub_url),
                            "--out", site, "--quiet"], capture_output=True, text=True, timeout=300)
    if not check(built.returncode == 0, "the site builds with hub: in playbook.md", built.stderr[-300:]):
        return finish()
    server, origin = static_server(site)
    hub = Hub(binary, content, data, port, origin)
    driver = start(tmp, args.chromium, args.chromedriver)
    try:
        if not hub.start():
            return finish()
        url = origin + "/practice/index.html"
        driver.get(url)
        driver.execute_script("localStorage.clear()")
        driver.get(url)
        words = strings(driver, "en")
        driver.execute_script("var s = document.getElementById('pr-locale'); s.value = 'en'; s.dispatchEvent(new Event('change'))")

        box = wait(driver, "#pr-hub-token", timeout=15)
        box.send_keys("lin.wrongtoken")
        driver.find_element(By.ID, "pr-hub-signin").click()
        error = WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "pr-hub-error")).text
        check(error == words["practice.hub.unauthorized"], "a wrong token is refused in words (401)", error)
        driver.find_element(By.ID, "pr-hub-signout").click()
        wait(driver, "#pr-hub-token").send_keys(token)
        driver.find_element(By.ID, "pr-hub-signin").click()
        synced = WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "pr-hub-synced")).text
        check(synced == words["practice.hub.neverSynced"] or "Last synced" in synced, "signed in: the panel shows the sync state", synced)

        answer(driver, 3, 0)
        ok = wait_js(driver, "var p = document.getElementById('pr-hub-pending');"
                             " return p && p.getAttribute('data-pending') === '0' && p.getAttribute('data-state') === 'ok'", 15)
        check(bool(ok) and hub.reviews(token) == 3, "three answers reach the hub: /api/v1/me says 3 reviews", f"/me {hub.reviews(token)}")
        synced = driver.find_element(By.ID, "pr-hub-synced").text
        check(bool(template_regex(words["practice.lastSynced"]).fullmatch(synced)), "the page says when it last synced", synced)

        hub.stop()
        answer(driver, 2, 3)
        wait_js(driver, "var p = document.getElementById('pr-hub-pending'); return p && p.getAttribute('data-pending') === '2'"
                        " && document.getElementById('pr-hub-error')", 15)
        shown = driver.find_element(By.ID, "pr-hub-pending").text
        check(shown == fill(words["practice.hub.pending"], n=2), "the hub down: 2 answers shown as waiting", shown)
        reason = driver.find_element(By.ID, "pr-hub-error").text
        check(reason == words["practice.hub.offline"], "the page says why (cannot reach the hub, will retry)", reason)
        no_overflow(driver, "sync panel, hub down")
        screenshot(driver, args.screenshots, "hub-pending", "#pr-hub")

        driver.refresh()
        wait_js(driver, "var p = document.getElementById('pr-hub-pending'); return p && p.getAttribute('data-pending') === '2'", 15)
        kept = driver.execute_script("return PlaybookPractice.context().store.reviews().length")
        check(pending(driver) == 2 and kept == 5, "after a reload the two answers are still pending", f"pending {pending(driver)}, stored {kept}")

        if not hub.start():
            return finish()
        done = wait_js(driver, "var p = document.getElementById('pr-hub-pending'); return p && p.getAttribute('data-pending') === '0'"
                               " && p.getAttribute('data-state') === 'ok'", 90)
        check(bool(done) and hub.reviews(token) == 5, "the hub back: the page syncs by itself, /me says 5 (no duplicates)",
              f"/me {hub.reviews(token)}, pending {pending(driver)}")
        check(not driver.find_elements(By.ID, "pr-hub-error"), "no error once synced")
        for name in ("zh-Hans", "zh-Hant"):
            driver.execute_script("var s = document.getElementById('pr-locale'); s.value = arguments[0];"
                                  " s.dispatchEvent(new Event('change'))", name)
            panel = wait(driver, "#pr-hub h2").text
            found = raw_keys(driver.find_element(By.ID, "pr-hub").text)
            check(panel == strings(driver, name)["practice.hub.title"] and not found,
                  f"the sync panel speaks {name} (no raw string keys)", f"{panel} {found}")
        screenshot(driver, args.screenshots, "hub-synced", "#pr-hub")

        # The page served by the hub itself finds it through /healthz and offers the sign-in.
        driver.get(hub_url + "practice/index.html")
        form = wait(driver, "#pr-hub-token", timeout=15)
        check(form.is_displayed(), "the page served by the hub offers to sign in (same origin, /healthz)")
        no_overflow(driver, "sync panel, sign-in")
        screenshot(driver, args.screenshots, "hub-sign-in", "#pr-hub")
        errors = [e for e in console_errors(driver) if "Failed to load resource" not in e]
        check(not errors, "no console errors besides the refused requests of the test", "; ".join(errors)[:300])
    finally:
        driver.quit()
        hub.stop()
        server.shutdown()
        shutil.rmtree(tmp, ignore_errors=True)
    return finish()


if __name__ == "__main__":
    sys.exit(main())
