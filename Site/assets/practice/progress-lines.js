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
