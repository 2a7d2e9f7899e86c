/* playbook practice: the FSRS-6 scheduler in the browser, a port of the drill's Swift scheduler
   (Sources/PlaybookDrill/Scheduler/), which follows py-fsrs 6.3.2 `Scheduler.review_card`.
   A plain script (no modules, works from file://); it defines the global `PlaybookFSRS` and also
   exports it for node. Times are whole Unix seconds; elapsed time is counted in floored 24-hour
   UTC days. Checked against the py-fsrs reference vectors by scripts/site-check/fsrs_replay.js. */
(function (global) {
  "use strict";

  var SECONDS_PER_DAY = 86400;
  var MINIMUM_STABILITY = 0.001;
  // Python's math.e: py-fsrs writes `math.e ** x` (C pow), not exp(x).
  var E = 2.718281828459045;
  var WEIGHT_COUNT = 21;
  var MAXIMUM_INTERVAL_LIMIT = 10000000;
  var STATE = { NEW: 0, LEARNING: 1, REVIEW: 2, RELEARNING: 3 };
  var STATE_NAMES = ["New", "Learning", "Review", "Relearning"];
  var RATING = { AGAIN: 1, HARD: 2, GOOD: 3, EASY: 4 };

  var DEFAULT_WEIGHTS = [
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
  ];
  // The weight bounds py-fsrs 6.3.2 accepts.
  var LOWER_BOUNDS = [
    0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001,
    0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1,
  ];
  var UPPER_BOUNDS = [
    100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5,
    5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8,
  ];

  /** py-fsrs defaults, with any field of `overrides` replacing its default. Steps are in
      seconds, `maximumInterval` in days. */
  function parameters(overrides) {
    var given = overrides || {};
    function pick(key, fallback) { return given[key] === undefined ? fallback : given[key]; }
    return {
      weights: pick("weights", DEFAULT_WEIGHTS.slice()),
      desiredRetention: pick("desiredRetention", 0.9),
      learningSteps: pick("learningSteps", [60, 600]),
      relearningSteps: pick("relearningSteps", [600]),
      maximumInterval: pick("maximumInterval", 36500),
      enableFuzzing: pick("enableFuzzing", true),
    };
  }

  /** Human-readable problems with `p`; empty when the scheduler can use it (same rules as Swift). */
  function parameterProblems(p) {
    var problems = [];
    if (!Array.isArray(p.weights) || p.weights.length !== WEIGHT_COUNT) {
      problems.push("expected " + WEIGHT_COUNT + " weights, got " + (Array.isArray(p.weights) ? p.weights.length : 0));
    } else {
      p.weights.forEach(function (w, i) {
        if (!(typeof w === "number" && w >= LOWER_BOUNDS[i] && w <= UPPER_BOUNDS[i])) {
          problems.push("w" + i + " = " + w + " is outside [" + LOWER_BOUNDS[i] + ", " + UPPER_BOUNDS[i] + "]");
        }
      });
    }
    if (!(p.desiredRetention > 0 && p.desiredRetention < 1)) {
      problems.push("desired retention " + p.desiredRetention + " must be strictly between 0 and 1");
    }
    if (!isStepList(p.learningSteps)) problems.push("learning steps must be positive numbers of seconds");
    if (!isStepList(p.relearningSteps)) problems.push("relearning steps must be positive numbers of seconds");
    if (!(Number.isInteger(p.maximumInterval) && p.maximumInterval >= 1 && p.maximumInterval <= MAXIMUM_INTERVAL_LIMIT)) {
      problems.push("maximum interval " + p.maximumInterval + " must be between 1 and " + MAXIMUM_INTERVAL_LIMIT + " days");
    }
    return problems;
  }

  function isStepList(steps) {
    return Array.isArray(steps) && steps.every(function (s) { return Number.isSafeInteger(s) && s > 0; });
  }

  /** Whole days from `then` to `now` (Unix seconds), rounded down like Python's timedelta.days. */
  function elapsedDays(then, now) {
    var seconds = now - then;
    var remainder = ((seconds % SECONDS_PER_DAY) + SECONDS_PER_DAY) % SECONDS_PER_DAY;
    return (seconds - remainder) / SECONDS_PER_DAY;
  }

  /** Rounds half to even, like Python's round (2.5 → 2, 3.5 → 4); Math.round rounds half up. */
  function roundHalfEven(x) {
    if (!isFinite(x)) return x;
    var floor = Math.floor(x);
    var diff = x - floor;
    if (diff < 0.5) return floor;
    if (diff > 0.5) return floor + 1;
    return floor % 2 === 0 ? floor : floor + 1;
  }

  /** A card never reviewed, due at `due` (py-fsrs `Card(due=…)`). */
  function newCard(due) {
    return { state: STATE.NEW, step: null, stability: null, difficulty: null, due: due, lastReview: null, reps: 0, lapses: 0 };
  }

  /** A scheduler for parameters `p` (see parameters()); it is used as given, so check
      parameterProblems(p) first when it comes from user input. */
  function Scheduler(p) {
    this.parameters = p;
    this.w = p.weights;
    this.decay = -p.weights[20];
    this.factor = Math.pow(0.9, 1 / this.decay) - 1;
  }

  /** R after `days` whole days: (1 + FACTOR·t/S)^DECAY; negative days count as 0. */
  Scheduler.prototype.retrievabilityAfter = function (stability, days) {
    var t = Math.max(0, days);
    return Math.pow(1 + this.factor * t / stability, this.decay);
  };

  /** R of `card` at `now`, or null for a card without stability. */
  Scheduler.prototype.retrievability = function (card, now) {
    if (card.stability === null || card.lastReview === null) return null;
    return this.retrievabilityAfter(card.stability, elapsedDays(card.lastReview, now));
  };

  /** The Review interval in days for a stability, half-even rounded, within [1, maximumInterval]. */
  Scheduler.prototype.intervalDays = function (stability) {
    var raw = (stability / this.factor) * (Math.pow(this.parameters.desiredRetention, 1 / this.decay) - 1);
    var rounded = roundHalfEven(raw);
    return Math.min(Math.max(isNaN(rounded) ? 1 : rounded, 1), this.parameters.maximumInterval);
  };

  Scheduler.prototype.initialStability = function (rating) {
    return Math.max(this.w[rating - 1], MINIMUM_STABILITY);
  };

  Scheduler.prototype.initialDifficulty = function (rating, clamp) {
    var value = this.w[4] - Math.pow(E, this.w[5] * (rating - 1)) + 1;
    return clamp === false ? value : clampDifficulty(value);
  };

  Scheduler.prototype.nextDifficulty = function (difficulty, rating) {
    var w7 = this.w[7];
    var target = this.initialDifficulty(RATING.EASY, false);
    var delta = -(this.w[6] * (rating - 3));
    var damped = difficulty + (10.0 - difficulty) * delta / 9.0;
    return clampDifficulty(w7 * target + (1 - w7) * damped);
  };

  Scheduler.prototype.shortTermStability = function (stability, rating) {
    var w = this.w;
    var increase = Math.pow(E, w[17] * (rating - 3 + w[18])) * Math.pow(stability, -w[19]);
    if (rating !== RATING.AGAIN) increase = Math.max(increase, 1.0);
    return clampStability(stability * increase);
  };

  Scheduler.prototype.nextStability = function (difficulty, stability, r, rating) {
    var w = this.w;
    var next;
    if (rating === RATING.AGAIN) {
      var longTerm = w[11] * Math.pow(difficulty, -w[12]) * (Math.pow(stability + 1, w[13]) - 1)
        * Math.pow(E, (1 - r) * w[14]);
      var shortTerm = stability / Math.pow(E, w[17] * w[18]);
      next = Math.min(longTerm, shortTerm);
    } else {
      var hardPenalty = rating === RATING.HARD ? w[15] : 1;
      var easyBonus = rating === RATING.EASY ? w[16] : 1;
      var growth = Math.pow(E, w[8]) * (11 - difficulty) * Math.pow(stability, -w[9])
        * (Math.pow(E, (1 - r) * w[10]) - 1) * hardPenalty * easyBonus;
      next = stability * (1 + growth);
    }
    return clampStability(next);
  };

  /** Applies one review (rating 1 Again … 4 Easy) at `now` and returns the new card; `card` is
      not changed. Fuzz applies only when the parameters enable it and `fuzzSeed` (a BigInt) is
      given, so replaying history without a seed is exact. */
  Scheduler.prototype.review = function (card, rating, now, fuzzSeed) {
    var p = this.parameters;
    var next = Object.assign({}, card);
    var elapsed = card.lastReview === null ? null : elapsedDays(card.lastReview, now);

    // Memory update (stability uses the old difficulty).
    if (card.stability !== null && card.difficulty !== null) {
      if (elapsed !== null && elapsed < 1) {
        next.stability = this.shortTermStability(card.stability, rating);
      } else {
        var r = this.retrievabilityAfter(card.stability, elapsed === null ? 0 : elapsed);
        next.stability = this.nextStability(card.difficulty, card.stability, r, rating);
      }
      next.difficulty = this.nextDifficulty(card.difficulty, rating);
    } else {
      next.stability = this.initialStability(rating);
      next.difficulty = this.initialDifficulty(rating);
      next.state = STATE.LEARNING;
      next.step = 0;
    }

    var intervalSeconds;
    if (next.state === STATE.REVIEW) {
      if (rating === RATING.AGAIN) next.lapses += 1;
      if (rating === RATING.AGAIN && p.relearningSteps.length > 0) {
        next.state = STATE.RELEARNING;
        next.step = 0;
        intervalSeconds = p.relearningSteps[0];
      } else {
        next.step = null;
        intervalSeconds = this.intervalDays(next.stability) * SECONDS_PER_DAY;
      }
    } else {
      var learning = next.state !== STATE.RELEARNING;
      var outcome = stepOutcome(learning ? p.learningSteps : p.relearningSteps, next.step === null ? 0 : next.step, rating);
      if (outcome === null) {
        next.state = STATE.REVIEW;
        next.step = null;
        intervalSeconds = this.intervalDays(next.stability) * SECONDS_PER_DAY;
      } else {
        next.state = learning ? STATE.LEARNING : STATE.RELEARNING;
        next.step = outcome.index;
        intervalSeconds = outcome.seconds;
      }
    }

    if (next.state === STATE.REVIEW && p.enableFuzzing && fuzzSeed !== undefined && fuzzSeed !== null) {
      var days = Math.trunc(intervalSeconds / SECONDS_PER_DAY);
      intervalSeconds = fuzzedDays(days, p.maximumInterval, fuzzSeed) * SECONDS_PER_DAY;
    }

    next.due = now + intervalSeconds;
    next.lastReview = now;
    next.reps += 1;
    return next;
  };

  /** review() in real use: the fuzz is seeded from the card's id and its review count. */
  Scheduler.prototype.reviewCard = function (card, rating, now, cardId) {
    return this.review(card, rating, now, fuzzSeed(cardId, card.reps));
  };

  /* The (re)learning step machine: null means graduate to Review, otherwise {index, seconds}.
     Again → step 0; Hard on step 0 → the mean of the first two steps, or 1.5× the only step;
     Hard later → repeat; Good → next step, or graduate after the last; Easy → graduate. */
  function stepOutcome(steps, rawStep, rating) {
    var step = Math.max(0, rawStep);
    if (steps.length === 0 || (step >= steps.length && rating !== RATING.AGAIN)) return null;
    switch (rating) {
      case RATING.AGAIN:
        return { index: 0, seconds: steps[0] };
      case RATING.HARD:
        if (step === 0 && steps.length === 1) return { index: 0, seconds: roundHalfEven(steps[0] * 1.5) };
        if (step === 0) return { index: 0, seconds: roundHalfEven((steps[0] + steps[1]) / 2.0) };
        return { index: step, seconds: steps[step] };
      case RATING.GOOD:
        return step + 1 >= steps.length ? null : { index: step + 1, seconds: steps[step + 1] };
      default:
        return null;
    }
  }

  function clampStability(s) { return Math.max(s, MINIMUM_STABILITY); }
  function clampDifficulty(d) { return Math.min(Math.max(d, 1), 10); }

  // ---- Interval fuzz: py-fsrs's ranges, drawn with SplitMix64 seeded by FNV-1a (as in Swift).

  var MASK64 = (1n << 64n) - 1n;
  var FUZZ_BANDS = [
    { start: 2.5, end: 7, factor: 0.15 },
    { start: 7, end: 20, factor: 0.10 },
    { start: 20, end: Infinity, factor: 0.05 },
  ];

  /** The whole-day range [lower, upper] a fuzzed `days` interval can take. */
  function fuzzRange(days, maximumInterval) {
    var delta = 1.0;
    FUZZ_BANDS.forEach(function (band) {
      delta += band.factor * Math.max(Math.min(days, band.end) - band.start, 0.0);
    });
    var lower = roundHalfEven(days - delta);
    var upper = Math.min(roundHalfEven(days + delta), maximumInterval);
    lower = Math.min(Math.max(2, lower), upper);
    return { lower: lower, upper: upper };
  }

  /** `days` fuzzed: unchanged under 2.5 days, else a day of fuzzRange chosen by `seed` (BigInt). */
  function fuzzedDays(days, maximumInterval, seed) {
    if (days < 2.5) return days;
    var range = fuzzRange(days, maximumInterval);
    var width = range.upper - range.lower + 1;
    var offset = Math.min(Math.trunc(new SplitMix64(seed).nextUnitDouble() * width), width - 1);
    return Math.min(range.lower + offset, maximumInterval);
  }

  /** The SplitMix64 generator (Steele, Lea & Flood 2014) on a 64-bit BigInt state. */
  function SplitMix64(seed) {
    this.state = BigInt.asUintN(64, BigInt(seed));
  }
  SplitMix64.prototype.next = function () {
    this.state = (this.state + 0x9e3779b97f4a7c15n) & MASK64;
    var z = this.state;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
    return z ^ (z >> 31n);
  };
  /** A uniform number in [0, 1) from the top 53 bits of next(). */
  SplitMix64.prototype.nextUnitDouble = function () {
    return Number(this.next() >> 11n) / 9007199254740992;
  };

  /** 64-bit FNV-1a (BigInt) of the UTF-8 bytes of `text`. Computed on four 16-bit limbs in plain
      numbers: a page replays every stored review at start, and BigInt arithmetic per byte made
      that the slowest part of showing the first card. */
  function fnv1a64(text) {
    var h0 = 0x2325, h1 = 0x8422, h2 = 0x9ce4, h3 = 0xcbf2; // offset basis 0xcbf29ce484222325
    var bytes = new TextEncoder().encode(text);
    for (var i = 0; i < bytes.length; i++) {
      h0 ^= bytes[i];
      // hash * 0x100000001b3 mod 2^64 = hash * 0x1b3 + (hash << 40)
      var a0 = h0 * 0x1b3;
      var a1 = h1 * 0x1b3 + (a0 >>> 16);
      var a2 = h2 * 0x1b3 + (a1 >>> 16) + ((h0 << 8) & 0xffff);
      var a3 = h3 * 0x1b3 + (a2 >>> 16) + (((h0 >>> 8) | (h1 << 8)) & 0xffff);
      h0 = a0 & 0xffff; h1 = a1 & 0xffff; h2 = a2 & 0xffff; h3 = a3 & 0xffff;
    }
    return (BigInt(h3 * 0x10000 + h2) << 32n) | BigInt(h1 * 0x10000 + h0);
  }

  /** The fuzz seed of the review of `cardId` made when the card has `reps` earlier reviews. */
  function fuzzSeed(cardId, reps) {
    return fnv1a64(cardId + "#" + reps);
  }

  var api = {
    STATE: STATE,
    STATE_NAMES: STATE_NAMES,
    RATING: RATING,
    DEFAULT_WEIGHTS: DEFAULT_WEIGHTS,
    parameters: parameters,
    parameterProblems: parameterProblems,
    /** A scheduler for `p` (default parameters when omitted). */
    scheduler: function (p) { return new Scheduler(p || parameters()); },
    newCard: newCard,
    elapsedDays: elapsedDays,
    roundHalfEven: roundHalfEven,
    fuzzRange: fuzzRange,
    fuzzedDays: fuzzedDays,
    fuzzSeed: fuzzSeed,
    fnv1a64: fnv1a64,
    SplitMix64: SplitMix64,
  };
  global.PlaybookFSRS = api;
  if (typeof module === "object" && module.exports) module.exports = api;
})(typeof window !== "undefined" ? window : globalThis);
