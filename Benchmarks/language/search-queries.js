#!/usr/bin/env node
/* Runs the queries of queries.tsv through a built site's own browser search code (assets/search.js
   and the search/*.js scripts it loads), in Node with a DOM-free stand-in for the few browser
   objects search.js touches, and prints hit@3 and MRR per case type and overall.

     node Benchmarks/language/search-queries.js [--site SITE] [--queries FILE] [--verbose] [--json]
*/
"use strict";
const fs = require("fs");
const path = require("path");
const { openSite } = require("../../scripts/site-check/search_node.js");

function parseArgs(argv) {
  const args = { site: "Site", queries: path.join(__dirname, "queries.tsv"), verbose: false, json: false };
  for (let i = 2; i < argv.length; i++) {
    if (argv[i] === "--site") args.site = argv[++i];
    else if (argv[i] === "--queries") args.queries = argv[++i];
    else if (argv[i] === "--verbose") args.verbose = true;
    else if (argv[i] === "--json") args.json = true;
    else { console.error("unknown argument " + argv[i]); process.exit(2); }
  }
  return args;
}

function readQueries(file) {
  return fs.readFileSync(file, "utf8").split("\n")
    .filter((line) => line.trim() && !line.startsWith("#") && !line.startsWith("query\t"))
    .map((line) => {
      const [query, kind, pages] = line.split("\t");
      return { query, kind, pages: pages.trim().split(/\s+/) };
    });
}

async function main() {
  const args = parseArgs(process.argv);
  const search = openSite(args.site);
  const queries = readQueries(args.queries);
  const byCase = new Map();
  const rows = [];
  for (const q of queries) {
    const results = await search.search(q.query);
    const list = Array.isArray(results) ? results : (results && results.results) || [];
    const urls = list.map((r) => r.url);
    const rank = urls.findIndex((u) => q.pages.includes(u)) + 1;
    rows.push({ query: q.query, case: q.kind, rank, top: urls.slice(0, 3) });
    for (const key of [q.kind, "all"]) {
      const s = byCase.get(key) || { n: 0, hit3: 0, rr: 0 };
      s.n++; if (rank >= 1 && rank <= 3) s.hit3++; if (rank >= 1) s.rr += 1 / rank;
      byCase.set(key, s);
    }
  }
  if (args.json) { console.log(JSON.stringify({ rows, cases: Object.fromEntries(byCase) })); return; }
  if (args.verbose) {
    for (const r of rows) {
      console.log((r.rank >= 1 && r.rank <= 3 ? "ok  " : "MISS") + "\t" + r.case + "\t" + r.query + "\trank " + (r.rank || "-") + "\t" + r.top.join(" "));
    }
    console.log("");
  }
  console.log("| case | queries | hit@3 | MRR |");
  console.log("|---|---|---|---|");
  const order = [...byCase.keys()].filter((k) => k !== "all").concat(["all"]);
  for (const key of order) {
    const s = byCase.get(key);
    console.log(`| ${key} | ${s.n} | ${(100 * s.hit3 / s.n).toFixed(0)} % | ${(s.rr / s.n).toFixed(2)} |`);
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
