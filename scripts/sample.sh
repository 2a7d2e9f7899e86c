#!/usr/bin/env bash
# The main job: installs what is missing, builds playbook, and builds the sample playbook in
# Content/ into the static site in Site/ (open Site/index.html in a browser). The model is
# also exported to build/playbook.json.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --static
# The Swift runtime linked in: a command starts in ~13 ms instead of ~38 ms (the drill's first card).
swift build -c release --static-swift-stdlib --product playbook
bin=.build/release/playbook
"$bin" check --content Content
"$bin" build --content Content --templates Templates --out Site
mkdir -p build
"$bin" export json --content Content > build/playbook.json
echo "open Site/index.html in a browser (it works from file://)" >&2
