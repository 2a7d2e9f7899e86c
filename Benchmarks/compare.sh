#!/usr/bin/env bash
# Same-run comparison of two playbook binaries on generated playbooks: an earlier build (for
# example of the commit before a refactor) against this checkout's release build.
#
#   Benchmarks/compare.sh OLD_BINARY [SIZES...]      # default: 1000 10000 (documents)
#
# For each size and each case (cold build, nothing changed, a body edit, an objection body
# edit, a title edit, `check` with and without its parse cache) the two binaries run in turn,
# RUNS times each (default 5), on copies of the same playbook; the table gives each median, the
# new/old ratio and the peak RSS. The two cold builds' sites must be byte-identical, else it
# stops (SAME_SITE=0: say how many files differ instead, for a change that alters the site). With
# CALLGRIND=1 it also counts instructions of `check --no-cache` and of a cold `build` at the first size.
set -euo pipefail
cd "$(dirname "$0")/.."
old=$(realpath "$1"); shift
[ $# -eq 0 ] && set -- 1000 10000
runs=${RUNS:-5}
work=$( [ -d /dev/shm ] && mktemp -d /dev/shm/playbook-compare.XXXX || mktemp -d )
trap 'rm -rf "$work"' EXIT
swift build -c release --product playbook >/dev/null
new=$PWD/.build/release/playbook
source Benchmarks/measure.sh

echo "machine: $(nproc) cores, $(uname -m); $(date -u +%Y-%m-%d); $runs runs each, interleaved"
echo
echo "| case | documents | old median | new median | new / old | old peak RSS | new peak RSS |"
echo "|---|---|---|---|---|---|---|"
for n in "$@"; do
  python3 scripts/generate-playbook.py "$n" "$work/gen-$n" >/dev/null
  for side in old new; do rm -rf "$work/$side"; mkdir -p "$work/$side"; cp -r "$work/gen-$n" "$work/$side/Content"; done
  declare -A result=()
  products=("$work/gen-$n"/products/*.md); objections=("$work/gen-$n"/objections/*.md)
  product=$(basename "${products[0]}"); objection=$(basename "${objections[0]}")
  # case label | prepare (with DIR for the side's folder) | arguments after the binary
  cases=(
    "cold build (no caches)|rm -rf DIR/Site DIR/.playbook-cache DIR/cache|build --content DIR/Content --out DIR/Site --quiet"
    "build, nothing changed||build --content DIR/Content --out DIR/Site --quiet"
    "build, body edit|echo '客户经理：资金安全与服务费用 '\$RANDOM >> DIR/Content/products/$product|build --content DIR/Content --out DIR/Site --quiet"
    "build, objection body edit|sed -i '0,/^先\\*\\*认同感受\\*\\*/s//先**认同感受**'\$RANDOM'/' DIR/Content/objections/$objection|build --content DIR/Content --out DIR/Site --quiet"
    "build, title edit|sed -i 's/^title: .*/title: 产品 '\$RANDOM'/' DIR/Content/products/$product|build --content DIR/Content --out DIR/Site --quiet"
    "check (parse cache filled)||check --content DIR/Content"
    "check --no-cache||check --no-cache --content DIR/Content"
  )
  for entry in "${cases[@]}"; do
    IFS='|' read -r label prep args <<< "$entry"
    for side in old new; do
      dir="$work/$side"; bin=${!side}
      export XDG_CACHE_HOME="$dir/cache"
      "$bin" build --content "$dir/Content" --out "$dir/Site" --quiet >/dev/null 2>&1 || true  # warm state for the edit cases
      prepare=${prep//DIR/$dir}
      read -r t m < <(measure "$bin" ${args//DIR/$dir})
      result[$side]="$t $m"
    done
    read -r ot om <<< "${result[old]}"; read -r nt nm <<< "${result[new]}"
    awk -v l="$label" -v n="$n" -v ot="$ot" -v nt="$nt" -v om="$om" -v nm="$nm" \
      'BEGIN { printf "| %s | %s | %.2f s | %.2f s | %.2f | %.0f MB | %.0f MB |\n", l, n, ot, nt, (ot > 0 ? nt / ot : 0), om / 1024, nm / 1024 }'
  done
  for side in old new; do
    rm -rf "$work/$side/fresh"; XDG_CACHE_HOME="$work/$side/cache2" ${!side} build --content "$work/gen-$n" --out "$work/$side/fresh" --quiet
  done
  if diff -r "$work/old/fresh" "$work/new/fresh" >/dev/null; then
    echo "| site, $n documents | byte-identical ($(find "$work/new/fresh" -type f | wc -l) files) | | | | | |"
  elif [ "${SAME_SITE:-1}" = 0 ]; then
    echo "| site, $n documents | $(diff -rq "$work/old/fresh" "$work/new/fresh" | wc -l) files differ (SAME_SITE=0) | | | | | |"
  else
    diff -rq "$work/old/fresh" "$work/new/fresh" | head -5 >&2; echo "the two binaries build different sites" >&2; exit 1
  fi
done
if [ "${CALLGRIND:-}" = 1 ] && command -v valgrind >/dev/null; then
  n=$1
  for side in old new; do
    # valgrind cannot read this toolchain's debug information: count a copy without it.
    strip -g -o "$work/$side.bin" "${!side}"
    valgrind --tool=callgrind --callgrind-out-file="$work/cg-$side" "$work/$side.bin" check --no-cache --content "$work/gen-$n" >/dev/null 2>"$work/cg-$side.log" || true
    echo "| callgrind, check --no-cache, $n documents, $side | $(grep -o 'Collected : [0-9]*' "$work/cg-$side.log" | grep -o '[0-9]*') instructions | | | | | |"
    rm -rf "$work/cg-site" "$work/cg-cache"
    XDG_CACHE_HOME="$work/cg-cache" valgrind --tool=callgrind --callgrind-out-file="$work/cgb-$side" "$work/$side.bin" build --content "$work/gen-$n" --out "$work/cg-site" --quiet >/dev/null 2>"$work/cgb-$side.log" || true
    echo "| callgrind, cold build, $n documents, $side | $(grep -o 'Collected : [0-9]*' "$work/cgb-$side.log" | grep -o '[0-9]*') instructions | | | | | |"
  done
fi
