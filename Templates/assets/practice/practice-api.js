/* playbook practice: the page-level API for tests and integrations, and the state the page works on.
   Defines the global `PlaybookPractice`:
     replay(input)              → the output of `playbook scheduler replay` (PlaybookFSRS.replay)
     score(cardId, answerText)  → Promise of {score, pass, covered, missed, neverSay, suggestedRating, keyPoints, flags}
     exportProgress()           → the JSONL text of docs/format.md §12
     importProgress(text)       → {reviews:{added, duplicates, refused}, exams:{…}, refused:[{line, error}], orphans:[{line, card}]}
   The deck (deck.js), the store and the card states are made on first use. */
(function (global) {
  "use strict";

  var state = null;

  function now() { return Math.floor(Date.now() / 1000); }

  /** The shared state: {deck, data, store, scheduler, hashes, states}. */
  function context() {
    if (state) return state;
    var deck = global.PlaybookPracticeDeck;
    if (!deck || !Array.isArray(deck.cards)) throw new Error("practice/deck.js is not loaded; rebuild the site with playbook build");
    var doc = global.document;
    var main = doc && doc.getElementById("practice");
    var root = (main && main.getAttribute("data-root")) || "../";
    var languageHref = (main && main.getAttribute("data-language-data")) || root + "assets/practice/language-data.js";
    var scorerHrefs = ((main && main.getAttribute("data-scorer-scripts")) || "").split(" ").filter(Boolean);
    var ROW = global.PlaybookSession.ROW;
    var hashes = new Map(deck.cards.map(function (row) { return [row[ROW.id], row[ROW.hash]]; }));
    var store = global.PlaybookProgressStore.open(deck.playbook, global.localStorage);
    var scheduler = global.PlaybookCardStates.scheduler(deck.settings);
    state = {
      deck: deck, data: global.PlaybookDeckData.create(deck, root, doc, languageHref, scorerHrefs), store: store, scheduler: scheduler,
      hashes: hashes, states: global.PlaybookCardStates.compute(store.reviews(), scheduler, hashes),
    };
    return state;
  }

  /** The terminal's suggested rating for a scored answer (AnswerScorer.suggestedRating). */
  function suggestedRating(result) {
    if (result.flagged.length || result.score < 40) return 1;
    if (result.score < 70) return 2;
    if (result.score < 100) return 3;
    return 4;
  }

  /** Scores a typed answer to a card; resolves to the result, rejects when the card has no key points. */
  function score(cardId, answerText) {
    var c = context();
    return Promise.all([c.data.card(cardId), c.data.language()]).then(function (loaded) {
      var card = loaded[0];
      if (!card.plan) throw new Error("card " + cardId + " has no key points to score an answer against");
      var result = global.PlaybookScorer.score(card.plan, String(answerText), loaded[1]);
      return {
        score: result.score, pass: result.pass,
        covered: result.keyPoints.filter(function (p) { return p.covered; }).map(function (p) { return p.keyPoint; }),
        missed: result.keyPoints.filter(function (p) { return !p.covered; }).map(function (p) { return p.keyPoint; }),
        neverSay: result.flagged.slice(), suggestedRating: suggestedRating(result),
        keyPoints: result.keyPoints, flags: result.flags,
      };
    });
  }

  /** Records an answer (not in exams) and returns {review, state}: the stored line and the card's new state. */
  function recordReview(cardId, rating, mode, scoreValue, answer, at) {
    var c = context();
    var hash = c.hashes.get(cardId);
    if (hash === undefined) throw new Error("no card " + cardId + " in this playbook");
    var review = c.store.addReview({
      card: cardId, contentHash: hash, rating: rating, reviewedAt: global.PlaybookProgressLines.formatTime(at || now()),
      mode: mode, score: scoreValue === undefined ? null : scoreValue, answer: answer === undefined ? null : answer,
    });
    var after = global.PlaybookCardStates.update(c.states, cardId, c.store.reviews(), c.scheduler, hash);
    return { review: review, state: after };
  }

  /** Records a finished (or stopped) exam. */
  function recordExam(startedAt, finishedAt, result) {
    var Lines = global.PlaybookProgressLines;
    return context().store.addExam({
      startedAt: Lines.formatTime(startedAt), finishedAt: Lines.formatTime(finishedAt), pass: result.pass,
      score: result.score, passed: result.passed, cards: result.cards,
    });
  }

  function exportProgress() { return context().store.exportText(now()); }

  /** Imports a progress file's text; throws an Error (nothing imported) when it is not one. */
  function importProgress(text) {
    var c = context();
    var counts = c.store.importText(text, now(), function (id) { return c.hashes.has(id); });
    c.states = global.PlaybookCardStates.compute(c.store.reviews(), c.scheduler, c.hashes);
    return counts;
  }

  global.PlaybookPractice = {
    replay: function (input) { return global.PlaybookFSRS.replay(input); },
    score: score,
    exportProgress: exportProgress,
    importProgress: importProgress,
    context: context,
    recordReview: recordReview,
    recordExam: recordExam,
    suggestedRating: suggestedRating,
    now: now,
  };
})(typeof window !== "undefined" ? window : globalThis);
