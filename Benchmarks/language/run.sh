#!/bin/sh
# Language benchmarks on the sample playbook.
#   Benchmarks/language/run.sh [--site SITE] [--misses]
# Queries: hit@3 and MRR per case type, through a built site's own search.js (search-queries.js,
#   Node), on SITE (default: the committed Site/). To compare with an older playbook:
#   git worktree add /tmp/old COMMIT && (cd /tmp/old && swift build) \
#     && /tmp/old/.build/debug/playbook build --content Content --out /tmp/old-site --quiet \
#     && Benchmarks/language/run.sh --site /tmp/old-site
# Answers: answer scoring against labelled trainee answers (answers.py; builds first;
#   --misses lists disagreements).
set -e
cd "$(dirname "$0")/../.."
site=Site
if [ "${1:-}" = "--site" ]; then site=$2; shift 2; fi
echo "== queries: search on $site"
node Benchmarks/language/search-queries.js --site "$site"
swift build >/dev/null
echo "== answers: scorer vs trainer labels"
python3 Benchmarks/language/answers.py "$@"
