#!/usr/bin/env node
/* Behaviours of the practice page's hub sync queue (Templates/assets/practice/hub-sync.js) against a
   simulated hub that stores events by id as `playbook hub serve` does: pending events, acknowledgement
   only after a 200, retry with backoff when the hub is down or answers 503, 401/403 stop until the
   learner acts, 413 splits the batch, refused lines leave the queue, nothing is lost across reloads.
     node scripts/site-check/hub_sync_test.js
   Exits 1 when a check fails. */
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const test = require("node:test");
const assert = require("node:assert/strict");

const ASSETS = path.join(__dirname, "..", "..", "Templates", "assets", "practice");
const BASE = "https://hub.example.com/";

function memoryStorage() {
  const items = new Map();
  return { getItem: (k) => (items.has(k) ? items.get(k) : null), setItem: (k, v) => items.set(k, String(v)),
    removeItem: (k) => items.delete(k) };
}

/* The scripts in a fresh context (a page load) over `storage`. */
function page(storage) {
  const window = { crypto: require("crypto").webcrypto, localStorage: storage, URL };
  window.window = window;
  const context = vm.createContext(window);
  ["progress-lines.js", "progress-store.js", "hub-sync.js"].forEach((f) =>
    vm.runInContext(fs.readFileSync(path.join(ASSETS, f), "utf8"), context, { filename: f }));
  return window;
}

/* A hub: events kept by id per token; `mode` is "up", "down" (connection refused), "503", or a status to answer. */
function simulatedHub(options) {
  const opts = options || {};
  const hub = { mode: "up", token: "lin.secret", stored: new Map(), requests: [], maxEvents: opts.maxEvents || Infinity,
    refuse: opts.refuse || (() => null) };
  hub.fetch = (url, init) => {
    hub.requests.push({ url, init });
    if (hub.mode === "down") return Promise.reject(new TypeError("Failed to fetch"));
    const answer = (status, body) => Promise.resolve({ status, ok: status === 200, text: () => Promise.resolve(JSON.stringify(body)) });
    if (hub.mode !== "up") return answer(+hub.mode, { error: "status " + hub.mode });
    if (init.headers.Authorization !== "Bearer " + hub.token) return answer(401, { error: "the access token is unknown or revoked" });
    if (url === BASE + "api/v1/me" && !init.method) return answer(200, { name: "lin", reviews: hub.stored.size });
    if (url !== BASE + "api/v1/progress" || init.method !== "POST") return answer(404, { error: "not found" });
    const lines = init.body.split("\n").filter(Boolean);
    assert.match(lines[0], /"type":"header"/);
    if (lines.length - 1 > hub.maxEvents) return answer(413, { error: "too large" });
    let added = 0, duplicates = 0;
    const refused = [];
    lines.slice(1).forEach((text, i) => {
      const event = JSON.parse(text);
      const why = hub.refuse(event);
      if (why) return refused.push({ line: i + 2, error: why });
      if (hub.stored.has(event.id)) duplicates++; else { hub.stored.set(event.id, event); added++; }
    });
    if (added + duplicates === 0 && refused.length) return answer(400, { added, duplicates, refused });
    return answer(200, { added, duplicates, refused });
  };
  return hub;
}

/* Timers that run only when the test says so. */
function manualTimers() {
  const timers = { pending: new Map(), next: 1, delays: [] };
  timers.setTimeout = (fn, ms) => { const id = timers.next++; timers.pending.set(id, fn); timers.delays.push(ms); return id; };
  timers.clearTimeout = (id) => { timers.pending.delete(id); };
  timers.fire = () => { const fns = Array.from(timers.pending.values()); timers.pending.clear(); return Promise.all(fns.map((f) => f())); };
  return timers;
}

function setUp(storage, hub, timers, clock) {
  const window = page(storage);
  const store = window.PlaybookProgressStore.open("测试手册", storage);
  const statuses = [];
  const syncer = window.PlaybookHubSync.open(store, storage, BASE, { fetch: hub.fetch, now: () => clock.now,
    setTimeout: timers.setTimeout, clearTimeout: timers.clearTimeout, onChange: (s) => statuses.push(s) });
  return { window, store, syncer, statuses };
}

let n = 0;
function answer(store, clock) {
  n++;
  clock.now += 60;
  return store.addReview({ card: "objection/price/fee", contentHash: "ab12", rating: 3, mode: "flashcard", score: null,
    answer: null, reviewedAt: new Date(clock.now * 1000).toISOString().replace(/\.\d{3}Z$/, "Z") });
}

test("answers are pending until the hub says 200; a second sync sends nothing", async () => {
  const storage = memoryStorage(), hub = simulatedHub(), timers = manualTimers(), clock = { now: 1_790_000_000 };
  const { store, syncer } = setUp(storage, hub, timers, clock);
  for (let i = 0; i < 3; i++) answer(store, clock);
  assert.equal(syncer.status().pending, 3);
  assert.equal((await syncer.sync()).state, "signedOut", "nothing is sent without a token");
  assert.equal(hub.requests.length, 0);
  const after = await syncer.signIn("  lin.secret \n");
  assert.equal(after.state, "ok");
  assert.equal(after.pending, 0);
  assert.equal(after.lastSyncedAt, clock.now);
  assert.equal(hub.stored.size, 3);
  const request = hub.requests.find((r) => r.init.method === "POST");
  assert.equal(request.init.headers.Authorization, "Bearer lin.secret");
  assert.equal(request.init.body.split("\n").filter(Boolean).length, 4, "a header and three reviews");
  const posts = () => hub.requests.filter((r) => r.init.method === "POST");
  await syncer.sync();
  assert.equal(posts().length, 1, "nothing pending, nothing sent");
  answer(store, clock);
  await syncer.sync();
  assert.equal(posts()[1].init.body.split("\n").filter(Boolean).length, 2, "only the new answer is sent");
  assert.equal(hub.stored.size, 4);
});

test("a hub that is down keeps the answers pending across a reload and retries with growing delays", async () => {
  const storage = memoryStorage(), hub = simulatedHub(), timers = manualTimers(), clock = { now: 1_790_000_000 };
  let first = setUp(storage, hub, timers, clock);
  await first.syncer.signIn("lin.secret");
  answer(first.store, clock); answer(first.store, clock); answer(first.store, clock);
  await first.syncer.sync();
  assert.equal(hub.stored.size, 3);

  hub.mode = "down";
  answer(first.store, clock); answer(first.store, clock);
  let status = await first.syncer.sync();
  assert.equal(status.state, "offline");
  assert.equal(status.pending, 2);
  assert.equal(status.retryAt, clock.now + 2);
  await timers.fire();
  assert.equal(first.syncer.status().state, "offline");
  hub.mode = "503";
  await timers.fire();
  assert.equal(first.syncer.status().state, "unavailable");
  assert.deepEqual(timers.delays, [2000, 4000, 8000], "2 s, then doubled");

  // A reload: a new page over the same storage still has the two answers pending and the token.
  const again = setUp(storage, hub, manualTimers(), clock);
  assert.equal(again.syncer.status().pending, 2);
  assert.equal(again.syncer.status().signedIn, true);
  hub.mode = "up";
  status = await again.syncer.sync();
  assert.equal(status.state, "ok");
  assert.equal(status.pending, 0);
  assert.equal(hub.stored.size, 5, "five answers, none twice");
});

test("a wrong or revoked token (401) and a disabled account (403) stop syncing until the learner acts", async () => {
  const storage = memoryStorage(), hub = simulatedHub(), timers = manualTimers(), clock = { now: 1_790_000_000 };
  const { store, syncer } = setUp(storage, hub, timers, clock);
  let status = await syncer.signIn("lin.wrong");
  assert.equal(status.state, "unauthorized", "a wrong token is said at sign-in, with nothing to send");
  answer(store, clock);
  status = await syncer.sync();
  assert.equal(status.state, "unauthorized");
  assert.equal(status.pending, 1);
  assert.equal(timers.pending.size, 0, "no retry with a token the hub refuses");
  status = await syncer.signIn("lin.secret");
  assert.equal(status.state, "ok");
  assert.equal(hub.stored.size, 1);

  hub.mode = "403";
  answer(store, clock);
  status = await syncer.sync();
  assert.equal(status.state, "forbidden");
  assert.equal(status.pending, 1);
  assert.equal(timers.pending.size, 0);

  syncer.signOut();
  assert.equal(syncer.status().signedIn, false);
  assert.equal(syncer.status().pending, 2, "after signing out, every answer is pending for whoever signs in next");
  assert.equal(storage.getItem("playbook-practice:hub:测试手册@" + BASE), null, "the token is forgotten");
});

test("413 halves the batch; refused lines leave the queue and are counted; exams are sent too", async () => {
  const storage = memoryStorage(), timers = manualTimers(), clock = { now: 1_790_000_000 };
  const hub = simulatedHub({ maxEvents: 2, refuse: (e) => (e.card === "gone" ? "unknown card gone" : null) });
  const { store, syncer } = setUp(storage, hub, timers, clock);
  for (let i = 0; i < 5; i++) answer(store, clock);
  const bad = store.addReview({ card: "gone", contentHash: "x", rating: 1, mode: "flashcard", score: null, answer: null,
    reviewedAt: "2026-09-01T00:00:00Z" });
  store.addExam({ startedAt: "2026-09-01T00:00:00Z", finishedAt: "2026-09-01T00:05:00Z", pass: 80, score: 90, passed: true,
    cards: [{ card: "objection/price/fee", score: 90 }] });
  const status = await syncer.signIn("lin.secret");
  assert.equal(status.state, "ok");
  assert.equal(status.pending, 0);
  assert.equal(status.refused, 1);
  assert.equal(status.lastRefusal, "unknown card gone");
  assert.equal(hub.stored.size, 6, "five reviews and the exam");
  assert.ok(!hub.stored.has(bad.id));
  const events = hub.requests.filter((r) => r.init.method === "POST").map((r) => r.init.body.split("\n").filter(Boolean).length - 1);
  assert.deepEqual(events.slice(0, 3), [7, 3, 1], "7 refused as too large, then 3, then batches of 1");
});

test("the hub is the page's own server when healthz says ok, else hub: from playbook.md, never from file://", async () => {
  const window = page(memoryStorage());
  const detect = window.PlaybookHubSync.detect;
  const healthy = (url) => Promise.resolve({ ok: url === "http://127.0.0.1:8080/healthz",
    json: () => Promise.resolve({ status: "ok" }) });
  const at = (href) => { const u = new URL(href); return { protocol: u.protocol, href: u.href }; };
  assert.equal(await detect(healthy, at("http://127.0.0.1:8080/practice/index.html"), "../", null), "http://127.0.0.1:8080/");
  assert.equal(await detect(healthy, at("http://127.0.0.1:9000/practice/index.html"), "../", "https://hub.example.com"),
    "https://hub.example.com/");
  assert.equal(await detect(() => Promise.reject(new TypeError("offline")), at("http://127.0.0.1:9000/practice/"), "../", null), null);
  let asked = false;
  assert.equal(await detect(() => { asked = true; return healthy(""); }, at("file:///site/practice/index.html"), "../", null), null);
  assert.equal(asked, false, "a file:// page asks nothing");
  assert.equal(await detect(healthy, at("file:///site/practice/index.html"), "../", "https://hub.example.com/x"), "https://hub.example.com/x/");
});
