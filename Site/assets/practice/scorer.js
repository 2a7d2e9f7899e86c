/* playbook practice: the answer scorer, ported from Sources/PlaybookDrill/Scoring (AnswerScorer,
   AnsweredText, SequenceMatching). Plain script for file:// pages; needs numbers.js,
   language.js, never-say.js and the language data (`PlaybookScorerLanguage`) loaded first.

   PlaybookScorer.score(plan, answer[, language]) takes a ScoringPlan as `playbook score --plan`
   prints it and returns what `playbook score --json` prints: score, pass, covered, flagged,
   keyPoints (with evidence), flags and answerWords. */
(function (root) {
  "use strict";

  var COVERAGE = 0.5, SEVERAL_WORDS = 0.45;
  var standard = null;

  function length(word) { return Array.from(word).length; }
  function compactOf(text) { return Array.from(text).filter(function (c) { return c !== " "; }); }

  /* SequenceMatching.find: the first occurrence of `part` in `whole`, as [start, end]. */
  function find(part, whole) {
    if (!part.length || part.length > whole.length) return null;
    outer: for (var start = 0; start + part.length <= whole.length; start++) {
      for (var i = 0; i < part.length; i++) if (whole[start + i] !== part[i]) continue outer;
      return [start, start + part.length];
    }
    return null;
  }

  /* AnsweredText: the answer folded, segmented, with a way back to the typed characters. */
  function answered(answer, language) {
    var original = Array.from(answer);
    var folded = language.folded(answer);
    var compact = [], offsets = [];
    folded.characters.forEach(function (c, offset) {
      if (c !== " ") { compact.push(c); offsets.push(offset); }
    });
    var tokens = language.segment(folded.characters);
    var text = {
      original: original, compact: compact, tokens: tokens,
      content: tokens.filter(function (t) { return !language.isStopWord(t.text); })
        .map(function (t) { return { token: t, senses: new Set(language.senses(t.text)) }; }),
      numbers: PlaybookNumbers.numbers(compact),
      timeSpans: PlaybookNumbers.spans(compact),
      originalRange: function (range) {
        if (range[1] <= range[0] || range[0] < 0 || range[1] > folded.origins.length) return [0, 0];
        return [folded.origins[range[0]], folded.origins[range[1] - 1] + 1];
      },
      compactRange: function (range) {
        if (range[1] <= range[0]) return [0, 0];
        return text.originalRange([offsets[range[0]], offsets[range[1] - 1] + 1]);
      },
      compactOffset: function (index) { return offsets[index]; },
      compactText: function (range) { return compact.slice(range[0], range[1]).join(""); },
      typed: function (range) {
        if (range[0] < 0 || range[1] > original.length) return "";
        return original.slice(range[0], range[1]).join("");
      },
      /* Single characters as words, longer words anywhere. */
      find: function (word) {
        if (length(word) === 1) {
          var token = tokens.find(function (t) { return t.text === word; });
          return token ? text.originalRange(token.range) : null;
        }
        var found = find(compactOf(word), compact);
        return found ? text.compactRange(found) : null;
      },
    };
    return text;
  }

  function evidence(keyPointWord, answerWord, kind, range, group) {
    var result = { keyPointWord: keyPointWord, answerWord: answerWord, kind: kind, answerRange: range };
    if (group !== undefined) result.group = group;
    return result;
  }

  function matcher(text, language) {
    /* The concept said as a whole: as is, as a synonym, as a number or as a homophone slip. */
    function whole(concept) {
      var range = text.find(concept.word);
      if (range) return [evidence(concept.word, concept.word, "exact", range), 1];
      for (var i = 0; i < concept.synonyms.length; i++) {
        var synonym = concept.synonyms[i];
        range = text.find(synonym.word);
        if (range) {
          return [evidence(concept.word, synonym.word, "synonym", range, synonym.group), synonym.ambiguous ? 0.5 : 1];
        }
      }
      var number = text.numbers.find(function (n) { return n.digits === concept.word; });
      if (number) {
        return [evidence(concept.word, text.compactText(number.range), "number", text.compactRange(number.range)), 1];
      }
      var slip = homophone(concept);
      return slip ? [slip, 1] : null;
    }

    function homophone(concept) {
      var word = Array.from(concept.word), compact = text.compact;
      if (word.length < 2 || !concept.readings.every(function (r) { return r.length; }) || compact.length < word.length) return null;
      for (var start = 0; start + word.length <= compact.length; start++) {
        var same = 0, alike = true;
        for (var offset = 0; offset < word.length; offset++) {
          var typed = compact[start + offset];
          if (typed === word[offset]) { same++; continue; }
          var wanted = concept.readings[offset];
          if (!language.readings(typed).some(function (r) { return wanted.indexOf(r) >= 0; })) { alike = false; break; }
        }
        if (alike && same >= 1 && same < word.length) {
          var range = [start, start + word.length];
          return evidence(concept.word, text.compactText(range), "pinyin", text.compactRange(range));
        }
      }
      return null;
    }

    /* A compound said through at least half (by weight) of its parts. */
    function parts(concept) {
      if (!concept.parts || !concept.parts.length) return null;
      var total = 0, matched = 0, found = [];
      concept.parts.forEach(function (part) {
        total += part.weight;
        var said = whole(part);
        if (!said) return;
        matched += part.weight * said[1];
        found.push(said[0]);
      });
      return total > 0 && matched / total >= 0.5 ? [found, matched / total] : null;
    }

    /* Words of three characters or more: the share of their character pairs the answer has. */
    function bigrams(concept) {
      var word = Array.from(concept.word);
      if (word.length < 3) return null;
      var found = [];
      for (var i = 0; i + 1 < word.length; i++) {
        var range = find([word[i], word[i + 1]], text.compact);
        if (range) found.push(range);
      }
      var share = found.length / (word.length - 1);
      if (share < 0.5 || !found.length) return null;
      return [[evidence(concept.word, text.compactText(found[0]), "bigram", text.compactRange(found[0]))], share];
    }

    function match(concept) {
      var said = whole(concept);
      if (said) return [[said[0]], said[1]];
      return parts(concept) || bigrams(concept);
    }

    /* A word of a length of time in the point said as a length that can mean the same. */
    function timeSpan(concept, characters, spans) {
      for (var i = 0; i < spans.length; i++) {
        if (characters.slice(spans[i].range[0], spans[i].range[1]).join("").indexOf(concept.word) < 0) continue;
        var said = text.timeSpans.find(function (s) { return PlaybookNumbers.overlaps(spans[i], s); });
        if (!said) continue;
        return [[evidence(concept.word, text.compactText(said.range), "number", text.compactRange(said.range))], 1];
      }
      return null;
    }

    function cover(way, point) {
      var result = { keyPoint: point, covered: false, coverage: 0, evidence: [] };
      if (way.isAlternative) result.alternative = way.folded;
      var folded = compactOf(way.folded);
      if (length(way.folded) >= 2) {
        var range = text.find(way.folded);
        if (range) {
          result.covered = true;
          result.coverage = 1;
          result.evidence = [evidence(way.folded, way.folded, way.isAlternative ? "alternative" : "exact", range)];
          return result;
        }
      }
      var total = 0, matched = 0, longWordMatched = false, conceptsMatched = 0, wordMatched = false;
      var spans = PlaybookNumbers.spans(folded);
      way.concepts.forEach(function (concept) {
        total += concept.weight;
        var said = match(concept);
        var span = timeSpan(concept, folded, spans);
        if (said) wordMatched = true;
        if (said || span) conceptsMatched++;
        said = said || span;
        if (!said) return;
        matched += concept.weight * said[1];
        if (length(concept.word) >= 2 || said[0].some(function (e) { return length(e.answerWord) >= 2; })) longWordMatched = true;
        result.evidence = result.evidence.concat(said[0]);
      });
      var hasLongWord = way.concepts.some(function (c) { return length(c.word) >= 2; });
      var coverage = total > 0 ? matched / total : 0;
      var threshold = conceptsMatched >= 2 ? SEVERAL_WORDS : COVERAGE;
      result.covered = total > 0 && wordMatched && coverage >= threshold && (longWordMatched || !hasLongWord);
      result.coverage = Math.round(coverage * 1000) / 1000;
      return result;
    }

    /* The best way of saying the point (the point itself, then its alternatives). */
    return function (point) {
      var best = null;
      for (var i = 0; i < point.ways.length; i++) {
        var result = cover(point.ways[i], point.text);
        if (!best || (result.covered && !best.covered) || (result.covered === best.covered && result.coverage > best.coverage)) {
          best = result;
        }
        if (result.covered && result.coverage >= 1) break;
      }
      return best || { keyPoint: point.text, covered: false, coverage: 0, evidence: [] };
    };
  }

  function defaultLanguage() {
    if (!standard) standard = PlaybookLanguage.make(root.PlaybookScorerLanguage, []);
    return standard;
  }

  /* Scores an answer against a plan; `language` defaults to the bundled data without a deck's
     own groups (PlaybookLanguage.make(data, groups) makes one with them). */
  function score(plan, answer, language) {
    language = language || defaultLanguage();
    var text = answered(answer, language);
    var keyPoints = plan.keyPoints.map(matcher(text, language));
    var finder = PlaybookNeverSay.finder(text);
    var flags = plan.avoid.map(finder).filter(Boolean);
    var covered = keyPoints.map(function (p) { return p.covered; });
    var count = covered.filter(Boolean).length;
    var share = keyPoints.length ? count / keyPoints.length : 0;
    return {
      answer: answer,
      score: flags.length ? 0 : Math.round(share * 100),
      pass: !flags.length && count >= 2 && count * 2 >= keyPoints.length,
      covered: covered,
      flagged: flags.map(function (f) { return f.phrase; }),
      keyPoints: keyPoints,
      flags: flags,
      answerWords: text.content.map(function (c) { return c.token.text; }),
    };
  }

  root.PlaybookScorer = { score: score, answered: answered, find: find };
})(typeof window !== "undefined" ? window : globalThis);
