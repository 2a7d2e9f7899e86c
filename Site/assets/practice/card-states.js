/* playbook practice: each card's scheduling state, the replay of its reviews in time order (ties in
   insertion order) with the drill's scheduler and per-card fuzz seeds, as the terminal replays an
   import. Needs fsrs.js (loaded first) and progress-lines.js (any order). Defines the global `PlaybookCardStates`. */
(function (global) {
  "use strict";

  var FSRS = global.PlaybookFSRS;

  /** The scheduler `playbook drill` uses for the deck's settings (fuzz on, per-card seeds). */
  function scheduler(settings) {
    var s = settings || {};
    return FSRS.scheduler(FSRS.parameters({
      desiredRetention: s.desiredRetention, learningSteps: s.learningSteps, relearningSteps: s.relearningSteps,
      maximumInterval: s.maximumInterval, enableFuzzing: s.enableFuzzing === undefined ? true : s.enableFuzzing,
    }));
  }

  /** One card's reviews (in stored order) replayed: the FSRS card, or null when there are none. */
  function replayCard(cardId, reviews, fsrs) {
    var timed = reviews.map(function (r, i) { return { r: r, i: i, t: global.PlaybookProgressLines.parseTime(r.reviewedAt) }; })
      .sort(function (a, b) { return a.t - b.t || a.i - b.i; });
    if (!timed.length) return null;
    var card = FSRS.newCard(timed[0].t);
    timed.forEach(function (x) { card = fsrs.reviewCard(card, x.r.rating, x.t, cardId); });
    return { card: card, contentHash: timed[timed.length - 1].r.contentHash, reviews: timed.length,
      lastReviewedAt: timed[timed.length - 1].t };
  }

  /** The states of every reviewed card: a Map id → {card, contentHash, reviews, changed, orphan}.
      `hashes` is a Map id → the deck's current content hash (cards not in it are orphans). */
  function compute(reviews, fsrs, hashes) {
    var byCard = new Map();
    reviews.forEach(function (r) {
      if (!byCard.has(r.card)) byCard.set(r.card, []);
      byCard.get(r.card).push(r);
    });
    var states = new Map();
    byCard.forEach(function (list, id) { states.set(id, mark(replayCard(id, list, fsrs), hashes.get(id))); });
    return states;
  }

  function mark(state, currentHash) {
    state.orphan = currentHash === undefined;
    state.changed = !state.orphan && state.contentHash !== currentHash;
    return state;
  }

  /** Recomputes one card after a new review (`reviews` = all stored reviews) into `states`. */
  function update(states, cardId, reviews, fsrs, currentHash) {
    var state = replayCard(cardId, reviews.filter(function (r) { return r.card === cardId; }), fsrs);
    if (state) states.set(cardId, mark(state, currentHash));
    else states.delete(cardId);
    return states.get(cardId) || null;
  }

  global.PlaybookCardStates = { scheduler: scheduler, replayCard: replayCard, compute: compute, update: update };
})(typeof window !== "undefined" ? window : globalThis);
