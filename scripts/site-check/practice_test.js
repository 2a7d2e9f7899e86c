#!/usr/bin/env node
/* Behaviours of the practice page's app scripts (Templates/assets/practice/): session planning,
   card states as replays, the progress store's export and import (docs/format.md §12), choice
   options and the PlaybookPractice API, on the fixture deck in scripts/site-check/fixtures/practice/.
     node scripts/site-check/practice_test.js
   The scripts are loaded in a `vm` context as a page loads them (plain scripts sharing `window`);
   shards and language data are "injected" through a small fake document. Exits 1 when a check fails. */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const vm = require("vm");
const child = require("child_process");
const test = require("node:test");
const assert = require("node:assert/strict");

const ROOT = path.join(__dirname, "..", "..");
const ASSETS = path.join(ROOT, "Templates", "assets", "practice");
const SITE = path.join(__dirname, "fixtures", "practice", "site");
/* The order the fixture page loads them in: the engine, then the app's scripts by name. The built
   page (PracticePage.scripts) leaves the scorer out and names it in `data-scorer-scripts`. */
const SCORER = ["numbers.js", "chinese-converter.js", "language.js", "never-say.js", "scorer.js"];
const ENGINE = ["fsrs.js", "fsrs-replay.js"].concat(SCORER);
const SCRIPTS = ENGINE.concat(fs.readdirSync(ASSETS).filter((f) => f.endsWith(".js") && !ENGINE.includes(f)
  && f !== "practice-ui.js").sort());
const DAY = 86400;

let languageFile = null;
/* The scorer's language data: the built site's (Site/), else made by make-scorer-language.py. */
function languageData() {
  const built = path.join(ROOT, "Site", "assets", "practice", "language-data.js");
  if (!languageFile && fs.existsSync(built)) languageFile = built;
  if (!languageFile) {
    languageFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "practice-lang-")), "language-data.js");
    child.execFileSync("python3", [path.join(ROOT, "scripts", "scorer", "make-scorer-language.py"), "--out", languageFile]);
  }
  return languageFile;
}

/* A Storage like localStorage. */
function memoryStorage() {
  const items = new Map();
  return {
    getItem: (k) => (items.has(k) ? items.get(k) : null), setItem: (k, v) => items.set(k, String(v)),
    removeItem: (k) => items.delete(k), clear: () => items.clear(),
  };
}

/* A page: the scripts, deck.js, a fake document whose <script> injection runs the file from the fixture
   (assets/practice/ from Templates/). `scorerLater`: as the built page, without the scorer's scripts. */
function page(options) {
  const opts = options || {};
  /* The context's global is `window`, as in a page: bare names and window.X are the same. */
  const window = { crypto: require("crypto").webcrypto, localStorage: opts.storage || memoryStorage(), TextEncoder, URLSearchParams,
    setImmediate };
  window.window = window;
  const loaded = [];
  const main = { getAttribute: (name) => (name === "data-scorer-scripts" && opts.scorerLater
    ? SCORER.map((f) => "../assets/practice/" + f).join(" ") : null) };
  const document = {
    getElementById: (id) => (id === "practice" ? main : null),
    head: {
      appendChild(script) {
        const asset = /^\.\.\/assets\/practice\/([\w-]+\.js)$/.exec(script.src);
        const file = script.src.endsWith("assets/practice/language-data.js") ? languageData()
          : asset ? path.join(ASSETS, asset[1]) : path.resolve(SITE, "practice", script.src);
        loaded.push(path.relative(SITE, path.resolve(SITE, "practice", script.src)));
        setImmediate(() => {
          if (!fs.existsSync(file)) return script.onerror();
          vm.runInContext(fs.readFileSync(file, "utf8"), context, { filename: file });
          script.onload();
        });
      },
    },
    createElement: () => ({}),
  };
  window.document = document;
  const context = vm.createContext(window);
  SCRIPTS.filter((f) => !(opts.scorerLater && SCORER.includes(f))).forEach((f) => vm.runInContext(fs.readFileSync(path.join(ASSETS, f), "utf8"), context, { filename: f }));
  const deckText = opts.deckText || fs.readFileSync(path.join(SITE, "practice", "deck.js"), "utf8");
  vm.runInContext(deckText, context, { filename: "deck.js" });
  return { window, loaded, context };
}

const plain = (value) => JSON.parse(JSON.stringify(value));
const T0 = Math.floor(Date.UTC(2026, 2, 1, 8, 0, 0) / 1000);
const iso = (t) => new Date(t * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");

function review(card, hash, rating, at, extra) {
  return Object.assign({ card, contentHash: hash, rating, reviewedAt: iso(at), mode: "flashcard", score: null, answer: null }, extra || {});
}

test("the plan asks due cards first (most overdue first), then new ones in deck order up to newPerSession", () => {
  const { window } = page();
  const deck = window.PlaybookPracticeDeck, S = window.PlaybookSession, CS = window.PlaybookCardStates;
  const rows = deck.cards, id = (i) => rows[i][0], hash = (i) => rows[i][6];
  const fsrs = CS.scheduler(deck.settings);
  const hashes = new Map(rows.map((r) => [r[0], r[6]]));
  // Card 3 answered Again long ago (due 10 minutes later), card 5 Again more recently, card 1 Easy (due in days).
  const reviews = [review(id(5), hash(5), 1, T0 - 3600), review(id(3), hash(3), 1, T0 - 7200), review(id(1), hash(1), 4, T0 - 60)];
  const states = CS.compute(reviews, fsrs, hashes);
  const plan = S.plan(rows, states, S.emptyFilter(), T0, { newLimit: 2 });
  assert.deepEqual(plain(plan.entries.map((e) => e.id)), [id(3), id(5), id(0), id(2)]);
  assert.deepEqual(plain(plan.entries.map((e) => e.isNew)), [false, false, true, true]);
  assert.equal(plan.newLeft, rows.length - 3 - 2);
  const exam = S.plan(rows, states, S.emptyFilter(), T0, { exam: true });
  assert.deepEqual(plain(exam.entries.map((e) => e.id)), plain(rows.map((r) => r[0])));
});

test("filters come from the address by id or name, and typed answers need key points", () => {
  const { window } = page();
  const deck = window.PlaybookPracticeDeck, S = window.PlaybookSession;
  const q = S.fromQuery("?kind=objection&category=价格&mode=type&product=白金信用卡&tag=nope", deck);
  assert.equal(q.mode, "type");
  assert.deepEqual(plain(q.unknown), [{ key: "tag", value: "nope" }]);
  const ids = S.plan(deck.cards, new Map(), q.filter, T0, { mode: "type", newLimit: 10 }).entries.map((e) => e.id);
  assert.deepEqual(plain(ids), ["objection/price/annual-fee", "objection/price/installment"]);
  const byId = S.fromQuery("?kind=%E5%BC%82%E8%AE%AE&competitor=cmb", deck);
  assert.deepEqual(plain(S.plan(deck.cards, new Map(), byId.filter, T0, { newLimit: 10 }).entries.map((e) => e.id)),
    ["objection/price/installment", "objection/service/documents"]);
  const typed = S.plan(deck.cards, new Map(), S.emptyFilter(), T0, { mode: "type", newLimit: 99 }).entries;
  assert.ok(typed.every((e) => deck.cards[e.index][8] & 1));
  assert.equal(S.toQuery(q.filter, "type", deck), "?kind=objection&category=%E4%BB%B7%E6%A0%BC&product=card&mode=type");
});

test("a card's state is the replay of its reviews; without fuzz it equals PlaybookFSRS.replay", () => {
  const { window } = page();
  const FSRS = window.PlaybookFSRS, CS = window.PlaybookCardStates;
  const settings = { desiredRetention: 0.9, learningSteps: [60, 600], relearningSteps: [600], maximumInterval: 36500, enableFuzzing: false };
  const times = [T0, T0 + 60, T0 + 700, T0 + 3 * DAY, T0 + 12 * DAY, T0 + 40 * DAY];
  const ratings = [1, 3, 3, 3, 2, 4];
  // Stored out of time order: the replay sorts by time.
  const reviews = times.map((t, i) => review("c", "ab", ratings[i], t)).reverse();
  const state = CS.replayCard("c", reviews, CS.scheduler(settings));
  const out = FSRS.replay({ schedulers: { s: { parameters: FSRS.DEFAULT_WEIGHTS, desired_retention: 0.9, learning_steps_seconds: [60, 600],
    relearning_steps_seconds: [600], maximum_interval_days: 36500 } },
  histories: [{ id: "c", scheduler: "s", start_ts: T0, reviews: times.map((t, i) => ({ rating: ratings[i], review_ts: t })) }] });
  const last = out.histories[0].reviews[times.length - 1];
  assert.equal(state.card.stability, last.stability);
  assert.equal(state.card.difficulty, last.difficulty);
  assert.equal(state.card.due, last.due_ts);
  assert.equal(state.card.reps, times.length);
  // With fuzz: the terminal's loop, reviewCard seeded by card id and reps.
  const fuzzed = CS.scheduler(Object.assign({}, settings, { enableFuzzing: true }));
  let card = FSRS.newCard(T0);
  times.forEach((t, i) => { card = fuzzed.reviewCard(card, ratings[i], t, "c"); });
  assert.deepEqual(plain(CS.replayCard("c", reviews, fuzzed).card), plain(card));
});

test("reviews in the same second replay in insertion order", () => {
  const { window } = page();
  const CS = window.PlaybookCardStates, fsrs = CS.scheduler({ enableFuzzing: false });
  const a = CS.replayCard("c", [review("c", "ab", 1, T0), review("c", "ab", 4, T0)], fsrs);
  const b = CS.replayCard("c", [review("c", "ab", 4, T0), review("c", "ab", 1, T0)], fsrs);
  assert.notEqual(a.card.state, b.card.state);
  assert.equal(a.card.state, 2);
});

function storeWithHistory(window) {
  const store = window.PlaybookProgressStore.open("练习夹具手册", window.localStorage);
  const rows = window.PlaybookPracticeDeck.cards;
  store.addReview(review(rows[1][0], rows[1][6], 3, T0 + 100, { mode: "type", score: 80, answer: "日均五十万免年费" }));
  store.addReview(review(rows[0][0], rows[0][6], 1, T0 + 50));
  store.addReview(review(rows[0][0], rows[0][6], 3, T0 + 100));
  store.addExam({ startedAt: iso(T0 + 200), finishedAt: iso(T0 + 400), pass: 80, score: 72.5, passed: false,
    cards: [{ card: rows[1][0], score: 72.5 }] });
  return store;
}

test("export writes the header, reviews in time order (ties in stored order), then exams; import into an empty store round-trips", () => {
  const a = page().window;
  const text = storeWithHistory(a).exportText(T0 + 500);
  const lines = text.trim().split("\n").map((l) => JSON.parse(l));
  assert.deepEqual(plain(lines[0]), { type: "header", format: "playbook-progress", version: 1, playbook: "练习夹具手册", learner: null,
    exportedAt: iso(T0 + 500) });
  assert.deepEqual(plain(lines.slice(1).map((l) => [l.type, l.reviewedAt || l.startedAt, l.rating === undefined ? null : l.rating])),
    [["review", iso(T0 + 50), 1], ["review", iso(T0 + 100), 3], ["review", iso(T0 + 100), 3], ["exam", iso(T0 + 200), null]]);
  assert.equal(lines[2].card, "objection/price/annual-fee");
  assert.match(lines[1].id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  const b = page().window;
  const store = b.PlaybookProgressStore.open("练习夹具手册", b.localStorage);
  const counts = store.importText(text, T0 + 600, () => true);
  assert.deepEqual(plain(counts.reviews), { added: 3, duplicates: 0, refused: 0 });
  assert.deepEqual(plain(counts.exams), { added: 1, duplicates: 0, refused: 0 });
  assert.equal(store.exportText(T0 + 500), text);
});

test("importing the same file twice changes nothing", () => {
  const text = storeWithHistory(page().window).exportText(T0 + 500);
  const b = page().window;
  const store = b.PlaybookProgressStore.open("练习夹具手册", b.localStorage);
  store.importText(text, T0 + 600, () => true);
  const stored = b.localStorage.getItem(b.PlaybookProgressStore.PREFIX + "练习夹具手册");
  const again = store.importText(text, T0 + 600, () => true);
  assert.deepEqual(plain(again.reviews), { added: 0, duplicates: 3, refused: 0 });
  assert.deepEqual(plain(again.exams), { added: 0, duplicates: 1, refused: 0 });
  assert.equal(b.localStorage.getItem(b.PlaybookProgressStore.PREFIX + "练习夹具手册"), stored);
});

test("bad lines are reported with their numbers and skipped; the rest is imported", () => {
  const lines = storeWithHistory(page().window).exportText(T0 + 500).trim().split("\n");
  const bad = [lines[0], lines[1], "{broken", lines[2].replace(/"rating":3/, '"rating":7'),
    lines[3].replace(/"reviewedAt":"[^"]+"/, '"reviewedAt":"' + iso(T0 + 9 * DAY) + '"'),
    lines[3].replace(/"mode":"\w+"/, '"mode":"voice"').replace(/"id":"[^"]+"/, '"id":"x1"'),
    lines[4].replace('"score":72.5', '"score":140'), lines[0], '{"type":"review","id":"o1","card":"objection/gone","contentHash":"ff","rating":2,"reviewedAt":"2026-03-01T09:00:00+08:00","mode":"flashcard","score":null,"answer":null}'];
  const b = page().window;
  const store = b.PlaybookProgressStore.open("练习夹具手册", b.localStorage);
  const hashes = new Set(b.PlaybookPracticeDeck.cards.map((r) => r[0]));
  const counts = store.importText(bad.join("\n"), T0 + DAY, (id) => hashes.has(id));
  assert.deepEqual(plain(counts.refused.map((r) => r.line)), [3, 4, 5, 6, 7, 8]);
  assert.match(counts.refused[0].error, /not a JSON object/);
  assert.match(counts.refused[1].error, /^line 4: rating 7 is impossible/);
  assert.deepEqual(plain([counts.refused[1].id, counts.refused[1].values]), ["progressImpossibleRating", ["7"]]);
  assert.match(counts.refused[2].error, /in the future/);
  assert.match(counts.refused[3].error, /mode "voice"/);
  assert.match(counts.refused[4].error, /score must be a number from 0 to 100/);
  assert.match(counts.refused[5].error, /second header/);
  assert.deepEqual(plain(counts.reviews), { added: 2, duplicates: 0, refused: 5 });
  assert.deepEqual(plain(counts.exams), { added: 0, duplicates: 0, refused: 1 });
  // The orphan is kept and named; its offset time is read as UTC.
  assert.deepEqual(plain(counts.orphans), [{ line: 9, card: "objection/gone" }]);
  const orphan = store.reviews().find((r) => r.card === "objection/gone");
  assert.equal(orphan.reviewedAt, "2026-03-01T01:00:00Z");
});

test("a file without a header is refused whole and nothing changes", () => {
  const b = page().window;
  const store = storeWithHistory(b);
  const before = b.localStorage.getItem(b.PlaybookProgressStore.PREFIX + "练习夹具手册");
  assert.throws(() => store.importText('{"type":"review"}\n', T0 + DAY), /line 1: not a playbook progress file/);
  assert.throws(() => store.importText('{"type":"header","format":"playbook-progress","version":2}\n', T0 + DAY), /version 2 is newer/);
  assert.equal(b.localStorage.getItem(b.PlaybookProgressStore.PREFIX + "练习夹具手册"), before);
});

test("a card whose content hash changed keeps its history and is marked changed; unknown cards are orphans", () => {
  const { window } = page();
  const deck = window.PlaybookPracticeDeck, CS = window.PlaybookCardStates;
  const hashes = new Map(deck.cards.map((r) => [r[0], r[6]]));
  const id = deck.cards[2][0];
  const reviews = [review(id, "0123abcd", 3, T0), review(id, "0123abcd", 3, T0 + DAY), review("gone", "ff", 3, T0)];
  const states = CS.compute(reviews, CS.scheduler(deck.settings), hashes);
  assert.equal(states.get(id).changed, true);
  assert.equal(states.get(id).reviews, 2);
  assert.equal(states.get("gone").orphan, true);
  const plan = window.PlaybookSession.plan(deck.cards, states, window.PlaybookSession.emptyFilter(), T0 + 400 * DAY, {});
  assert.equal(plan.entries[0].id, id);
  assert.equal(plan.entries[0].changed, true);
  const same = CS.compute([review(id, deck.cards[2][6], 3, T0)], CS.scheduler(deck.settings), hashes);
  assert.equal(same.get(id).changed, false);
});

test("choice options: a card's own choices, or its back and three other backs of its kind, the same every time", async () => {
  const { window } = page();
  const deck = window.PlaybookPracticeDeck, C = window.PlaybookChoiceOptions, ROW = window.PlaybookSession.ROW;
  window.PlaybookPractice.context();
  const data = window.PlaybookPractice.context().data;
  const ids = C.distractorIds(deck.cards, 1, ROW);
  assert.equal(ids.length, 3);
  assert.ok(ids.every((i) => deck.cards.find((r) => r[0] === i)[1] === 0 && i !== deck.cards[1][0]));
  assert.deepEqual(plain(C.distractorIds(deck.cards, 1, ROW)), plain(ids));
  const card = await data.card(deck.cards[1][0]);
  const others = await Promise.all(ids.map(data.card));
  const opts = C.options(card, others);
  assert.equal(opts.texts.length, 4);
  assert.equal(opts.texts[opts.right[0]], card.back);
  assert.deepEqual(plain(C.options(card, others)), plain(opts));
  const quiz = await data.card("quiz/fee-waiver");
  assert.deepEqual(plain(C.options(quiz, []).right), [0, 2]);
  assert.ok(C.isRight([2, 0], [0, 2]) && !C.isRight([0], [0, 2]));
});

test("PlaybookPractice: score loads shards and language on demand; export and import counts", async () => {
  const { window, loaded } = page();
  const api = window.PlaybookPractice;
  assert.deepEqual(loaded, []);
  const result = await api.score("objection/price/annual-fee", "日均五十万就免年费，我帮您算一下全年总账。");
  assert.deepEqual(plain(loaded.sort()), ["assets/practice/language-data.js", "practice/cards/0.js"]);
  assert.deepEqual(plain(result.covered), ["日均50万免年费", "帮客户算全年总账"]);
  assert.deepEqual(plain(result.missed), []);
  assert.equal(result.score, 100);
  assert.equal(result.suggestedRating, 4);
  const flagged = await api.score("objection/price/annual-fee", "年费是系统定的，我也没办法。");
  assert.deepEqual(plain(flagged.neverSay), ["年费是系统定的，我也没办法"]);
  assert.equal(flagged.suggestedRating, 1);
  await assert.rejects(api.score("quiz/cd-insurance", "50万"), /no key points/);
  const saved = api.recordReview("objection/price/annual-fee", 3, "type", 100, "…", T0);
  assert.equal(saved.state.card.reps, 1);
  assert.equal(saved.state.card.due, T0 + 600);
  const text = api.exportProgress();
  assert.equal(text.trim().split("\n").length, 2);
  const counts = api.importProgress(text);
  assert.deepEqual(plain(counts.reviews), { added: 0, duplicates: 1, refused: 0 });
  assert.equal(api.replay({ schedulers: {}, histories: [] }).histories.length, 0);
});

test("a page without the scorer's scripts loads them, in order, with the language data when it first scores", async () => {
  const { window, loaded } = page({ scorerLater: true });
  assert.equal(window.PlaybookScorer, undefined);
  const result = await window.PlaybookPractice.score("objection/price/annual-fee", "日均五十万就免年费，我帮您算一下全年总账。");
  assert.equal(result.score, 100);
  assert.deepEqual(plain(loaded.filter((f) => f.startsWith("assets/"))),
    SCORER.map((f) => "assets/practice/" + f).concat(["assets/practice/language-data.js"]));
  await window.PlaybookPractice.score("objection/price/annual-fee", "年费是系统定的。");
  assert.equal(loaded.filter((f) => f.endsWith("scorer.js")).length, 1, "loaded once");
});

test("the export reminder: answers never exported, 7 days or 50 answers since the last export", () => {
  const { window } = page();
  const remind = window.PlaybookStoragePanel.needsReminder;
  const store = window.PlaybookProgressStore.open("t", window.localStorage);
  assert.equal(remind(store, T0), false);
  store.addReview(review("c", "ab", 3, T0));
  assert.equal(remind(store, T0), true);
  store.exportText(T0);
  assert.equal(remind(store, T0 + DAY), false);
  store.addReview(review("c", "ab", 3, T0 + DAY));
  assert.equal(remind(store, T0 + DAY), false);
  assert.equal(remind(store, T0 + 7 * DAY), true);
  for (let i = 0; i < 49; i++) store.addReview(review("c", "ab", 3, T0 + DAY + i));
  assert.equal(remind(store, T0 + 2 * DAY), true);
  assert.equal(window.PlaybookStoragePanel.fileName("销售 手册/2", T0), "销售-手册-2-progress-2026-03-01.jsonl");
});

test("words: the deck's locale, English for missing keys, when a card comes back", () => {
  const { window } = page();
  const S = window.PlaybookPracticeStrings, deck = window.PlaybookPracticeDeck;
  const zh = S.make(deck, "zh-Hans");
  assert.equal(zh.comesBack(600), "10 分钟后");
  assert.equal(zh.comesBack(3 * DAY + 100), "3 天后");
  assert.equal(zh.rating(3), "良好");
  // Scores as the terminal prints them (DrillText.score).
  assert.equal(zh.score(100), "100/100");
  assert.equal(zh.score(12.5), "12.5/100");
  assert.equal(zh.score(84.96), "85/100");
  assert.equal(zh.message("progressImported", ["a.jsonl", 5, 0, 1, 0, 0, 0]).startsWith("a.jsonl：练习记录新增 5 条"), true);
  const bare = S.make({ strings: {} }, "en");
  assert.equal(bare.t("practice.stop"), "Stop");
  assert.equal(bare.comesBack(2 * 3600), "in 2 h");
  assert.equal(bare.kind({ id: "objection", label: "异议" }), "异议");
  const storage = memoryStorage();
  assert.equal(S.chosenLocale(deck, storage), "zh-Hans");
  S.remember("en", storage);
  assert.equal(S.chosenLocale(deck, storage), "en");
});
