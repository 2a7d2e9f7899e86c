#!/usr/bin/env node
/* Checks a built site's practice data (playbook build) with the browser scorer, as the
   practice page uses it: the deck's groups make the language, each card's plan comes from its
   shard. Labelled answers to the playbook's objections must score as `playbook score --batch`
   scores them (within 0.5, the same pass/fail), and every card row must have its card in the
   shard the row names.

   node scripts/site-check/practice_data.js SITE --content Content --answers Benchmarks/language/answers.jsonl
   Options: --binary PATH (default .build/debug/playbook). Exit status 1 on any difference. */
"use strict";
var fs = require("fs"), path = require("path"), child = require("child_process");

var ROOT = path.resolve(__dirname, "..", "..");

function option(name, fallback) {
  var index = process.argv.indexOf("--" + name);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

function load(file) { (0, eval)(fs.readFileSync(file, "utf8")); }

function main() {
  var site = process.argv[2];
  if (!site || site.startsWith("--")) throw new Error("usage: practice_data.js SITE --content DIR --answers FILE");
  load(path.join(site, "assets", "practice", "language-data.js"));
  ["numbers", "chinese-converter", "language", "never-say", "scorer"].forEach(function (name) {
    load(path.join(site, "assets", "practice", name + ".js"));
  });
  load(path.join(site, "practice", "deck.js"));
  var deck = globalThis.PlaybookPracticeDeck, cards = {}, problems = [];
  deck.addShard = function (number, list) {
    list.forEach(function (card) { cards[card.id] = { card: card, shard: number }; });
  };
  for (var n = 0; n < deck.shards; n++) load(path.join(site, "practice", "cards", n + ".js"));
  deck.cards.forEach(function (row) {
    var found = cards[row[0]];
    if (!found || found.shard !== row[7]) problems.push("card " + row[0] + " is not in shard " + row[7]);
  });
  var language = PlaybookLanguage.make(PlaybookScorerLanguage, deck.groups);
  var content = option("content"), answers = option("answers");
  var tally = { rows: deck.cards.length, answers: 0, sameScore: 0, samePass: 0 };
  if (content && answers) {
    var rows = fs.readFileSync(answers, "utf8").split("\n").filter(function (l) { return l.trim(); }).map(JSON.parse);
    var input = rows.map(function (r) { return JSON.stringify({ objection: r.objection, answer: r.answer }); }).join("\n") + "\n";
    var binary = option("binary", path.join(ROOT, ".build", "debug", "playbook"));
    var run = child.spawnSync(binary, ["score", "--content", content, "--batch"], { input: input, encoding: "utf8", maxBuffer: 1 << 28 });
    if (run.status !== 0) throw new Error("playbook score --batch failed: " + run.stderr);
    var expected = run.stdout.split("\n").filter(function (l) { return l.trim(); }).map(JSON.parse);
    rows.forEach(function (r, i) {
      var card = cards[expected[i].objection];
      if (!card || !card.card.plan) { problems.push("no plan for " + expected[i].objection); return; }
      var got = PlaybookScorer.score(card.card.plan, r.answer, language);
      tally.answers++;
      if (Math.abs(got.score - expected[i].score) <= 0.5) tally.sameScore++;
      if (got.pass === expected[i].pass) tally.samePass++;
      else problems.push(r.id + ": pass " + got.pass + " in the browser, " + expected[i].pass + " in playbook score");
    });
  }
  console.log(JSON.stringify(tally));
  problems.slice(0, 10).forEach(function (p) { console.log(p); });
  process.exit(problems.length || tally.sameScore !== tally.answers ? 1 : 0);
}

main();
