/* playbook practice: the page's words. They come from `PlaybookPracticeDeck.strings[locale]`
   (the terminal drill's DrillText keys plus `practice.*` keys, written by playbook build); a key a
   deck lacks falls back to the English below. `{name}` in a string is filled from an object; the
   progress messages shared with the CLI (`progressImported`, …) use `{1}`, `{2}`, ….
   Defines the global `PlaybookPracticeStrings`. */
(function (global) {
  "use strict";

  var LOCALES = ["zh-Hans", "zh-Hant", "en"];
  var LOCALE_KEY = "playbook-practice:locale";

  /** English for every key the page uses (the Swift side supplies them in every locale: PracticeText, DrillText). */
  var ENGLISH = {
    rating1: "Again", rating2: "Hard", rating3: "Good", rating4: "Easy",
    "new": "new", due: "due", changed: "content changed", answer: "Answer", keyPoints: "Key points",
    covered: "covered", missed: "missed", flagged: "never-say phrase", score: "Score", suggested: "Suggested rating",
    correctChoice: "Correct", wrongChoice: "Wrong; the answer is", nothingDue: "Nothing is due right now.",
    nextDue: "Next due", summary: "Session", reviewed: "reviewed", correct: "correct", meanScore: "mean score",
    examResult: "Exam result", passed: "PASSED", failed: "FAILED", passMark: "pass mark", hint: "Hint",
    avoid: "Never say", exam: "Exam", colon: ": ", answeredOnly: "answered: the exam is unfinished",
    "practice.title": "Practice", "practice.language": "Language", "practice.mode": "Mode",
    "practice.mode.flashcard": "Flashcards", "practice.mode.type": "Type", "practice.mode.choice": "Choice",
    "practice.mode.exam": "Exam", "practice.filters": "Filters", "practice.kind": "Kind", "practice.category": "Category",
    "practice.product": "Product", "practice.competitor": "Competitor", "practice.tag": "Tag", "practice.all": "All",
    "practice.start": "Start", "practice.plan": "{due} due · {new} new", "practice.examPlan": "{count} cards · pass mark {pass}",
    "practice.noCards": "No cards match these filters.", "practice.unknownFilter": "Not in this playbook: {values}",
    "practice.showAnswer": "Show answer", "practice.submit": "Submit", "practice.typePlaceholder": "Type your answer…",
    "practice.scoring": "Scoring…", "practice.loading": "Loading…", "practice.loadFailed": "Could not load: {error}",
    "practice.stop": "Stop", "practice.again": "Practise again", "practice.rateIt": "Rate it",
    "practice.comesBack": "{rating} · back {when}", "practice.inMinutes": "in {n} min", "practice.inHours": "in {n} h",
    "practice.inDays": "in {n} days", "practice.inMonths": "in {n} months", "practice.inYears": "in {n} years",
    "practice.keys": "Space reveals · 1–4 rate · Enter submits", "practice.missedCards": "Missed cards",
    "practice.lacked": "lacked", "practice.openPage": "Open in the playbook",
    "practice.storage": "Progress on this device", "practice.stored": "{size} stored: {reviews} answers, {exams} exams",
    "practice.exportReminder": "Export your progress now and then: a browser may delete a site's storage after 7 days without use.",
    "practice.lastExport": "Last export: {date}", "practice.neverExported": "Not exported yet.",
    "practice.export": "Export progress", "practice.import": "Import progress",
    "practice.persisted": "The browser keeps this storage.", "practice.notPersisted": "The browser may clear this storage.",
    "practice.saveFailed": "Could not save: {error}", "practice.lastSynced": "Last synced: {date}",
    "practice.hub.title": "Sync with the team hub", "practice.hub.server": "Hub: {address}",
    "practice.hub.tokenLabel": "Access token", "practice.hub.signIn": "Sign in and sync",
    "practice.hub.tokenHelp": "Paste the access token your trainer gave you. It stays in this browser until you sign out.",
    "practice.hub.neverSynced": "Not synced yet.", "practice.hub.syncing": "Syncing…",
    "practice.hub.pending": "{n} waiting to sync", "practice.hub.allSynced": "Everything is synced.",
    "practice.hub.syncNow": "Sync now", "practice.hub.signOut": "Sign out and forget the token",
    "practice.hub.unauthorized": "The hub does not accept this token: it is wrong or was revoked. Ask your trainer for a new one and sign in again.",
    "practice.hub.forbidden": "The hub says this account is disabled: ask your trainer.",
    "practice.hub.tooLarge": "A record is over the hub's size limit and was not sent.",
    "practice.hub.unavailable": "The hub cannot store answers right now; it will be tried again shortly. Your answers stay on this device.",
    "practice.hub.offline": "Cannot reach the hub; it will be tried again shortly. Your answers stay on this device.",
    "practice.hub.failed": "The hub refused the answers: {error}",
    "practice.hub.refused": "{n} records were refused by the hub: {error}",
  };


  /** The words of `locale` from `deck`, with English for missing keys. */
  function make(deck, locale) {
    var table = (deck.strings && deck.strings[locale]) || {};
    var messages = global.PlaybookProgressLines.MESSAGES;  // the CLI's English for the progress messages
    function t(key, values) {
      var text = Object.prototype.hasOwnProperty.call(table, key) ? table[key]
        : Object.prototype.hasOwnProperty.call(ENGLISH, key) ? ENGLISH[key]
        : Object.prototype.hasOwnProperty.call(messages, key) ? messages[key] : key;
      if (!values) return text;
      return text.replace(/\{(\w+)\}/g, function (all, name) { return values[name] === undefined ? all : String(values[name]); });
    }
    return {
      locale: locale,
      t: t,
      /** A CLI message (`{1}`, `{2}`, … filled from `values` in order). */
      message: function (id, values) { return global.PlaybookProgressLines.format(t(id), values); },
      /** "label：" in Chinese, "label: " in English. */
      heading: function (key) { return t(key) + t("colon"); },
      /** A kind's name: the locale's `kind.ID`, else the deck's label. */
      kind: function (kind) {
        return Object.prototype.hasOwnProperty.call(table, "kind." + kind.id) ? table["kind." + kind.id] : kind.label || kind.id;
      },
      rating: function (n) { return t("rating" + n); },
      /** When a card comes back, `seconds` from now: "in 10 min", "3 天后". */
      comesBack: function (seconds) {
        var minutes = Math.max(1, Math.round(seconds / 60));
        if (minutes < 60) return t("practice.inMinutes", { n: minutes });
        var hours = Math.round(seconds / 3600);
        if (hours < 24) return t("practice.inHours", { n: hours });
        var days = Math.round(seconds / 86400);
        if (days < 60) return t("practice.inDays", { n: days });
        if (days < 730) return t("practice.inMonths", { n: Math.round(days / 30) });
        return t("practice.inYears", { n: Math.round(days / 365) });
      },
      /** A score as the terminal prints it (DrillText.score): "85/100", "12.5/100". */
      score: function (value) {
        var tenths = Math.round(value * 10) / 10;
        return (tenths === Math.round(tenths) ? String(tenths) : tenths.toFixed(1)) + "/100";
      },
      /** Bytes as "12 KB". */
      size: function (bytes) {
        if (bytes < 1024) return bytes + " B";
        if (bytes < 1024 * 1024) return Math.round(bytes / 1024) + " KB";
        return (bytes / 1024 / 1024).toFixed(1) + " MB";
      },
      /** Unix seconds as a local date and time. */
      date: function (seconds) {
        return new Date(seconds * 1000).toLocaleString(locale, { dateStyle: "medium", timeStyle: "short" });
      },
    };
  }

  /** The locale to show: the one remembered in `storage`, else the deck's. */
  function chosenLocale(deck, storage) {
    var remembered = null;
    try { remembered = storage.getItem(LOCALE_KEY); } catch (e) { remembered = null; }
    if (LOCALES.indexOf(remembered) >= 0) return remembered;
    return LOCALES.indexOf(deck.locale) >= 0 ? deck.locale : "zh-Hans";
  }

  function remember(locale, storage) {
    try { storage.setItem(LOCALE_KEY, locale); } catch (e) { /* the choice is only not remembered */ }
  }

  global.PlaybookPracticeStrings = {
    LOCALES: LOCALES, ENGLISH: ENGLISH, make: make, chosenLocale: chosenLocale, remember: remember,
  };
})(typeof window !== "undefined" ? window : globalThis);
