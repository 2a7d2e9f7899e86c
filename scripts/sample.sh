#!/usr/bin/env bash
# The main job: installs what is missing, builds playbook, checks the sample playbook in
# Content/ and exports its model to build/playbook.json.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build -c release --product playbook
bin=.build/release/playbook
"$bin" check --content Content
mkdir -p build
"$bin" export json --content Content > build/playbook.json
echo "sample playbook checked; model exported to build/playbook.json" >&2
