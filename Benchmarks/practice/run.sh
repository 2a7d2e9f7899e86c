#!/usr/bin/env bash
# Benchmark: the practice page (practice/index.html) in headless Chromium, on the sample playbook
# (Content/) and on a generated playbook of ~10,000 cards, both built with the real `playbook build`.
#
#   Benchmarks/practice/run.sh [--runs N] [--reviews N] [--documents N]
#
# Prints the machine and a Markdown table (scripts/site-check/practice_speed.py): bytes up front and
# on demand, time to the first card (cold loads and warm reloads, without and with stored reviews),
# time to grade a typed answer, the budgets, and a baseline measured in the same run (a plain
# objection page of the same site loaded from file://). Needs chromium, chromedriver and selenium
# (scripts/site-check/install.sh). PLAYBOOK=path uses that binary instead of building the release one.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=7 reviews=2000 documents=1790
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --reviews) reviews=$2; shift 2 ;;
    --documents) documents=$2; shift 2 ;;
    *) echo "usage: $0 [--runs N] [--reviews N] [--documents N]" >&2; exit 2 ;;
  esac
done
work=$( [ -d /dev/shm ] && mktemp -d /dev/shm/practice-bench.XXXX || mktemp -d )
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache"
if [ -z "${PLAYBOOK:-}" ]; then
  swift build -c release --product playbook >/dev/null
  PLAYBOOK=$PWD/.build/release/playbook
fi

"$PLAYBOOK" build --content Content --out "$work/sample" --quiet
python3 scripts/generate-playbook.py "$documents" "$work/generated/Content" >/dev/null
"$PLAYBOOK" build --content "$work/generated/Content" --out "$work/generated/Site" --quiet

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -m);" \
  "$(/usr/bin/chromium --version 2>/dev/null | head -1); $(date -u +%Y-%m-%d)"
echo "command: Benchmarks/practice/run.sh --runs $runs --reviews $reviews --documents $documents"
echo
python3 scripts/site-check/practice_speed.py --runs "$runs" --reviews "$reviews" \
  "sample=$work/sample" "generated, $documents docs=$work/generated/Site"
