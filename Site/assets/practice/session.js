/* playbook practice: which cards a session asks and what it did, like the terminal drill
   (Sources/PlaybookDrill/Session/SessionPlan.swift, CardFilter.swift, DrillSession.swift).
   Works on the deck rows of deck.js: [id, kind, category, products, competitors, tags, hash, shard, flags].
   Defines the global `PlaybookSession`. */
(function (global) {
  "use strict";

  var ROW = { id: 0, kind: 1, category: 2, products: 3, competitors: 4, tags: 5, hash: 6, shard: 7, flags: 8 };
  var FLAG = { keyPoints: 1, choice: 2 };
  var MODES = ["flashcard", "type", "choice", "exam"];

  function emptyFilter() { return { kinds: [], categories: [], products: [], competitors: [], tags: [] }; }

  /* The index of `value` in `list`, matched against each entry's id, name or label (case-insensitive). */
  function indexOf(list, value, names) {
    var wanted = String(value).trim().toLowerCase();
    for (var i = 0; i < list.length; i++) {
      var entry = list[i];
      var candidates = typeof entry === "string" ? [entry] : [entry.id, entry.name, entry.label].concat(names ? names(entry) : []);
      if (candidates.some(function (c) { return c !== undefined && c !== null && String(c).toLowerCase() === wanted; })) return i;
    }
    return -1;
  }

  /** The filter and mode of an address query (`?kind=objection&category=价格&mode=type`; also
      product, competitor and tag, by id or name; a name may repeat or be comma-separated).
      Returns {filter, mode, unknown:[{key, value}]}: values that match nothing are listed. */
  function fromQuery(search, deck) {
    var params = new URLSearchParams(search || "");
    var filter = emptyFilter();
    var unknown = [];
    var kindNames = function (kind) {
      return Object.keys(deck.strings || {}).map(function (l) { return (deck.strings[l] || {})["kind." + kind.id]; });
    };
    var lists = {
      kind: ["kinds", deck.kinds || [], kindNames], category: ["categories", deck.categories || []],
      product: ["products", deck.products || []], competitor: ["competitors", deck.competitors || []],
      tag: ["tags", deck.tags || []],
    };
    Object.keys(lists).forEach(function (key) {
      params.getAll(key).forEach(function (raw) {
        raw.split(",").filter(function (v) { return v.trim(); }).forEach(function (value) {
          var index = indexOf(lists[key][1], value, lists[key][2]);
          if (index < 0) unknown.push({ key: key, value: value });
          else if (filter[lists[key][0]].indexOf(index) < 0) filter[lists[key][0]].push(index);
        });
      });
    });
    var mode = params.get("mode");
    if (mode !== null && MODES.indexOf(mode) < 0) { unknown.push({ key: "mode", value: mode }); mode = null; }
    return { filter: filter, mode: mode, unknown: unknown };
  }

  /** The query string of a filter and mode (ids where there are ids), for a link to the same drill. */
  function toQuery(filter, mode, deck) {
    var params = new URLSearchParams();
    filter.kinds.forEach(function (i) { params.append("kind", deck.kinds[i].id); });
    filter.categories.forEach(function (i) { params.append("category", deck.categories[i]); });
    filter.products.forEach(function (i) { params.append("product", deck.products[i].id); });
    filter.competitors.forEach(function (i) { params.append("competitor", deck.competitors[i].id); });
    filter.tags.forEach(function (i) { params.append("tag", deck.tags[i]); });
    if (mode) params.set("mode", mode);
    var text = params.toString();
    return text ? "?" + text : "";
  }

  function any(list, values) { return values.length === 0 || list.some(function (v) { return values.indexOf(v) >= 0; }); }

  /** Whether a deck row passes the filter (empty lists match everything; any value of a list matches). */
  function matches(row, filter) {
    return (filter.kinds.length === 0 || filter.kinds.indexOf(row[ROW.kind]) >= 0)
      && (filter.categories.length === 0 || filter.categories.indexOf(row[ROW.category]) >= 0)
      && any(row[ROW.products], filter.products) && any(row[ROW.competitors], filter.competitors)
      && any(row[ROW.tags], filter.tags);
  }

  /** Whether a row can be asked in `mode`: typed answers need key points. */
  function askable(row, mode) {
    return mode !== "type" || (row[ROW.flags] & FLAG.keyPoints) !== 0;
  }

  /** The session's cards: due first (most overdue first, then by id), then new in deck order up to
      `newLimit`; an exam asks every matching card once in deck order. `states` is a Map id → state
      (card-states.js). Entries: {index, id, isNew, changed, due}. */
  function plan(rows, states, filter, now, options) {
    var opts = options || {};
    var mode = opts.mode || "flashcard";
    var selected = [];
    rows.forEach(function (row, index) { if (matches(row, filter) && askable(row, mode)) selected.push(index); });
    function entry(index) {
      var id = rows[index][ROW.id];
      var state = states.get(id);
      return { index: index, id: id, isNew: !state, changed: state ? state.changed : false, due: state ? state.card.due : now };
    }
    if (opts.exam) {
      var chosen = opts.limit ? selected.slice(0, opts.limit) : selected;
      return { entries: chosen.map(entry), dueLeft: 0, newLeft: 0 };
    }
    var due = [], fresh = [];
    selected.forEach(function (index) {
      var state = states.get(rows[index][ROW.id]);
      if (!state) fresh.push(index);
      else if (state.card.due <= now) due.push({ due: state.card.due, index: index });
    });
    due.sort(function (a, b) {
      var ia = rows[a.index][ROW.id], ib = rows[b.index][ROW.id];
      return a.due - b.due || (ia < ib ? -1 : ia > ib ? 1 : 0);
    });
    var cap = opts.limit || Infinity;
    var dueTaken = due.slice(0, cap).map(function (d) { return d.index; });
    var newTaken = fresh.slice(0, Math.max(0, Math.min(opts.newLimit === undefined ? 10 : opts.newLimit, cap - dueTaken.length)));
    return { entries: dueTaken.concat(newTaken).map(entry), dueLeft: due.length - dueTaken.length, newLeft: fresh.length - newTaken.length };
  }

  /** What a session did: counts, scores, missed cards (DrillSession's SessionSummary). */
  function Summary() {
    this.reviewed = 0;
    this.correct = 0;
    this.scores = [];
    this.ratings = { 1: 0, 2: 0, 3: 0, 4: 0 };
    this.nextDue = null;
    this.cards = [];
  }
  /** Adds an answer: {card, rating, score (or null), due, missedPoints}. Scored answers count as
      correct from 60, others from Good. */
  Summary.prototype.add = function (answer) {
    this.reviewed++;
    this.ratings[answer.rating]++;
    if (answer.score !== null && answer.score !== undefined) {
      this.scores.push(answer.score);
      if (answer.score >= 60) this.correct++;
    } else if (answer.rating >= 3) {
      this.correct++;
    }
    if (answer.due !== undefined && answer.due !== null) this.nextDue = this.nextDue === null ? answer.due : Math.min(this.nextDue, answer.due);
    this.cards.push(answer);
  };
  /** The mean score of scored answers, or null. */
  Summary.prototype.meanScore = function () {
    return this.scores.length ? this.scores.reduce(function (a, b) { return a + b; }, 0) / this.scores.length : null;
  };
  /** The exam's result against `passMark` after `total` cards were planned: the mean score of the
      answers (an unscored one counts 100 when rated Good or Easy, else 0); passed only when every
      card was answered, as in the terminal. `missed` lists the answers below the pass mark. */
  Summary.prototype.exam = function (passMark, total) {
    var scores = this.cards.map(function (c) { return { card: c.card, score: examScore(c) }; });
    var mean = scores.length ? scores.reduce(function (a, c) { return a + c.score; }, 0) / scores.length : 0;
    var score = Math.round(mean * 10) / 10;
    var finished = this.reviewed >= total;
    return {
      score: score, pass: passMark, passed: finished && score >= passMark, finished: finished, cards: scores,
      missed: this.cards.filter(function (c) { return examScore(c) < passMark; }),
    };
  };

  function examScore(answer) {
    if (answer.score !== null && answer.score !== undefined) return answer.score;
    return answer.rating >= 3 ? 100 : 0;
  }

  global.PlaybookSession = {
    ROW: ROW, FLAG: FLAG, MODES: MODES, emptyFilter: emptyFilter, fromQuery: fromQuery, toQuery: toQuery,
    matches: matches, askable: askable, plan: plan, Summary: Summary,
  };
})(typeof window !== "undefined" ? window : globalThis);
