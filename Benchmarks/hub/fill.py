#!/usr/bin/env python3
"""Fills a hub store straight through SQL (not the API), for the read-path benchmark.

usage: fill.py sqlite DATA_DIR   CARDS_JSON LEARNERS REVIEWS_PER_LEARNER
       fill.py postgres DATABASE_URL CARDS_JSON LEARNERS REVIEWS_PER_LEARNER

The store must exist with its schema (run.sh makes it with `hub user add trainer` first).
Through the API, 1,000,000 reviews take about 15 minutes here (each batch is replayed and
committed); this writes the same tables in well under a minute, so the read path can be measured
at full size. It writes what ingest would have written, in the same shape:

- LEARNERS learners `learner0000`… in teams `team0`…`team9` (as run.sh's `hub user add`);
- each learner practises 100–300 of the deck's cards (at most the deck), over the last 60 days
  before now; REVIEWS_PER_LEARNER on average (±50 %), every chosen card at least once;
- each card's reviews in time order with `state_before` replayed by a simple FSRS-like walk
  (new → learning → review, Again in review → relearning), 20 % typed with a score and answer;
- one `hub_card` row per (learner, card) consistent with those reviews: final state, reps,
  lapses (Again in review), failures (every Again), last_review = the last review, due =
  last_review + stability days;
- a third of the learners passed an exam 10–200 days ago, a tenth failed one.

CARDS_JSON is `playbook export json` (its `cards[].id`). Seeded (random.Random(16)): the same
arguments give the same rows, except that times end at the current clock.
"""
import json
import os
import random
import subprocess
import sys
import tempfile
import time

DAY = 86400


def learners_rows(count, now):
    return [(f"learner{n:04d}", "learner", f"team{n % 10}", now - 61 * DAY) for n in range(count)]


def generate(ids, cards, per_learner, now, rng):
    """Yields ('review', row), ('card', row) and ('exam', row) for every learner id."""
    start = now - 60 * DAY
    for user_id in ids:
        chosen = rng.sample(cards, min(len(cards), rng.randint(100, 300)))
        total = max(len(chosen), rng.randint(per_learner // 2, per_learner * 3 // 2))
        # Every card once, the rest spread with a per-card weight (some cards are drilled more).
        weights = [rng.random() ** 2 + 0.05 for _ in chosen]
        counts = [1] * len(chosen)
        for index in rng.choices(range(len(chosen)), weights=weights, k=total - len(chosen)):
            counts[index] += 1
        serial = 0
        for card, count in zip(chosen, counts):
            first = rng.randint(start, now - 3600)
            times = sorted([first] + [rng.randint(first, now) for _ in range(count - 1)])
            state, stability, reps, lapses, failures = 0, 0.0, 0, 0, 0
            difficulty = rng.uniform(3, 8)
            hard_card = rng.random() < 0.1
            for reviewed_at in times:
                rating = rng.choices([1, 2, 3, 4], weights=[0.35 if hard_card else 0.1, 0.15, 0.6, 0.15])[0]
                typed = rng.random() < 0.2
                serial += 1
                yield "review", (user_id, f"fill-{user_id}-{serial}", card, "f111a", rating, reviewed_at,
                                 "type" if typed else "flashcard", (rng.randint(0, 100) if typed else None),
                                 (f"answer {serial}" if typed else None), state, reviewed_at)
                reps += 1
                if rating == 1:
                    failures += 1
                    if state == 2:
                        lapses += 1
                        state = 3
                    elif state == 0:
                        state = 1
                    stability = max(0.1, stability * 0.3) if stability else 0.4
                else:
                    state = 2 if (state in (1, 3) and rating >= 3) or (state == 0 and rating == 4) else (1 if state == 0 else state)
                    stability = min(365.0, (stability or 1.0) * {2: 1.2, 3: 2.5, 4: 3.5}[rating])
            last = times[-1]
            step = 0 if state in (1, 3) else None
            due = last + max(600, int(min(stability, 365) * DAY)) if state == 2 else last + 600
            yield "card", (user_id, card, "f111a", state, step, round(stability, 4), round(difficulty, 4), due, last,
                           reps, lapses, failures)
        exam = rng.random()
        if exam < 0.1 + 1 / 3:
            finished = now - rng.randint(10, 200) * DAY
            passed = 1 if exam >= 0.1 else 0
            yield "exam", (user_id, f"fill-exam-{user_id}", finished - 1200, finished, 80.0,
                           float(rng.randint(80, 100) if passed else rng.randint(40, 79)), passed, finished)


REVIEW_COLUMNS = "user_id, uid, card, content_hash, rating, reviewed_at, mode, score, answer, state_before, received_at"
CARD_COLUMNS = "user_id, card, content_hash, state, step, stability, difficulty, due, last_review, reps, lapses, failures"
EXAM_COLUMNS = "user_id, uid, started_at, finished_at, pass, score, passed, received_at"
TABLES = {"review": ("hub_review", REVIEW_COLUMNS), "card": ("hub_card", CARD_COLUMNS), "exam": ("hub_exam", EXAM_COLUMNS)}


def fill_sqlite(folder, cards, learners, per_learner, now, rng):
    import sqlite3
    db = sqlite3.connect(os.path.join(folder, "hub.sqlite"), isolation_level=None)
    db.execute("BEGIN")
    db.executemany("INSERT INTO hub_user(name, role, team, created_at) VALUES (?, ?, ?, ?)", learners_rows(learners, now))
    ids = [row[0] for row in db.execute("SELECT id FROM hub_user WHERE role = 'learner' ORDER BY name")]
    batch = {kind: [] for kind in TABLES}

    def flush(kind):
        table, columns = TABLES[kind]
        marks = ", ".join("?" * len(columns.split(", ")))
        db.executemany(f"INSERT INTO {table}({columns}) VALUES ({marks})", batch[kind])
        batch[kind].clear()

    for kind, row in generate(ids, cards, per_learner, now, rng):
        batch[kind].append(row)
        if len(batch[kind]) >= 50000:
            flush(kind)
    for kind in TABLES:
        flush(kind)
    db.execute("COMMIT")
    return db.execute("SELECT (SELECT COUNT(*) FROM hub_review), (SELECT COUNT(*) FROM hub_card)").fetchone()


def copy_text(value):
    if value is None:
        return r"\N"
    return str(value).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def psql(url, *args, stdin=None):
    return subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-tA", url, *args], input=stdin,
                          check=True, capture_output=True, text=True).stdout


def fill_postgres(url, cards, learners, per_learner, now, rng):
    users = "".join("\t".join(map(copy_text, row)) + "\n" for row in learners_rows(learners, now))
    psql(url, "-c", r"\copy hub_user(name, role, team, created_at) FROM STDIN", stdin=users)
    ids = [int(line) for line in psql(url, "-c", "SELECT id FROM hub_user WHERE role = 'learner' ORDER BY name").split()]
    with tempfile.TemporaryDirectory() as folder:
        files = {kind: open(os.path.join(folder, kind + ".tsv"), "w") for kind in TABLES}
        for kind, row in generate(ids, cards, per_learner, now, rng):
            files[kind].write("\t".join(map(copy_text, row)) + "\n")
        for handle in files.values():
            handle.close()
        script = "".join(f"\\copy {TABLES[kind][0]}({TABLES[kind][1]}) FROM '{files[kind].name}'\n" for kind in TABLES)
        # One transaction, as the SQLite fill; then ANALYZE, which autovacuum would do by itself
        # shortly after such a load (a hub filled through the API gets it the same way).
        psql(url, "-1", "-f", "-", stdin=script)
        psql(url, "-c", "ANALYZE")
    return tuple(int(x) for x in psql(url, "-c", "SELECT (SELECT COUNT(*) FROM hub_review) || ' ' || (SELECT COUNT(*) FROM hub_card)").split())


def main():
    engine, store, cards_json, learners, per_learner = sys.argv[1:6]
    cards = [card["id"] for card in json.load(open(cards_json))["cards"]]
    rng = random.Random(16)
    now = int(time.time())
    started = time.monotonic()
    fill = fill_sqlite if engine == "sqlite" else fill_postgres
    reviews, card_rows = fill(store, cards, int(learners), int(per_learner), now, rng)
    print(json.dumps({"reviews": reviews, "cards": card_rows, "seconds": round(time.monotonic() - started, 1)}))


if __name__ == "__main__":
    main()
