#!/usr/bin/env bash
# Writes Tests/PlaybookDrillTests/Fixtures/fsrs/fuzz-vectors.json: the interval fuzz the drill's Swift
# scheduler draws for fixed cards, computed by compiling its sources (Sources/PlaybookDrill/Scheduler)
# with scripts/make-fuzz-vectors.swift. The site's fsrs.js is checked against the file by
# scripts/site-check/fsrs_test.js.
#
#   scripts/make-fuzz-vectors.sh           # regenerate
#   scripts/make-fuzz-vectors.sh --check   # exit 1 if the file is not what the Swift sources give
set -euo pipefail
cd "$(dirname "$0")/.."
target=Tests/PlaybookDrillTests/Fixtures/fsrs/fuzz-vectors.json
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

scheduler=Sources/PlaybookDrill/Scheduler
for file in IntervalFuzz FSRSScheduler FSRSFormulas SchedulerParameters CardState SchedulingState; do
  # One module here: the PlaybookCore import is the FNV1a file compiled alongside.
  grep -v '^import PlaybookCore$' "$scheduler/$file.swift" > "$work/$file.swift"
done
cp Sources/PlaybookDrill/Rating.swift Sources/PlaybookCore/Support/FNV1a.swift "$work/"
cp scripts/make-fuzz-vectors.swift "$work/main.swift"
swiftc -O -package-name playbook -o "$work/make-fuzz-vectors" "$work"/*.swift
"$work/make-fuzz-vectors" > "$work/fuzz-vectors.json"

if [ "${1:-}" = "--check" ]; then
  if ! diff -q "$target" "$work/fuzz-vectors.json" >/dev/null; then
    echo "$target is stale: run scripts/make-fuzz-vectors.sh and review the diff" >&2
    exit 1
  fi
else
  cp "$work/fuzz-vectors.json" "$target"
  echo "wrote $target"
fi
