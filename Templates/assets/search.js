/* playbook search: runs in the browser, offline, from file:// or any sub-path.
   The index is a set of scripts under search/ (meta, posting shards, text shards), loaded on demand.
   Normalisation matches SearchIndex.swift: one code point in, one out. */
(function () {
  "use strict";
  var PB = (window.PB = window.PB || { idx: {}, docs: {} });
  var root = document.documentElement.getAttribute("data-root") || "";
  var loading = {};
  var MAX_TERMS = 8;
  var normalizedTitles = {};

  function load(name) {
    if (!loading[name]) {
      loading[name] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = root + "search/" + name + ".js";
        script.onload = resolve;
        script.onerror = function () { reject(new Error("cannot load search/" + name + ".js")); };
        document.head.appendChild(script);
      });
    }
    return loading[name];
  }

  function isIdeograph(c) {
    return (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0x20000 && c <= 0x2fa1f);
  }

  function normalizeChar(ch) {
    var c = ch.codePointAt(0);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    var s = String.fromCodePoint(c);
    return PB.meta.fold[s] || s;
  }

  /* Code points of a text, and their normalised forms (same length). */
  function normalizeArray(text) {
    var chars = Array.from(text);
    return { chars: chars, norm: chars.map(normalizeChar) };
  }

  /* Query → phrases (runs of CJK or Latin) and index terms. */
  function analyse(query) {
    var norm = Array.from(query).map(normalizeChar);
    var phrases = [], terms = [], run = [], kind = null;
    function flush() {
      if (!run.length) return;
      phrases.push(run.join(""));
      if (kind === "cjk") {
        if (run.length === 1) terms.push(run[0]);
        /* Short runs: every pair. Long runs (a pasted sentence): pairs that cover each character
           once, so a query loads a bounded number of shards; the phrase check below keeps the
           results exact. */
        var step = run.length > 5 ? 2 : 1;
        for (var i = 0; i + 1 < run.length; i += step) terms.push(run[i] + run[i + 1]);
        if (step === 2 && run.length % 2 === 1) terms.push(run[run.length - 2] + run[run.length - 1]);
      } else {
        terms.push(run.join(""));
      }
      run = []; kind = null;
    }
    norm.forEach(function (ch) {
      var c = ch.codePointAt(0);
      var k = isIdeograph(c) ? "cjk" : /[a-z0-9]/.test(ch) ? "latin" : null;
      if (k !== kind) flush();
      if (k) { run.push(ch); kind = k; }
    });
    flush();
    /* At most MAX_TERMS shards per query, taken across the whole query. */
    if (terms.length > MAX_TERMS) {
      var picked = [];
      for (var t = 0; t < MAX_TERMS; t++) picked.push(terms[Math.floor(t * terms.length / MAX_TERMS)]);
      terms = picked;
    }
    return { phrases: phrases, terms: terms };
  }

  function shardOf(term) {
    var hash = 2166136261;
    for (var i = 0; i < term.length; i++) {
      hash ^= term.charCodeAt(i);
      hash = Math.imul(hash, 16777619) >>> 0;
    }
    return hash % PB.meta.shards;
  }

  function indexOfPhrase(norm, phrase) {
    var p = Array.from(phrase);
    outer: for (var i = 0; i + p.length <= norm.length; i++) {
      for (var j = 0; j < p.length; j++) if (norm[i + j] !== p[j]) continue outer;
      return i;
    }
    return -1;
  }

  function escapeHTML(s) {
    return s.replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  /* A window of the text around the first hit, with every phrase marked. */
  function snippet(text, phrases) {
    var a = normalizeArray(text);
    var first = -1;
    phrases.forEach(function (p) {
      var at = indexOfPhrase(a.norm, p);
      if (at >= 0 && (first < 0 || at < first)) first = at;
    });
    var start = Math.max(0, first - 24), end = Math.min(a.chars.length, start + 90);
    var marks = new Array(a.chars.length).fill(false);
    phrases.forEach(function (p) {
      var len = Array.from(p).length;
      for (var i = start; i < end; i++) {
        var at = indexOfPhrase(a.norm.slice(i, i + len), p);
        if (at === 0) for (var j = i; j < i + len; j++) marks[j] = true;
      }
    });
    var out = start > 0 ? "…" : "", open = false;
    for (var i = start; i < end; i++) {
      if (marks[i] && !open) { out += "<mark>"; open = true; }
      if (!marks[i] && open) { out += "</mark>"; open = false; }
      out += escapeHTML(a.chars[i]);
    }
    if (open) out += "</mark>";
    return out + (end < a.chars.length ? "…" : "");
  }

  /* Posting lists are sorted document numbers: merge them, shortest first (linear time). */
  function intersect(lists) {
    if (!lists.length) return [];
    lists.sort(function (x, y) { return x.length - y.length; });
    var result = lists[0];
    for (var l = 1; l < lists.length && result.length; l++) {
      var other = lists[l], merged = [], i = 0, j = 0;
      while (i < result.length && j < other.length) {
        if (result[i] === other[j]) { merged.push(result[i]); i++; j++; }
        else if (result[i] < other[j]) i++;
        else j++;
      }
      result = merged;
    }
    return result;
  }

  /* A title's normalised form as a string (one code point per code point, so indexOf on it
     finds phrases), computed once per document. */
  function normalizedTitle(id) {
    var cached = normalizedTitles[id];
    if (cached === undefined) {
      cached = normalizedTitles[id] = Array.from(PB.meta.titles[id][0]).map(normalizeChar).join("");
    }
    return cached;
  }

  function search(query) {
    return load("meta").then(function () {
      var q = analyse(query);
      if (!q.terms.length) return [];
      var shards = {};
      q.terms.forEach(function (t) { shards[shardOf(t)] = true; });
      return Promise.all(Object.keys(shards).map(function (s) { return load("idx-" + s); })).then(function () {
        var candidates = intersect(q.terms.map(function (t) { return (PB.idx[shardOf(t)] || {})[t] || []; }));
        /* Rank by title first (titles are in meta, already loaded), then fetch the text of the
           top candidates only, so a query downloads a bounded amount of index. */
        if (candidates.length > 20) {
          var titled = candidates.map(function (id) {
            var title = normalizedTitle(id), hits = 0;
            for (var p = 0; p < q.phrases.length; p++) if (title.indexOf(q.phrases[p]) >= 0) hits++;
            return { id: id, hits: hits };
          });
          titled.sort(function (x, y) { return y.hits - x.hits || x.id - y.id; });
          candidates = titled.slice(0, 20).map(function (c) { return c.id; });
        }
        var docShards = {};
        candidates.forEach(function (id) { docShards[Math.floor(id / PB.meta.docsPerShard)] = true; });
        return Promise.all(Object.keys(docShards).map(function (s) { return load("docs-" + s); })).then(function () {
          var results = [];
          candidates.forEach(function (id) {
            var meta = PB.meta.titles[id];
            var text = PB.docs[Math.floor(id / PB.meta.docsPerShard)][id % PB.meta.docsPerShard];
            var title = normalizeArray(meta[0]).norm, body = normalizeArray(text).norm;
            var score = 0, all = true;
            q.phrases.forEach(function (p) {
              var inTitle = indexOfPhrase(title, p) >= 0, inBody = indexOfPhrase(body, p) >= 0;
              if (!inTitle && !inBody) all = false;
              score += (inTitle ? 10 : 0) + (inBody ? 1 : 0);
            });
            if (all) {
              results.push({ id: id, score: score, title: meta[0], url: PB.meta.folders[meta[1]] + meta[2],
                             kind: PB.meta.kinds[meta[3]], text: text });
            }
          });
          results.sort(function (x, y) { return y.score - x.score || x.id - y.id; });
          return results.slice(0, 20).map(function (r) {
            r.snippet = snippet(r.text, q.phrases);
            return r;
          });
        });
      });
    });
  }

  function setup() {
    var input = document.getElementById("search-input");
    var list = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    if (!input || !list) return;
    var latest = 0;
    function render(results, query) {
      list.innerHTML = "";
      results.forEach(function (r) {
        var li = document.createElement("li");
        li.className = "search-result";
        li.innerHTML = '<a href="' + escapeHTML(root + r.url) + '"><span class="search-result-title">' +
          escapeHTML(r.title) + '</span> <span class="search-result-kind">' + escapeHTML(r.kind) +
          '</span><span class="search-result-snippet">' + r.snippet + "</span></a>";
        list.appendChild(li);
      });
      list.hidden = !query || !results.length;
      if (status) status.textContent = query && !results.length ? status.getAttribute("data-empty") : "";
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
    input.addEventListener("focus", function () { load("meta").catch(function () {}); }, { once: true });
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

  window.PlaybookSearch = { search: search, analyse: analyse };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();
