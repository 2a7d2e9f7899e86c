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
