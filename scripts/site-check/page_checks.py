"""Checks of how pages answer a rep on a phone, used by browser_test.py.

  toc          --toc GLOB: each page has a nav.toc with at least 3 links to ids on the page; on a
               375 px phone, after jumping to the last section, the table of contents is still
               at the top of the viewport and the section heading is visible below it.
  practice     --practice PAGE: the response is shown by default; turning the practice switch on
               hides it and shows a reveal button; the choice survives a reload (localStorage,
               from file://); the reveal button shows the response; turning the switch off
               survives a reload too.
  phone cells  --phone-no-empty GLOB: on a 375 px phone, no comparison card shows a "—" cell
               (a party without an entry); at 1280 px the table still has every column.
"""

from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By

PHONE = {"width": 375, "height": 812, "deviceScaleFactor": 1, "mobile": True}

JS_TOC = r"""
const nav = document.querySelector('nav.toc');
if (!nav) return null;
const links = Array.from(nav.querySelectorAll('a[href^="#"]'));
return links.map(a => {
  const id = decodeURIComponent(a.getAttribute('href').slice(1));
  return {id: id, exists: !!document.getElementById(id)};
});
"""

JS_TOC_AFTER_JUMP = r"""
const nav = document.querySelector('nav.toc');
const target = document.getElementById(arguments[0]);
const n = nav.getBoundingClientRect(), t = target.getBoundingClientRect();
return {scrolled: window.scrollY, navTop: n.top, navBottom: n.bottom, targetTop: t.top,
        innerHeight: window.innerHeight};
"""

JS_PRACTICE = r"""
const shown = el => !!el && !el.hidden && el.getClientRects().length > 0;
const sw = document.querySelector('[data-practice-switch]');
const button = document.querySelector('[data-practice-toggle]');
return {
  switchShown: shown(sw), checked: !!sw && sw.checked,
  responseShown: shown(document.getElementById('response')),
  buttonShown: shown(button),
};
"""

JS_DASH_CELLS = r"""
const shown = el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
const cells = Array.from(document.querySelectorAll('table.matrix td'));
return {
  cells: cells.length,
  dashes: cells.filter(td => td.innerText.trim() === '—').length,
  visibleDashes: cells.filter(td => shown(td) && td.innerText.trim() === '—')
      .map(td => (td.closest('tr').querySelector('th') || td).innerText.trim() + ' / ' + td.dataset.label),
};
"""


def phone(driver, on):
    if on:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)
    else:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def check_toc(test, rel_path):
    name = f"toc {rel_path}"
    d = test.driver
    try:
        phone(d, True)
        test.load(test.url_for(rel_path))
        entries = d.execute_script(JS_TOC)
        if entries is None:
            test.report.result(False, name, "no nav.toc on the page")
            return
        missing = [e["id"] for e in entries if not e["exists"]]
        if len(entries) < 3 or missing:
            test.report.result(False, name, f"{len(entries)} links", [f"no id “{m}” on the page" for m in missing])
            return
        last = entries[-1]["id"]
        d.execute_script("arguments[0].click()", d.find_elements(By.CSS_SELECTOR, "nav.toc a")[-1])
        test.settle()
        box = d.execute_script(JS_TOC_AFTER_JUMP, last)
        problems = []
        if box["scrolled"] <= 0:
            problems.append("the jump link did not scroll")
        if not (-1 <= box["navTop"] <= 2):
            problems.append(f"after the jump the table of contents is at y={box['navTop']:.0f}, not stuck to the top")
        if not (box["navBottom"] - 2 <= box["targetTop"] < box["innerHeight"]):
            problems.append(f"section “{last}” is at y={box['targetTop']:.0f}, hidden under the table of "
                            f"contents (bottom y={box['navBottom']:.0f}) or off screen")
        severe, _ = test.console()
        test.report.result(not problems and not severe, name,
                           f"{len(entries)} links; sticky at 375 px after jumping to #{last}", problems + severe)
    except WebDriverException as e:
        test.report.result(False, name, str(e).splitlines()[0])
    finally:
        phone(d, False)


def check_practice(test, rel_path):
    name = f"practice switch {rel_path}"
    d = test.driver
    steps = []

    def state(label):
        s = d.execute_script(JS_PRACTICE)
        steps.append((label, s))
        return s

    try:
        test.load(test.url_for(rel_path))
        d.execute_script("window.localStorage.clear()")
        test.load(test.url_for(rel_path))
        problems = []
        s = state("fresh")
        if not s["switchShown"] or s["checked"] or not s["responseShown"] or s["buttonShown"]:
            problems.append(f"fresh page: expected switch off and response shown, got {s}")
        d.find_element(By.CSS_SELECTOR, "[data-practice-switch]").click()
        s = state("switched on")
        if not s["checked"] or s["responseShown"] or not s["buttonShown"]:
            problems.append(f"switch on: expected response hidden and a reveal button, got {s}")
        test.load(test.url_for(rel_path))
        s = state("reloaded")
        if not s["checked"] or s["responseShown"]:
            problems.append(f"after reload: expected practice remembered (response hidden), got {s}")
        d.find_element(By.CSS_SELECTOR, "[data-practice-toggle]").click()
        s = state("revealed")
        if not s["responseShown"]:
            problems.append(f"reveal button: expected response shown, got {s}")
        d.find_element(By.CSS_SELECTOR, "[data-practice-switch]").click()
        test.load(test.url_for(rel_path))
        s = state("switched off, reloaded")
        if s["checked"] or not s["responseShown"]:
            problems.append(f"switch off and reload: expected response shown, got {s}")
        severe, _ = test.console()
        test.report.result(not problems and not severe, name,
                           "shown by default; practice hides it and is remembered across reloads", problems + severe)
    except WebDriverException as e:
        test.report.result(False, name, str(e).splitlines()[0])
    finally:
        try:
            d.execute_script("window.localStorage.clear()")
        except WebDriverException:
            pass


def check_phone_cells(test, rel_path):
    name = f"phone cells {rel_path}"
    d = test.driver
    try:
        test.load(test.url_for(rel_path))
        wide = d.execute_script(JS_DASH_CELLS)
        phone(d, True)
        test.load(test.url_for(rel_path))
        narrow = d.execute_script(JS_DASH_CELLS)
        problems = [f"“—” shown at 375 px: {cell}" for cell in narrow["visibleDashes"]]
        if len(wide["visibleDashes"]) != wide["dashes"]:
            problems.append(f"at 1280 px only {len(wide['visibleDashes'])} of {wide['dashes']} empty cells are shown")
        test.report.result(not problems, name,
                           f"{narrow['cells']} cells, {narrow['dashes']} empty: none shown at 375 px, "
                           f"all shown at 1280 px", problems)
    except WebDriverException as e:
        test.report.result(False, name, str(e).splitlines()[0])
    finally:
        phone(d, False)
