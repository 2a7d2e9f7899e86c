#!/usr/bin/env node
/* Checks the browser answer scorer (Templates/assets/practice/*.js) against the Swift one.

   node scripts/site-check/scoring_vectors.js
       the vectors: Tests/PlaybookDrillTests/Fixtures/scoring/vectors.json with the plans
       scripts/make-scoring-vectors.py writes next to them (plans.json)
   node scripts/site-check/scoring_vectors.js --content Content --answers Benchmarks/language/answers.jsonl
       labelled answers to a playbook's objections, against `playbook score --batch` now
       (plans from `--batch --plan`, the playbook's own synonym groups from `--groups`)

   Options: --binary PATH (default .build/debug/playbook), --language FILE (the data script
   scripts/scorer/make-scorer-language.py writes; made in a temporary folder by default),
   --show N (list up to N disagreements). Exit status 1 when a score differs by more than 0.5
   or pass/fail differs. */
"use strict";
var fs = require("fs"), os = require("os"), path = require("path"), child = require("child_process");

var ROOT = path.resolve(__dirname, "..", "..");
var FIXTURES = path.join(ROOT, "Tests", "PlaybookDrillTests", "Fixtures", "scoring");

function option(name, fallback) {
  var index = process.argv.indexOf("--" + name);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

function languageData() {
  var file = option("language");
  if (!file) {
    file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "scorer-")), "language.js");
    child.execFileSync("python3", [path.join(ROOT, "scripts", "scorer", "make-scorer-language.py"), "--out", file]);
  }
  return file;
}

function load(file) {
  (0, eval)(fs.readFileSync(file, "utf8"));  // plain scripts that set globals, as in a page
}

function playbook(args, input) {
  var binary = option("binary", path.join(ROOT, ".build", "debug", "playbook"));
  var run = child.spawnSync(binary, args, { input: input, encoding: "utf8", maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error("playbook " + args.join(" ") + " failed: " + run.stderr);
  return run.stdout;
}

function jsonLines(text) {
  return text.split("\n").filter(function (l) { return l.trim(); }).map(function (l) { return JSON.parse(l); });
}

/* Equal as JSON values, numbers within 1e-9, key order ignored. */
function same(a, b) {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) < 1e-9;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every(function (x, i) { return same(x, b[i]); });
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    var keys = Object.keys(a).sort(), other = Object.keys(b).sort();
    return same(keys, other) && keys.every(function (k) { return same(a[k], b[k]); });
  }
  return a === b;
}

function compare(cases) {
  var tally = { cases: cases.length, scoreWithinHalf: 0, sameScore: 0, samePass: 0, sameCovered: 0, sameFlagged: 0,
    sameEvidence: 0, sameWords: 0 };
  var misses = [];
  cases.forEach(function (c) {
    var got = PlaybookScorer.score(c.plan, c.answer, c.language), want = c.expected;
    if (Math.abs(got.score - want.score) <= 0.5) tally.scoreWithinHalf++;
    if (got.score === want.score) tally.sameScore++;
    if (got.pass === want.pass) tally.samePass++;
    if (same(got.covered, want.covered)) tally.sameCovered++;
    if (same(got.flagged, want.flagged)) tally.sameFlagged++;
    var evidence = same(got.keyPoints, want.keyPoints) && same(got.flags, want.flags);
    if (evidence) tally.sameEvidence++;
    if (!want.answerWords || same(got.answerWords, want.answerWords)) tally.sameWords++;
    if (!evidence || got.pass !== want.pass) misses.push({ name: c.name, answer: c.answer, js: got, swift: want });
  });
  return { tally: tally, misses: misses };
}

function vectorCases() {
  var vectors = JSON.parse(fs.readFileSync(path.join(FIXTURES, "vectors.json"), "utf8"));
  var plans = JSON.parse(fs.readFileSync(path.join(FIXTURES, "plans.json"), "utf8"));
  if (plans.length !== vectors.length) throw new Error("plans.json does not match vectors.json: run scripts/make-scoring-vectors.py");
  return vectors.map(function (v, i) { return { name: v.name, answer: v.answer, plan: plans[i], expected: v.expected }; });
}

function answerCases(content, answers) {
  var rows = jsonLines(fs.readFileSync(answers, "utf8"));
  var input = rows.map(function (r) { return JSON.stringify({ objection: r.objection, answer: r.answer }); }).join("\n") + "\n";
  var groups = JSON.parse(playbook(["score", "--content", content, "--groups"], ""));
  var language = PlaybookLanguage.make(PlaybookScorerLanguage, groups.map(function (g) { return [g.id].concat(g.words); }));
  var plans = jsonLines(playbook(["score", "--content", content, "--batch", "--plan"], input));
  var results = jsonLines(playbook(["score", "--content", content, "--batch"], input));
  return rows.map(function (r, i) {
    return { name: r.id, answer: r.answer, plan: plans[i], expected: results[i], language: language };
  });
}

function main() {
  load(languageData());
  ["numbers", "chinese-converter", "language", "never-say", "scorer"].forEach(function (name) {
    load(path.join(ROOT, "Templates", "assets", "practice", name + ".js"));
  });
  var content = option("content");
  var cases = content ? answerCases(content, option("answers", path.join(ROOT, "Benchmarks", "language", "answers.jsonl")))
    : vectorCases();
  var result = compare(cases);
  var t = result.tally;
  console.log(JSON.stringify(t));
  result.misses.slice(0, Number(option("show", "5"))).forEach(function (m) {
    console.log("\n" + m.name + ": " + m.answer + "\n  js:    " + JSON.stringify(m.js) + "\n  swift: " + JSON.stringify(m.swift));
  });
  process.exit(t.scoreWithinHalf === t.cases && t.samePass === t.cases ? 0 : 1);
}

main();
