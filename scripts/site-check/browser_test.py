#!/usr/bin/env python3
"""Browser smoke test of the built playbook site, opened from file:// in headless Chromium.

Checks (one output line each, then a final "N passed, M failed"; exit 1 if any failed):
  page       index.html and every page visited: loads, non-empty <title>, an
             <input type="search" id="search-input"> inside a <header>, and no SEVERE
             browser-console entries (JS exceptions, console.error, failed file loads).
  nav        index.html has a <nav> with links to local pages.
  search     for each of --zh/--en/--hant: typed into #search-input; within --timeout seconds
             some li.search-result in #search-results has a .search-result-title containing the
             --*-expect text (case-insensitive; any result if no expectation given), that result
             is visible and its .search-result-snippet contains a <mark>; no console errors.
  click      the first result is clicked; the page it lands on passes the page check, exists on
             disk and has the #fragment target (if any).
  pages      every page of the site: starting at index.html, each local page a link leads
             to (breadth first, at most --max-pages), then any other .html file under
             SITE_DIR. Each gets the page check above, and on each every relative <a href>
             must resolve (after dropping ?query and url-decoding) to an existing file
             inside SITE_DIR (a directory does not count: file:// does not serve its
             index.html), a #fragment must name an id or name in the target page, and every
             asset (link href, script/img/source/video/audio/iframe/embed src, srcset,
             object data, poster, and url()/@import inside the site's CSS) must exist.
  one-page   each --one-page GLOB must match at least one page; each match prints on one
             A4 page.
  screenshots  with --screenshots DIR: index.html ("home") and each --shot page at 375x812
             (mobile emulation) and 1280x900, light and dark (prefers-color-scheme), saved as
             NAME-WIDTH-SCHEME.png, e.g. home-375-dark.png, guide-intro-1280-light.png.
  toc, practice switch, phone cells
             with --toc GLOB, --practice PAGE, --phone-no-empty GLOB: see page_checks.py.

Example:
  scripts/site-check/browser_test.py Site --zh 客户经理 --zh-expect 客户 \\
      --en KYC --en-expect KYC --hant 理財產品 --hant-expect 理财 \\
      --screenshots /tmp/shots --shot guide/index.html
"""

import argparse
import base64
import glob
import html.parser
import re
import os
import sys
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))

sys.path.insert(0, HERE)
from selenium_env import ensure_selenium, start_chrome  # noqa: E402

ensure_selenium("browser_test")
import page_checks  # noqa: E402
from selenium.common.exceptions import WebDriverException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402

SIZES = [(375, 812), (1280, 900)]
SCHEMES = ["light", "dark"]

# Snapshot of the search results, per the site's DOM contract.
JS_RESULTS = r"""
const ol = document.getElementById('search-results');
if (!ol) return null;
const shown = el => !!el && el.getClientRects().length > 0
    && getComputedStyle(el).visibility !== 'hidden';
return {
  html: ol.innerHTML,
  items: Array.from(ol.querySelectorAll('li.search-result')).map(li => {
    const a = li.querySelector('a[href]');
    const t = li.querySelector('.search-result-title');
    const s = li.querySelector('.search-result-snippet');
    return {
      title: t ? t.textContent.replace(/\s+/g, ' ').trim() : null,
      href: a ? a.href : null,
      marks: s ? s.querySelectorAll('mark').length : -1,
      snippet: s ? s.textContent.replace(/\s+/g, ' ').trim() : null,
      visible: shown(li),
    };
  }),
};
"""

JS_PAGE = r"""
const input = document.querySelector('input#search-input');
return {
  title: document.title,
  searchInput: !!input && input.type === 'search',
  searchInHeader: !!input && !!input.closest('header'),
  hashOk: (() => {
    const h = location.hash.slice(1);
    if (!h || h.startsWith(':~:')) return true;
    let id = h;
    try { id = decodeURIComponent(h); } catch (e) {}
    return !!document.getElementById(id) || document.getElementsByName(id).length > 0;
  })(),
};
"""

# Every reference of the current page: [kind, what, raw value]; kind is "link" or "asset".
JS_REFS = r"""
const out = [];
const add = (kind, el, attr, value) => {
  const v = value === undefined ? el.getAttribute(attr) : value;
  if (v !== null && v.trim() !== '') out.push([kind, el.tagName.toLowerCase() + '[' + attr + ']', v.trim()]);
};
document.querySelectorAll('a[href], area[href]').forEach(e => add('link', e, 'href'));
document.querySelectorAll('link[href]').forEach(e => add('asset', e, 'href'));
document.querySelectorAll('script[src], img[src], source[src], video[src], audio[src], track[src], iframe[src], embed[src]')
  .forEach(e => add('asset', e, 'src'));
document.querySelectorAll('img[srcset], source[srcset]').forEach(e => e.getAttribute('srcset').split(',')
  .forEach(c => add('asset', e, 'srcset', c.trim().split(/\s+/)[0])));
document.querySelectorAll('object[data]').forEach(e => add('asset', e, 'data'));
document.querySelectorAll('video[poster]').forEach(e => add('asset', e, 'poster'));
return {base: document.baseURI, refs: out};
"""

CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3""")


class IdCollector(html.parser.HTMLParser):
    """The ids (and <a name>s) of an HTML file: the targets a #fragment can name."""

    def __init__(self):
        super().__init__()
        self.ids = set()

    def handle_starttag(self, tag, attrs):
        for key, value in attrs:
            if value and (key == "id" or (key == "name" and tag == "a")):
                self.ids.add(value)

JS_NAV_LINKS = r"""
return Array.from(document.querySelectorAll('nav a[href]'))
  .map(a => [a.getAttribute('href'), a.href, a.textContent.replace(/\s+/g, ' ').trim()]);
"""

# Resolves after the next frame plus `ms` milliseconds, to let load-time timers run.
JS_SETTLE = r"""
const done = arguments[arguments.length - 1];
requestAnimationFrame(() => setTimeout(done, arguments[0]));
"""


def short(text, n=60):
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"


def exc_text(e):
    msg = getattr(e, "msg", None) or str(e) or e.__class__.__name__
    return f"{e.__class__.__name__}: {msg.strip().splitlines()[0]}"


class Report:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def result(self, ok, name, detail="", notes=()):
        print(f"{'PASS' if ok else 'FAIL'} {name}" + (f": {detail}" if detail else ""))
        for n in notes:
            print(f"    {n}")
        sys.stdout.flush()
        if ok:
            self.passed += 1
        else:
            self.failed += 1


class SiteTest:
    def __init__(self, args, report):
        self.args = args
        self.report = report
        self.site = os.path.realpath(args.site_dir)
        self.driver = None
        self.ids_cache = {}
        self.css_cache = {}

    # ---- helpers ---------------------------------------------------------------------------

    def rel(self, path):
        path = os.path.realpath(path)
        return os.path.relpath(path, self.site) if self.inside(path) else path

    def inside(self, path):
        return path == self.site or path.startswith(self.site + os.sep)

    def url_for(self, rel_path):
        return "file://" + urllib.parse.quote(os.path.join(self.site, rel_path))

    def path_of(self, url):
        """Local path of a file:// URL, without query and fragment, url-decoded."""
        parts = urllib.parse.urlsplit(url)
        return urllib.parse.unquote(parts.path) if parts.scheme == "file" else None

    def start(self):
        self.driver = start_chrome(self.args.chromium, self.args.chromedriver, timeout=30)

    def stop(self):
        if self.driver is not None:
            try:
                self.driver.quit()
            except Exception:
                pass

    def console(self):
        """(severe, other) browser-console entries logged since the last call."""
        entries = self.driver.get_log("browser")
        severe = [f"console {e['level']}: {short(e['message'], 400)}" for e in entries
                  if e["level"] == "SEVERE"]
        other = [f"console {e['level']}: {short(e['message'], 400)}" for e in entries
                 if e["level"] != "SEVERE"]
        return severe, other

    def settle(self):
        deadline = time.time() + 10
        while time.time() < deadline:
            if self.driver.execute_script("return document.readyState") == "complete":
                break
            time.sleep(0.05)
        self.driver.execute_async_script(JS_SETTLE, self.args.settle_ms)

    def load(self, url):
        self.driver.get(url)
        self.settle()

    def page_problems(self, expect_hash=False):
        """Problems with the current page per the page check (title, search box, console)."""
        info = self.driver.execute_script(JS_PAGE)
        problems = []
        if not info["title"].strip():
            problems.append("empty <title>")
        if not info["searchInput"]:
            problems.append('no <input type="search" id="search-input">')
        elif not info["searchInHeader"]:
            problems.append("#search-input is not inside a <header>")
        if expect_hash and not info["hashOk"]:
            problems.append(f"no element with the id of the URL fragment "
                            f"#{urllib.parse.unquote(urllib.parse.urlsplit(self.driver.current_url).fragment)}")
        severe, other = self.console()
        return info["title"], problems + severe, other

    # ---- checks ----------------------------------------------------------------------------

    def nav_pages(self):
        """Local pages linked from index.html's <nav> (current page must be index.html)."""
        try:
            links = self.driver.execute_script(JS_NAV_LINKS)
        except WebDriverException as e:
            self.report.result(False, "nav index.html", exc_text(e))
            return []
        pages, external, seen = [], 0, set()
        for raw, absolute, _text in links:
            path = self.path_of(absolute)
            if path is None:
                external += 1
                continue
            if path in seen:
                continue
            seen.add(path)
            pages.append(path)
        ok = bool(pages)
        detail = (f"{len(pages)} local pages" + (f", {external} external links" if external else "")
                  if ok else "no <nav> with links to local pages")
        self.report.result(ok, "nav index.html", detail)
        return pages

    def search(self, lang, phrase, expect):
        name = f'search {lang} "{phrase}"' + (f' expecting "{expect}"' if expect else "")
        d = self.driver
        try:
            inputs = d.find_elements(By.ID, "search-input")
            if not inputs:
                self.report.result(False, name, "no #search-input on index.html")
                return
            box = inputs[0]
            box.send_keys(Keys.CONTROL, "a")
            box.send_keys(Keys.BACKSPACE)
            if box.get_attribute("value"):
                box.clear()
            before = d.execute_script(JS_RESULTS)
            before_html = before["html"] if before else None
            box.send_keys(phrase)
            typed = box.get_attribute("value")
            if typed != phrase:
                self.report.result(False, name, f'input holds "{typed}" after typing')
                return
            want = (expect or "").casefold()
            deadline = time.time() + self.args.timeout
            state, match, last_html, stable = None, None, None, 0
            while True:
                state = d.execute_script(JS_RESULTS)
                match = None
                if state and state["html"] != before_html:
                    for item in state["items"]:
                        if item["title"] is not None and want in item["title"].casefold():
                            match = item
                            break
                if state and state["html"] == last_html:
                    stable += 1
                else:
                    stable = 0
                last_html = state["html"] if state else None
                # Accept once a good match has been on screen, unchanged, for two polls.
                if match and match["marks"] > 0 and match["visible"] and stable >= 2:
                    break
                if time.time() > deadline:
                    break
                time.sleep(0.1)
            severe, notes = self.console()
        except WebDriverException as e:
            self.report.result(False, name, exc_text(e))
            return
        items = state["items"] if state else []
        problems = []
        if state is None:
            problems.append("no #search-results element")
        elif not items or state["html"] == before_html:
            problems.append(f"no results within {self.args.timeout:g} s")
        elif match is None:
            problems.append(f"no result title contains \"{expect}\"; titles: "
                            + "; ".join(short(i["title"], 40) for i in items[:8]))
        else:
            if match["marks"] <= 0:
                problems.append(f'result "{short(match["title"])}" has no <mark> in its snippet'
                                + (" (no .search-result-snippet)" if match["marks"] < 0 else ""))
            if not match["visible"]:
                problems.append(f'result "{short(match["title"])}" is not visible')
        problems += severe
        if problems:
            self.report.result(False, name, problems[0], problems[1:] + notes)
        else:
            self.report.result(True, name, f'{len(items)} results, "{short(match["title"])}" '
                               f'with <mark> in "{short(match["snippet"], 50)}"', notes)

    def click_first_result(self):
        name = "click first result"
        d = self.driver
        try:
            links = d.find_elements(By.CSS_SELECTOR, "#search-results li.search-result a[href]")
            if not links:
                self.report.result(False, name, "no search result to click")
                return
            target = links[0].get_attribute("href")
            before = d.current_url
            links[0].click()
            deadline = time.time() + self.args.timeout
            while d.current_url == before and time.time() < deadline:
                time.sleep(0.05)
            self.settle()
            landed = d.current_url
            path = self.path_of(landed)
            name = f"click first result -> {self.rel(path) if path else landed}"
            problems = []
            if landed == before:
                problems.append(f"still on {before} {self.args.timeout:g} s after the click")
            elif landed != target:
                problems.append(f"landed on {landed}, link was {target}")
            if path is None or not os.path.isfile(path):
                problems.append("landed on something that is not a file in the site")
            elif not self.inside(os.path.realpath(path)):
                problems.append("landed outside SITE_DIR")
            title, page_problems, notes = self.page_problems(expect_hash=True)
            problems += page_problems
        except WebDriverException as e:
            self.report.result(False, name, exc_text(e))
            return
        self.report.result(not problems, name, f'title "{short(title)}"'
                           + ("" if problems else ", no console errors"), problems + notes)

    def ids_of(self, path):
        """The fragment targets of the HTML file at `path` (read once)."""
        if path not in self.ids_cache:
            collector = IdCollector()
            with open(path, encoding="utf-8", errors="replace") as f:
                collector.feed(f.read())
            self.ids_cache[path] = collector.ids
        return self.ids_cache[path]

    def css_problems(self, path):
        """Missing files named by url() and @import in the site's stylesheet at `path`: read
        once, and reported on the first page that uses the stylesheet only."""
        if path in self.css_cache:
            return []
        if path not in self.css_cache:
            bad = []
            with open(path, encoding="utf-8", errors="replace") as f:
                text = f.read()
            for m in CSS_URL.finditer(text):
                raw = (m.group(2) or m.group(4) or "").strip()
                parts = urllib.parse.urlsplit(raw)
                if not raw or parts.scheme or raw.startswith("//") or raw.startswith("#"):
                    continue
                target = os.path.normpath(os.path.join(os.path.dirname(path), urllib.parse.unquote(parts.path)))
                if not self.inside(os.path.realpath(target)):
                    bad.append(f'{self.rel(path)}: url "{raw}" points outside SITE_DIR')
                elif not os.path.isfile(target):
                    bad.append(f'{self.rel(path)}: url "{raw}" -> {self.rel(target)} does not exist')
            self.css_cache[path] = bad
        return self.css_cache[path]

    def check_refs(self, rel_path):
        """Links and assets of the current page (already loaded): every relative one must
        resolve to an existing file inside SITE_DIR, and a #fragment to an id in its target.
        Returns (problems, local pages linked, links checked, assets checked)."""
        found = self.driver.execute_script(JS_REFS)
        base = found["base"]
        here = os.path.join(self.site, rel_path)
        bad, pages, seen = [], [], set()
        links = assets = 0
        for kind, what, raw in found["refs"]:
            parts = urllib.parse.urlsplit(raw)
            if parts.scheme or raw.startswith("//"):
                continue  # absolute URL (https:, mailto:, data:, javascript:, ...)
            if (kind, raw) in seen:
                continue
            seen.add((kind, raw))
            if kind == "link":
                links += 1
            else:
                assets += 1
            path = self.path_of(urllib.parse.urljoin(base, raw))
            if path is None:
                bad.append(f'{what} "{raw}" resolves to {urllib.parse.urljoin(base, raw)} (not a file:// URL; <base>?)')
                continue
            path = os.path.normpath(path)
            if not self.inside(os.path.realpath(path)):
                bad.append(f'{what} "{raw}" points outside SITE_DIR: {path}')
            elif os.path.isdir(path):
                bad.append(f'{what} "{raw}" is a directory ({self.rel(path)}); file:// will not open its index.html')
            elif not os.path.isfile(path):
                bad.append(f'{what} "{raw}" -> {self.rel(path)} does not exist')
            else:
                is_html = path.endswith(".html")
                fragment = urllib.parse.unquote(parts.fragment)
                if kind == "link" and fragment and is_html and not fragment.startswith(":~:") \
                        and fragment not in self.ids_of(path):
                    bad.append(f'{what} "{raw}": {self.rel(path)} has no element with id "{fragment}"')
                if kind == "link" and is_html and path != os.path.normpath(here):
                    pages.append(self.rel(path))
                if kind == "asset" and path.endswith(".css"):
                    bad += self.css_problems(path)
        return bad, pages, links, assets

    def check_site_page(self, rel_path):
        """Loads one page: the page check plus its links and assets, as one result.
        Returns the local pages it links to."""
        name = f"page {rel_path}"
        try:
            self.load(self.url_for(rel_path))
            title, problems, notes = self.page_problems()
            bad, pages, links, assets = self.check_refs(rel_path)
        except WebDriverException as e:
            self.report.result(False, name, exc_text(e))
            return []
        problems += bad
        self.report.result(not problems, name, f'title "{short(title)}", {links} links and {assets} assets'
                           + (" resolve, no console errors" if not problems else ""), problems + notes)
        return pages

    def crawl(self):
        """Every page of the site: breadth first from index.html along local links (at most
        --max-pages), then every other .html file under SITE_DIR."""
        on_disk = sorted(
            os.path.relpath(os.path.join(folder, f), self.site)
            for folder, dirs, files in os.walk(self.site)
            if not any(part.startswith(".") for part in os.path.relpath(folder, self.site).split(os.sep) if part != ".")
            for f in files if f.endswith(".html") and not f.startswith("."))
        queue, queued = ["index.html"], {"index.html"}
        visited = []
        while queue:
            if len(visited) >= self.args.max_pages:
                self.report.result(False, "pages", f"more than --max-pages {self.args.max_pages} pages; stopped there")
                return
            rel_path = queue.pop(0)
            visited.append(rel_path)
            for target in self.check_site_page(rel_path):
                if target not in queued:
                    queued.add(target)
                    queue.append(target)
        unlinked = [p for p in on_disk if p not in queued]
        for rel_path in unlinked:
            if len(visited) >= self.args.max_pages:
                self.report.result(False, "pages", f"more than --max-pages {self.args.max_pages} pages; stopped there")
                return
            visited.append(rel_path)
            self.check_site_page(rel_path)
        self.report.result(bool(visited), "pages", f"{len(visited)} pages visited: {len(queued)} reached by links "
                           f"from index.html, {len(unlinked)} more on disk", [f"not linked: {p}" for p in unlinked])

    def screenshots(self, out_dir, pages):
        os.makedirs(out_dir, exist_ok=True)
        d = self.driver
        for rel_path in pages:
            base = "home" if rel_path == "index.html" else \
                os.path.splitext(rel_path)[0].strip("/").replace("/", "-")
            name = f"screenshots {rel_path}"
            if not os.path.isfile(os.path.join(self.site, rel_path)):
                self.report.result(False, name, "file does not exist")
                continue
            saved, problems = [], []
            try:
                for width, height in SIZES:
                    d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                        "width": width, "height": height, "deviceScaleFactor": 1,
                        "mobile": width < 600})
                    for scheme in SCHEMES:
                        d.execute_cdp_cmd("Emulation.setEmulatedMedia", {
                            "features": [{"name": "prefers-color-scheme", "value": scheme}]})
                        self.load(self.url_for(rel_path))
                        file = os.path.join(out_dir, f"{base}-{width}-{scheme}.png")
                        if not d.save_screenshot(file):
                            problems.append(f"could not save {file}")
                            continue
                        saved.append(os.path.basename(file))
                        severe, _ = self.console()
                        problems += [f"[{width} {scheme}] {s}" for s in severe]
            except WebDriverException as e:
                problems.append(exc_text(e))
            finally:
                try:
                    d.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
                    d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
                except WebDriverException:
                    pass
            self.report.result(not problems, name,
                               f"{len(saved)} saved in {out_dir}" + ("" if problems else
                                                                      ", no console errors"),
                               problems if problems else [", ".join(saved)])

    # ---- the run ---------------------------------------------------------------------------

    def check_one_page(self, rel_path):
        """Print the page to A4 as Chromium does and count the PDF's pages."""
        name = f"print {rel_path}"
        try:
            self.load(self.url_for(rel_path))
            pdf = base64.b64decode(self.driver.execute_cdp_cmd(
                "Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69, "preferCSSPageSize": True,
                                    "displayHeaderFooter": False})["data"])
            pages = count_pdf_pages(pdf)
            self.report.result(pages == 1, name, f"{pages} A4 page(s)")
        except WebDriverException as e:
            self.report.result(False, name, exc_text(e))

    def run(self):
        a = self.args
        if not os.path.isfile(os.path.join(self.site, "index.html")):
            self.report.result(False, "page index.html", f"{self.site}/index.html does not exist")
            return
        for what, path in (("chromium", a.chromium), ("chromedriver", a.chromedriver)):
            if not os.access(path, os.X_OK):
                self.report.result(False, "start chromium",
                                   f"no {what} at {path}; run scripts/site-check/install.sh")
                return
        try:
            self.start()
        except WebDriverException as e:
            self.report.result(False, "start chromium", exc_text(e))
            return
        try:
            # a. every page of the site, from index.html along its links: loads cleanly, links
            #    and assets resolve
            self.crawl()
            # b. index.html has a <nav> to local pages
            self.load(self.url_for("index.html"))
            self.console()  # already checked above
            self.nav_pages()
            # c. searches, on index.html
            queries = [(lang, getattr(a, lang), getattr(a, lang + "_expect"))
                       for lang in ("zh", "en", "hant") if getattr(a, lang)]
            if queries:
                for lang, phrase, expect in queries:
                    self.search(lang, phrase, expect)
                # d. click the first result shown
                self.click_first_result()
            # f. printable pages fit the paper they are meant for
            for pattern in a.one_page:
                matches = sorted(self.rel(q) for q in glob.glob(os.path.join(self.site, pattern)))
                if not matches:
                    self.report.result(False, f"print {pattern}", "the glob matches no page")
                for rel_path in matches:
                    self.check_one_page(rel_path)
            # g. pages that answer on a phone: table of contents, practice switch, comparison cards
            for option, check in ((a.toc, page_checks.check_toc), (a.phone_no_empty, page_checks.check_phone_cells)):
                for pattern in option:
                    matches = sorted(self.rel(q) for q in glob.glob(os.path.join(self.site, pattern)))
                    if not matches:
                        self.report.result(False, f"{check.__name__} {pattern}", "the glob matches no page")
                    for rel_path in matches:
                        check(self, rel_path)
            for rel_path in a.practice:
                page_checks.check_practice(self, rel_path.lstrip("/"))
            # e. screenshots
            if a.screenshots:
                self.screenshots(a.screenshots, ["index.html"] + [s.lstrip("/") for s in a.shot])
        finally:
            self.stop()


def count_pdf_pages(pdf: bytes) -> int:
    """Pages of a PDF Chromium printed: its page objects (not the /Pages tree node)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def main():
    p = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="\n\n".join(__doc__.split("\n\n")[1:]),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("site_dir", metavar="SITE_DIR", help="the built site (contains index.html)")
    for lang, what in (("zh", "a Simplified-Chinese phrase"), ("en", "an English word"),
                       ("hant", "a Traditional-Chinese phrase")):
        p.add_argument(f"--{lang}", metavar="PHRASE", help=f"search for {what}")
        p.add_argument(f"--{lang}-expect", metavar="TEXT",
                       help=f"a result title must contain TEXT (needs --{lang})")
    p.add_argument("--screenshots", metavar="DIR", help="save screenshots into DIR")
    p.add_argument("--shot", metavar="PATH", action="append", default=[],
                   help="also screenshot this page (relative to SITE_DIR); repeatable")
    p.add_argument("--one-page", metavar="GLOB", action="append", default=[],
                   help="pages (glob relative to SITE_DIR) that must print on one A4 page; repeatable")
    p.add_argument("--toc", metavar="GLOB", action="append", default=[],
                   help="pages (glob relative to SITE_DIR) that must have a working, sticky table of contents")
    p.add_argument("--practice", metavar="PAGE", action="append", default=[],
                   help="an objection page whose practice switch must work and be remembered")
    p.add_argument("--phone-no-empty", metavar="GLOB", action="append", default=[],
                   help="pages whose comparison cards must show no empty “—” cell at 375 px")
    p.add_argument("--max-pages", type=int, default=5000,
                   help="visit at most this many pages; more fails the run (default 5000)")
    p.add_argument("--timeout", type=float, default=5.0,
                   help="seconds to wait for search results / navigation (default 5)")
    p.add_argument("--settle-ms", type=int, default=100,
                   help="ms to wait after each page load before reading the console (default 100)")
    p.add_argument("--chromium", default="/usr/bin/chromium", help="browser binary")
    p.add_argument("--chromedriver", default="/usr/bin/chromedriver", help="driver binary")
    args = p.parse_args()
    for lang in ("zh", "en", "hant"):
        if getattr(args, lang + "_expect") and not getattr(args, lang):
            p.error(f"--{lang}-expect needs --{lang}")
    if args.shot and not args.screenshots:
        p.error("--shot needs --screenshots DIR")
    if not os.path.isdir(args.site_dir):
        p.error(f"not a directory: {args.site_dir}")

    report = Report()
    started = time.time()
    SiteTest(args, report).run()
    print(f"({time.time() - started:.1f} s)")
    print(f"{report.passed} passed, {report.failed} failed")
    sys.exit(1 if report.failed else 0)


if __name__ == "__main__":
    main()
