/* playbook practice: the deck's card text and the scorer with its language, loaded on demand by
   injecting <script src> (works from file://, no fetch). deck.js gives the rows; `practice/cards/N.js`
   calls `PlaybookPracticeDeck.addShard(N, cards)`; the scorer's scripts (the page's
   `data-scorer-scripts`, unless the page loaded them itself) and `assets/practice/language-data.js`
   (defines `PlaybookScorerLanguage`) come when the first answer is scored. Defines the global
   `PlaybookDeckData`. */
(function (global) {
  "use strict";

  /** The deck's data, loaded from `root` (the site root, e.g. "../") through `doc` (a Document);
      `languageHref` is the language data script (default `ROOT/assets/practice/language-data.js`),
      `scorerHrefs` the scorer's scripts in load order (needed when the page did not load them). */
  function create(deck, root, doc, languageHref, scorerHrefs) {
    var ROW = global.PlaybookSession.ROW;
    var texts = new Map();
    var loadedShards = new Set();
    var shardLoads = {};
    var languageLoad = null;
    var index = new Map();
    deck.cards.forEach(function (row, i) { index.set(row[ROW.id], i); });

    deck.addShard = function (number, cards) {
      cards.forEach(function (card) { texts.set(card.id, card); });
      loadedShards.add(number);
    };

    /* `ordered`: run in the order of injection (the scorer's scripts read each other). */
    function loadScript(src, ordered) {
      return new Promise(function (resolve, reject) {
        var script = doc.createElement("script");
        if (ordered) script.async = false;
        script.src = src;
        script.onload = function () { resolve(); };
        script.onerror = function () { reject(new Error("could not load " + src + "; rebuild the site with playbook build")); };
        doc.head.appendChild(script);
      });
    }

    function shard(number) {
      if (loadedShards.has(number)) return Promise.resolve();
      if (!shardLoads[number]) {
        shardLoads[number] = loadScript(root + "practice/cards/" + number + ".js").then(function () {
          if (!loadedShards.has(number)) throw new Error("practice/cards/" + number + ".js did not add its cards");
        }, function (error) { delete shardLoads[number]; throw error; });
      }
      return shardLoads[number];
    }

    /** A card's text ({id, front, back, hint, choices, answers, keyPoints, avoid, page, plan}). */
    function card(id) {
      if (texts.has(id)) return Promise.resolve(texts.get(id));
      var i = index.get(id);
      if (i === undefined) return Promise.reject(new Error("no card " + id + " in this playbook"));
      return shard(deck.cards[i][ROW.shard]).then(function () {
        if (!texts.has(id)) throw new Error("card " + id + " is missing from its shard; rebuild the site");
        return texts.get(id);
      });
    }

    /** The scorer's language with the playbook's own synonym groups, made once. */
    function language() {
      if (!languageLoad) {
        var scripts = (global.PlaybookScorer ? [] : scorerHrefs || [])
          .concat(global.PlaybookScorerLanguage ? [] : [languageHref || root + "assets/practice/language-data.js"]);
        var ready = Promise.all(scripts.map(function (src) { return loadScript(src, true); }));
        languageLoad = ready.then(function () {
          if (!global.PlaybookScorer || !global.PlaybookLanguage) {
            throw new Error("the scorer's scripts are not on this page; rebuild the site with playbook build");
          }
          return global.PlaybookLanguage.make(global.PlaybookScorerLanguage, scorerGroups(deck.groups));
        }, function (error) { languageLoad = null; throw error; });
      }
      return languageLoad;
    }

    return {
      deck: deck,
      /** Row index of a card id, or undefined. */
      indexOf: function (id) { return index.get(id); },
      row: function (id) { var i = index.get(id); return i === undefined ? null : deck.cards[i]; },
      cardNow: function (id) { return texts.get(id) || null; },
      card: card,
      shard: shard,
      language: language,
      /** Starts loading the language without waiting (after the first card is shown). */
      warmUp: function () { language().catch(function () { /* reported when an answer is scored */ }); },
    };
  }

  /** The deck's groups as PlaybookLanguage.make takes them ([id, word…]): deck.js may give
      `[id, word…]` arrays or `{id, words}` objects (what `playbook score --groups` prints). */
  function scorerGroups(groups) {
    return (groups || []).map(function (g) { return Array.isArray(g) ? g : [g.id].concat(g.words || []); });
  }

  global.PlaybookDeckData = { create: create, scorerGroups: scorerGroups };
})(typeof window !== "undefined" ? window : globalThis);
