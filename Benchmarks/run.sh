#!/usr/bin/env bash
# Benchmark: playbook build vs Hugo vs the libcmark floor, on generated playbooks.
#
#   Benchmarks/run.sh [SIZES...]        # default: 1000 10000 (documents)
#
# Prints a Markdown table: median wall time of RUNS runs (default 3), pages per second and peak
# RSS, for a cold build (no caches), a no-change rebuild, one-file-changed rebuilds (a body edit,
# updated in place, the same for an objection file, and a title edit, which other pages show), `check` with
# and without its parse cache, Hugo on
# the same Markdown (skipped when hugo is not installed) and `cmark` over the same files on two
# processes (the floor); then the drill's time to the first card on a terminal with 10,080 cards
# and 200,000 stored reviews, with its deck cache empty and filled. Output goes to tmpfs when
# /dev/shm exists. Deterministic inputs. DRILL=0 leaves the drill rows out.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-1000 10000}")
[ $# -eq 0 ] && sizes=(1000 10000)
runs=${RUNS:-3}
work=$( [ -d /dev/shm ] && mktemp -d /dev/shm/playbook-bench.XXXX || mktemp -d )
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache"  # the parse and deck caches, kept out of the user's ~/.cache
# As scripts/sample.sh builds it: the Swift runtime linked in (needs libcurl's development files;
# without them the binary links the runtime dynamically and starts ~25 ms slower).
if pkg-config --exists libcurl 2>/dev/null; then static=--static-swift-stdlib; else static=""; fi
swift build -c release $static --product playbook >/dev/null
bin=$PWD/.build/release/playbook

source Benchmarks/measure.sh

row() { # label docs pages seconds kb
  local pps="—"; [ "$3" != "—" ] && pps=$(awk -v p="$3" -v s="$4" 'BEGIN { printf "%.0f", (s > 0 ? p / s : 0) }')
  printf '| %s | %s | %s | %s s | %s | %s MB |\n' "$1" "$2" "$3" "$4" "$pps" "$(awk -v k="$5" 'BEGIN { printf "%.0f", k / 1024 }')"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -m); $(date -u +%Y-%m-%d)"
echo
echo "| run | documents | pages | median wall | pages/s | peak RSS |"
echo "|---|---|---|---|---|---|"
for n in "${sizes[@]}"; do
  dir="$work/$n"
  python3 scripts/generate-playbook.py "$n" "$dir/Content"
  "$bin" build --content "$dir/Content" --out "$dir/Site" --quiet
  pages=$(find "$dir/Site" -name '*.html' | wc -l)

  prepare="rm -rf '$dir/Site' '$dir/.playbook-cache' '$XDG_CACHE_HOME'"; read -r t m < <(measure "$bin" build --content "$dir/Content" --out "$dir/Site" --quiet)
  row "playbook build, cold (no caches)" "$n" "$pages" "$t" "$m"; cold=$t
  # The same build with the built-in templates run by swift-mustache instead of the compiled
  # theme (what a user's overridden template costs; the renderer before issue 17 was slower still).
  prepare="rm -rf '$dir/Site' '$dir/.playbook-cache' '$XDG_CACHE_HOME'"; read -r t m < <(measure "$bin" build --template-engine interpreted --content "$dir/Content" --out "$dir/Site" --quiet)
  row "playbook build, cold, templates through swift-mustache" "$n" "$pages" "$t" "$m"; interpreted=$t
  "$bin" build --content "$dir/Content" --out "$dir/Site" --quiet
  prepare=""; read -r t m < <(measure "$bin" build --content "$dir/Content" --out "$dir/Site" --quiet)
  row "playbook build, nothing changed" "$n" "$pages" "$t" "$m"
  products=("$dir"/Content/products/*.md)   # a glob, not `ls | head`: that dies of SIGPIPE under pipefail
  changed=$(basename "${products[0]}")
  # A body edit in the playbook's own words: the site is updated in place (SiteUpdate).
  prepare="echo '客户经理：资金安全与服务费用 \$RANDOM' >> '$dir/Content/products/$changed'"; read -r t m < <(measure "$bin" build --content "$dir/Content" --out "$dir/Site" --quiet)
  row "playbook build, one file changed (body)" "$n" "$pages" "$t" "$m"
  # A body edit of an objection file: updated in place, with the objection files that the
  # objection index and category battle cards show beside it read again.
  objections=("$dir"/Content/objections/*.md)
  prepare="sed -i '0,/^先\\*\\*认同感受\\*\\*/s//先**认同感受**'\$RANDOM'/' '${objections[0]}'"; read -r t m < <(measure "$bin" build --content "$dir/Content" --out "$dir/Site" --quiet)
  row "playbook build, one file changed (objection body)" "$n" "$pages" "$t" "$m"
  # A title edit changes what other pages show: a full incremental build.
  prepare="sed -i 's/^title: .*/title: 产品 '\$RANDOM'/' '$dir/Content/products/$changed'"; read -r t m < <(measure "$bin" build --content "$dir/Content" --out "$dir/Site" --quiet)
  row "playbook build, one file changed (title)" "$n" "$pages" "$t" "$m"
  prepare=""; read -r t m < <(measure "$bin" check --content "$dir/Content")
  row "playbook check (parse cache filled)" "$n" "—" "$t" "$m"
  read -r t m < <(measure "$bin" check --no-cache --content "$dir/Content")
  row "playbook check --no-cache" "$n" "—" "$t" "$m"

  if command -v hugo >/dev/null 2>&1; then
    mkdir -p "$dir/hugo"
    cp -r Benchmarks/hugo-site/. "$dir/hugo/"
    mkdir -p "$dir/hugo/content"
    cp -r "$dir/Content/." "$dir/hugo/content/"
    rm -f "$dir/hugo/content/playbook.md"
    prepare="rm -rf '$dir/hugo-out' '$dir/hugo/resources'"; read -r t m < <(measure hugo --quiet -s "$dir/hugo" -d "$dir/hugo-out")
    hpages=$(find "$dir/hugo-out" -name '*.html' | wc -l)
    row "hugo $(hugo version | grep -o 'v[0-9.]*' | head -1)" "$n" "$hpages" "$t" "$m"; hugo_t=$t
  else
    echo "| hugo | $n | — | not installed (apt-get install hugo) | — | — |"; hugo_t=""
  fi
  if command -v cmark >/dev/null 2>&1; then
    prepare=""; read -r t m < <(measure bash -c "find '$dir/Content' -name '*.md' -print0 | xargs -0 -n 200 -P 2 cmark > /dev/null")
    row "libcmark floor (cmark CLI, 2 processes)" "$n" "—" "$t" "$m"; floor_t=$t
  fi
  [ -z "$hugo_t" ] || awk -v a="$cold" -v b="$hugo_t" -v n="$n" 'BEGIN { printf "| ratio, %s docs | cold build / hugo = %.2f | | | | |\n", n, a / b }'
  awk -v a="$cold" -v b="$interpreted" -v n="$n" 'BEGIN { printf "| ratio, %s docs | compiled / swift-mustache = %.2f | | | | |\n", n, a / b }'
  [ -z "${floor_t:-}" ] || awk -v a="$cold" -v b="$floor_t" -v n="$n" 'BEGIN { printf "| ratio, %s docs | cold build / libcmark floor = %.1f | | | | |\n", n, a / b }'
done

[ "${DRILL:-1}" = 0 ] && exit 0
# Drill: 1,800 generated documents give 10,080 cards; 200,000 reviews spread over them.
drill="$work/drill"
python3 scripts/generate-playbook.py 1800 "$drill/Content"
"$bin" export json --content "$drill/Content" > "$drill/export.json"
python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print("\n".join(c["id"] for c in d["cards"]))' \
  "$drill/export.json" > "$drill/ids"
deck=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["playbook"]["title"])' "$drill/export.json")
cards=$(wc -l < "$drill/ids")
now=2026-11-23T09:00:00Z
"$bin" drill --content "$drill/Content" --db "$drill/progress.sqlite" --new 0 --now "$now" </dev/null >/dev/null
python3 scripts/generate-reviews.py "$drill/progress.sqlite" "$deck" "$drill/ids" 200000
first_card=("$bin" drill --content "$drill/Content" --db "$drill/progress.sqlite" --now "$now" --plain)
t=$(python3 Benchmarks/first-card.py "$runs" --prepare "rm -rf '$XDG_CACHE_HOME'" "${first_card[@]}")
echo "| playbook drill, first card, deck parsed | $cards cards, 200000 reviews | — | $t s | — | — |"
t=$(python3 Benchmarks/first-card.py "$runs" "${first_card[@]}")
echo "| playbook drill, first card, deck cached | $cards cards, 200000 reviews | — | $t s | — | — |"
drill_products=("$drill"/Content/products/*.md)
t=$(python3 Benchmarks/first-card.py "$runs" --prepare "echo '补充说明' >> '${drill_products[0]}'" "${first_card[@]}")
echo "| playbook drill, first card, one file edited | $cards cards, 200000 reviews | — | $t s | — | — |"
