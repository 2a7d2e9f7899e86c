#!/usr/bin/env python3
"""Live reload in a real browser: `playbook serve` on a copy of the content, a page open in
headless Chromium, an edit to the document it shows; the page must reload by itself and show
the edit. Then Ctrl-C (SIGINT) must stop the server with status 0 within 2 s.

Checks (one line each, then "N passed, M failed"; exit 1 if any failed, 2 on bad usage):
  serve      the server prints its ready line ("serving http://127.0.0.1:PORT/") in time
  open       the page loads over http with the live-reload script
  reload     after the edit of DOCUMENT's title, the page reloads (a marker set on the old
             page is gone) and its <title> shows the new title, within --timeout seconds
  stop       SIGINT ends the server with status 0 within 2 s, the page still open

Example:
  scripts/site-check/live_reload_test.py .build/debug/playbook Content \\
      --document products/maintenance-fund.md --page products/maintenance-fund.html
"""

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from selenium_env import ensure_selenium, start_chrome  # noqa: E402

ensure_selenium("live_reload_test")
from selenium.common.exceptions import WebDriverException  # noqa: E402

# The ready line is in the playbook's language ("serving …", "正在提供 …"): match the address.
READY = re.compile(r"http://127\.0\.0\.1:(\d+)/")


class Report:
    def __init__(self):
        self.passed = self.failed = 0

    def result(self, ok, name, detail=""):
        print(f"{'PASS' if ok else 'FAIL'} {name}" + (f": {detail}" if detail else ""), flush=True)
        if ok:
            self.passed += 1
        else:
            self.failed += 1
        return ok


class Log:
    """The server's standard error, read on a thread; waits for a pattern with a deadline."""

    def __init__(self, stream):
        self.text = ""
        self.lock = threading.Condition()
        threading.Thread(target=self.read, args=(stream,), daemon=True).start()

    def read(self, stream):
        for line in iter(stream.readline, ""):
            with self.lock:
                self.text += line
                self.lock.notify_all()

    def wait_for(self, pattern, timeout):
        deadline = time.time() + timeout
        with self.lock:
            while True:
                m = pattern.search(self.text)
                if m or time.time() >= deadline:
                    return m
                self.lock.wait(deadline - time.time())


def retitle(path, token):
    """Appends `token` to the front matter's title of the Markdown file at `path`."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    new, n = re.subn(r"^(title:\s*)(.+)$", lambda m: f"{m.group(1)}{m.group(2).strip()} {token}", text,
                     count=1, flags=re.M)
    if n != 1:
        raise SystemExit(f"live_reload_test: {path} has no 'title:' line")
    with open(path, "w", encoding="utf-8") as f:
        f.write(new)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                epilog="\n\n".join(__doc__.split("\n\n")[1:]),
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("playbook", help="the playbook binary")
    p.add_argument("content", help="the content folder (copied; the original is not changed)")
    p.add_argument("--document", default="products/maintenance-fund.md", help="document to edit, in CONTENT")
    p.add_argument("--page", default="products/maintenance-fund.html", help="the page that shows it")
    p.add_argument("--timeout", type=float, default=20.0, help="seconds for the server and the reload")
    p.add_argument("--chromium", default="/usr/bin/chromium")
    p.add_argument("--chromedriver", default="/usr/bin/chromedriver")
    a = p.parse_args()
    if not os.path.isfile(os.path.join(a.content, a.document)):
        p.error(f"no {a.document} in {a.content}")

    report = Report()
    work = tempfile.mkdtemp(prefix="live-reload-")
    content = os.path.join(work, "Content")
    shutil.copytree(a.content, content)
    env = dict(os.environ, XDG_CACHE_HOME=os.path.join(work, "cache"))
    server = subprocess.Popen([os.path.abspath(a.playbook), "serve", "--content", content, "--port", "0",
                               "--interval", "100"], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True, env=env)
    log = Log(server.stderr)
    driver = None
    try:
        ready = log.wait_for(READY, a.timeout)
        if not report.result(bool(ready), "serve", f"port {ready.group(1)}" if ready else f"no ready line: {log.text!r}"):
            return
        url = f"http://127.0.0.1:{ready.group(1)}/{a.page}"
        try:
            driver = start_chrome(a.chromium, a.chromedriver, timeout=30)
            driver.get(url)
            has_script = "/__playbook/live" in driver.page_source
            before = driver.title
            driver.execute_script("window.__liveReloadMarker = 1;")
        except WebDriverException as e:
            report.result(False, "open", str(e).splitlines()[0])
            return
        if not report.result(has_script, "open", f'{a.page}: "{before}"'
                             + ("" if has_script else ", without the live-reload script")):
            return

        token = "reload-" + uuid.uuid4().hex[:8]
        retitle(os.path.join(content, a.document), token)
        deadline, reloaded, title = time.time() + a.timeout, False, before
        while time.time() < deadline:
            try:
                reloaded = driver.execute_script("return window.__liveReloadMarker === undefined;")
                title = driver.title
            except WebDriverException:
                reloaded = False  # in the middle of the reload
            if reloaded and token in title:
                break
            time.sleep(0.05)
        report.result(reloaded and token in title, "reload",
                      f'the page reloaded by itself: "{title}"' if reloaded and token in title else
                      f"reloaded: {bool(reloaded)}, title \"{title}\" (no {token}); server: {log.text!r}")

        sent = time.time()
        server.send_signal(signal.SIGINT)
        try:
            status = server.wait(timeout=2)
            seconds = time.time() - sent
            report.result(status == 0, "stop", f"status {status} {seconds:.2f} s after SIGINT, page open")
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
            report.result(False, "stop", "still running 2 s after SIGINT (killed)")
    finally:
        if driver is not None:
            try:
                driver.quit()
            except Exception:
                pass
        if server.poll() is None:
            server.kill()
            server.wait()
        shutil.rmtree(work, ignore_errors=True)
        print(f"{report.passed} passed, {report.failed} failed")
        sys.exit(1 if report.failed or report.passed == 0 else 0)


if __name__ == "__main__":
    main()
