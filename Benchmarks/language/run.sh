#!/bin/sh
# Language benchmarks on the sample site.
#   Benchmarks/language/run.sh [SITE]     (default: Site, as committed)
# Queries: hit@3 and MRR per case type, through the site's own search.js (search-queries.js, Node).
# Build an older site to compare: git worktree add /tmp/old COMMIT && (cd /tmp/old && swift build)
#   && /tmp/old/.build/debug/playbook build --content Content --out /tmp/old-site --quiet && Benchmarks/language/run.sh /tmp/old-site
set -eu
here=$(cd "$(dirname "$0")" && pwd)
site=${1:-$here/../../Site}
echo "## Search queries ($here/queries.tsv) on $site"
node "$here/search-queries.js" --site "$site"
# The answers part (drill scoring) lives beside this one in its own script, when present.
if [ -x "$here/answers.sh" ]; then "$here/answers.sh"; fi
