/* playbook practice: the options of a multiple-choice question. A card with `choices` is asked with
   them as written (`answers` = indices of the right ones); any other card gets four options: its own
   back and the backs of three other cards of the same kind, chosen and ordered by a generator seeded
   from the card id, so a card always shows the same options. Needs fsrs.js (FNV-1a, SplitMix64).
   Defines the global `PlaybookChoiceOptions`. */
(function (global) {
  "use strict";

  var FSRS = global.PlaybookFSRS;
  var OPTIONS = 4;

  function generator(cardId) { return new FSRS.SplitMix64(FSRS.fnv1a64("choice:" + cardId)); }

  function pick(random, count) {
    return Math.min(Math.floor(random.nextUnitDouble() * count), count - 1);
  }

  /** The ids of the other cards whose backs become the wrong options (deterministic per card):
      cards of the same kind first, others only when the kind has too few. */
  function distractorIds(rows, index, ROW) {
    var row = rows[index];
    var random = generator(row[ROW.id]);
    var same = [], other = [];
    rows.forEach(function (r, i) {
      if (i === index) return;
      (r[ROW.kind] === row[ROW.kind] ? same : other).push(r[ROW.id]);
    });
    var chosen = [];
    [same, other].forEach(function (pool) {
      var left = pool.slice();
      while (chosen.length < OPTIONS - 1 && left.length) chosen.push(left.splice(pick(random, left.length), 1)[0]);
    });
    return chosen;
  }

  /** The options {texts:[…], right:[indices]} of `card` (its text) given the distractors' texts. */
  function options(card, distractors) {
    if (card.choices && card.choices.length) return { texts: card.choices.slice(), right: (card.answers || []).slice() };
    var random = generator(card.id);
    var texts = [card.back];
    distractors.forEach(function (d) { if (d.back && texts.indexOf(d.back) < 0) texts.push(d.back); });
    var order = texts.map(function (t, i) { return i; });
    for (var i = order.length - 1; i > 0; i--) {
      var j = pick(random, i + 1);
      var swap = order[i]; order[i] = order[j]; order[j] = swap;
    }
    return { texts: order.map(function (k) { return texts[k]; }), right: [order.indexOf(0)] };
  }

  /** Whether the chosen option indices are exactly the right ones. */
  function isRight(chosen, right) {
    var a = chosen.slice().sort(), b = right.slice().sort();
    return a.length === b.length && a.every(function (v, i) { return v === b[i]; });
  }

  global.PlaybookChoiceOptions = { distractorIds: distractorIds, options: options, isRight: isRight, OPTIONS: OPTIONS };
})(typeof window !== "undefined" ? window : globalThis);
