"""Makes selenium importable for the site-check scripts.

install.sh may have put selenium into a venv next to these scripts (PEP 668 systems). If the
running Python cannot import it, the script is started again under that venv's Python; without
one, it stops with exit code 2 and says how to install it.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def ensure_selenium(script):
    try:
        import selenium  # noqa: F401
        return
    except ImportError:
        pass
    venv = os.path.join(HERE, ".venv")
    venv_python = os.path.join(venv, "bin", "python")
    # Compare prefixes, not executables: a venv's python is a symlink to the system one.
    if os.path.exists(venv_python) and os.path.realpath(sys.prefix) != os.path.realpath(venv) \
            and not os.environ.get("SITE_CHECK_REEXEC"):
        os.environ["SITE_CHECK_REEXEC"] = "1"
        os.execv(venv_python, [venv_python, os.path.abspath(sys.argv[0])] + sys.argv[1:])
    sys.stderr.write(f"{script}: selenium is not installed; run scripts/site-check/install.sh\n")
    sys.exit(2)


CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900"]


def start_chrome(chromium, chromedriver, timeout):
    """Headless Chromium through chromedriver, keeping the browser console log."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium
    for flag in CHROME_FLAGS:
        opts.add_argument(flag)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(chromedriver), options=opts)
    driver.set_page_load_timeout(timeout)
    driver.set_script_timeout(timeout)
    return driver
