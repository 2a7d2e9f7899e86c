#!/bin/sh
# Language benchmarks: answer scoring against labelled trainee answers.
# Usage: Benchmarks/language/run.sh [--holdout] [--misses]
#   (builds first; --misses lists disagreements)
#   --holdout: the held-out playbook and set in Benchmarks/language/holdout/ instead of Content/
set -e
cd "$(dirname "$0")/../.."
set_args=""
if [ "${1:-}" = "--holdout" ]; then
  shift
  set_args="--content Benchmarks/language/holdout/Content --answers Benchmarks/language/holdout/answers.jsonl"
fi
swift build >/dev/null
echo "== answers: scorer vs trainer labels"
# shellcheck disable=SC2086
python3 Benchmarks/language/answers.py $set_args "$@"
