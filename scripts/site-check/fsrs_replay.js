#!/usr/bin/env node
/* Replays FSRS review histories through the site's JavaScript scheduler
   (Templates/assets/practice/fsrs.js and fsrs-replay.js), like `playbook scheduler replay`:

     node scripts/site-check/fsrs_replay.js VECTORS.json --output OUT.json

   OUT.json has the reference-vector schema, so the fixture's check.py verifies it:
     python3 Tests/PlaybookDrillTests/Fixtures/fsrs/check.py OUT.json --ref VECTORS.json
   Exit status: 0 written, 1 the input cannot be read or replayed (the message says why), 2 usage. */
"use strict";
const fs = require("fs");
const path = require("path");

const assets = path.join(__dirname, "..", "..", "Templates", "assets", "practice");
require(path.join(assets, "fsrs.js"));
require(path.join(assets, "fsrs-replay.js"));
const FSRS = globalThis.PlaybookFSRS;

function usage(message) {
  process.stderr.write(`${message}\nusage: node fsrs_replay.js VECTORS.json --output OUT.json\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let input = null;
let output = null;
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--output") {
    output = args[++i];
    if (!output) usage("--output needs a file name");
  } else if (input === null) {
    input = args[i];
  } else {
    usage(`unexpected argument: ${args[i]}`);
  }
}
if (input === null || output === null) usage("give the replay file and --output");

let text;
try {
  text = fs.readFileSync(input, "utf8");
} catch (error) {
  process.stderr.write(`${input}: cannot read the replay file (${error.message}); check the path\n`);
  process.exit(1);
}
try {
  const result = FSRS.replay(text);
  fs.writeFileSync(output, JSON.stringify(result, null, 2) + "\n");
  const reviews = result.histories.reduce((n, h) => n + h.reviews.length, 0);
  process.stdout.write(`${output}: ${result.histories.length} histories, ${reviews} reviews replayed\n`);
} catch (error) {
  process.stderr.write(`${input}: ${error.message}\n`);
  process.exit(1);
}
