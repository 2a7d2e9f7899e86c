/* playbook search: runs in the browser, offline, from file:// or any sub-path.
   The index is a set of scripts under search/ (a small meta, lang, posting shards, title shards,
   text shards), loaded on demand: a query loads the posting shards of its terms and the title and
   text shards of the documents it ranks, and all titles (titles.js) only to offer the closest
   ones when nothing matches; search-query.js turns the query into tokens with alternatives (synonyms, typo repairs).
   Ranking: documents holding every token first, then by a BM25-like score over the tokens'
   phrases and character bigrams, with titles and the customer's own words weighted up. */
(function () {
  "use strict";
  var PB = (window.PB = window.PB || { idx: {}, docs: {} });
  PB.titles = PB.titles || {};
  var root = document.documentElement.getAttribute("data-root") || "";
  var loading = {};
  var MAX_SHARDS = 4, REPAIR_SHARDS = 3, CANDIDATES = 24, RESULTS = 20, WEAK = 0.5;
  var TITLE = 3, QUOTE = 2, PARTIAL = 0.5;
  var normalizedTitles = {}, normalizedTexts = {};

  function load(path) {
    if (!loading[path]) {
      loading[path] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = root + path + ".js";
        script.onload = resolve;
        script.onerror = function () { reject(new Error("cannot load " + path + ".js")); };
        document.head.appendChild(script);
      });
    }
    return loading[path];
  }

  /* Everything a query needs before its shards: the index's table of contents, its language
     data (an index without one still searches), and the query code. */
  function loadBase() {
    return Promise.all([load("search/meta"), load("search/lang").catch(function () {}), load("assets/search-query")]).then(warm);
  }

  function shardOf(term) {
    var hash = 2166136261;
    for (var i = 0; i < term.length; i++) {
      hash ^= term.charCodeAt(i);
      hash = Math.imul(hash, 16777619) >>> 0;
    }
    return hash % PB.meta.shards;
  }

  function posting(term) { return (PB.idx[shardOf(term)] || {})[term] || []; }

  /* Where a term is in the titles: document, position (code points into the normalised title)
     pairs, flat, from the term's posting shard; each document as the difference from the one
     before. */
  function titlePosting(term) { return (PB.idx[shardOf(term)] || {})["^" + term] || []; }

  function escapeHTML(s) {
    return s.replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  /* A text's normalised form (one code point for one, as normalizeChar), with one native
     replace over the characters that change: titles and texts are long, queries short. */
  var changing = null;
  function normalize(text) {
    if (!changing) {
      var folded = Object.keys(PB.meta.fold).join("").replace(/[\\\]^-]/g, "\\$&");
      changing = new RegExp("[A-Z\\uFF01-\\uFF5E" + folded + "]", "gu");
    }
    return text.replace(changing, PB.query.normalizeChar);
  }

  /* A document's compact title: [title, folder, file name, kind(, 1 when its text starts with
     what the customer says)], from its title shard. */
  function titleEntry(id) {
    return PB.titles[Math.floor(id / PB.meta.titlesPerShard)][id % PB.meta.titlesPerShard];
  }

  /* A title's text: from titles.js (every title) when a query has loaded it, else the shard. */
  function titleText(id) { return PB.allTitles ? PB.allTitles[id] : titleEntry(id)[0]; }

  function loadTitles(ids) {
    var shards = {};
    ids.forEach(function (id) { shards[Math.floor(id / PB.meta.titlesPerShard)] = true; });
    return Promise.all(Object.keys(shards).map(function (s) { return load("search/titles-" + s); }));
  }

  function normalizedTitle(id) {
    var cached = normalizedTitles[id];
    if (cached === undefined) cached = normalizedTitles[id] = normalize(titleText(id));
    return cached;
  }

  function textOf(id) { return PB.docs[Math.floor(id / PB.meta.docsPerShard)][id % PB.meta.docsPerShard]; }

  function normalizedText(id) {
    var cached = normalizedTexts[id];
    if (cached === undefined) cached = normalizedTexts[id] = normalize(textOf(id));
    return cached;
  }

  function contentTokens(q) { return q.tokens.filter(function (t) { return !t.stop; }); }

  /* Loads the posting shards of the query's alternatives within a budget of shards: the
     query's own words first, then one alternative of each word in turn. An alternative over
     budget is left out (`loaded` false). Typo repairs come in a second round with a budget of
     their own. */
  function loadPostings(q, repairs) {
    /* Shards count against the budget whether or not an earlier query loaded them, so a
       query means the same the first time and the next. */
    var shards = {}, count = 0, budget = repairs ? REPAIR_SHARDS : MAX_SHARDS;
    function take(a) {
      if (a.loaded !== undefined || (a.kind === "repair") !== !!repairs) return;
      a.terms = PB.query.termsOf(a.text);
      var needed = [];
      a.terms.forEach(function (t) {
        var s = shardOf(t);
        if (!shards[s] && needed.indexOf(s) < 0) needed.push(s);
      });
      a.loaded = count + needed.length <= budget;
      if (a.loaded) needed.forEach(function (s) { shards[s] = true; count++; });
    }
    /* A pasted sentence has more words than the budget: take them spread over the whole of it. */
    var tokens = contentTokens(q), step = tokens.length / Math.min(tokens.length, budget), spread = [];
    for (var k = 0; k * step < tokens.length; k++) spread.push(tokens[Math.floor(k * step)]);
    tokens = spread.concat(tokens.filter(function (t) { return spread.indexOf(t) < 0; }));
    var longest = Math.max.apply(null, tokens.map(function (t) { return t.alts.length; }).concat([0]));
    for (var round = 0; round < longest; round++) {
      tokens.forEach(function (t) { if (round < t.alts.length) take(t.alts[round]); });
    }
    return Promise.all(Object.keys(shards).map(function (s) { return load("search/idx-" + s); }));
  }

  /* Work every query needs once, done as soon as the index's first files are in (on focus): the
     language data's tables. Titles are normalised when a query first looks at them, because a
     query typed as the page opens would otherwise wait for all of them. */
  var warmed = false;
  function warm() {
    if (warmed) return;
    warmed = true;
    PB.query.prepare();
  }

  function idf(df, n) { return Math.log(1 + (n - df + 0.5) / (df + 0.5)); }

  /* Per alternative: how many of its terms each document holds (a typed array by document
     number: a common pair is in thousands of documents), and its rarest term's idf. */
  function measure(q, n) {
    contentTokens(q).forEach(function (t) {
      t.alts = t.alts.filter(function (a) { return a.loaded; });
      t.alts.forEach(function (a) {
        a.terms = PB.query.termsOf(a.text);
        a.hits = new Uint8Array(n);
        a.ids = [];
        var df = n;
        a.terms.forEach(function (term) {
          var ids = posting(term);
          df = Math.min(df, ids.length);
          for (var i = 0; i < ids.length; i++) { if (!a.hits[ids[i]]++) a.ids.push(ids[i]); }
        });
        a.idf = idf(df, n);
      });
      t.idf = Math.max.apply(null, t.alts.map(function (a) { return a.idf; }));
    });
  }

  function coverage(a, id) { return a.terms.length ? a.hits[id] / a.terms.length : 0; }

  /* Which documents holding all of an alternative's terms have it in their titles, from the
     title postings, without the titles: a phrase is in a title where its terms are at the right
     offsets from one start. That is exact when the terms cover the phrase (a CJK phrase: its
     bigrams or its one character; a Latin word); otherwise (several Latin words, Latin and CJK
     mixed) the documents whose titles hold every term are checked against their titles, whose
     shards this loads. */
  function titleHits(q) {
    var unsure = [];
    contentTokens(q).forEach(function (t) {
      t.alts.forEach(function (a) {
        var offsets = null, starts = null;
        if (!/[a-z0-9]/.test(a.text)) offsets = a.terms.map(function (term, i) { return i; });
        else if (/^[a-z0-9]+$/.test(a.text)) offsets = [0];
        a.terms.forEach(function (term, i) {
          var list = titlePosting(term), next = new Map();
          for (var k = 0, id = 0; k < list.length; k += 2) {
            id += list[k];
            var at = offsets ? list[k + 1] - offsets[i] : 0;
            if (starts ? !(starts.has(id) && starts.get(id).has(at)) : a.hits[id] !== a.terms.length) continue;
            if (!next.has(id)) next.set(id, new Set());
            next.get(id).add(at);
          }
          starts = next;
        });
        a.titled = new Set(starts ? starts.keys() : []);
        a.sure = !!offsets;
        if (!a.sure) a.titled.forEach(function (id) { unsure.push(id); });
      });
    });
    return PB.allTitles ? Promise.resolve() : loadTitles(unsure);
  }

  function inTitle(a, id) { return a.titled.has(id) && (a.sure || normalizedTitle(id).indexOf(a.text) >= 0); }

  /* First pass, from postings and titles only: the documents worth fetching the text of. */
  function candidates(q, n) {
    var tokens = contentTokens(q), score = new Float64Array(n), full = new Uint8Array(n), seen = [];
    var best = new Float64Array(n), whole = new Uint8Array(n);
    tokens.forEach(function (t) {
      var touched = [];
      t.alts.forEach(function (a) {
        for (var i = 0; i < a.ids.length; i++) {
          var id = a.ids[i], c = coverage(a, id);
          var s = a.weight * a.idf * (c + (c === 1 && inTitle(a, id) ? TITLE : 0));
          if (!best[id] && !whole[id]) touched.push(id);
          if (s > best[id]) best[id] = s;
          if (c === 1) whole[id] = 1;
        }
      });
      touched.forEach(function (id) {
        if (!score[id] && !full[id]) seen.push(id);
        score[id] += best[id]; full[id] += whole[id];
        best[id] = 0; whole[id] = 0;
      });
    });
    var all = tokens.length;
    return seen.sort(function (x, y) {
      return (full[y] === all) - (full[x] === all) || score[y] - score[x] || x - y;
    }).slice(0, CANDIDATES);
  }

  function count(text, phrase) {
    var n = 0;
    for (var at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) n++;
    return n;
  }

  /* Second pass, on the texts: phrase matches in the title, the customer's words (an
     objection's first line) and the body, saturated like BM25; an alternative found only as
     scattered bigrams counts for less. */
  function score(q, ids) {
    var lengths = ids.map(function (id) { return normalizedText(id).length; });
    var average = lengths.reduce(function (x, y) { return x + y; }, 0) / Math.max(1, lengths.length) || 1;
    var tokens = contentTokens(q);
    var total = tokens.reduce(function (x, t) { return x + t.idf; }, 0) || 1;
    return ids.map(function (id, i) {
      var title = normalizedTitle(id), body = normalizedText(id);
      var entry = titleEntry(id);
      var quote = entry[4] === 1 ? body.slice(0, body.indexOf("\n") < 0 ? body.length : body.indexOf("\n")) : "";
      var norm = 1.2 * (0.25 + 0.75 * lengths[i] / average);
      var result = { id: id, score: 0, matched: 0, covered: 0, phrases: [] };
      tokens.forEach(function (t) {
        var best = 0, exact = false;
        t.alts.forEach(function (a) {
          var tf = count(body, a.text), inTitle = title.indexOf(a.text) >= 0;
          var s;
          if (tf || inTitle) {
            s = 1 + (inTitle ? TITLE : 0) + (quote && quote.indexOf(a.text) >= 0 ? QUOTE : 0) + tf * 2.2 / (tf + norm);
            exact = true;
            result.phrases.push(a.text);
          } else {
            s = a.terms.length > 1 ? PARTIAL * coverage(a, id) : 0;
          }
          best = Math.max(best, a.weight * a.idf * s);
        });
        result.score += best;
        if (exact) { result.matched++; result.covered += t.idf; }
      });
      result.covered /= total;
      result.all = result.matched === tokens.length;
      return result;
    }).filter(function (r) { return r.score > 0; }).sort(function (x, y) {
      return (y.all - x.all) || y.score - x.score || x.id - y.id;
    });
  }

  function entry(id) {
    var meta = titleEntry(id);
    return { id: id, title: meta[0], url: PB.meta.folders[meta[1]] + meta[2], kind: PB.meta.kinds[meta[3]] };
  }

  /* The results of a query, best first (an array, with `query`: what was searched, `weak`:
     whether nothing covers at least half of it, `closest`: titles to offer then, and
     `repaired`: whether the best result was found through a repaired slip). */
  function search(query) {
    var q;
    return loadBase().then(function () {
      q = PB.query.analyse(query);
      if (!contentTokens(q).length) return null;
      return loadPostings(q).then(function () {
        var absent = function (span) { return PB.query.termsOf(span).some(function (t) { return !posting(t).length; }); };
        if (PB.query.repair(q, absent)) return loadPostings(q, true);
      });
    }).then(function () {
      var results = [];
      if (contentTokens(q).length) {
        var n = PB.meta.count;
        measure(q, n);
        /* A word whose shards were over budget (a pasted paragraph) is left out of the query. */
        q.tokens = q.tokens.filter(function (t) { return t.stop || t.alts.length; });
        return titleHits(q).then(function () {
          var ids = candidates(q, n);
          var docShards = {};
          ids.forEach(function (id) { docShards[Math.floor(id / PB.meta.docsPerShard)] = true; });
          return Promise.all(Object.keys(docShards).map(function (s) { return load("search/docs-" + s); })
            .concat([loadTitles(ids)])).then(function () {
            return finish(q, score(q, ids));
          });
        });
      }
      return finish(q, results);
    });
  }

  function finish(q, scored) {
    var results = scored.slice(0, RESULTS).map(function (r) {
      var e = entry(r.id);
      e.score = r.score;
      e.snippet = PB.query.highlight(textOf(r.id), normalizedText(r.id), r.phrases, escapeHTML);
      return e;
    });
    results.query = q;
    results.weak = !scored.length || scored[0].covered < WEAK;
    /* A slip the best result was found through is shown as what was searched (带发 → 代发). */
    var top = scored.length ? scored[0].phrases : [];
    results.repaired = false;
    q.shown = contentTokens(q).map(function (t) {
      var fix = t.alts.filter(function (a) { return a.kind === "repair" && top.indexOf(a.text) >= 0; })[0];
      if (fix && (top.indexOf(t.text) < 0 || PB.query.chars(t.text).length === 1)) { results.repaired = true; return fix.text; }
      return t.text;
    }).filter(function (text, i, all) { return all.indexOf(text) === i; });
    if (results.weak) {
      /* Few partial matches, then titles close to the query that are not among them: the
         only time a query needs every title. */
      results.splice(5);
      var shown = new Set(results.map(function (r) { return r.id; }));
      var closest;
      return load("search/titles").then(function () {
        closest = PB.query.closest(q, PB.meta.count, normalizedTitle, 10)
          .filter(function (id) { return !shown.has(id); }).slice(0, 5);
        return loadTitles(closest);
      }).then(function () {
        results.closest = closest.map(entry);
        return results;
      });
    }
    results.closest = [];
    return results;
  }

  function setup() {
    var input = document.getElementById("search-input");
    var list = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    if (!input || !list) return;
    var latest = 0;
    function item(r, snippet) {
      var li = document.createElement("li");
      li.className = "search-result";
      li.innerHTML = '<a href="' + escapeHTML(root + r.url) + '"><span class="search-result-title">' +
        escapeHTML(r.title) + '</span> <span class="search-result-kind">' + escapeHTML(r.kind) +
        '</span>' + (snippet ? '<span class="search-result-snippet">' + snippet + "</span>" : "") + "</a>";
      return li;
    }
    /* Nothing that covers the query well, or a slip repaired: say what was searched. */
    function explain(results) {
      if (!status || !(results.weak || results.repaired)) return "";
      var searched = (results.query ? results.query.shown : []).join(" · ");
      var said = !results.weak ? "" : results.length ? status.getAttribute("data-partial") : status.getAttribute("data-empty");
      if (searched && status.getAttribute("data-searched")) said += (said ? " " : "") + status.getAttribute("data-searched") + searched;
      return said || "";
    }
    function note(className, text) {
      var li = document.createElement("li");
      li.className = className;
      li.textContent = text;
      list.appendChild(li);
    }
    /* When nothing covers the query well, the list opens with what was searched, and with no
       result at all it offers the closest titles. */
    function render(results, query) {
      list.innerHTML = "";
      var said = query ? explain(results) : "";
      var closest = query && results.closest ? results.closest : [];
      if (said && (results.length || closest.length)) note("search-note", said);
      results.forEach(function (r) { list.appendChild(item(r, r.snippet)); });
      if (closest.length) {
        note("search-closest", status ? status.getAttribute("data-closest") || "" : "");
        closest.forEach(function (r) { list.appendChild(item(r, "")); });
      }
      list.hidden = !query || !list.children.length;
      if (status) status.textContent = list.hidden ? said : "";
    }
    function run() {
      var query = input.value.trim();
      var ticket = ++latest;
      if (!query) { render([], ""); return null; }
      return search(query).then(function (results) { if (ticket === latest) render(results, query); },
        function (error) { if (status) status.textContent = error.message; });
    }
    /* Search at once when idle; while a search runs, keystrokes only mark the query dirty and
       the latest text is searched when it ends (no fixed delay, no pile-up on slow devices). */
    var busy = false, dirty = false;
    function schedule() {
      if (busy) { dirty = true; return; }
      busy = true; dirty = false;
      var done = function () { busy = false; if (dirty) schedule(); };
      Promise.resolve(run()).then(done, done);
    }
    input.addEventListener("input", function (event) {
      if (event.isComposing) return; /* wait for the IME (pinyin) to finish */
      schedule();
    });
    input.addEventListener("compositionend", schedule);
    /* The index's table of contents is needed by every query: fetch it while the user types. */
    input.addEventListener("focus", function () { loadBase().catch(function () {}); }, { once: true });
    var box = input.closest(".search") || input.parentNode;
    box.addEventListener("focusout", function (event) {
      if (!box.contains(event.relatedTarget)) { list.hidden = true; if (status) status.textContent = ""; }
    });
    input.addEventListener("focus", function () { if (list.children.length && input.value.trim()) list.hidden = false; });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { input.value = ""; run(); }
      if (event.key === "Enter" && !event.isComposing) {
        var top = list.querySelector("a");
        if (top) { event.preventDefault(); top.click(); }
      }
      if (event.key === "ArrowDown") {
        var first = list.querySelector("a");
        if (first) { event.preventDefault(); first.focus(); }
      }
    });
    list.addEventListener("keydown", function (event) {
      var links = Array.prototype.slice.call(list.querySelectorAll("a"));
      var at = links.indexOf(document.activeElement);
      if (event.key === "ArrowDown" && at + 1 < links.length) { event.preventDefault(); links[at + 1].focus(); }
      if (event.key === "ArrowUp") { event.preventDefault(); (at > 0 ? links[at - 1] : input).focus(); }
      if (event.key === "Escape") { input.focus(); }
    });
    document.addEventListener("keydown", function (event) {
      var tag = (document.activeElement && document.activeElement.tagName) || "";
      if (event.key === "/" && tag !== "INPUT" && tag !== "TEXTAREA") { event.preventDefault(); input.focus(); }
    });
    var params = new URLSearchParams(window.location.search);
    if (params.get("q")) { input.value = params.get("q"); run(); }
  }

  window.PlaybookSearch = { search: search };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();
