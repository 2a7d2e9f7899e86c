#!/usr/bin/env node
/* Behaviours of the site's search, through its own browser code (search_node.js), on the sample site:
     node scripts/site-check/search_behaviour_test.js [SITE]     (default: Site)
   Each check names a behaviour; the script exits 1 when one fails. */
"use strict";
const { openSite } = require("./search_node.js");

const site = process.argv[2] || "Site";
const search = openSite(site);
let failures = 0;

function report(ok, name, detail) {
  console.log((ok ? "PASS " : "FAIL ") + name + (ok ? "" : ": " + detail));
  if (!ok) failures++;
}

async function topUrls(query, n) { return (await search.search(query)).slice(0, n).map((r) => r.url); }

async function finds(name, query, url, within) {
  const urls = await topUrls(query, within || 3);
  report(urls.includes(url), name, `"${query}" → ${JSON.stringify(urls)}, expected ${url}`);
}

async function main() {
  await finds("a question with particles finds the objection", "网银安全吗", "objections/ebank-theft.html");
  await finds("A-not-A reduces to the word", "年费贵不贵", "objections/ebank-annual-fee.html");
  await finds("not every word must match: the best covered page ranks first", "利息低", "objections/fund-interest-low.html", 1);
  await finds("a spoken bank name expands to the competitor's aliases", "建设银行", "objections/ccb-housing-ties.html");
  await finds("an English word expands through the thesaurus", "fee", "objections/ebank-annual-fee.html", 5);
  await finds("a homophone IME slip is repaired (带发 → 代发)", "工资带发", "products/payroll.html", 1);
  await finds("a homophone IME slip is repaired (手序费 → 手续费)", "手序费", "objections/interbank-transfer-fee.html");
  await finds("Taiwan phrasing finds Simplified pages (資訊 → 信息)", "資訊會不會外洩", "objections/privacy-leak.html");
  await finds("words in another order", "还款提前被罚", "objections/early-repayment-penalty.html");

  const typo = await search.search("手序费");
  const repaired = typo.query.tokens.some((t) => t.alts.some((a) => a.text === "手续费" && a.why));
  report(repaired, "a repaired word says what it repaired", JSON.stringify(typo.query.tokens));

  const hant = await search.search("會員團購");
  const marked = hant.length && /<mark>[^<]+<\/mark>/.test(hant[0].snippet);
  report(marked, "a Traditional query highlights the matched words in the page's text", hant[0] && hant[0].snippet);

  const none = await search.search("外汇期权报价");
  report(none.weak && none.query.shown.length > 0, "a query nothing covers says what was searched",
    JSON.stringify({ weak: none.weak, shown: none.query.shown }));
  const nothing = await search.search("zzqx");
  report(nothing.length === 0 && nothing.weak, "a query that matches nothing has no results", nothing.length);
  const offer = await search.search("维修资金xyz");
  report(offer.length > 0, "a query with an unknown word still finds what the rest covers", offer.length);
  const empty = await search.search("期权");
  const close = empty.closest.map((c) => c.title);
  report(empty.length === 0 && close.length > 0 && close.every((t) => t.includes("期")),
    "with nothing found, the closest titles are offered", JSON.stringify({ results: empty.length, closest: close }));

  process.exit(failures ? 1 : 0);
}

main().catch((e) => { console.error(e); process.exit(1); });
