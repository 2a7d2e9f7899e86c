#!/usr/bin/env node
/* Behaviours of the site's FSRS scheduler (Templates/assets/practice/fsrs.js, fsrs-replay.js) that the
   reference vectors do not cover: the seeded fuzz, the plain-script loading, the replay's errors.
     node scripts/site-check/fsrs_test.js
   The vectors themselves are checked by fsrs_replay.js + check.py. Exits 1 when a check fails. */
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const test = require("node:test");
const assert = require("node:assert/strict");

const assets = path.join(__dirname, "..", "..", "Templates", "assets", "practice");
const sources = ["fsrs.js", "fsrs-replay.js"].map((f) => fs.readFileSync(path.join(assets, f), "utf8"));

/* Loads the two files as a browser does: plain scripts sharing `window`, no require or module. */
function loadAsPage() {
  const window = {};
  const context = vm.createContext({ window, TextEncoder });
  sources.forEach((code, i) => vm.runInContext(code, context, { filename: ["fsrs.js", "fsrs-replay.js"][i] }));
  return window.PlaybookFSRS;
}

const FSRS = loadAsPage();
/* Values made in the page's realm, as plain data (deepStrictEqual also compares prototypes). */
const plain = (value) => JSON.parse(JSON.stringify(value));
const DAY = 86400;
const T0 = 1704121980;
/* A Review card whose unfuzzed next Good interval, reviewed when due, is well over 2.5 days. */
const CARD = { state: 2, step: null, stability: 30, difficulty: 5, due: T0 + 30 * DAY, lastReview: T0, reps: 4, lapses: 0 };

function scheduler(fuzz, maximumInterval) {
  return FSRS.scheduler(FSRS.parameters({ enableFuzzing: fuzz, maximumInterval: maximumInterval || 36500 }));
}

test("loads as plain page scripts and defines PlaybookFSRS with replay", () => {
  assert.equal(typeof FSRS.scheduler, "function");
  assert.equal(typeof FSRS.replay, "function");
  assert.equal(typeof FSRS.isoUTC, "function");
});

test("hash and generator match their published vectors", () => {
  assert.equal(FSRS.fnv1a64(""), 0xcbf29ce484222325n);
  assert.equal(FSRS.fnv1a64("a"), 0xaf63dc4c8601ec8cn);
  assert.equal(FSRS.fnv1a64("foobar"), 0x85944171f73967e8n);
  assert.equal(FSRS.fuzzSeed("objection-price", 3), FSRS.fnv1a64("objection-price#3"));
  const generator = new FSRS.SplitMix64(0n);
  assert.equal(generator.next(), 0xe220a8397b1dcdafn);
  assert.equal(generator.next(), 0x6e789e6aa1b965f4n);
  assert.equal(generator.next(), 0x06c45d188009454fn);
});

test("the hash reads UTF-8 bytes, so Chinese card ids seed as in Swift", () => {
  // FNV-1a 64 of the UTF-8 bytes e4 bb b7 (价), computed byte by byte.
  let hash = 0xcbf29ce484222325n;
  for (const byte of [0xe4, 0xbb, 0xb7]) hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & ((1n << 64n) - 1n);
  assert.equal(FSRS.fnv1a64("价"), hash);
});

test("rounding is half to even, like Python's round", () => {
  const rounded = [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.4999, 2.5001].map((x) => FSRS.roundHalfEven(x) + 0);
  assert.deepEqual(rounded, [0, 2, 2, 4, 0, -2, 2, 3]);
});

test("elapsed days are floored 24-hour UTC days, negative before the last review", () => {
  assert.equal(FSRS.elapsedDays(0, 86399), 0);
  assert.equal(FSRS.elapsedDays(0, 86400), 1);
  assert.equal(FSRS.elapsedDays(0, 172799), 1);
  assert.equal(FSRS.elapsedDays(0, -1), -1);
  assert.equal(FSRS.elapsedDays(0, -86400), -1);
  assert.equal(FSRS.elapsedDays(0, -86401), -2);
});

test("ISO dates agree with Date in its range and go past year 9999", () => {
  for (const t of [0, -1, T0, 951782400, 4107542399, 253402300799, -62135596800, 64060588800]) {
    const expected = new Date(t * 1000).toISOString().replace(".000Z", "Z");
    if (t < 253402300800 && t >= -62135596800) assert.equal(FSRS.isoUTC(t), expected, `t=${t}`);
  }
  assert.equal(FSRS.isoUTC(253402300800), "10000-01-01T00:00:00Z");
});

test("fuzz ranges follow py-fsrs", () => {
  assert.deepEqual(plain(FSRS.fuzzRange(3, 36500)), { lower: 2, upper: 4 });
  assert.deepEqual(plain(FSRS.fuzzRange(10, 36500)), { lower: 8, upper: 12 });
  assert.deepEqual(plain(FSRS.fuzzRange(100, 36500)), { lower: 93, upper: 107 });
  assert.deepEqual(plain(FSRS.fuzzRange(30, 30)), { lower: 27, upper: 30 });
  assert.equal(FSRS.fuzzRange(36500, 36500).upper, 36500);
});

test("short intervals are not fuzzed", () => {
  for (let seed = 0n; seed < 200n; seed++) {
    assert.equal(FSRS.fuzzedDays(1, 36500, seed), 1);
    assert.equal(FSRS.fuzzedDays(2, 36500, seed), 2);
  }
});

test("fuzz stays in its range and covers it", () => {
  for (const days of [3, 7, 10, 20, 45, 365, 36500]) {
    const range = FSRS.fuzzRange(days, 36500);
    const seen = new Set();
    for (let reps = 0; reps < 2000; reps++) {
      const fuzzed = FSRS.fuzzedDays(days, 36500, FSRS.fuzzSeed(`card-${days}`, reps));
      assert.ok(fuzzed >= range.lower && fuzzed <= range.upper && fuzzed >= 2, `${days} → ${fuzzed}`);
      seen.add(fuzzed);
    }
    const width = range.upper - range.lower + 1;
    if (width <= 50) assert.equal(seen.size, width, `days ${days}: only ${seen.size} of ${width} drawn`);
    else assert.ok(seen.size > width / 2, `days ${days}: only ${seen.size} of ${width} drawn`);
  }
});

test("fuzz is reproducible and moves only the interval", () => {
  const s = scheduler(true);
  const now = CARD.due;
  const first = s.reviewCard(CARD, 3, now, "objection-price");
  assert.deepEqual(plain(s.reviewCard(CARD, 3, now, "objection-price")), plain(first));
  assert.deepEqual(plain(s.review(CARD, 3, now, FSRS.fuzzSeed("objection-price", CARD.reps))), plain(first));
  const dues = new Set(Array.from({ length: 50 }, (_, i) => s.reviewCard(CARD, 3, now, `card-${i}`).due));
  assert.ok(dues.size > 3, `50 cards fell due on only ${dues.size} days`);
  const unfuzzed = scheduler(false).review(CARD, 3, now);
  assert.equal(first.stability, unfuzzed.stability);
  assert.equal(first.difficulty, unfuzzed.difficulty);
  assert.equal(first.state, 2);
  const range = FSRS.fuzzRange((unfuzzed.due - now) / DAY, 36500);
  const days = (first.due - now) / DAY;
  assert.ok(Number.isInteger(days) && days >= range.lower && days <= range.upper);
  assert.equal(CARD.reps, 4, "review() must not change the card it is given");
});

test("fuzz respects the maximum interval", () => {
  const s = scheduler(true, 30);
  for (let reps = 0; reps < 300; reps++) {
    const days = (s.reviewCard(CARD, 4, CARD.due, `max-${reps}`).due - CARD.due) / DAY;
    assert.ok(days >= 27 && days <= 30, `${days} days`);
  }
});

test("learning and relearning steps are never fuzzed", () => {
  const s = scheduler(true);
  for (let reps = 0; reps < 100; reps++) {
    const seed = BigInt.asUintN(64, BigInt(reps) * 0x9e3779b9n);
    assert.equal(s.review(FSRS.newCard(T0), 3, T0, seed).due, T0 + 600);
    assert.equal(s.review(CARD, 1, CARD.due, seed).due, CARD.due + 600);
  }
});

function replayFile(scheduler, reviews) {
  return {
    schedulers: {
      fuzzy: {
        parameters: FSRS.DEFAULT_WEIGHTS, desired_retention: 0.9, learning_steps_seconds: [60, 600],
        relearning_steps_seconds: [600], maximum_interval_days: 36500, enable_fuzzing: true,
      },
    },
    histories: [{ id: "h", scheduler, start_ts: T0, reviews }],
  };
}

test("replay is exact even when the file asks for fuzzing, and takes JSON text too", () => {
  const reviews = [{ rating: 4, review_ts: T0 }, { rating: 3, review_ts: T0 + 8 * DAY }, { rating: 3, review_ts: T0 + 60 * DAY }];
  const out = FSRS.replay(replayFile("fuzzy", reviews));
  assert.equal(out.histories[0].reviews.length, 3);
  const exact = scheduler(false);
  let card = FSRS.newCard(T0);
  out.histories[0].reviews.forEach((step, i) => {
    card = exact.review(card, reviews[i].rating, reviews[i].review_ts);
    assert.equal(step.due_ts, card.due);
    assert.equal(step.stability, card.stability);
    assert.equal(step.state, card.state);
  });
  assert.deepEqual(plain(FSRS.replay(JSON.stringify(replayFile("fuzzy", reviews)))), plain(out));
});

test("replay errors name the history or scheduler at fault", () => {
  assert.throws(() => FSRS.replay(replayFile("nope", [])), /history 'h': unknown scheduler 'nope' \(the file defines: fuzzy\)/);
  assert.throws(() => FSRS.replay(replayFile("fuzzy", [{ rating: 5, review_ts: T0 }])), /history 'h', review #0: "rating" must be 1/);
  assert.throws(() => FSRS.replay(replayFile("fuzzy", [{ rating: 3, review_ts: 1.5 }])), /"review_ts" must be a whole number/);
  const bad = replayFile("fuzzy", []);
  bad.schedulers.fuzzy.desired_retention = 1;
  assert.throws(() => FSRS.replay(bad), /scheduler 'fuzzy': desired retention 1 must be strictly between 0 and 1/);
  assert.throws(() => FSRS.replay("{"), /not valid JSON/);
  assert.throws(() => FSRS.replay({ histories: [] }), /no "schedulers" object/);
});

test("reps count every review and lapses only Again on a Review card", () => {
  const s = scheduler(false);
  let card = s.review(FSRS.newCard(T0), 1, T0);
  assert.deepEqual([card.state, card.step, card.reps, card.lapses], [1, 0, 1, 0]);
  card = s.review(card, 4, T0 + 60);
  assert.deepEqual([card.state, card.step, card.reps, card.lapses], [2, null, 2, 0]);
  card = s.review(card, 1, card.due);
  assert.deepEqual([card.state, card.step, card.reps, card.lapses], [3, 0, 3, 1]);
  assert.equal(card.due - card.lastReview, 600);
  card = s.review(card, 1, card.due);
  assert.deepEqual([card.state, card.reps, card.lapses], [3, 4, 1], "Again while relearning is not a lapse");
  card = s.review(card, 3, card.due);
  assert.deepEqual([card.state, card.step, card.reps, card.lapses], [2, null, 5, 1]);
  const noRelearning = FSRS.scheduler(FSRS.parameters({ relearningSteps: [], enableFuzzing: false }));
  const lapsed = noRelearning.review(card, 1, card.due);
  assert.deepEqual([lapsed.state, lapsed.step, lapsed.lapses], [2, null, 2], "without relearning steps a lapse stays in Review");
});

test("fuzz draws the same days as the Swift scheduler (fuzz-vectors.json)", () => {
  const file = path.join(__dirname, "..", "..", "Tests", "PlaybookDrillTests", "Fixtures", "fsrs", "fuzz-vectors.json");
  const vectors = JSON.parse(fs.readFileSync(file, "utf8"));
  assert.ok(vectors.draws.length >= 100 && vectors.reviews.length >= 30, "the fixture lost its vectors");
  for (const draw of vectors.draws) {
    const seed = FSRS.fuzzSeed(draw.card_id, draw.reps);
    const where = `${JSON.stringify(draw.card_id)}#${draw.reps}, ${draw.days} d, max ${draw.maximum_interval}`;
    assert.equal(seed.toString(16), draw.seed, `seed of ${where}`);
    assert.equal(FSRS.fuzzedDays(draw.days, draw.maximum_interval, seed), draw.fuzzed_days, where);
  }
  const s = FSRS.scheduler(FSRS.parameters());
  for (const review of vectors.reviews) {
    const card = {
      state: 2, step: null, stability: review.stability, difficulty: review.difficulty, due: review.now,
      lastReview: review.last_review, reps: review.reps, lapses: 0,
    };
    assert.equal(s.reviewCard(card, review.rating, review.now, review.card_id).due, review.due,
      `${JSON.stringify(review.card_id)} S=${review.stability} rating ${review.rating}`);
  }
});
