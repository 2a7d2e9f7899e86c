/* playbook practice: the storage panel — how much progress is kept on this device, a reminder to
   export (never exported with answers, or 7 days or 50 answers since the last export), export as a
   file download and import from a file. Needs practice-dom.js and practice-api.js.
   Defines the global `PlaybookStoragePanel`. */
(function (global) {
  "use strict";

  var REMIND_AFTER_SECONDS = 7 * 86400;
  var REMIND_AFTER_REVIEWS = 50;

  /** Whether to remind the learner to export. */
  function needsReminder(store, now) {
    var since = store.reviewsSinceExport();
    if (since === 0) return false;
    var at = store.exportedAt();
    return at === null || now - at >= REMIND_AFTER_SECONDS || since >= REMIND_AFTER_REVIEWS;
  }

  /** The file name of an export: the playbook title and the date. */
  function fileName(playbook, now) {
    var safe = String(playbook).replace(/[\\/:*?"<>|\s]+/g, "-").replace(/^-+|-+$/g, "") || "playbook";
    return safe + "-progress-" + new Date(now * 1000).toISOString().slice(0, 10) + ".jsonl";
  }

  /** Builds the panel into `node`; `s` gives the words, `onImported()` runs after an import. */
  function render(node, s, onImported) {
    var el = global.PlaybookPracticeDOM.el;
    var api = global.PlaybookPractice;
    var c = api.context();
    var persisted = null;
    var message = el("div", { "class": "pr-import-result", "aria-live": "polite" });

    function draw() {
      var now = api.now();
      var store = c.store;
      var exported = store.exportedAt();
      var input = el("input", { type: "file", accept: ".jsonl,.json,.txt,application/json,text/plain", "class": "pr-file",
        id: "pr-import-file", onchange: function () { if (input.files && input.files[0]) importFile(input.files[0]); } });
      global.PlaybookPracticeDOM.fill(node, [
        el("h2", { text: s.t("practice.storage") }),
        el("p", { "class": "pr-stored", text: s.t("practice.stored", { size: s.size(store.sizeBytes()),
          reviews: store.reviews().length, exams: store.exams().length }) }),
        el("p", { "class": "pr-muted", text: exported === null ? s.t("practice.neverExported") : s.t("practice.lastExport", { date: s.date(exported) }) }),
        needsReminder(store, now) ? el("p", { "class": "pr-reminder", role: "status", text: s.t("practice.exportReminder") }) : null,
        persisted === null ? null : el("p", { "class": "pr-muted", text: s.t(persisted ? "practice.persisted" : "practice.notPersisted") }),
        el("div", { "class": "pr-actions" }, [
          el("button", { type: "button", "class": "pr-secondary", id: "pr-export", onclick: exportFile, text: s.t("practice.export") }),
          el("label", { "class": "pr-secondary pr-file-label", "for": "pr-import-file" }, [s.t("practice.import"), input]),
        ]),
        message,
      ]);
    }

    function exportFile() {
      var now = api.now();
      var text = api.exportProgress();
      var url = URL.createObjectURL(new Blob([text], { type: "application/x-ndjson" }));
      var link = el("a", { href: url, download: fileName(c.deck.playbook, now), hidden: true });
      global.document.body.appendChild(link);
      link.click();
      link.remove();
      global.setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
      draw();
    }

    function importFile(file) {
      file.text().then(function (text) {
        var lines = [];
        try {
          var counts = api.importProgress(text);
          lines.push(s.message("progressImported", [file.name, counts.reviews.added, counts.reviews.duplicates,
            counts.reviews.refused, counts.exams.added, counts.exams.duplicates, counts.exams.refused]));
          counts.refused.forEach(function (r) { lines.push(s.message(r.id, [file.name + ":" + r.line].concat(r.values))); });
          counts.orphans.forEach(function (o) { lines.push(s.message("progressUnknownCard", [file.name + ":" + o.line, o.card])); });
        } catch (e) {
          if (!e.id) throw e;
          lines.push(s.message(e.id, [file.name + ":1"].concat(e.values)));
        }
        draw();
        global.PlaybookPracticeDOM.fill(message, lines.map(function (l) { return el("p", { text: l }); }));
        if (onImported) onImported();
      });
    }

    global.PlaybookProgressStore.persist(global.navigator).then(function (result) { persisted = result; draw(); });
    draw();
    return { refresh: draw };
  }

  global.PlaybookStoragePanel = { render: render, needsReminder: needsReminder, fileName: fileName };
})(typeof window !== "undefined" ? window : globalThis);
