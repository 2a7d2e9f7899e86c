/* Opens a built site's browser search (assets/search.js and the scripts it loads) in Node, with a
   DOM-free stand-in for the few browser objects search.js touches; for benchmarks and tests.
     const { openSite } = require("./search_node.js");
     const results = await openSite("Site").search("手续费");   // as in the page: [{ title, url, snippet }]
*/
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

function openSite(site) {
  const context = { console, Promise, URLSearchParams, setTimeout, clearTimeout, Map, Set };
  context.window = context;
  context.location = { search: "" };
  const head = {
    appendChild(script) {
      const file = path.join(site, script.src);
      setImmediate(() => {
        let code;
        try { code = fs.readFileSync(file, "utf8"); } catch (e) { if (script.onerror) script.onerror(e); return; }
        vm.runInContext(code, context, { filename: file });
        if (script.onload) script.onload();
      });
    },
  };
  context.document = {
    readyState: "complete",
    documentElement: { getAttribute: () => "" },
    head,
    createElement: () => ({}),
    getElementById: () => null,
    addEventListener() {},
    querySelector: () => null,
  };
  vm.createContext(context);
  vm.runInContext(fs.readFileSync(path.join(site, "assets/search.js"), "utf8"), context, { filename: "search.js" });
  return context.PlaybookSearch;
}

module.exports = { openSite };
