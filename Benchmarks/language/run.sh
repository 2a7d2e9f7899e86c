#!/bin/sh
# Language benchmarks.
#   Benchmarks/language/run.sh [--holdout] [--site SITE] [--misses]
# Queries: hit@3 and MRR per case type, through a built site's own search.js (search-queries.js,
#   Node), on SITE (default: the committed Site/). To compare with an older playbook:
#   git worktree add /tmp/old COMMIT && (cd /tmp/old && swift build) \
#     && /tmp/old/.build/debug/playbook build --content Content --out /tmp/old-site --quiet \
#     && Benchmarks/language/run.sh --site /tmp/old-site
# Answers: answer scoring against labelled trainee answers (answers.py; builds first;
#   --misses lists disagreements, and the queries with their top pages).
# --holdout: the held-out playbook and sets in Benchmarks/language/holdout/ (a second, fictional
#   bank, written without looking at the engines) instead of Content/ and the sample sets; its
#   site is built into .build/holdout-site (SITE, if given, is used instead).
set -e
cd "$(dirname "$0")/../.."
site=Site
holdout=
if [ "${1:-}" = "--holdout" ]; then holdout=1; site=; shift; fi
if [ "${1:-}" = "--site" ]; then site=$2; shift 2; fi
verbose=
case " $* " in *" --misses "*) verbose=--verbose ;; esac
swift build >/dev/null
if [ -n "$holdout" ]; then
  dir=Benchmarks/language/holdout
  if [ -z "$site" ]; then
    site=.build/holdout-site
    .build/debug/playbook build --content "$dir/Content" --out "$site" --quiet
  fi
  echo "== queries: search on $site ($dir/queries.tsv)"
  node Benchmarks/language/search-queries.js --site "$site" --queries "$dir/queries.tsv" $verbose
  echo "== answers: scorer vs trainer labels ($dir/answers.jsonl)"
  python3 Benchmarks/language/answers.py --content "$dir/Content" --answers "$dir/answers.jsonl" "$@"
else
  echo "== queries: search on $site"
  node Benchmarks/language/search-queries.js --site "$site" $verbose
  echo "== answers: scorer vs trainer labels"
  python3 Benchmarks/language/answers.py "$@"
fi
