/* playbook search: what a query means. Loaded by search.js with the index's meta.js and lang.js.
   A query becomes tokens (words of the playbook's vocabulary, single characters, Latin words);
   function words are dropped; each token has alternatives with a weight: itself (1), its
   synonyms and aliases (lang.groups), and, once the index shows a span of the query is in no
   document, corpus words that sound the same or differ in one character (IME slips).
   Normalisation matches SearchIndex.swift: one code point in, one out. */
(function () {
  "use strict";
  var PB = (window.PB = window.PB || { idx: {}, docs: {} });
  var SYNONYM = 0.85, REPAIR = 0.9, MAX_PHRASE = 6;
  var prepared = null;

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

  function chars(text) { return Array.from(text); }

  /* The language data, indexed once: dictionary for segmentation, synonym groups by term,
     readings by character, corpus words by pinyin key and by one-wildcard key. */
  function prepare() {
    if (prepared) return prepared;
    var lang = PB.lang || {};
    var p = { dict: new Map(), stop: new Set(lang.stop || []), groups: lang.groups || [], byTerm: new Map(),
              phrases: lang.phrases || {}, readings: new Map(), words: lang.words || [], rank: new Map(),
              bySound: null, byShape: null };
    p.words.forEach(function (w, i) { p.rank.set(w, i); p.dict.set(w, true); });
    p.stop.forEach(function (w) { p.dict.set(w, true); });
    p.groups.forEach(function (group, g) {
      group.forEach(function (term) {
        if (!p.byTerm.has(term)) p.byTerm.set(term, []);
        p.byTerm.get(term).push(g);
        p.dict.set(term, true);
      });
    });
    Object.keys(lang.pinyin || {}).forEach(function (reading) {
      chars(lang.pinyin[reading]).forEach(function (ch) {
        if (!p.readings.has(ch)) p.readings.set(ch, []);
        p.readings.get(ch).push(reading);
      });
    });
    prepared = p;
    return p;
  }

  /* Pinyin keys of a word: one per combination of its characters' readings (at most 8). */
  function soundKeys(p, word) {
    var keys = [""];
    var cs = chars(word);
    for (var i = 0; i < cs.length; i++) {
      var readings = p.readings.get(cs[i]);
      if (!readings) return [];
      var next = [];
      keys.forEach(function (k) { readings.forEach(function (r) { if (next.length < 8) next.push(k + (i ? "'" : "") + r); }); });
      keys = next;
    }
    return keys;
  }

  function shapeKeys(word) {
    var cs = chars(word), keys = [];
    if (cs.length < 3) return keys;
    for (var i = 0; i < cs.length; i++) keys.push(cs.slice(0, i).join("") + "*" + cs.slice(i + 1).join(""));
    return keys;
  }

  function indexWords(p) {
    if (p.bySound) return;
    p.bySound = new Map(); p.byShape = new Map();
    function add(map, key, word) { if (!map.has(key)) map.set(key, []); map.get(key).push(word); }
    p.words.forEach(function (w) {
      var n = chars(w).length;
      if (n < 2 || n > MAX_PHRASE) return;
      soundKeys(p, w).forEach(function (k) { add(p.bySound, k, w); });
      shapeKeys(w).forEach(function (k) { add(p.byShape, k, w); });
    });
  }

  /* Corpus words a span may have meant, the corpus's most frequent first: by sound (same
     pinyin), or by shape (three characters or more, one of them different). */
  function repairs(span, bySound) {
    var p = prepare();
    indexWords(p);
    var found = new Set();
    (bySound ? soundKeys(p, span) : shapeKeys(span)).forEach(function (k) {
      ((bySound ? p.bySound : p.byShape).get(k) || []).forEach(function (w) { if (w !== span) found.add(w); });
    });
    return Array.from(found).sort(function (a, b) { return p.rank.get(a) - p.rank.get(b); }).slice(0, 2);
  }

  /* Taiwan/Hong Kong phrasing (already folded to Simplified characters) → the corpus's words. */
  function rephrase(p, norm) {
    var out = [];
    for (var i = 0; i < norm.length;) {
      var hit = null;
      for (var n = Math.min(MAX_PHRASE, norm.length - i); n >= 2 && !hit; n--) {
        var key = norm.slice(i, i + n).join("");
        if (p.phrases[key]) hit = { n: n, to: p.phrases[key] };
      }
      if (hit) { out = out.concat(chars(hit.to)); i += hit.n; } else { out.push(norm[i]); i++; }
    }
    return out;
  }

  /* 贵不贵 → 贵, 安不安全 → 安全, 靠不靠谱 → 靠谱, 有没有 → 有. */
  function dropAnotA(text) {
    return text.replace(/([\u3400-\u9fff])[不没]\1/g, "$1");
  }

  /* Forward maximum matching over the dictionary; a character no word starts with stands alone. */
  function segment(p, run) {
    var cs = chars(run), tokens = [];
    for (var i = 0; i < cs.length;) {
      var n = Math.min(MAX_PHRASE, cs.length - i);
      while (n > 1 && !p.dict.has(cs.slice(i, i + n).join(""))) n--;
      tokens.push(cs.slice(i, i + n).join(""));
      i += n;
    }
    return tokens;
  }

  function expand(p, token) {
    var alts = [{ text: token, weight: 1, why: "", kind: "word" }];
    (p.byTerm.get(token) || []).forEach(function (g) {
      p.groups[g].forEach(function (other) {
        if (other !== token && !alts.some(function (a) { return a.text === other; })) {
          alts.push({ text: other, weight: SYNONYM, why: token, kind: "synonym" });
        }
      });
    });
    return alts;
  }

  /* Characters next to each other that are no word of the corpus (期权, or a slip such as 手序费)
     are searched as one phrase, not as characters found anywhere in a page. */
  function joinUnknown(tokens) {
    var out = [];
    tokens.forEach(function (t) {
      var last = out[out.length - 1];
      var lone = !t.known && !/[a-z0-9]/.test(t.text);
      if (lone && last && last.lone && last.run === t.run) { last.text += t.text; return; }
      t.lone = lone;
      out.push(t);
    });
    return out;
  }

  /* Query → { tokens: [{ text, stop, alts: [{ text, weight, why, kind }] }], shown }; kind is
     word, synonym or repair, and why the word of the query it stands for. Stop words stay in
     the list (marked) so typo repair sees the query's order; they have no alternatives. */
  function analyse(query) {
    var p = prepare();
    var norm = rephrase(p, chars(query).map(normalizeChar));
    var text = dropAnotA(norm.join(""));
    var runs = [], run = "", kind = null;
    chars(text).forEach(function (ch) {
      var k = isIdeograph(ch.codePointAt(0)) ? "cjk" : /[a-z0-9]/.test(ch) ? "latin" : " ";
      if (k !== kind && run) { runs.push({ kind: kind, text: run }); run = ""; }
      kind = k;
      if (k !== " ") run += ch;
    });
    if (run) runs.push({ kind: kind, text: run });
    var tokens = [];
    for (var r = 0; r < runs.length; r++) {
      if (runs[r].kind === "latin") {
        /* Two Latin words that together are a synonym term (annual fee) stay one token. */
        var next = runs[r + 1];
        if (next && next.kind === "latin" && p.byTerm.has(runs[r].text + " " + next.text)) {
          tokens.push({ text: runs[r].text + " " + next.text, run: r }); r += 1; continue;
        }
        tokens.push({ text: runs[r].text, run: r });
      } else if (runs[r].kind === "cjk") {
        segment(p, runs[r].text).forEach(function (t) { tokens.push({ text: t, run: r }); });
      }
    }
    tokens.forEach(function (t) {
      t.stop = p.stop.has(t.text);
      t.known = t.stop || p.dict.has(t.text);
    });
    tokens = joinUnknown(tokens);
    tokens.forEach(function (t) { t.alts = t.stop ? [] : expand(p, t.text); });
    /* A query of function words only (吗) still searches for them. */
    if (tokens.length && tokens.every(function (t) { return t.stop; })) {
      tokens.forEach(function (t) { t.stop = false; t.alts = [{ text: t.text, weight: 1, why: "", kind: "word" }]; });
    }
    return { tokens: tokens, shown: tokens.filter(function (t) { return !t.stop; }).map(function (t) { return t.text; }) };
  }

  /* Spans of consecutive CJK tokens (two to five characters, one or more of them no word of
     the corpus) that `absent` says no document holds: each content token in the span gains the corpus
     words the span may have meant. Returns whether any token gained one. */
  function repair(q, absent) {
    var tokens = q.tokens, changed = false, taken = new Set();
    var spans = [];
    for (var i = 0; i < tokens.length; i++) {
      var text = "", unknown = false;
      for (var j = i; j < tokens.length && j < i + 3; j++) {
        if (tokens[j].run !== tokens[i].run || /[a-z0-9]/.test(tokens[j].text)) break;
        text += tokens[j].text;
        if (!tokens[j].known && !tokens[j].stop) unknown = true;
        var n = chars(text).length;
        if (n >= 2 && n <= 5 && unknown && absent(text)) spans.push({ from: i, to: j, text: text, n: n });
      }
    }
    spans.sort(function (a, b) { return b.n - a.n || a.from - b.from; });
    spans.forEach(function (span) {
      for (var k = span.from; k <= span.to; k++) if (taken.has(k)) return;
      /* Sound before shape; a phrase of unknown characters (公物卡) may hold the slip in a part
         of it (公物 → 公务). */
      var cs = chars(span.text), fixes = [];
      [true, false].forEach(function (bySound) {
        if (!fixes.length) fixes = repairs(span.text, bySound);
        for (var len = cs.length - 1; !fixes.length && span.from === span.to && len >= 2; len--) {
          for (var at = 0; at + len <= cs.length && !fixes.length; at++) {
            var part = cs.slice(at, at + len).join("");
            if (absent(part)) fixes = repairs(part, bySound);
          }
        }
      });
      if (!fixes.length) return;
      for (var t = span.from; t <= span.to; t++) {
        taken.add(t);
        var token = tokens[t];
        if (token.stop) continue;
        fixes.forEach(function (fix) {
          if (!token.alts.some(function (a) { return a.text === fix; })) {
            token.alts.push({ text: fix, weight: REPAIR, why: span.text, kind: "repair" });
            changed = true;
          }
        });
      }
    });
    if (changed) q.shown = q.tokens.filter(function (t) { return !t.stop; }).map(function (t) { return t.text; });
    return changed;
  }

  /* Index terms of a phrase: its character bigrams (its character, when it has one), or the
     Latin words. */
  function termsOf(phrase) {
    if (/[a-z0-9]/.test(phrase)) return phrase.split(/[^a-z0-9]+/).filter(Boolean);
    var cs = chars(phrase);
    if (cs.length === 1) return cs;
    var terms = [];
    for (var i = 0; i + 1 < cs.length; i++) terms.push(cs[i] + cs[i + 1]);
    return terms;
  }

  /* A window of a text around its first match, with every matched phrase marked in the
     original characters: `norm` is the text normalised, one code point for one, so positions
     agree. */
  function highlight(text, norm, phrases, escapeHTML) {
    var original = chars(text), folded = chars(norm);
    var marks = new Array(original.length).fill(false), first = -1;
    phrases.forEach(function (p) {
      var ps = chars(p);
      outer: for (var i = 0; i + ps.length <= folded.length; i++) {
        for (var j = 0; j < ps.length; j++) if (folded[i + j] !== ps[j]) continue outer;
        for (var k = i; k < i + ps.length; k++) marks[k] = true;
        if (first < 0 || i < first) first = i;
      }
    });
    var start = Math.max(0, first - 24), end = Math.min(original.length, start + 90);
    var out = start > 0 ? "…" : "", open = false;
    for (var i = start; i < end; i++) {
      if (marks[i] && !open) { out += "<mark>"; open = true; }
      if (!marks[i] && open) { out += "</mark>"; open = false; }
      out += original[i] === "\n" ? " " : escapeHTML(original[i]);
    }
    if (open) out += "</mark>";
    return out + (end < original.length ? "…" : "");
  }

  /* The documents (of `count`) whose titles share the most characters and pairs with what
     was searched, best first; `title` gives a document's normalised title. */
  function closest(q, count, title, limit) {
    var wanted = new Set();
    q.tokens.forEach(function (t) {
      t.alts.forEach(function (a) {
        chars(a.text).forEach(function (c) { wanted.add(c); });
        termsOf(a.text).forEach(function (b) { if (b.length > 1) wanted.add(b); });
      });
    });
    var scored = [];
    for (var id = 0; id < count; id++) {
      var cs = chars(title(id)), s = 0;
      for (var i = 0; i < cs.length; i++) {
        if (wanted.has(cs[i])) s += 1;
        if (i + 1 < cs.length && wanted.has(cs[i] + cs[i + 1])) s += 2;
      }
      if (s > 0) scored.push({ id: id, s: s / Math.sqrt(cs.length) });
    }
    scored.sort(function (x, y) { return y.s - x.s || x.id - y.id; });
    return scored.slice(0, limit).map(function (e) { return e.id; });
  }

  PB.query = { prepare: prepare, analyse: analyse, repair: repair, termsOf: termsOf, normalizeChar: normalizeChar,
               isIdeograph: isIdeograph, chars: chars,
               highlight: highlight, closest: closest };
})();
