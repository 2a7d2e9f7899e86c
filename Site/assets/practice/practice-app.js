/* The practice app (playbook build): the scripts of assets/practice/ in the order they run. */

/* assets/practice/fsrs.js */
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

;

/* assets/practice/fsrs-replay.js */
/* playbook practice: replays review histories through PlaybookFSRS (fsrs.js, loaded first) in the
   schema of `playbook scheduler replay` and of the py-fsrs reference vectors. Adds
   `PlaybookFSRS.replay(input)` and `PlaybookFSRS.isoUTC(seconds)`. Every history starts from a new
   card due at `start_ts`; each rating is applied at its `review_ts`, with fuzzing off. */
(function (global) {
  "use strict";

  var FSRS = global.PlaybookFSRS || (typeof require === "function" ? require("./fsrs.js") : null);
  if (!FSRS) throw new Error("fsrs-replay.js needs fsrs.js: load it first");
  var DAY = 86400;

  /** A problem with a replay file; the message names the history or scheduler at fault. */
  function ReplayError(message) {
    var error = new Error(message);
    error.name = "ReplayError";
    return error;
  }

  function isObject(v) { return v !== null && typeof v === "object" && !Array.isArray(v); }
  function isWhole(v) { return typeof v === "number" && Number.isSafeInteger(v); }

  function parseSteps(value, key, fail) {
    if (!Array.isArray(value) || !value.every(isWhole)) throw fail("\"" + key + "\" must be an array of whole seconds");
    return value.slice();
  }

  /** The parameters of scheduler config `name`, with fuzzing off (replays must be exact). */
  function schedulerParameters(configs, name) {
    if (!Object.prototype.hasOwnProperty.call(configs, name)) {
      var known = Object.keys(configs).sort().join(", ");
      throw ReplayError("unknown scheduler '" + name + "' (the file defines: " + (known || "none") + ")");
    }
    var config = configs[name];
    if (!isObject(config)) throw ReplayError("scheduler '" + name + "' is not an object");
    function fail(text) { return ReplayError("scheduler '" + name + "': " + text); }
    var weights = config.parameters;
    if (!Array.isArray(weights) || !weights.every(function (w) { return typeof w === "number"; })) {
      throw fail("\"parameters\" must be an array of 21 numbers");
    }
    if (typeof config.desired_retention !== "number") throw fail("\"desired_retention\" must be a number");
    var learning = parseSteps(config.learning_steps_seconds, "learning_steps_seconds", fail);
    var relearning = parseSteps(config.relearning_steps_seconds, "relearning_steps_seconds", fail);
    if (!isWhole(config.maximum_interval_days)) throw fail("\"maximum_interval_days\" must be a whole number of days");
    var p = FSRS.parameters({
      weights: weights.slice(), desiredRetention: config.desired_retention, learningSteps: learning,
      relearningSteps: relearning, maximumInterval: config.maximum_interval_days, enableFuzzing: false,
    });
    var problems = FSRS.parameterProblems(p);
    if (problems.length > 0) throw fail(problems[0]);
    return p;
  }

  function parseHistory(value, index) {
    if (!isObject(value)) throw ReplayError("history #" + index + " is not an object");
    if (typeof value.id !== "string") throw ReplayError("history #" + index + " has no string \"id\"");
    var name = "history '" + value.id + "'";
    if (typeof value.scheduler !== "string") throw ReplayError(name + " has no string \"scheduler\"");
    if (!isWhole(value.start_ts)) throw ReplayError(name + ": \"start_ts\" must be a whole number of Unix seconds");
    if (!Array.isArray(value.reviews)) throw ReplayError(name + " has no \"reviews\" array");
    var reviews = value.reviews.map(function (review, position) {
      var where = name + ", review #" + position + ": ";
      var rating = isObject(review) ? review.rating : undefined;
      if (!(isWhole(rating) && rating >= 1 && rating <= 4)) throw ReplayError(where + "\"rating\" must be 1 (Again) to 4 (Easy)");
      if (!isWhole(review.review_ts)) throw ReplayError(where + "\"review_ts\" must be a whole number of Unix seconds");
      return { rating: rating, time: review.review_ts };
    });
    return { id: value.id, scheduler: value.scheduler, start: value.start_ts, reviews: reviews };
  }

  /** One history's reviews in the output schema (keys in sorted order, like the Swift output). */
  function replayHistory(history, scheduler) {
    var card = FSRS.newCard(history.start);
    var reviews = history.reviews.map(function (review) {
      var elapsed = card.lastReview === null ? null : review.time - card.lastReview;
      var r = scheduler.retrievability(card, review.time);
      card = scheduler.review(card, review.rating, review.time);
      var scheduled = card.due - review.time;
      return {
        difficulty: card.difficulty,
        due: isoUTC(card.due),
        due_ts: card.due,
        elapsed_days: elapsed === null ? null : FSRS.elapsedDays(0, elapsed),
        elapsed_seconds: elapsed,
        interval_days: FSRS.elapsedDays(0, scheduled),
        rating: review.rating,
        retrievability: r,
        review_at: isoUTC(review.time),
        review_ts: review.time,
        scheduled_days: scheduled / DAY,
        scheduled_seconds: scheduled,
        stability: card.stability,
        state: card.state,
        state_name: FSRS.STATE_NAMES[card.state],
        step: card.step,
      };
    });
    return {
      id: history.id, reviews: reviews, scheduler: history.scheduler,
      start: isoUTC(history.start), start_ts: history.start,
    };
  }

  /** Replays a replay file (an object, or its JSON text) and returns the computed file as an
      object in the same schema. Throws a ReplayError naming the history at fault. */
  function replay(input) {
    var root = input;
    if (typeof input === "string") {
      try { root = JSON.parse(input); } catch (e) { throw ReplayError("not valid JSON: " + e.message); }
    }
    if (!isObject(root) || !isObject(root.schedulers)) throw ReplayError("the file has no \"schedulers\" object");
    if (!Array.isArray(root.histories)) throw ReplayError("the file has no \"histories\" array");
    var histories = root.histories.map(parseHistory);
    var schedulers = {};
    var results = histories.map(function (history) {
      if (!Object.prototype.hasOwnProperty.call(schedulers, history.scheduler)) {
        try {
          schedulers[history.scheduler] = FSRS.scheduler(schedulerParameters(root.schedulers, history.scheduler));
        } catch (e) {
          throw ReplayError("history '" + history.id + "': " + e.message);
        }
      }
      return replayHistory(history, schedulers[history.scheduler]);
    });
    return {
      generator: { fsrs_algorithm: "FSRS-6", package: "playbook (Templates/assets/practice/fsrs.js)" },
      histories: results,
      rating_enum: { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" },
      schedulers: root.schedulers,
      schema_version: 1,
      state_enum: { 1: "Learning", 2: "Review", 3: "Relearning" },
    };
  }

  function pad(value, width) {
    var text = String(Math.abs(value));
    while (text.length < width) text = "0" + text;
    return (value < 0 ? "-" : "") + text;
  }

  /** Unix seconds as ISO-8601 UTC ("2024-01-01T15:13:00Z"), proleptic Gregorian for any year
      (Hinnant's civil-from-days, as in the Swift replay; Date stops at year 275760). */
  function isoUTC(seconds) {
    var days = FSRS.elapsedDays(0, seconds);
    var secondOfDay = seconds - days * DAY;
    var shifted = days + 719468;
    var era = Math.trunc((shifted >= 0 ? shifted : shifted - 146096) / 146097);
    var dayOfEra = shifted - era * 146097;
    var yearOfEra = Math.trunc((dayOfEra - Math.trunc(dayOfEra / 1460) + Math.trunc(dayOfEra / 36524)
      - Math.trunc(dayOfEra / 146096)) / 365);
    var dayOfYear = dayOfEra - (365 * yearOfEra + Math.trunc(yearOfEra / 4) - Math.trunc(yearOfEra / 100));
    var monthIndex = Math.trunc((5 * dayOfYear + 2) / 153);
    var day = dayOfYear - Math.trunc((153 * monthIndex + 2) / 5) + 1;
    var month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
    var year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T" + pad(Math.trunc(secondOfDay / 3600), 2) + ":"
      + pad(Math.trunc(secondOfDay / 60) % 60, 2) + ":" + pad(secondOfDay % 60, 2) + "Z";
  }

  FSRS.replay = replay;
  FSRS.isoUTC = isoUTC;
})(typeof window !== "undefined" ? window : globalThis);

;

/* assets/practice/card-states.js */
/* playbook practice: each card's scheduling state, the replay of its reviews in time order (ties in
   insertion order) with the drill's scheduler and per-card fuzz seeds, as the terminal replays an
   import. Needs fsrs.js (loaded first) and progress-lines.js (any order). Defines the global `PlaybookCardStates`. */
(function (global) {
  "use strict";

  var FSRS = global.PlaybookFSRS;

  /** The scheduler `playbook drill` uses for the deck's settings (fuzz on, per-card seeds). */
  function scheduler(settings) {
    var s = settings || {};
    return FSRS.scheduler(FSRS.parameters({
      desiredRetention: s.desiredRetention, learningSteps: s.learningSteps, relearningSteps: s.relearningSteps,
      maximumInterval: s.maximumInterval, enableFuzzing: s.enableFuzzing === undefined ? true : s.enableFuzzing,
    }));
  }

  /** One card's reviews (in stored order) replayed: the FSRS card, or null when there are none. */
  function replayCard(cardId, reviews, fsrs) {
    var timed = reviews.map(function (r, i) { return { r: r, i: i, t: global.PlaybookProgressLines.parseTime(r.reviewedAt) }; })
      .sort(function (a, b) { return a.t - b.t || a.i - b.i; });
    if (!timed.length) return null;
    var card = FSRS.newCard(timed[0].t);
    timed.forEach(function (x) { card = fsrs.reviewCard(card, x.r.rating, x.t, cardId); });
    return { card: card, contentHash: timed[timed.length - 1].r.contentHash, reviews: timed.length,
      lastReviewedAt: timed[timed.length - 1].t };
  }

  /** The states of every reviewed card: a Map id → {card, contentHash, reviews, changed, orphan}.
      `hashes` is a Map id → the deck's current content hash (cards not in it are orphans). */
  function compute(reviews, fsrs, hashes) {
    var byCard = new Map();
    reviews.forEach(function (r) {
      if (!byCard.has(r.card)) byCard.set(r.card, []);
      byCard.get(r.card).push(r);
    });
    var states = new Map();
    byCard.forEach(function (list, id) { states.set(id, mark(replayCard(id, list, fsrs), hashes.get(id))); });
    return states;
  }

  function mark(state, currentHash) {
    state.orphan = currentHash === undefined;
    state.changed = !state.orphan && state.contentHash !== currentHash;
    return state;
  }

  /** Recomputes one card after a new review (`reviews` = all stored reviews) into `states`. */
  function update(states, cardId, reviews, fsrs, currentHash) {
    var state = replayCard(cardId, reviews.filter(function (r) { return r.card === cardId; }), fsrs);
    if (state) states.set(cardId, mark(state, currentHash));
    else states.delete(cardId);
    return states.get(cardId) || null;
  }

  global.PlaybookCardStates = { scheduler: scheduler, replayCard: replayCard, compute: compute, update: update };
})(typeof window !== "undefined" ? window : globalThis);

;

/* assets/practice/choice-options.js */
/* playbook practice: the options of a multiple-choice question. A card with `choices` is asked with
   them as written (`answers` = indices of the right ones); any other card gets four options: its own
   back and the backs of three other cards of the same kind, chosen and ordered by a generator seeded
   from the card id, so a card always shows the same options. Needs fsrs.js (FNV-1a, SplitMix64).
   Defines the global `PlaybookChoiceOptions`. */
(function (global) {
  "use strict";

  var FSRS = global.PlaybookFSRS;
  var OPTIONS = 4;

  function generator(cardId) { return new FSRS.SplitMix64(FSRS.fnv1a64("choice:" + cardId)); }

  function pick(random, count) {
    return Math.min(Math.floor(random.nextUnitDouble() * count), count - 1);
  }

  /** The ids of the other cards whose backs become the wrong options (deterministic per card):
      cards of the same kind first, others only when the kind has too few. */
  function distractorIds(rows, index, ROW) {
    var row = rows[index];
    var random = generator(row[ROW.id]);
    var same = [], other = [];
    rows.forEach(function (r, i) {
      if (i === index) return;
      (r[ROW.kind] === row[ROW.kind] ? same : other).push(r[ROW.id]);
    });
    var chosen = [];
    [same, other].forEach(function (pool) {
      var left = pool.slice();
      while (chosen.length < OPTIONS - 1 && left.length) chosen.push(left.splice(pick(random, left.length), 1)[0]);
    });
    return chosen;
  }

  /** The options {texts:[…], right:[indices]} of `card` (its text) given the distractors' texts. */
  function options(card, distractors) {
    if (card.choices && card.choices.length) return { texts: card.choices.slice(), right: (card.answers || []).slice() };
    var random = generator(card.id);
    var texts = [card.back];
    distractors.forEach(function (d) { if (d.back && texts.indexOf(d.back) < 0) texts.push(d.back); });
    var order = texts.map(function (t, i) { return i; });
    for (var i = order.length - 1; i > 0; i--) {
      var j = pick(random, i + 1);
      var swap = order[i]; order[i] = order[j]; order[j] = swap;
    }
    return { texts: order.map(function (k) { return texts[k]; }), right: [order.indexOf(0)] };
  }

  /** Whether the chosen option indices are exactly the right ones. */
  function isRight(chosen, right) {
    var a = chosen.slice().sort(), b = right.slice().sort();
    return a.length === b.length && a.every(function (v, i) { return v === b[i]; });
  }

  global.PlaybookChoiceOptions = { distractorIds: distractorIds, options: options, isRight: isRight, OPTIONS: OPTIONS };
})(typeof window !== "undefined" ? window : globalThis);

;

/* assets/practice/deck-data.js */
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

;

/* assets/practice/hub-sync.js */
/* playbook practice: syncing answers with a team hub (docs/practice.md, "Syncing with a hub").
   Every review and exam in the progress store whose id the hub has not acknowledged is pending;
   pending events are POSTed as progress JSONL (docs/format.md §12) to HUB/api/v1/progress with the
   learner's token, and marked synced only after a 200. A hub that is down or unreachable is retried
   with backoff; nothing is dropped. The token and the acknowledged ids are kept in localStorage,
   one key per playbook and hub. Needs progress-lines.js. Defines the global `PlaybookHubSync`. */
(function (global) {
  "use strict";

  var PREFIX = "playbook-practice:hub:";
  /** Events a request carries at most (a 413 halves what was sent). */
  var BATCH = 500;
  /** Seconds before the first retry, doubled up to MAX_RETRY. */
  var FIRST_RETRY = 2;
  var MAX_RETRY = 300;

  function withSlash(url) { return url.charAt(url.length - 1) === "/" ? url : url + "/"; }

  /** The hub to sync with: the page's own server when its `healthz` (beside the site root) says
      {"status":"ok"}, else `configured` (`hub:` in playbook.md), else null (a file:// page with no hub). */
  function detect(fetchFn, location, root, configured) {
    var fallback = configured ? withSlash(String(configured)) : null;
    if (!fetchFn || !location || !/^https?:$/.test(location.protocol)) return Promise.resolve(fallback);
    var base = new URL(root || "./", location.href).href;
    return fetchFn(base + "healthz", { cache: "no-store" }).then(function (response) {
      if (!response.ok) return fallback;
      return response.json().then(function (body) { return body && body.status === "ok" ? base : fallback; });
    }).catch(function () { return fallback; });
  }

  /** The sync state of `store` (a PlaybookProgressStore) with the hub at `base`.
      `env`: {fetch, now() → Unix seconds, setTimeout, clearTimeout, onChange(status)}. */
  function open(store, storage, base, env) {
    var Lines = global.PlaybookProgressLines;
    var key = PREFIX + store.playbook + "@" + base;
    var saved = load();
    var inFlight = null, again = false, timer = null, attempts = 0, batchSize = BATCH;
    var live = { state: "idle", message: null, retryAt: null };

    function load() {
      var empty = { token: null, acked: [], refused: [], lastSyncedAt: null };
      try {
        var parsed = JSON.parse(storage.getItem(key) || "null");
        if (parsed && Array.isArray(parsed.acked) && Array.isArray(parsed.refused)) return parsed;
      } catch (e) { /* damaged: start again; at worst events are sent twice, which the hub counts as duplicates */ }
      return empty;
    }

    function save() { storage.setItem(key, JSON.stringify(saved)); }

    /** Every review and exam the hub has neither acknowledged nor refused, in stored order. */
    function pending() {
      var done = new Set(saved.acked.concat(saved.refused.map(function (r) { return r.id; })));
      return {
        reviews: store.reviews().filter(function (r) { return !done.has(r.id); }),
        exams: store.exams().filter(function (e) { return !done.has(e.id); }),
      };
    }

    function pendingCount() { var p = pending(); return p.reviews.length + p.exams.length; }

    function status() {
      return { signedIn: !!saved.token, base: base, pending: pendingCount(), lastSyncedAt: saved.lastSyncedAt,
        refused: saved.refused.length, lastRefusal: saved.refused.length ? saved.refused[saved.refused.length - 1].error : null,
        state: live.state, message: live.message, retryAt: live.retryAt };
    }

    function changed() { if (env.onChange) env.onChange(status()); }

    function set(state, message) { live.state = state; live.message = message || null; changed(); }

    function scheduleRetry(state, message) {
      var delay = Math.min(MAX_RETRY, FIRST_RETRY * Math.pow(2, attempts));
      attempts++;
      live.retryAt = env.now() + delay;
      if (timer !== null) env.clearTimeout(timer);
      timer = env.setTimeout(function () { timer = null; return sync(); }, delay * 1000);
      set(state, message);
    }

    /* One request with at most `batchSize` pending events; resolves to true when more may follow. */
    function sendBatch(p) {
      var reviews = p.reviews.slice(0, batchSize);
      var exams = p.exams.slice(0, Math.max(0, batchSize - reviews.length));
      var text = Lines.writeFile(store.playbook, reviews, exams, env.now());
      var lines = text.split("\n");
      var idOfLine = function (n) { try { return JSON.parse(lines[n - 1]).id; } catch (e) { return null; } };
      var sentIds = reviews.concat(exams).map(function (x) { return x.id; });
      return env.fetch(base + "api/v1/progress", {
        method: "POST", cache: "no-store", body: text,
        headers: { "Authorization": "Bearer " + saved.token, "Content-Type": "application/x-ndjson; charset=utf-8" },
      }).then(function (response) {
        return response.text().then(function (body) {
          var json = null;
          try { json = JSON.parse(body); } catch (e) { json = null; }
          return { status: response.status, json: json || {} };
        });
      }).then(function (answer) {
        var s = answer.status, json = answer.json;
        if ((s === 200 || s === 400) && Array.isArray(json.refused)) {
          var refused = new Map(json.refused.map(function (r) { return [idOfLine(r.line), String(r.error)]; }));
          saved = load();
          sentIds.forEach(function (id) {
            if (refused.has(id)) saved.refused.push({ id: id, error: refused.get(id) });
            else saved.acked.push(id);
          });
          saved.lastSyncedAt = env.now();
          save();
          attempts = 0;
          live.retryAt = null;
          set("ok");
          return true;
        }
        if (refusal(s, json)) return false;
        if (s === 413) {
          if (sentIds.length > 1) { batchSize = Math.max(1, Math.floor(sentIds.length / 2)); return true; }
          saved = load();
          saved.refused.push({ id: sentIds[0], error: json.error || "too large" });
          save();
          set("tooLarge", json.error);
          return true;
        }
        if (s === 503 || s >= 500 || s === 0) { scheduleRetry("unavailable", json.error); return false; }
        set("failed", json.error || "HTTP " + s);
        return false;
      }, function (error) {
        scheduleRetry("offline", error && error.message);
        return false;
      });
    }

    /* The answer of a refused request as a state; false when it is not a refusal the learner must act on. */
    function refusal(status, json) {
      if (status === 401) { set("unauthorized", json.error); return true; }
      if (status === 403) { set("forbidden", json.error); return true; }
      return false;
    }

    /* Asks the hub who the token belongs to (GET api/v1/me), so a wrong token is said at once even
       with nothing to send; resolves to true when the hub accepted it or could not be asked. */
    function verify() {
      return env.fetch(base + "api/v1/me", { cache: "no-store", headers: { "Authorization": "Bearer " + saved.token } })
        .then(function (response) {
          return response.text().then(function (body) {
            var json = {};
            try { json = JSON.parse(body) || {}; } catch (e) { json = {}; }
            return !refusal(response.status, json);
          });
        }, function () { return true; });
    }

    /** Sends what is pending; resolves to the status when done (or when it stopped on an error). */
    function sync() {
      if (inFlight) { again = true; return inFlight; }
      if (!saved.token) { set("signedOut"); return Promise.resolve(status()); }
      if (timer !== null) { env.clearTimeout(timer); timer = null; }
      set("syncing");
      inFlight = (function loop() {
        var p = pending();
        if (!p.reviews.length && !p.exams.length) {
          if (live.state === "syncing") set("ok");
          return Promise.resolve();
        }
        return sendBatch(p).then(function (more) { return more ? loop() : undefined; });
      })().then(function () {
        inFlight = null;
        if (again && saved.token && (live.state === "ok" || live.state === "syncing")) { again = false; return sync(); }
        again = false;
        return status();
      });
      return inFlight;
    }

    return {
      status: status,
      pending: pending,
      sync: sync,
      /** Keeps `token` (trimmed) and syncs. */
      signIn: function (token) {
        var value = String(token || "").trim();
        if (!value) return Promise.resolve(status());
        saved = { token: value, acked: [], refused: [], lastSyncedAt: null };
        save();
        attempts = 0;
        batchSize = BATCH;
        return verify().then(function (accepted) { return accepted ? sync() : status(); });
      },
      /** Forgets the token and what the hub acknowledged for it (another learner may sign in next). */
      signOut: function () {
        if (timer !== null) { env.clearTimeout(timer); timer = null; }
        saved = { token: null, acked: [], refused: [], lastSyncedAt: null };
        storage.removeItem(key);
        live.retryAt = null;
        set("signedOut");
      },
    };
  }

  global.PlaybookHubSync = { detect: detect, open: open, PREFIX: PREFIX, BATCH: BATCH, FIRST_RETRY: FIRST_RETRY, MAX_RETRY: MAX_RETRY };
})(typeof window !== "undefined" ? window : globalThis);

;

/* assets/practice/practice-api.js */
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

;

/* assets/practice/practice-card-view.js */
/* playbook practice: the parts of a card on screen — question, answer, typed-answer evidence,
   options and rating buttons — as the terminal drill shows them (Sources/playbook/DrillRunner.swift).
   Needs practice-dom.js. Defines the global `PlaybookPracticeCardView`. */
(function (global) {
  "use strict";

  /* Resolved when used: the page's scripts may load in any order. */
  function el(tag, attrs, children) { return global.PlaybookPracticeDOM.el(tag, attrs, children); }

  /** The question: progress, tags (new/due or exam, kind, changed), front, and the hint of
      non-objection cards. */
  function question(s, info) {
    var tags = [info.exam ? s.t("exam") : info.entry.isNew ? s.t("new") : s.t("due"), s.kind(info.kind)];
    var percent = info.total ? Math.round(100 * info.position / info.total) : 0;
    return el("section", { "class": "pr-question", "data-card": info.entry.id, "aria-live": "polite" }, [
      el("div", { "class": "pr-progress" }, [
        el("div", { "class": "pr-bar", role: "progressbar", "aria-valuemin": "0", "aria-valuemax": String(info.total),
          "aria-valuenow": String(info.position) }, [el("span", { style: "width:" + percent + "%" })]),
        el("span", { "class": "pr-count", text: (info.position + 1) + " / " + info.total }),
      ]),
      el("p", { "class": "pr-tags" }, tags.map(function (tag) { return el("span", { "class": "pr-tag", text: tag }); })
        .concat(info.entry.changed ? [el("span", { "class": "pr-tag pr-changed", text: s.t("changed") })] : [])),
      el("h2", { "class": "pr-front", text: info.card.front }),
      info.card.hint && info.kind.id !== "objection" ? el("p", { "class": "pr-hint", text: s.heading("hint") + info.card.hint }) : null,
    ]);
  }

  /** The answer: back, key points (objections), never-say phrases, and a link to the card's page. */
  function answer(s, card, kind, root) {
    return el("section", { "class": "pr-answer" }, [
      el("h3", { text: s.t("answer") }),
      el("p", { "class": "pr-back", text: card.back }),
      card.keyPoints && card.keyPoints.length && kind.id === "objection"
        ? el("p", { "class": "pr-keypoints" }, [el("strong", { text: s.heading("keyPoints") }), card.keyPoints.join(" / ")]) : null,
      card.avoid && card.avoid.length
        ? el("p", { "class": "pr-avoid" }, [el("strong", { text: s.heading("avoid") }), card.avoid.join(" / ")]) : null,
      card.page ? el("p", { "class": "pr-page" }, [el("a", { href: root + card.page, text: s.t("practice.openPage") })]) : null,
    ]);
  }

  function evidenceWords(point) {
    return point.evidence.map(function (e) {
      return e.keyPointWord === e.answerWord ? e.answerWord : e.keyPointWord + "≈" + e.answerWord;
    }).join(" · ");
  }

  /** The scored answer: score, each key point covered or missed with the words that matched,
      never-say phrases found, and the answer with the matched words marked. */
  function evidence(s, result, answerText) {
    var ranges = [];
    result.keyPoints.forEach(function (p) { if (p.covered) p.evidence.forEach(function (e) { ranges.push(e.answerRange); }); });
    var flagRanges = result.flags.map(function (f) { return [f.answerRange[0], f.answerRange[1], "pr-flagged"]; });
    return el("section", { "class": "pr-evidence" }, [
      el("p", { "class": "pr-score" + (result.neverSay.length ? " pr-bad" : "") }, [
        el("strong", { text: s.heading("score") }), s.score(result.score)]),
      el("ul", { "class": "pr-points" }, result.keyPoints.map(function (p) {
        var words = evidenceWords(p);
        return el("li", { "class": p.covered ? "pr-covered" : "pr-missed" }, [
          el("span", { "class": "pr-mark", "aria-hidden": "true", text: p.covered ? "✓" : "✗" }),
          el("span", { "class": "pr-sr", text: s.t(p.covered ? "covered" : "missed") + " " }),
          el("span", { text: p.keyPoint }),
          words && p.covered ? el("span", { "class": "pr-words", text: words }) : null,
        ]);
      }).concat(result.flags.map(function (f) {
        return el("li", { "class": "pr-flag" }, [
          el("span", { "class": "pr-mark", "aria-hidden": "true", text: "⚠" }),
          el("span", { text: s.heading("flagged") + f.phrase }),
          f.stretch ? el("span", { "class": "pr-words", text: f.stretch }) : null,
        ]);
      }))),
      el("blockquote", { "class": "pr-typed" }, global.PlaybookPracticeDOM.marked(answerText, ranges.concat(flagRanges))),
    ]);
  }

  /** Four rating buttons (1–4); the suggested one is marked. */
  function ratings(s, suggested, onRate) {
    return el("div", { "class": "pr-rate" }, [
      suggested ? el("p", { "class": "pr-suggested", text: s.heading("suggested") + suggested + " " + s.rating(suggested) }) : null,
      el("div", { "class": "pr-rate-buttons", role: "group", "aria-label": s.t("practice.rateIt") }, [1, 2, 3, 4].map(function (n) {
        return el("button", { type: "button", "class": "pr-rating pr-r" + n + (n === suggested ? " pr-is-suggested" : ""),
          "data-rating": String(n), onclick: function () { onRate(n); } },
        [el("kbd", { text: String(n) }), " " + s.rating(n)]);
      })),
    ]);
  }

  /** The options of a choice question; `onSubmit(indices)`. One right answer: a tap answers;
      several: check boxes and a submit button. */
  function options(s, opts, onSubmit) {
    var multiple = opts.right.length > 1;
    var list = el("ol", { "class": "pr-options" }, opts.texts.map(function (text, i) {
      if (!multiple) {
        return el("li", null, [el("button", { type: "button", "class": "pr-option", "data-option": String(i),
          onclick: function () { onSubmit([i]); } }, [el("kbd", { text: String(i + 1) }), " " + text])]);
      }
      return el("li", null, [el("label", { "class": "pr-option" }, [
        el("input", { type: "checkbox", value: String(i) }), " " + text])]);
    }));
    var submit = multiple ? el("button", { type: "button", "class": "pr-primary", onclick: function () {
      var chosen = Array.prototype.filter.call(list.querySelectorAll("input"), function (c) { return c.checked; })
        .map(function (c) { return +c.value; });
      onSubmit(chosen);
    }, text: s.t("practice.submit") }) : null;
    return el("div", { "class": "pr-choice" }, [list, submit]);
  }

  /** What was chosen: right or wrong, with the right option(s). */
  function choiceResult(s, opts, chosen, right) {
    return el("p", { "class": right ? "pr-right" : "pr-wrong" }, right ? [s.t("correctChoice")]
      : [s.t("wrongChoice") + " ", el("strong", { text: opts.right.map(function (i) { return (i + 1) + ". " + opts.texts[i]; }).join(" / ") })]);
  }

  global.PlaybookPracticeCardView = {
    question: question, answer: answer, evidence: evidence, ratings: ratings, options: options, choiceResult: choiceResult,
  };
})(typeof window !== "undefined" ? window : globalThis);

;

/* assets/practice/practice-dom.js */
/* playbook practice: a small helper to build DOM nodes without innerHTML (card text is never parsed
   as HTML). Defines the global `PlaybookPracticeDOM`. */
(function (global) {
  "use strict";

  /** A new element: `attrs` are attributes (on* keys become listeners, `text` the text content),
      `children` nodes or strings (null and false are skipped). */
  function el(tag, attrs, children) {
    var node = global.document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      var value = attrs[key];
      if (value === null || value === undefined || value === false) return;
      if (key === "text") node.textContent = value;
      else if (key.slice(0, 2) === "on") node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : value);
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined || child === false) return;
      node.appendChild(typeof child === "string" ? global.document.createTextNode(child) : child);
    });
    return node;
  }

  /** Removes every child of `node` and appends `children`. */
  function fill(node, children) {
    while (node.firstChild) node.removeChild(node.firstChild);
    children.forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }

  /** Text with the ranges [start, end, class?] (code-point offsets) wrapped in <mark>. */
  function marked(text, ranges) {
    var chars = Array.from(text);
    var sorted = ranges.filter(function (r) { return r[1] > r[0]; }).sort(function (a, b) { return a[0] - b[0]; });
    var parts = [], at = 0;
    sorted.forEach(function (r) {
      if (r[0] < at) return;
      if (r[0] > at) parts.push(chars.slice(at, r[0]).join(""));
      parts.push(el("mark", { "class": r[2] || null, text: chars.slice(r[0], r[1]).join("") }));
      at = r[1];
    });
    if (at < chars.length) parts.push(chars.slice(at).join(""));
    return parts;
  }

  global.PlaybookPracticeDOM = { el: el, fill: fill, marked: marked };
})(typeof window !== "undefined" ? window : globalThis);

;

/* assets/practice/practice-strings.js */
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

;

/* assets/practice/practice-ui.js */
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

;

/* assets/practice/progress-lines.js */
/* playbook practice: the lines of a progress file (docs/format.md §12), read and written as the
   terminal's `playbook progress import/export` does. Defines the global `PlaybookProgressLines`.
   Times inside the page are whole Unix seconds; on a line they are ISO 8601 UTC. */
(function (global) {
  "use strict";

  var FORMAT = "playbook-progress";
  var VERSION = 1;
  var MODES = { flashcard: true, type: true, choice: true };
  var ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;

  /** The CLI's English messages (MessageCatalog+English.swift); `{1}` is `FILE:LINE`. The page shows
      the same IDs from `deck.strings[locale]` when the deck gives them. */
  var MESSAGES = {
    progressMalformedLine: "{1}: not a JSON object ({2}); line skipped, fix or delete it",
    progressMissingField: "{1}: the field \"{2}\" is missing; line skipped",
    progressUnknownType: "{1}: unknown line type \"{2}\" (expected review or exam); line skipped",
    progressImpossibleRating: "{1}: rating {2} is impossible (1 again, 2 hard, 3 good, 4 easy); line skipped",
    progressInvalidDate: "{1}: {2} \"{3}\" is not an ISO 8601 time such as 2026-03-01T08:30:00Z; line skipped",
    progressFutureDate: "{1}: {2} {3} is in the future; check the device's clock; line skipped",
    progressInvalidScore: "{1}: {2} must be a number from 0 to 100 or null; line skipped",
    progressInvalidMode: "{1}: mode \"{2}\" is unknown (flashcard, type or choice); line skipped",
    progressInvalidValue: "{1}: the field \"{2}\" has an impossible value; line skipped",
    progressSecondHeader: "{1}: a second header; only line 1 may be one; line skipped",
    progressUnknownCard: "{1}: card {2} is not in this playbook; its progress is kept as an orphan",
    progressMissingHeader: "{1}: not a playbook progress file (line 1 must be its header); nothing imported",
    progressNewerVersion: "{1}: progress format version {2} is newer than this playbook understands; update playbook; nothing imported",
    progressImported: "{1}: reviews {2} added, {3} already there, {4} refused; exams {5} added, {6} already there, {7} refused",
  };

  /** `template` with {1}, {2}, … replaced by `values` in order. */
  function format(template, values) {
    return template.replace(/\{(\d+)\}/g, function (all, n) { return values[n - 1] === undefined ? all : String(values[n - 1]); });
  }

  /** Why a line cannot be imported: a MESSAGES id and its values after the location. */
  function LineProblem(id, values) { this.id = id; this.values = values; }

  /** A whole file that cannot be imported (nothing is): `id`/`values` as for a line, location line 1. */
  function fileError(id, values) {
    var error = new Error(format(MESSAGES[id], ["line 1"].concat(values)));
    error.name = "ProgressFileError";
    error.id = id;
    error.values = values;
    return error;
  }

  /** Unix seconds of an ISO 8601 time (UTC or an offset; fractions dropped), or null. */
  function parseTime(text) {
    var m = typeof text === "string" ? ISO.exec(text) : null;
    if (!m) return null;
    var y = +m[1], mo = +m[2], d = +m[3], h = +m[4], mi = +m[5], s = +m[6];
    if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return null;
    var ms = Date.UTC(y, mo - 1, d, h, mi, s);
    if (new Date(ms).getUTCDate() !== d) return null;
    var seconds = ms / 1000;
    if (m[8] !== "Z") {
      var sign = m[8][0] === "-" ? -1 : 1;
      var digits = m[8].slice(1).replace(":", "");
      seconds -= sign * (+digits.slice(0, 2) * 3600 + +digits.slice(2) * 60);
    }
    return seconds;
  }

  /** Unix seconds as `2026-03-01T08:30:00Z`. */
  function formatTime(seconds) {
    return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
  }

  /** A random UUID v4 (crypto.getRandomValues works from file:// too). */
  function uuid() {
    var bytes = new Uint8Array(16);
    global.crypto.getRandomValues(bytes);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join("");
    return hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" + hex.slice(16, 20) + "-" + hex.slice(20);
  }

  /* Typed access to a line's members; each failure throws the CLI's reason. */
  function fields(object, now) {
    function has(key) { return Object.prototype.hasOwnProperty.call(object, key); }
    var f = {
      string: function (key) {
        if (!has(key)) throw new LineProblem("progressMissingField", [key]);
        if (typeof object[key] !== "string") throw new LineProblem("progressInvalidValue", [key]);
        return object[key];
      },
      nonEmpty: function (key) {
        var text = f.string(key);
        if (!text) throw new LineProblem("progressInvalidValue", [key]);
        return text;
      },
      optionalString: function (key) {
        if (!has(key) || object[key] === null) return null;
        if (typeof object[key] !== "string") throw new LineProblem("progressInvalidValue", [key]);
        return object[key];
      },
      optionalScore: function (key) {
        if (!has(key) || object[key] === null) return null;
        var n = object[key];
        if (typeof n !== "number" || !isFinite(n) || n < 0 || n > 100) {
          throw new LineProblem("progressInvalidScore", [key]);
        }
        return n;
      },
      time: function (key) {
        var text = f.string(key);
        var seconds = parseTime(text);
        if (seconds === null) throw new LineProblem("progressInvalidDate", [key, text]);
        if (seconds > now) throw new LineProblem("progressFutureDate", [key, text]);
        return seconds;
      },
    };
    return f;
  }

  function review(f, object) {
    var id = f.nonEmpty("id"), card = f.nonEmpty("card"), hash = f.nonEmpty("contentHash");
    if (!/^[0-9a-fA-F]+$/.test(hash)) throw new LineProblem("progressInvalidValue", ["contentHash"]);
    if (!Object.prototype.hasOwnProperty.call(object, "rating")) throw new LineProblem("progressMissingField", ["rating"]);
    var rating = object.rating;
    if (typeof rating !== "number" || !Number.isInteger(rating)) throw new LineProblem("progressInvalidValue", ["rating"]);
    if (rating < 1 || rating > 4) throw new LineProblem("progressImpossibleRating", [String(rating)]);
    var at = f.time("reviewedAt");
    var mode = f.string("mode");
    if (!MODES[mode]) throw new LineProblem("progressInvalidMode", [mode]);
    var score = f.optionalScore("score");
    return {
      type: "review", id: id, card: card, contentHash: hash, rating: rating, reviewedAt: formatTime(at), mode: mode,
      score: score === null ? null : Math.round(score), answer: f.optionalString("answer"),
    };
  }

  function exam(f, object) {
    var id = f.nonEmpty("id");
    var started = f.time("startedAt"), finished = f.time("finishedAt");
    if (started > finished) throw new LineProblem("progressInvalidValue", ["startedAt"]);
    var pass = f.optionalScore("pass"), score = f.optionalScore("score");
    if (pass === null) throw new LineProblem("progressMissingField", ["pass"]);
    if (score === null) throw new LineProblem("progressMissingField", ["score"]);
    if (!Object.prototype.hasOwnProperty.call(object, "passed")) throw new LineProblem("progressMissingField", ["passed"]);
    if (typeof object.passed !== "boolean") throw new LineProblem("progressInvalidValue", ["passed"]);
    if (!Object.prototype.hasOwnProperty.call(object, "cards")) throw new LineProblem("progressMissingField", ["cards"]);
    if (!Array.isArray(object.cards)) throw new LineProblem("progressInvalidValue", ["cards"]);
    var cards = object.cards.map(function (entry) {
      if (entry === null || typeof entry !== "object" || Array.isArray(entry)) {
        throw new LineProblem("progressInvalidValue", ["cards"]);
      }
      var c = fields(entry, Infinity);
      var cardScore = c.optionalScore("score");
      if (cardScore === null) throw new LineProblem("progressMissingField", ["cards[].score"]);
      return { card: c.nonEmpty("card"), score: cardScore };
    });
    return {
      type: "exam", id: id, startedAt: formatTime(started), finishedAt: formatTime(finished), pass: pass, score: score,
      passed: object.passed, cards: cards,
    };
  }

  /** One line (after the header) → {review} or {exam}, or throws a LineProblem. */
  function parseLine(text, now) {
    var object;
    try { object = JSON.parse(text); } catch (e) { throw new LineProblem("progressMalformedLine", [e.message]); }
    if (object === null || typeof object !== "object" || Array.isArray(object)) throw new LineProblem("progressMalformedLine", ["not an object"]);
    var f = fields(object, now);
    var type = f.string("type");
    if (type === "review") return { review: review(f, object) };
    if (type === "exam") return { exam: exam(f, object) };
    if (type === "header") throw new LineProblem("progressSecondHeader", []);
    throw new LineProblem("progressUnknownType", [type]);
  }

  /** A whole file: {header, reviews:[{line, value}], exams:[{line, value}], refused:[{line, error, id, values}]}
      (`error` in English). Throws a ProgressFileError (nothing to import) when line 1 is not a header or the
      version is newer. */
  function parseFile(text, now) {
    var lines = String(text).replace(/^\uFEFF/, "").split(/\r?\n/);
    var header = null;
    try { header = JSON.parse(lines[0]); } catch (e) { header = null; }
    if (!header || header.type !== "header" || header.format !== FORMAT) throw fileError("progressMissingHeader", []);
    if (typeof header.version !== "number" || header.version > VERSION) throw fileError("progressNewerVersion", [header.version]);
    var result = { header: header, reviews: [], exams: [], refused: [] };
    for (var i = 1; i < lines.length; i++) {
      if (!lines[i].trim()) continue;
      try {
        var parsed = parseLine(lines[i], now);
        if (parsed.review) result.reviews.push({ line: i + 1, value: parsed.review });
        else result.exams.push({ line: i + 1, value: parsed.exam });
      } catch (e) {
        if (!(e instanceof LineProblem)) throw e;
        result.refused.push({ line: i + 1, error: format(MESSAGES[e.id], ["line " + (i + 1)].concat(e.values)), id: e.id, values: e.values });
      }
    }
    return result;
  }

  /* JSON with members in the given order, as the CLI writes them. */
  function encode(object, keys) {
    return "{" + keys.map(function (k) { return JSON.stringify(k) + ":" + JSON.stringify(object[k] === undefined ? null : object[k]); }).join(",") + "}";
  }

  /** The file text: header, reviews in time order (ties in stored order), then exams. */
  function writeFile(playbook, reviews, exams, exportedAt, learner) {
    var ordered = reviews.map(function (r, i) { return { r: r, i: i, t: parseTime(r.reviewedAt) }; })
      .sort(function (a, b) { return a.t - b.t || a.i - b.i; })
      .map(function (x) { return x.r; });
    var out = [encode({ type: "header", format: FORMAT, version: VERSION, playbook: playbook, learner: learner || null,
      exportedAt: formatTime(exportedAt) }, ["type", "format", "version", "playbook", "learner", "exportedAt"])];
    ordered.forEach(function (r) {
      out.push(encode(r, ["type", "id", "card", "contentHash", "rating", "reviewedAt", "mode", "score", "answer"]));
    });
    exams.forEach(function (e) {
      out.push(encode(e, ["type", "id", "startedAt", "finishedAt", "pass", "score", "passed", "cards"]));
    });
    return out.join("\n") + "\n";
  }

  global.PlaybookProgressLines = {
    FORMAT: FORMAT, VERSION: VERSION,
    parseTime: parseTime, formatTime: formatTime, uuid: uuid,
    parseLine: parseLine, parseFile: parseFile, writeFile: writeFile, LineProblem: LineProblem,
    MESSAGES: MESSAGES, format: format,
  };
})(typeof window !== "undefined" ? window : globalThis);

;

/* assets/practice/progress-store.js */
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

;

/* assets/practice/session.js */
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

;

/* assets/practice/storage-panel.js */
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

;

/* assets/practice/sync-panel.js */
/* playbook practice: the "sync with the team hub" panel. Shown when the page is served by a hub
   (or built with `hub:` in playbook.md): the learner pastes their access token once; the panel says
   when the answers last reached the hub, how many wait, and why a sync failed. Syncs on load, after
   each answer (`changed()`), when the browser comes back online, and on a retry timer.
   Needs practice-dom.js, practice-api.js and hub-sync.js. Defines the global `PlaybookSyncPanel`. */
(function (global) {
  "use strict";

  /** Looks for a hub; when there is one, builds the panel into `node` (hidden until then).
      Returns {changed(), setStrings(s)}. */
  function attach(node, strings) {
    var el = global.PlaybookPracticeDOM.el;
    var api = global.PlaybookPractice;
    var c = api.context();
    var s = strings;
    var syncer = null;
    node.hidden = true;

    function draw(status) {
      if (!syncer) return;
      var st = status || syncer.status();
      node.hidden = false;
      var parts = [el("h2", { text: s.t("practice.hub.title") }), el("p", { "class": "pr-muted", text: s.t("practice.hub.server", { address: st.base }) })];
      if (!st.signedIn) {
        var input = el("input", { type: "password", id: "pr-hub-token", autocomplete: "off", spellcheck: "false", "class": "pr-hub-token" });
        var submit = function (event) { if (event) event.preventDefault(); syncer.signIn(input.value); };
        parts.push(el("form", { "class": "pr-hub-form", onsubmit: submit }, [
          el("label", { "for": "pr-hub-token", text: s.t("practice.hub.tokenLabel") }), input,
          el("button", { type: "submit", "class": "pr-primary", id: "pr-hub-signin", text: s.t("practice.hub.signIn") }),
        ]));
        parts.push(el("p", { "class": "pr-muted", text: s.t("practice.hub.tokenHelp") }));
        if (st.pending) parts.push(el("p", { id: "pr-hub-pending", "data-pending": String(st.pending), text: s.t("practice.hub.pending", { n: st.pending }) }));
      } else {
        parts.push(el("p", { id: "pr-hub-synced", text: st.lastSyncedAt === null ? s.t("practice.hub.neverSynced")
          : s.t("practice.lastSynced", { date: s.date(st.lastSyncedAt) }) }));
        parts.push(el("p", { id: "pr-hub-pending", "data-pending": String(st.pending), "data-state": st.state,
          text: st.state === "syncing" ? s.t("practice.hub.syncing")
            : st.pending ? s.t("practice.hub.pending", { n: st.pending }) : s.t("practice.hub.allSynced") }));
        var problem = message(st);
        if (problem) parts.push(el("p", { id: "pr-hub-error", "class": "pr-error", role: "alert", text: problem }));
        if (st.refused) parts.push(el("p", { "class": "pr-muted", text: s.t("practice.hub.refused", { n: st.refused, error: st.lastRefusal }) }));
        parts.push(el("div", { "class": "pr-actions" }, [
          el("button", { type: "button", "class": "pr-secondary", id: "pr-hub-sync", onclick: function () { syncer.sync(); },
            text: s.t("practice.hub.syncNow") }),
          el("button", { type: "button", "class": "pr-link", id: "pr-hub-signout", onclick: function () { syncer.signOut(); },
            text: s.t("practice.hub.signOut") }),
        ]));
      }
      global.PlaybookPracticeDOM.fill(node, parts);
    }

    /* Why the last sync stopped, in words. */
    function message(st) {
      switch (st.state) {
        case "unauthorized": return s.t("practice.hub.unauthorized");
        case "forbidden": return s.t("practice.hub.forbidden");
        case "tooLarge": return s.t("practice.hub.tooLarge");
        case "unavailable": return s.t("practice.hub.unavailable");
        case "offline": return s.t("practice.hub.offline");
        case "failed": return s.t("practice.hub.failed", { error: st.message || "" });
        default: return null;
      }
    }

    var main = global.document.getElementById("practice");
    var root = (main && main.getAttribute("data-root")) || "../";
    var fetchFn = global.fetch ? global.fetch.bind(global) : null;
    global.PlaybookHubSync.detect(fetchFn, global.location, root, c.deck.settings && c.deck.settings.hub).then(function (base) {
      if (!base || !fetchFn) return;
      syncer = global.PlaybookHubSync.open(c.store, global.localStorage, base, {
        fetch: fetchFn, now: api.now, onChange: draw,
        setTimeout: global.setTimeout.bind(global), clearTimeout: global.clearTimeout.bind(global),
      });
      global.addEventListener("online", function () { syncer.sync(); });
      draw();
      syncer.sync();
    });

    return {
      /** An answer or exam was stored: send it. */
      changed: function () { if (syncer) syncer.sync(); },
      setStrings: function (next) { s = next; draw(); },
    };
  }

  global.PlaybookSyncPanel = { attach: attach };
})(typeof window !== "undefined" ? window : globalThis);

;
