#!/bin/sh
# Language benchmarks: answer scoring against labelled trainee answers.
# Usage: Benchmarks/language/run.sh   (builds first; pass --misses to list disagreements)
set -e
cd "$(dirname "$0")/../.."
swift build >/dev/null
echo "== answers: scorer vs trainer labels"
python3 Benchmarks/language/answers.py "$@"
