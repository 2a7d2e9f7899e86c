#!/usr/bin/env bash
# Benchmarks of `playbook hub serve` (issue 16), on SQLite and on PostgreSQL, release build:
#
#  1. sync load: LEARNERS learners x REVIEWS reviews each, posted as BATCH-event batches by
#     CLIENTS concurrent clients on loopback (wrk + sync.lua, one connection per wrk thread):
#     throughput, p50/p99 latency per batch, and events lost and duplicated, counted in the
#     store afterwards (SQL) against what was sent.
#  2. team: the store filled up to TEAM_REVIEWS reviews per learner (through the same API, one
#     big batch per learner), then GET /api/v1/team (and /dashboard when the hub has it) RUNS
#     times as a trainer: median time to answer, body size, and the hub's peak RSS (VmHWM).
#
#   Benchmarks/hub/run.sh                       # 1,000 x 50 by 50 clients; /team at 1,000,000 reviews
#   FILL=direct Benchmarks/hub/run.sh           # read path only: the store written with SQL (fill.py)
#
# FILL=direct skips the sync load and fills the store with Benchmarks/hub/fill.py straight through
# SQL (LEARNERS learners, TEAM_REVIEWS reviews each on average over 60 days, consistent card states):
# through the API the fill alone takes ~15 minutes, with SQL well under one. It bypasses ingest, so
# it measures only the read path (/api/v1/team, /dashboard, the forecast, a learner's page).
#   LEARNERS=100 TEAM_REVIEWS=100 ENGINES=sqlite Benchmarks/hub/run.sh   # a quick look
#
# PostgreSQL is a throwaway cluster (scripts/postgres-test-cluster.sh) with commits flushed to
# disk (POSTGRES_CLUSTER_DURABLE=1), as SQLite's are. Prints a table; RESULTS=FILE also writes
# the JSON lines it is made from; KEEP=1 keeps the work folder (wrk's output, the hub's log).
set -euo pipefail
cd "$(dirname "$0")/../.."

LEARNERS=${LEARNERS:-1000}
REVIEWS=${REVIEWS:-50}
BATCH=${BATCH:-10}
CLIENTS=${CLIENTS:-50}
TEAM_REVIEWS=${TEAM_REVIEWS:-1000}
RUNS=${RUNS:-5}
FILL=${FILL:-api}
ENGINES=${ENGINES:-sqlite postgres}
CONTENT=${CONTENT:-Content}
binary=${PLAYBOOK:-.build/release/playbook}

if [ ! -x "$binary" ]; then swift build -c release --product playbook; fi
if ! command -v wrk >/dev/null 2>&1; then
  echo "installing: wrk" >&2
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk >/dev/null \
    || { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk >/dev/null; }
fi
if [ $((REVIEWS % BATCH)) -ne 0 ] || [ "$TEAM_REVIEWS" -lt "$REVIEWS" ]; then
  echo "REVIEWS must be a multiple of BATCH, TEAM_REVIEWS at least REVIEWS" >&2; exit 2
fi

work=$(mktemp -d)
hub_pid=""
cleanup() {
  [ -n "$hub_pid" ] && kill "$hub_pid" 2>/dev/null && wait "$hub_pid" 2>/dev/null || true
  scripts/postgres-test-cluster.sh stop "$work/pg" >/dev/null 2>&1 || true
  if [ -n "${KEEP:-}" ]; then echo "kept: $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
results=$work/results.jsonl
load_start=1767225600   # 2026-01-01T00:00:00Z: the load's reviews, ten minutes apart
seed_start=1735689600   # 2025-01-01T00:00:00Z: the reviews that fill the store for /team

# Learners learner0000… (10 teams) and one trainer: `hub user add` in 4 parallel processes.
add_users() {
  local store=("$@")
  seq -f "learner%04g" 0 $((LEARNERS - 1)) | xargs -P 4 -I{} bash -c \
    'printf "%s\t%s\n" "$1" "$("$0" hub user add "$1" --role learner --team "team${1: -1}" "$2" "$3" | tail -1)"' \
    "$binary" {} "${store[@]}" >"$work/tokens.tsv" 2>"$work/users.log"
  if awk -F'\t' '$2 == "" {bad = 1} END {exit !bad}' "$work/tokens.tsv"; then
    echo "hub user add failed for: $(awk -F'\t' '$2 == "" {print $1}' "$work/tokens.tsv" | tr '\n' ' ')" >&2
    cat "$work/users.log" >&2
    exit 1
  fi
  "$binary" hub user add trainer --role trainer "${store[@]}" | tail -1
}

start_hub() {
  : >"$work/hub.log"
  "$binary" hub serve --content "$CONTENT" --port 0 "$@" 2>"$work/hub.log" &
  hub_pid=$!
  for _ in $(seq 600); do
    port=$(sed -n 's|.*http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$work/hub.log" | head -1)
    [ -n "$port" ] && return 0
    kill -0 "$hub_pid" 2>/dev/null || { cat "$work/hub.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "hub did not start" >&2; cat "$work/hub.log" >&2; exit 1
}

stop_hub() { kill "$hub_pid"; wait "$hub_pid" || true; hub_pid=""; }

# wrk with sync.lua: BATCHES batches of SIZE per learner, tag TAG; waits for every thread's
# file (wrk itself runs for its -d), then prints summarize.py's JSON.
post_batches() {
  local batches=$1 size=$2 tag=$3 first=$4 out=$work/$5
  mkdir -p "$out"
  wrk -t"$CLIENTS" -c"$CLIENTS" -d3600s --timeout 60s -s Benchmarks/hub/sync.lua "http://127.0.0.1:$port" -- \
    "$work/tokens.tsv" "$batches" "$size" "$tag" "$first" "$out" "$CLIENTS" >"$out/wrk.txt" 2>&1 &
  local wrk_pid=$!
  for _ in $(seq 36000); do
    [ "$(ls "$out" | grep -c '^thread-')" -ge "$CLIENTS" ] && break
    kill -0 "$wrk_pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -INT "$wrk_pid" 2>/dev/null || true
  wait "$wrk_pid" 2>/dev/null || true
  python3 Benchmarks/hub/summarize.py "$out" "$size"
}

# Review rows and distinct (learner, id) pairs whose id is LIKE PATTERN, read with SQL.
count_stored() {
  local engine=$1 pattern=$2
  local query="SELECT COUNT(*) || ' ' || COUNT(DISTINCT CAST(user_id AS TEXT) || '/' || uid) FROM hub_review WHERE uid LIKE '$pattern'"
  if [ "$engine" = sqlite ]; then sqlite3 "$work/sqlite/hub.sqlite" "$query"; else psql -tA "$database" -c "$query"; fi
}

median_get() {
  local path=$1 token=$2 times=() status size
  for _ in $(seq "$RUNS"); do
    read -r status size seconds < <(curl -s -o /dev/null -w '%{http_code} %{size_download} %{time_total}\n' \
      -H "Authorization: Bearer $token" "http://127.0.0.1:$port$path")
    [ "$status" = 200 ] || { echo "{\"path\":\"$path\",\"status\":$status}"; return; }
    times+=("$seconds")
  done
  printf '%s\n' "${times[@]}" | python3 -c "import sys, statistics, json; t=[float(x) for x in sys.stdin]; \
print(json.dumps({'path': '$path', 'status': 200, 'bytes': $size, 'median_s': round(statistics.median(t), 3), 'runs': [round(x, 3) for x in t]}))"
}

for engine in $ENGINES; do
  echo "== $engine: $LEARNERS learners" >&2
  if [ "$engine" = sqlite ]; then
    store=(--data "$work/sqlite")
  else
    database=$(POSTGRES_CLUSTER_DURABLE=1 scripts/postgres-test-cluster.sh start "$work/pg")
    store=(--database "$database")
  fi
  if [ "$FILL" = direct ]; then
    # The trainer through the CLI (which creates the schema), everything else with SQL.
    trainer=$("$binary" hub user add trainer --role trainer "${store[@]}" | tail -1)
    [ -f "$work/cards.json" ] || "$binary" export json --content "$CONTENT" >"$work/cards.json"
    echo "   filling the store with SQL: $LEARNERS learners x ~$TEAM_REVIEWS reviews" >&2
    target=$([ "$engine" = sqlite ] && echo "$work/sqlite" || echo "$database")
    filled=$(python3 Benchmarks/hub/fill.py "$engine" "$target" "$work/cards.json" "$LEARNERS" "$TEAM_REVIEWS")
    echo "{\"engine\":\"$engine\",\"part\":\"direct-fill\",\"fill\":$filled}" >>"$results"
    start_hub "${store[@]}"
  else
    started=$(date +%s.%N)
    trainer=$(add_users "${store[@]}")
    seed_seconds=$(python3 -c "print(round($(date +%s.%N) - $started, 1))")
    start_hub "${store[@]}"

    echo "   load: $((LEARNERS * REVIEWS)) reviews in batches of $BATCH by $CLIENTS clients" >&2
    load=$(post_batches $((REVIEWS / BATCH)) "$BATCH" load "$load_start" "$engine-load")
    read -r rows distinct < <(count_stored "$engine" "load-%")
    rss_load=$(awk '/VmHWM/ {print $2}' "/proc/$hub_pid/status")
    echo "{\"engine\":\"$engine\",\"part\":\"load\",\"users_seconds\":$seed_seconds,\"sent\":$((LEARNERS * REVIEWS)),\"rows\":$rows,\"stored\":$distinct,\"peak_rss_kb\":$rss_load,\"wrk\":$load}" >>"$results"

    fill=$((TEAM_REVIEWS - REVIEWS))
    if [ "$fill" -gt 0 ]; then
      echo "   filling the store: $((LEARNERS * fill)) more reviews, one batch per learner" >&2
      seed=$(post_batches 1 "$fill" seed "$seed_start" "$engine-seed")
      echo "{\"engine\":\"$engine\",\"part\":\"fill\",\"wrk\":$seed}" >>"$results"
    fi
  fi
  read -r total _ < <(count_stored "$engine" "%")
  echo "   GET /api/v1/team, /dashboard, /dashboard/forecast, a learner's page x $RUNS at $total reviews" >&2
  rss_before=$(awk '/VmHWM/ {print $2}' "/proc/$hub_pid/status")
  team=$(median_get /api/v1/team "$trainer")
  dashboard=$(median_get /dashboard "$trainer")
  forecast=$(median_get /dashboard/forecast "$trainer")
  learner=$(median_get "/dashboard/learners/$(printf 'learner%04d' $((LEARNERS / 2)))" "$trainer")
  rss=$(awk '/VmHWM/ {print $2}' "/proc/$hub_pid/status")
  echo "{\"engine\":\"$engine\",\"part\":\"team\",\"reviews\":$total,\"team\":$team,\"dashboard\":$dashboard,\"forecast\":$forecast,\"learner\":$learner,\"peak_rss_kb\":$rss,\"peak_rss_before_kb\":$rss_before}" >>"$results"
  stop_hub
  if [ "$engine" = postgres ]; then scripts/postgres-test-cluster.sh stop "$work/pg"; fi
done

python3 Benchmarks/hub/table.py "$results"
if [ -n "${RESULTS:-}" ]; then cp "$results" "$RESULTS"; fi
