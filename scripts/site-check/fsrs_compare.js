#!/usr/bin/env node
/* Compares two FSRS replay outputs (reference-vector schema) field by field, e.g. the JavaScript
   scheduler's against `playbook scheduler replay` or against vectors.json itself:

     node scripts/site-check/fsrs_compare.js A.json B.json [--rel-tol 1e-12]

   Histories are matched by id, reviews by position. Every review field present in A must be in B:
   whole numbers, strings and nulls must be equal, other numbers (stability, difficulty,
   retrievability, scheduled_days) within the relative tolerance. Prints the largest difference per
   field. Exit status: 0 equal, 1 a difference, 2 usage or unreadable input. */
"use strict";
const fs = require("fs");

function fail(message, status) {
  process.stderr.write(message + "\n");
  process.exit(status);
}

const args = process.argv.slice(2);
const files = [];
let relTol = 1e-12;
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--rel-tol") {
    relTol = Number(args[++i]);
    if (!(relTol >= 0)) fail("--rel-tol needs a number >= 0", 2);
  } else {
    files.push(args[i]);
  }
}
if (files.length !== 2) fail("usage: node fsrs_compare.js A.json B.json [--rel-tol 1e-12]", 2);

function load(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    return fail(`${file}: cannot read (${error.message}); give a replay output or vectors.json`, 2);
  }
}
const [a, b] = files.map(load);
const bById = new Map((b.histories || []).map((h) => [h.id, h]));

const largest = {};
const problems = [];
let reviews = 0;
for (const history of a.histories || []) {
  const other = bById.get(history.id);
  if (!other) {
    problems.push(`${history.id}: missing from ${files[1]}`);
    continue;
  }
  if (other.reviews.length !== history.reviews.length) {
    problems.push(`${history.id}: ${history.reviews.length} reviews in ${files[0]}, ${other.reviews.length} in ${files[1]}`);
    continue;
  }
  history.reviews.forEach((review, index) => {
    reviews += 1;
    const where = `${history.id}#${index}`;
    for (const [key, x] of Object.entries(review)) {
      const y = other.reviews[index][key];
      if (!(key in other.reviews[index])) {
        problems.push(`${where}: ${key} missing from ${files[1]}`);
      } else if (typeof x === "number" && typeof y === "number" && !(Number.isInteger(x) && Number.isInteger(y))) {
        const rel = x === y ? 0 : Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y));
        if (!largest[key] || rel > largest[key].rel) largest[key] = { rel, where };
        if (rel > relTol) problems.push(`${where}: ${key} ${x} vs ${y} (rel ${rel.toExponential(3)})`);
      } else if (x !== y) {
        problems.push(`${where}: ${key} ${JSON.stringify(x)} vs ${JSON.stringify(y)}`);
      }
    }
  });
}

process.stdout.write(`compared ${(a.histories || []).length} histories / ${reviews} reviews, relative tolerance ${relTol}\n`);
for (const key of Object.keys(largest).sort()) {
  process.stdout.write(`  ${key.padEnd(16)} max rel ${largest[key].rel.toExponential(3)} (at ${largest[key].where})\n`);
}
if (problems.length > 0) {
  problems.slice(0, 25).forEach((p) => process.stdout.write(`DIFF ${p}\n`));
  fail(`${problems.length} differences between ${files[0]} and ${files[1]}`, 1);
}
process.stdout.write("EQUAL\n");
