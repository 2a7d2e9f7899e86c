#!/usr/bin/env node
/* The site's search gives the same results, in the same order and with the same scores, as
   recorded in a fixture (issue 17: loading less of the index must not change the ranking):
     node scripts/site-check/search_ranking_test.js SITE FIXTURE           compare; exit 1 on a difference
     node scripts/site-check/search_ranking_test.js SITE FIXTURE --write   record the site's answers
     node scripts/site-check/search_ranking_test.js SITE FIXTURE --write Q...  record answers to Q...
   The fixture holds the queries and, for each, the results (url, title, kind, score to 9 places,
   snippet), whether the answer is weak or repaired, what was searched, and the closest titles. */
"use strict";
const fs = require("fs");
const { openSite } = require("./search_node.js");

const [site, fixture, mode, ...given] = process.argv.slice(2);
if (!site || !fixture) {
  console.error("usage: search_ranking_test.js SITE FIXTURE [--write [QUERY...]]");
  process.exit(2);
}

const DEFAULT_QUERIES = [
  "网银安全吗", "年费贵不贵", "利息低", "建设银行", "fee", "工资带发", "手序费", "資訊會不會外洩",
  "还款提前被罚", "手续费", "代发", "理财", "网银", "安全", "费", "客户", "没有这样的词语", "zzzz",
  "ICBC", "ATM", "工商银行", "双人签章", "會員團購", "信用卡分期", "维修资金", "app", "ETC 办理", "的",
];

function answer(results) {
  return {
    results: results.map((r) => [r.url, r.title, r.kind, Number(r.score.toFixed(9)), r.snippet]),
    weak: results.weak, repaired: results.repaired,
    shown: results.query ? results.query.shown : null,
    closest: (results.closest || []).map((r) => [r.url, r.title, r.kind]),
  };
}

async function main() {
  // A fresh page for each query, as a first query is what issue 17 is about; and one page for
  // all, as a query after others must mean the same.
  const queries = mode === "--write" ? (given.length ? given : DEFAULT_QUERIES) : JSON.parse(fs.readFileSync(fixture, "utf8")).queries;
  const fresh = {}, shared = {};
  const one = openSite(site);
  for (const q of queries) {
    fresh[q] = answer(await openSite(site).search(q));
    shared[q] = answer(await one.search(q));
  }
  if (mode === "--write") {
    fs.writeFileSync(fixture, JSON.stringify({ queries, answers: fresh }, null, 1) + "\n");
    console.log(`recorded ${queries.length} queries in ${fixture}`);
    return;
  }
  const expected = JSON.parse(fs.readFileSync(fixture, "utf8")).answers;
  let failures = 0;
  for (const q of queries) {
    for (const [how, got] of [["fresh page", fresh[q]], ["after other queries", shared[q]]]) {
      const ok = JSON.stringify(got) === JSON.stringify(expected[q]);
      if (!ok) {
        failures++;
        console.log(`FAIL "${q}" (${how}):\n  expected ${JSON.stringify(expected[q]).slice(0, 600)}\n  got      ${JSON.stringify(got).slice(0, 600)}`);
      }
    }
    if (JSON.stringify(fresh[q]) === JSON.stringify(expected[q])) console.log(`PASS "${q}": ${expected[q].results.length} results, ${expected[q].closest.length} closest`);
  }
  if (failures) { console.log(`${failures} differences`); process.exit(1); }
}

main().catch((e) => { console.error(e); process.exit(1); });
