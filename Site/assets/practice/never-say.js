/* playbook practice: finding never-say phrases in an answer, ported from
   Sources/PlaybookDrill/Scoring (NeverSayFinder, Negation, PhraseWord, SequenceMatching):
   verbatim, a few characters away, or reworded (its words or synonyms in order with words
   inserted, one changed or left out, or in any order close together), with the negation and
   distinctive-word checks. Plain script; exposes `PlaybookNeverSay.finder(answeredText)`. */
(function (root) {
  "use strict";

  var HEADS = "不没无未非别勿莫";
  var INSIDE = ["并不", "并非", "并没", "并没有", "也不", "从不", "从没", "从未", "毫无", "绝非"];
  var NOT_NEGATING = ["不过", "不仅", "不但", "不断", "不少", "不久", "不管", "不论", "无论", "非常",
    "别的", "别家", "别人", "别处", "未来", "没准", "莫非"];

  function negates(word) {
    if (INSIDE.indexOf(word) >= 0) return true;
    var head = Array.from(word)[0];
    if (!head || HEADS.indexOf(head) < 0) return false;
    return !NOT_NEGATING.some(function (w) { return word.startsWith(w); });
  }

  /* Sellers: the smallest edit distance of `pattern` to any run of `text`, and that run's end. */
  function bestSubstring(pattern, text, equal) {
    var m = pattern.length, previous = [], best = { distance: m, end: 0 };
    for (var i = 0; i <= m; i++) previous.push(i);
    text.forEach(function (unit, position) {
      var current = [0];
      for (var i = 1; i <= m; i++) {
        var cost = equal(pattern[i - 1], unit) ? 0 : 1;
        current.push(Math.min(previous[i] + 1, current[i - 1] + 1, previous[i - 1] + cost));
      }
      if (current[m] < best.distance) best = { distance: current[m], end: position + 1 };
      previous = current;
    });
    return best;
  }

  function editDistance(a, b, equal) {
    var previous = [];
    for (var j = 0; j <= b.length; j++) previous.push(j);
    for (var i = 1; i <= a.length; i++) {
      var current = [i];
      for (j = 1; j <= b.length; j++) {
        current.push(Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (equal(a[i - 1], b[j - 1]) ? 0 : 1)));
      }
      previous = current;
    }
    return previous[b.length];
  }

  /* The start of the best run ending at `end`: the closest to the pattern, the longest of equals. */
  function startOf(pattern, text, end, equal) {
    var best = { distance: Infinity, start: end };
    for (var start = end - 1; start >= Math.max(0, end - 2 * pattern.length); start--) {
      var distance = editDistance(pattern, text.slice(start, end), equal);
      if (distance <= best.distance) best = { distance: distance, start: start };
    }
    return best.start;
  }

  function same(a, b) { return a === b; }

  /* PhraseWord.matches: the same sense, or the same word with a character more or less; a single
     character also as the head of a word of up to three, unless it is a numeral. */
  function matches(word, said) {
    for (var sense of word.senses) if (said.senses.has(sense)) return true;
    var a = Array.from(word.text), b = Array.from(said.token.text);
    var short = a.length < b.length ? a : b, long = a.length < b.length ? b : a;
    var prefix = short.every(function (c, i) { return long[i] === c; });
    if (short.length === 1) return long.length <= 3 && prefix && !PlaybookNumbers.isNumeral(short[0]);
    if (long.length !== short.length + 1) return false;
    return prefix || short.every(function (c, i) { return long[i + 1] === c; });
  }

  function range(start, end) {
    var result = [];
    for (var i = start; i < end; i++) result.push(i);
    return result;
  }

  function finder(text) {
    var content = text.content;

    function foldedRange(r) {
      if (r[1] <= r[0]) return [0, 0];
      return [content[r[0]].token.range[0], content[r[1] - 1].token.range[1]];
    }

    /* Whether the stretch's words, or the content word just before or after it, negate. */
    function negated(folded) {
      var words = text.tokens.filter(function (t) { return t.range[0] < folded[1] && folded[0] < t.range[1]; });
      var before = null, after = null;
      content.forEach(function (c) { if (c.token.range[1] <= folded[0]) before = c.token; });
      after = (content.find(function (c) { return c.token.range[0] >= folded[1]; }) || {}).token;
      return words.concat([before, after].filter(Boolean)).some(function (t) { return negates(t.text); });
    }

    function inOrder(words, missing) {
      var found = [];
      content.forEach(function (_, start) {
        var end = Math.min(content.length, start + 2 * words.length), position = start, hits = [];
        words.forEach(function (word) {
          var hit = range(position, end).find(function (i) { return matches(word, content[i]); });
          if (hit === undefined) return;
          hits.push(hit);
          position = hit + 1;
        });
        if (hits[0] === start && words.length - hits.length <= missing) found.push([start, hits[hits.length - 1] + 1]);
      });
      return found;
    }

    function unordered(words, needed) {
      var found = [];
      content.forEach(function (_, start) {
        var stretch = range(start, Math.min(content.length, start + words.length + 2)), used = new Set();
        words.forEach(function (wanted) {
          var hit = stretch.find(function (i) { return !used.has(i) && matches(wanted, content[i]); });
          if (hit !== undefined) used.add(hit);
        });
        if (used.size >= needed && used.has(start)) found.push([start, Math.max.apply(null, Array.from(used)) + 1]);
      });
      return found;
    }

    function align(words, r) {
      var used = new Set(), pairs = [];
      words.forEach(function (word, index) {
        var hit = range(r[0], r[1]).find(function (i) { return !used.has(i) && matches(word, content[i]); });
        if (hit !== undefined) { used.add(hit); pairs.push([index, hit]); }
      });
      return pairs;
    }

    function wordEvidence(word, said) {
      var r = text.originalRange(said.token.range);
      var result = { keyPointWord: word.text, answerWord: said.token.text, kind: "stem", answerRange: r };
      if (word.text === said.token.text) { result.kind = "exact"; return result; }
      var groups = Array.from(word.senses).filter(function (s) { return said.senses.has(s); }).sort();
      if (groups.length) { result.kind = "synonym"; result.group = groups[0]; }
      return result;
    }

    function flag(phrase, kind, r, words) {
      return { phrase: phrase.text, kind: kind, stretch: text.typed(r), answerRange: r, words: words };
    }

    function reworded(phrase) {
      var count = phrase.senses.length;
      if (count < 2 || !content.length) return null;
      var words = phrase.senses.map(function (s) { return { text: s[0] || "", senses: new Set(s) }; });
      var candidates = [];
      if (count >= 3) candidates = candidates.concat(unordered(words, count));
      var best = bestSubstring(words, content, matches);
      if (best.distance <= (count >= 6 ? 2 : count >= 3 ? 1 : 0)) {
        candidates.push([startOf(words, content, best.end, matches), best.end]);
      }
      candidates = candidates.concat(inOrder(words, count >= 7 ? 2 : count >= 4 ? 1 : 0));
      if (count >= 4) candidates = candidates.concat(unordered(words, count - 1));
      for (var i = 0; i < candidates.length; i++) {
        var pairs = align(words, candidates[i]);
        if (negated(foldedRange(candidates[i])) !== phrase.negated) continue;
        if (phrase.distinctive.indexOf(true) >= 0 && !pairs.some(function (p) { return phrase.distinctive[p[0]]; })) continue;
        return flag(phrase, "reworded", text.originalRange(foldedRange(candidates[i])), pairs.map(function (p) {
          return wordEvidence(words[p[0]], content[p[1]]);
        }));
      }
      return null;
    }

    return function (phrase) {
      var pattern = Array.from(phrase.folded), compact = text.compact;
      if (!pattern.length || !compact.length) return null;
      var verbatim = PlaybookScorer.find(pattern, compact);
      if (verbatim) return flag(phrase, "verbatim", text.compactRange(verbatim), []);
      if (pattern.length >= 4) {
        var best = bestSubstring(pattern, compact, same);
        if (best.distance <= Math.max(1, Math.floor(pattern.length / 4))) {
          var start = startOf(pattern, compact, best.end, same);
          var folded = [text.compactOffset(start), text.compactOffset(best.end - 1) + 1];
          if (negated(folded) === phrase.negated) return flag(phrase, "variant", text.compactRange([start, best.end]), []);
        }
      }
      return reworded(phrase);
    };
  }

  root.PlaybookNeverSay = { finder: finder, negates: negates };
})(typeof window !== "undefined" ? window : globalThis);
