#!/usr/bin/env bash
# The full test suite: installs what is missing, then runs every test — Swift unit and CLI
# tests, the check that committed generated files are current, the scheduler against the FSRS
# reference vectors, the HTML validator and a real-browser test of the sample site.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
fresh=$(mktemp -d)
cleanup() {
  scripts/postgres-test-cluster.sh stop "$fresh/postgres" || true
  rm -rf "$fresh"
}
trap cleanup EXIT
swift build --build-tests
echo "== a throwaway PostgreSQL cluster for the hub's store tests (they run on SQLite and on it)"
PLAYBOOK_TEST_POSTGRES_URL=$(scripts/postgres-test-cluster.sh start "$fresh/postgres")
export PLAYBOOK_TEST_POSTGRES_URL
swift test --skip-build

echo "== fuzz (short, seeded): hostile content never crashes or hangs"
python3 scripts/fuzz.py --binary .build/debug/playbook --seed 1 --runs 50 --max-file-mb 2

echo "== generated files are current"
python3 scripts/embed-templates.py --check
python3 scripts/compile-theme.py --check
python3 scripts/embed-language-data.py --check
.build/debug/playbook build --content Content --out "$fresh/Site" --quiet
if ! diff -r Site "$fresh/Site" >/dev/null; then
  diff -rq Site "$fresh/Site" | head -20 >&2
  echo "Site/ is stale: run '.build/debug/playbook build' and commit Site/" >&2
  exit 1
fi

echo "== FSRS scheduler against the reference vectors (py-fsrs 6.3.2)"
# The vectors and their checker are a test fixture: Tests/PlaybookDrillTests/Fixtures/fsrs/.
fixture=Tests/PlaybookDrillTests/Fixtures/fsrs
vectors=${PLAYBOOK_FSRS_VECTORS:-$fixture/vectors.json}
if [ ! -f "$vectors" ]; then
  echo "FSRS reference vectors not found: $vectors" >&2
  exit 1
fi
.build/debug/playbook scheduler replay "$vectors" --output "$fresh/fsrs.json"
python3 "$fixture/check.py" "$fresh/fsrs.json" --ref "$vectors"
echo "== The site's JavaScript FSRS scheduler against the same vectors, and against the Swift output"
command -v node >/dev/null 2>&1 || scripts/site-check/install.sh   # installs node (needed below too)
node scripts/site-check/fsrs_replay.js "$vectors" --output "$fresh/fsrs-js.json"
python3 "$fixture/check.py" "$fresh/fsrs-js.json" --ref "$vectors"
node scripts/site-check/fsrs_compare.js "$fresh/fsrs.json" "$fresh/fsrs-js.json"
scripts/make-fuzz-vectors.sh --check   # the Swift fuzz that fsrs_test.js compares the JS fuzz with
node scripts/site-check/fsrs_test.js
echo "== The practice page's app scripts (session plan, card states, progress export/import) on the fixture deck"
node scripts/site-check/practice_test.js
echo "== The practice page's hub sync queue (pending, acknowledgement, retry, 401/403/413) against a simulated hub"
node scripts/site-check/hub_sync_test.js

echo "== The browser answer scorer against the Swift one, with the site's language data and practice data"
scripts/site-check/install.sh
. scripts/site-check/common.sh
# The OpenCC dictionaries the browser scorer folds with, against the installed OpenCC (pip marisa-trie).
"$(site_check_python)" scripts/scorer/make-scorer-language.py --opencc Data/language/opencc-folding.json --check
node scripts/site-check/scoring_vectors.js --language Site/assets/practice/language-data.js
node scripts/site-check/practice_data.js Site --content Content --answers Benchmarks/language/answers.jsonl

echo "== HTML validation, search behaviours and ranking, and browser test of the sample site"
scripts/site-check/install.sh
node scripts/site-check/search_behaviour_test.js Site
# The same answers, scores and closest titles as recorded (loading less of the index must not change them).
node scripts/site-check/search_ranking_test.js Site scripts/site-check/fixtures/search-ranking.json
scripts/site-check/validate_html.sh Site
scripts/site-check/browser_test.py Site \
  --zh 双人签章 --zh-expect 维修资金 \
  --en ICBC --en-expect 工商银行 \
  --hant 會員團購 --hant-expect 信用卡分期 \
  --one-page 'battlecards/c*.html' \
  --toc 'products/[!i]*.html' --toc 'competitors/[!i]*.html' --toc competitors/icbc.html \
  --practice objections/ebank-annual-fee.html \
  --phone-no-empty 'products/*.html' --phone-no-empty 'competitors/*.html'

echo "== The practice page from file:// at 375 px (fixture deck): five answers kept after a reload, export, import"
scripts/site-check/fixtures/practice/assemble.sh "$fresh/practice-site"
scripts/site-check/practice_browser_test.py "$fresh/practice-site"

echo "== The practice page of the built site (Site/): the same checks on the real deck"
scripts/site-check/practice_browser_test.py Site

echo "== Progress between the practice page (Site/) and the terminal: page → progress import → stats, drill → progress export → page"
scripts/site-check/practice_roundtrip_test.py Site --playbook .build/debug/playbook --content Content

echo "== The practice page syncing with a real hub serve (token, offline queue across a reload, retry, CORS allow-list)"
"$(site_check_python)" scripts/site-check/practice_hub_sync_test.py --playbook .build/debug/playbook --content Content

echo "== The trainers' dashboard in a browser (sign-in, team, learner with a hostile answer, forecast, CSP, sign-out)"
"$(site_check_python)" scripts/site-check/hub_dashboard_browser_test.py --playbook .build/debug/playbook --content Content

echo "== live reload in a real browser (playbook serve)"
scripts/site-check/live_reload_test.py .build/debug/playbook Content
