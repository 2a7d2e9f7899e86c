/* playbook practice: the language layer the answer scorer needs at answer time, ported from
   Sources/PlaybookCore/Language (TextFolder, WordSegmenter, StopWords, Thesaurus, PinyinTable,
   ChineseNumber, TimeSpan). Plain script for file:// pages: it reads the data a page loads as
   `PlaybookScorerLanguage` (scripts/scorer/make-scorer-language.py; chinese-converter.js first) and exposes
   `PlaybookLanguage.make(data, groups)`. Characters are code points (Array.from). */
(function (root) {
  "use strict";

  var WORD = /[\p{Alphabetic}\p{N}]/u, HAN = /\p{Ideographic}/u, ALPHA = /\p{Alphabetic}/u;
  var ASCII_WORD = /[A-Za-z0-9]/;
  var ADDED_WORD_LONGEST = 6, MAXIMUM_WORD_LENGTH = 12;

  function lines(text) {
    return text.split("\n").map(function (line) { return line.split("#")[0]; });
  }

  /* TextFolder: NFKC and lower case per character, Traditional → Simplified (OpenCC t2s; the
     Taiwan and Hong Kong phrase converters only at and next to Traditional characters, since
     they also rewrite some Simplified ones), anything but letters and digits → one space;
     origins map back to the typed characters. */
  function folder(converters) {
    function convert(characters) {
      var simplified = Array.from(converters.t2s(characters.join("")));
      if (simplified.length !== characters.length) {
        return characters.map(function (c) { return Array.from(converters.t2s(c))[0] || c; });
      }
      var traditional = characters.map(function (c, i) { return simplified[i] !== c; });
      if (traditional.indexOf(true) < 0) return simplified;
      var phrased = Array.from(converters.hk2s(converters.tw2sp(characters.join(""))));
      if (phrased.length !== characters.length) return simplified;
      return characters.map(function (_, i) {
        var near = traditional[i] || traditional[i - 1] || traditional[i + 1];
        return near ? phrased[i] : simplified[i];
      });
    }
    function folded(text) {
      var compatible = [], origins = [];
      Array.from(text).forEach(function (character, offset) {
        var folded = character.charCodeAt(0) < 128 ? character.toLowerCase() : character.normalize("NFKC").toLowerCase();
        Array.from(folded).forEach(function (c) { compatible.push(c); origins.push(offset); });
      });
      var characters = [], kept = [], pendingSpace = false;
      convert(compatible).forEach(function (c, i) {
        if (!WORD.test(c)) { pendingSpace = true; return; }
        if (pendingSpace && characters.length) { characters.push(" "); kept.push(origins[i]); }
        pendingSpace = false;
        characters.push(c);
        kept.push(origins[i]);
      });
      return { characters: characters, origins: kept };
    }
    return { folded: folded, fold: function (text) { return folded(text).characters.join(""); } };
  }

  /* Lexicon: `word frequency` lines, `# total N`; added words get 2,000 per character. */
  function lexicon(text) {
    var frequencies = new Map(), total = 0, longest = 1;
    text.split("\n").forEach(function (line) {
      var space = line.lastIndexOf(" ");
      if (space <= 0) return;
      var value = parseInt(line.slice(space + 1).replace(/[^0-9]/g, "") || "0", 10);
      var word = line.slice(0, space);
      if (line[0] === "#") { if (word === "# total") total = value; return; }
      frequencies.set(word, value);
      longest = Math.max(longest, Array.from(word).length);
    });
    if (!total) frequencies.forEach(function (v) { total += v; });
    return {
      frequencies: frequencies, total: Math.max(total, 1), longest: longest,
      add: function (word) {
        var length = Array.from(word).length;
        if (!length || word.indexOf(" ") >= 0) return;
        frequencies.set(word, Math.max(frequencies.get(word) || 0, 2000 * length));
        longest = Math.max(longest, length);
      },
    };
  }

  /* WordSegmenter: jieba's best route through each run of Han characters; other runs whole. */
  function kind(character) {
    if (character.charCodeAt(0) < 128) return ASCII_WORD.test(character) ? "latin" : "other";
    if (HAN.test(character)) return "han";
    return ALPHA.test(character) ? "latin" : "other";
  }

  function route(lex, characters, start, end, whole) {
    var count = end - start, logTotal = Math.log(lex.total);
    var longest = Math.min(MAXIMUM_WORD_LENGTH, lex.longest);
    var best = new Array(count + 1).fill(0), next = new Array(count + 1).fill(0);
    for (var i = count - 1; i >= 0; i--) {
      var bestScore = -Infinity, bestEnd = i + 1, word = "";
      for (var j = i; j < Math.min(count, i + longest); j++) {
        word += characters[start + j];
        var frequency = lex.frequencies.get(word);
        if (frequency === undefined && j !== i) continue;
        if (!whole && i === 0 && j === count - 1) continue;
        var score = Math.log(Math.max(frequency === undefined ? 1 : frequency, 1)) - logTotal + best[j + 1];
        if (score > bestScore) { bestScore = score; bestEnd = j + 1; }
      }
      best[i] = bestScore;
      next[i] = bestEnd;
    }
    var tokens = [];
    for (var k = 0; k < count; k = next[k]) {
      tokens.push({ text: characters.slice(start + k, start + next[k]).join(""), range: [start + k, start + next[k]] });
    }
    return tokens;
  }

  function segment(lex, characters) {
    var tokens = [], index = 0;
    while (index < characters.length) {
      if (characters[index] === " ") { index++; continue; }
      var type = kind(characters[index]), end = index + 1;
      while (end < characters.length && characters[end] !== " " && kind(characters[end]) === type) end++;
      if (type === "han") tokens = tokens.concat(route(lex, characters, index, end, true));
      else tokens.push({ text: characters.slice(index, end).join(""), range: [index, end] });
      index = end;
    }
    return tokens;
  }

  /* Thesaurus: `id: word word …` lines; a word's senses are itself and its groups' IDs. */
  function thesaurus(text, fold) {
    var groupsOf = new Map();
    function add(id, words) {
      var seen = new Set();
      words = words.filter(function (w) { return w && !seen.has(w) && seen.add(w); });
      if (words.length < 2) return;
      words.forEach(function (w) {
        if (!groupsOf.has(w)) groupsOf.set(w, []);
        groupsOf.get(w).push(id);
      });
    }
    lines(text).forEach(function (line) {
      var colon = line.indexOf(":");
      if (colon < 0) return;
      var id = line.slice(0, colon).trim();
      var words = line.slice(colon + 1).split(" ").filter(Boolean);
      if (id && words.length >= 2) add("sales:" + id, words.map(fold));
    });
    return { add: add, groupIDs: function (word) { return groupsOf.get(word) || []; }, words: groupsOf };
  }

  function pinyin(text) {
    var readings = new Map();
    text.split("\n").forEach(function (line) {
      var parts = line.split(" ").filter(Boolean);
      if (parts.length !== 2) return;
      Array.from(parts[1]).forEach(function (c) {
        if (!readings.has(c)) readings.set(c, []);
        readings.get(c).push(parts[0]);
      });
    });
    return function (character) { return readings.get(character) || []; };
  }

  /* The language of a deck: the bundled data plus the deck's own synonym groups
     ([[id, word, …], …], as Language(playbook:) adds them). */
  function make(data, groups) {
    var fold = folder(PlaybookChineseConverter.make(data.opencc));
    var lex = lexicon(data.lexicon);
    var stop = new Set(lines(data.stopWords).map(function (w) { return w.trim(); }).filter(Boolean));
    var words = thesaurus(data.thesaurus, fold.fold);
    words.words.forEach(function (ids, word) { if (Array.from(word).length <= ADDED_WORD_LONGEST) lex.add(word); });
    (groups || []).forEach(function (group) {
      var folded = group.slice(1).map(fold.fold).filter(Boolean);
      words.add(group[0], folded);
      folded.forEach(function (w) { if (Array.from(w).length <= ADDED_WORD_LONGEST) lex.add(w); });
    });
    return {
      folded: fold.folded,
      segment: function (characters) { return segment(lex, characters); },
      isStopWord: function (word) { return stop.has(word); },
      senses: function (word) { return [word].concat(words.groupIDs(word)); },
      readings: pinyin(data.pinyin),
    };
  }

  root.PlaybookLanguage = { make: make };
})(typeof window !== "undefined" ? window : globalThis);
