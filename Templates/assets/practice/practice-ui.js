/* playbook practice: the practice page. Set up a session (mode, filters; a link with them starts it),
   ask its cards (flashcards, typed answers, multiple choice, exams), show when each card comes back,
   sum up, and keep the storage panel. Keyboard: Space reveals, 1–4 rate (or choose), Enter submits or
   accepts the suggested rating. Starts on DOMContentLoaded inside <main id="practice">.
   Needs the other practice scripts and practice/deck.js (any order; all are read on DOMContentLoaded). */
(function (global) {
  "use strict";

  var doc = global.document;

  function start() {
    // Resolved here, not at load: the page's scripts load in any order before DOMContentLoaded.
    var dom = global.PlaybookPracticeDOM, el = dom.el;
    var View = global.PlaybookPracticeCardView;
    var Session = global.PlaybookSession;
    var api = global.PlaybookPractice;
    var main = doc.getElementById("practice");
    if (!main || !global.PlaybookPracticeDeck) return;
    var c = api.context();
    var deck = c.deck;
    var ROW = Session.ROW;
    var root = main.getAttribute("data-root") || "../";
    var Strings = global.PlaybookPracticeStrings;
    var s = Strings.make(deck, Strings.chosenLocale(deck, global.localStorage));
    var query = Session.fromQuery(global.location.search, deck);
    var setup = { filter: query.filter, mode: query.mode || "flashcard", unknown: query.unknown };
    var run = null;
    var redraw = drawSetup;

    var stage = el("div", { "class": "pr-stage" });
    // The page's own heading when the template has one (else the app adds it).
    var pageHeading = doc.querySelector("h1");
    var title = pageHeading && !main.contains(pageHeading) ? pageHeading : el("h1", { "class": "pr-title" });
    var languages = el("select", { id: "pr-locale", onchange: function () {
      s = Strings.make(deck, languages.value);
      Strings.remember(languages.value, global.localStorage);
      drawChrome();
      redraw();
    } }, Strings.LOCALES.map(function (l) {
      return el("option", { value: l, text: { "zh-Hans": "简体中文", "zh-Hant": "繁體中文", en: "English" }[l] });
    }));
    var languageLabel = el("label", { "for": "pr-locale", "class": "pr-muted" });
    var keys = el("p", { "class": "pr-keys pr-muted" });
    var storage = el("section", { "class": "pr-storage", id: "pr-storage" });
    var panel = null;
    var hubNode = el("section", { "class": "pr-storage pr-hub", id: "pr-hub" });
    var hub = global.PlaybookSyncPanel ? global.PlaybookSyncPanel.attach(hubNode, s) : null;
    Array.prototype.forEach.call(main.querySelectorAll("noscript"), function (n) { n.remove(); });
    var head = el("div", { "class": "pr-head" }, [el("div", { "class": "pr-locale" }, [languageLabel, languages])]);
    if (title === pageHeading) {
      // The heading and the language switch share a row above the app.
      pageHeading.parentNode.insertBefore(head, pageHeading);
      head.insertBefore(pageHeading, head.firstChild);
    } else {
      head.insertBefore(title, head.firstChild);
    }
    main.appendChild(el("div", { "class": "pr-app" }, [title === pageHeading ? null : head, stage, keys, storage, hubNode]));

    function drawChrome() {
      languages.value = s.locale;
      doc.documentElement.lang = s.locale;
      title.textContent = s.t("practice.title");
      languageLabel.textContent = s.t("practice.language");
      keys.textContent = s.t("practice.keys");
      panel = global.PlaybookStoragePanel.render(storage, s, function () {
        if (hub) hub.changed();
        if (!run) drawSetup();
      });
      if (hub) hub.setStrings(s);
    }

    function showError(error) {
      dom.fill(stage, [el("p", { "class": "pr-error", role: "alert", text: s.t("practice.loadFailed", { error: error.message }) })]);
    }

    // ---- Setup

    function plan() {
      var exam = setup.mode === "exam";
      return Session.plan(deck.cards, c.states, setup.filter, api.now(), { exam: exam, newLimit: deck.settings.newPerSession,
        mode: setup.mode });
    }

    function select(key, list, label, name) {
      if (!list.length) return null;
      var chosen = setup.filter[key];
      var control = el("select", { id: "pr-filter-" + key, "data-filter": key, onchange: function () {
        setup.filter[key] = control.value === "" ? [] : [+control.value];
        setup.unknown = [];
        syncAddress();
        drawSetup();
      } }, [el("option", { value: "", text: s.t("practice.all") })].concat(list.map(function (item, i) {
        return el("option", { value: String(i), text: name(item), selected: chosen.length > 0 && chosen[0] === i });
      })));
      return el("div", { "class": "pr-field" }, [el("label", { "for": control.id, text: s.t(label) }), control]);
    }

    function syncAddress() {
      try {
        global.history.replaceState(null, "", global.location.pathname + Session.toQuery(setup.filter, setup.mode, deck));
      } catch (e) { /* some browsers refuse address changes on file:// pages; the filters still apply */ }
    }

    /* On a phone the five filters would push Start below the fold: they start folded there unless one is set. */
    function filtersOpen() {
      if (typeof setup.filtersOpen === "boolean") return setup.filtersOpen;
      var chosen = Object.keys(setup.filter).some(function (k) { return setup.filter[k].length > 0; });
      return chosen || !global.matchMedia || global.matchMedia("(min-width: 40em)").matches;
    }

    function drawSetup() {
      redraw = drawSetup;
      run = null;
      var p = plan();
      var isExam = setup.mode === "exam";
      var due = p.entries.filter(function (e) { return !e.isNew; }).length;
      var modes = el("div", { "class": "pr-modes", role: "group", "aria-label": s.t("practice.mode") }, Session.MODES.map(function (m) {
        return el("button", { type: "button", "class": "pr-mode", "data-mode": m, "aria-pressed": m === setup.mode ? "true" : "false",
          onclick: function () { setup.mode = m; syncAddress(); drawSetup(); }, text: s.t("practice.mode." + m) });
      }));
      var filters = el("div", { "class": "pr-filters" }, [
        select("kinds", deck.kinds || [], "practice.kind", function (k) { return s.kind(k); }),
        select("categories", deck.categories || [], "practice.category", String),
        select("products", deck.products || [], "practice.product", function (x) { return x.name; }),
        select("competitors", deck.competitors || [], "practice.competitor", function (x) { return x.name; }),
        select("tags", deck.tags || [], "practice.tag", String),
      ]);
      var count = isExam ? s.t("practice.examPlan", { count: p.entries.length, pass: deck.settings.examPassMark })
        : s.t("practice.plan", { due: due, "new": p.entries.length - due });
      dom.fill(stage, [
        modes,
        el("details", { "class": "pr-filter-box", open: filtersOpen(), ontoggle: function (event) { setup.filtersOpen = event.target.open; } },
          [el("summary", { text: s.t("practice.filters") }), filters]),
        setup.unknown.length ? el("p", { "class": "pr-error", text: s.t("practice.unknownFilter", {
          values: setup.unknown.map(function (u) { return u.key + "=" + u.value; }).join(", ") }) }) : null,
        el("p", { "class": "pr-plan", text: p.entries.length ? count : s.t(deck.cards.length ? "nothingDue" : "practice.noCards") }),
        el("button", { type: "button", "class": "pr-primary pr-start", id: "pr-start", disabled: !p.entries.length,
          onclick: function () { begin(p); }, text: s.t("practice.start") }),
      ]);
    }

    // ---- Session

    function begin(p) {
      run = { plan: p, position: 0, summary: new Session.Summary(), exam: setup.mode === "exam", mode: setup.mode,
        startedAt: api.now(), feedback: null, recorded: false };
      ask();
    }

    /* Whether the card on screen is still the one asked when the result of something slow arrives. */
    function current() {
      var token = run, position = run.position, view = redraw;
      return function () { return run === token && run.position === position && redraw === view; };
    }

    function modeFor(row) {
      if (run.mode !== "exam") return run.mode;
      return (row[ROW.flags] & Session.FLAG.keyPoints) ? "type" : "choice";
    }

    function ask() {
      redraw = ask;
      if (run.position >= run.plan.entries.length) return finish();
      var entry = run.plan.entries[run.position];
      var row = deck.cards[entry.index];
      dom.fill(stage, [el("p", { "class": "pr-muted", text: s.t("practice.loading") })]);
      var asked = current();
      c.data.card(entry.id).then(function (card) {
        if (!asked()) return;
        var info = { entry: entry, card: card, kind: deck.kinds[row[ROW.kind]], position: run.position,
          total: run.plan.entries.length, exam: run.exam };
        var body = el("div", { "class": "pr-body" });
        dom.fill(stage, [
          run.feedback ? el("p", { "class": "pr-feedback", role: "status", text: run.feedback }) : null,
          View.question(s, info), body,
          el("p", { "class": "pr-stop-row" }, [el("button", { type: "button", "class": "pr-link", onclick: finish, text: s.t("practice.stop") })]),
        ]);
        if (run.position === 0 && global.performance && global.performance.mark) global.performance.mark("practice-first-card");
        var mode = modeFor(row);
        if (mode === "type") askTyped(info, body);
        else if (mode === "choice") askChoice(info, body, row);
        else askFlashcard(info, body);
        if (mode === "type") c.data.warmUp();
      }, showError);
    }

    function askFlashcard(info, body) {
      var reveal = el("button", { type: "button", "class": "pr-primary", "data-action": "reveal", onclick: function () {
        dom.fill(body, [View.answer(s, info.card, info.kind, root), View.ratings(s, null, function (n) {
          answered(info, { rating: n, mode: "flashcard", score: null, answer: null });
        })]);
      }, text: s.t("practice.showAnswer") });
      dom.fill(body, [reveal]);
      reveal.focus({ preventScroll: true });
    }

    function askTyped(info, body) {
      var area = el("textarea", { "class": "pr-typed-input", rows: "4", "aria-label": s.t("answer"), placeholder: s.t("practice.typePlaceholder") });
      var submit = el("button", { type: "button", "class": "pr-primary", "data-action": "submit", onclick: grade, text: s.t("practice.submit") });
      var status = el("p", { "class": "pr-muted", "aria-live": "polite" });
      dom.fill(body, [area, submit, status]);
      area.focus({ preventScroll: true });
      function grade() {
        var text = area.value;
        submit.disabled = true;
        status.textContent = s.t("practice.scoring");
        var asked = current();
        api.score(info.entry.id, text).then(function (result) {
          if (!asked()) return;
          var missedPoints = result.missed.slice();
          var values = { mode: "type", score: result.score, answer: text, missedPoints: missedPoints };
          if (run.exam) return answered(info, Object.assign({ rating: result.suggestedRating }, values));
          dom.fill(body, [View.evidence(s, result, text), View.answer(s, info.card, info.kind, root),
            View.ratings(s, result.suggestedRating, function (n) { answered(info, Object.assign({ rating: n }, values)); })]);
        }, function (error) { submit.disabled = false; status.textContent = s.t("practice.loadFailed", { error: error.message }); });
      }
    }

    function askChoice(info, body, row) {
      var ids = info.card.choices && info.card.choices.length ? [] : global.PlaybookChoiceOptions.distractorIds(deck.cards, info.entry.index, ROW);
      var asked = current();
      Promise.all(ids.map(c.data.card)).then(function (others) {
        if (!asked()) return;
        var opts = global.PlaybookChoiceOptions.options(info.card, others);
        dom.fill(body, [View.options(s, opts, function (chosen) {
          var right = global.PlaybookChoiceOptions.isRight(chosen, opts.right);
          var values = { mode: "choice", score: right ? 100 : 0, answer: chosen.map(function (i) { return opts.texts[i]; }).join(" / "),
            missedPoints: right ? [] : info.card.keyPoints || [] };
          if (run.exam) return answered(info, Object.assign({ rating: right ? 3 : 1 }, values));
          dom.fill(body, [View.choiceResult(s, opts, chosen, right), View.answer(s, info.card, info.kind, root),
            View.ratings(s, right ? 3 : 1, function (n) { answered(info, Object.assign({ rating: n }, values)); })]);
        })]);
      }, showError);
    }

    function answered(info, result) {
      var due = null;
      if (!run.exam) {
        try {
          var saved = api.recordReview(info.entry.id, result.rating, result.mode, result.score, result.answer);
          due = saved.state.card.due;
          run.feedback = s.t("practice.comesBack", { rating: s.rating(result.rating), when: s.comesBack(due - api.now()) });
        } catch (error) {
          run.feedback = s.t("practice.saveFailed", { error: error.message });
        }
      }
      run.summary.add({ card: info.entry.id, front: info.card.front, rating: result.rating, score: result.score, due: due,
        missedPoints: result.missedPoints || [], page: info.card.page });
      run.position++;
      if (panel) panel.refresh();
      if (hub) hub.changed();
      ask();
    }

    function finish() {
      if (!run) return drawSetup();
      redraw = drawSummary;
      if (run.exam && !run.recorded && run.summary.reviewed > 0) {
        run.result = run.summary.exam(deck.settings.examPassMark, run.plan.entries.length);
        api.recordExam(run.startedAt, api.now(), run.result);
        run.recorded = true;
      }
      if (panel) panel.refresh();
      if (hub) hub.changed();
      drawSummary();
    }

    function drawSummary() {
      var sum = run.summary;
      var mean = sum.meanScore();
      var parts = [s.t("reviewed") + " " + sum.reviewed, s.t("correct") + " " + sum.correct];
      if (mean !== null) parts.push(s.t("meanScore") + " " + s.score(mean));
      var result = run.result;
      var missed = result ? result.missed : sum.cards.filter(function (a) { return a.rating === 1; });
      dom.fill(stage, [
        run.feedback && !run.exam ? el("p", { "class": "pr-feedback", role: "status", text: run.feedback }) : null,
        el("section", { "class": "pr-summary", id: "pr-summary" }, [
          el("h2", { text: s.t(run.exam ? "examResult" : "summary") }),
          el("p", { "class": "pr-summary-line", text: parts.join(" · ") }),
          result ? el("p", { "class": "pr-verdict " + (result.passed ? "pr-right" : "pr-wrong") }, [
            el("strong", { text: s.t(result.passed ? "passed" : "failed") }),
            " " + s.score(result.score) + " · " + s.t("passMark") + " " + s.score(result.pass),
            result.finished ? "" : " — " + sum.reviewed + "/" + run.plan.entries.length + " " + s.t("answeredOnly")]) : null,
          !run.exam && sum.nextDue !== null ? el("p", { text: s.heading("nextDue") + s.date(sum.nextDue) }) : null,
          missed.length ? el("h3", { text: s.t("practice.missedCards") }) : null,
          missed.length ? el("ul", { "class": "pr-missed-cards" }, missed.map(function (m) {
            return el("li", null, [m.page ? el("a", { href: root + m.page, text: m.front }) : m.front,
              m.missedPoints.length ? el("span", { "class": "pr-words", text: " " + s.heading("practice.lacked") + m.missedPoints.join(" / ") }) : null]);
          })) : null,
          el("button", { type: "button", "class": "pr-primary", id: "pr-again", onclick: drawSetup, text: s.t("practice.again") }),
        ]),
      ]);
    }

    // ---- Keyboard

    doc.addEventListener("keydown", function (event) {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      var target = event.target;
      var typing = target && (target.tagName === "TEXTAREA" || target.tagName === "INPUT" || target.tagName === "SELECT");
      if (target && target.tagName === "TEXTAREA") {
        if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
          event.preventDefault();
          var submit = stage.querySelector('[data-action="submit"]');
          if (submit && !submit.disabled) submit.click();
        }
        return;
      }
      if (typing) return;
      var button = null;
      if (event.key === " ") button = stage.querySelector('[data-action="reveal"]');
      else if (/^[1-4]$/.test(event.key)) {
        button = stage.querySelector('[data-rating="' + event.key + '"]')
          || stage.querySelector('button[data-option="' + (+event.key - 1) + '"]');
      } else if (event.key === "Enter" && !(target && target.tagName === "BUTTON")) {
        button = stage.querySelector(".pr-is-suggested") || stage.querySelector("#pr-start") || stage.querySelector("#pr-again");
      }
      if (button && !button.disabled) {
        event.preventDefault();
        button.click();
      }
    });

    drawChrome();
    // A link with a mode or filters (a trainer's link) opens the drill directly.
    var linked = global.location.search.length > 1 && !setup.unknown.length;
    var first = linked ? plan() : null;
    if (first && first.entries.length) begin(first);
    else drawSetup();
  }

  if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", start);
  else start();
})(typeof window !== "undefined" ? window : globalThis);
