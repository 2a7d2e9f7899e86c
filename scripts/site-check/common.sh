# Sourced by the site-check shell scripts. Not meant to be run directly.
# Picks the Python interpreter that has (or should get) the site-check packages:
#   1. $SITE_CHECK_PYTHON, if set;
#   2. scripts/site-check/.venv/bin/python, if install.sh had to create it;
#   3. python3 on PATH.
SITE_CHECK_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
site_check_python() {
  if [ -n "${SITE_CHECK_PYTHON:-}" ]; then
    echo "$SITE_CHECK_PYTHON"
  elif [ -x "$SITE_CHECK_DIR/.venv/bin/python" ]; then
    echo "$SITE_CHECK_DIR/.venv/bin/python"
  else
    echo python3
  fi
}
