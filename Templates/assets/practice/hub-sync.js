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
