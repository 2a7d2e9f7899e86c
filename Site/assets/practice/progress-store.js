/* playbook practice: the learner's progress in the browser. Reviews and exams are kept as the
   lines of docs/format.md §12 in localStorage (works from file:// in Chromium), one key per
   playbook title; every change is written in one setItem, so an import is all or nothing.
   Needs progress-lines.js. Defines the global `PlaybookProgressStore`. */
(function (global) {
  "use strict";

  var PREFIX = "playbook-practice:progress:";

  function emptyData() {
    return { version: 1, reviews: [], exams: [], exportedAt: null, reviewsAtExport: 0 };
  }

  /** The store of `playbook` in `storage` (a Storage such as window.localStorage). */
  function open(playbook, storage) {
    var Lines = global.PlaybookProgressLines;
    var key = PREFIX + playbook;
    var data = load();

    function load() {
      var text = storage.getItem(key);
      if (!text) return emptyData();
      try {
        var parsed = JSON.parse(text);
        if (parsed && Array.isArray(parsed.reviews) && Array.isArray(parsed.exams)) return parsed;
      } catch (e) { /* damaged: start afresh below, keeping the text aside */ }
      storage.setItem(key + ":damaged", text);
      return emptyData();
    }

    /* Writes `next` and makes it the store's data; throws (data unchanged) when storage is full. */
    function save(next) {
      storage.setItem(key, JSON.stringify(next));
      data = next;
    }

    function append(list, value) {
      var line = Object.assign({ type: value.type, id: Lines.uuid() }, value);
      var next = copy();
      next[list].push(line);
      save(next);
      return line;
    }

    function copy() {
      return { version: 1, reviews: data.reviews.slice(), exams: data.exams.slice(), exportedAt: data.exportedAt,
        reviewsAtExport: data.reviewsAtExport };
    }

    return {
      playbook: playbook,
      /** The reviews in stored (insertion) order. */
      reviews: function () { return data.reviews; },
      exams: function () { return data.exams; },
      /** Adds a review line (an `id` is made when missing) and returns it. */
      addReview: function (review) { return append("reviews", Object.assign({ type: "review" }, review)); },
      /** Adds an exam line (an `id` is made when missing) and returns it. */
      addExam: function (exam) { return append("exams", Object.assign({ type: "exam" }, exam)); },
      /** The JSONL text of every review (time order) and exam; remembers when it was exported. */
      exportText: function (now, learner) {
        var text = Lines.writeFile(playbook, data.reviews, data.exams, now, learner);
        var next = copy();
        next.exportedAt = now;
        next.reviewsAtExport = data.reviews.length;
        save(next);
        return text;
      },
      /** Imports a progress file: the union by id. Returns the counts; `knownCard(id)` says whether
          a card is in the deck (others are kept as orphans and named). Throws when the file is not
          progress at all; then nothing changes. */
      importText: function (text, now, knownCard) {
        var parsed = Lines.parseFile(text, now);
        var next = copy();
        var seenReviews = new Set(next.reviews.map(function (r) { return r.id; }));
        var seenExams = new Set(next.exams.map(function (e) { return e.id; }));
        var counts = {
          reviews: { added: 0, duplicates: 0, refused: 0 }, exams: { added: 0, duplicates: 0, refused: 0 },
          refused: parsed.refused, orphans: [], changedCards: [],
        };
        var touched = new Set();
        parsed.reviews.forEach(function (entry) {
          var r = entry.value;
          if (seenReviews.has(r.id)) { counts.reviews.duplicates++; return; }
          seenReviews.add(r.id);
          next.reviews.push(r);
          touched.add(r.card);
          counts.reviews.added++;
          if (knownCard && !knownCard(r.card)) counts.orphans.push({ line: entry.line, card: r.card });
        });
        parsed.exams.forEach(function (entry) {
          var e = entry.value;
          if (seenExams.has(e.id)) { counts.exams.duplicates++; return; }
          seenExams.add(e.id);
          next.exams.push(e);
          counts.exams.added++;
        });
        var lines = String(text).split(/\r?\n/);
        parsed.refused.forEach(function (r) {
          if (lineType(lines[r.line - 1]) === "exam") counts.exams.refused++;
          else counts.reviews.refused++;
        });
        counts.changedCards = Array.from(touched);
        if (counts.reviews.added || counts.exams.added) save(next);
        return counts;
      },
      /** Bytes the stored progress takes (UTF-16 in localStorage: two bytes a character). */
      sizeBytes: function () {
        var text = storage.getItem(key);
        return text ? (text.length + key.length) * 2 : 0;
      },
      exportedAt: function () { return data.exportedAt; },
      reviewsSinceExport: function () { return data.reviews.length - (data.reviewsAtExport || 0); },
      /** Deletes this playbook's progress. */
      clear: function () { save(emptyData()); },
    };
  }

  /* The `type` of a refused line when it can be told, for the per-type refused counts. */
  function lineType(line) {
    try { var o = JSON.parse(line); return o && typeof o.type === "string" ? o.type : ""; } catch (e) { return ""; }
  }

  /** Asks the browser to keep this site's storage (where offered). Resolves to true, false or null. */
  function persist(navigatorLike) {
    var storage = navigatorLike && navigatorLike.storage;
    if (!storage || typeof storage.persist !== "function") return Promise.resolve(null);
    return storage.persist().catch(function () { return false; });
  }

  global.PlaybookProgressStore = { open: open, persist: persist, PREFIX: PREFIX };
})(typeof window !== "undefined" ? window : globalThis);
