#!/usr/bin/env python3
"""Fills a progress database with generated history, for drill benchmarks.

    scripts/generate-reviews.py DB DECK CARD_IDS_FILE REVIEWS [NOW]

The database must exist and be migrated (run `playbook drill --db DB --new 0` once). Every card
in CARD_IDS_FILE (one ID per line) gets a card row; REVIEWS review rows are spread over them
across the 365 days before NOW (unix seconds, default 2026-11-23). Deterministic.
"""
import random
import sqlite3
import sys


def main():
    db, deck, ids_file, reviews = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    now = int(sys.argv[5]) if len(sys.argv) > 5 else 1795392000
    ids = [line.strip() for line in open(ids_file, encoding="utf-8") if line.strip()]
    rng = random.Random(7)
    con = sqlite3.connect(db)
    with con:
        for cid in ids:
            stability = rng.uniform(0.5, 200)
            due = now + rng.randint(-20, 60) * 86400
            con.execute("INSERT OR REPLACE INTO card VALUES (?,?,?,?,?,?,?,?,?,?,?,0,NULL,?)",
                        (deck, cid, "0" * 16, 2, None, stability, rng.uniform(1, 10), due, due - 86400 * 5,
                         rng.randint(1, 30), rng.randint(0, 5), now - 365 * 86400))
        rows = []
        for i in range(reviews):
            cid = ids[i % len(ids)]
            at = now - rng.randint(0, 365 * 86400)
            rows.append((deck, cid, "0" * 16, at, rng.choice([1, 2, 3, 3, 3, 4]), "flashcard", None, 2, 2,
                         rng.uniform(0.5, 200), rng.uniform(1, 10), at + 86400 * 5, 4000))
        con.executemany("INSERT INTO review (deck, card_id, content_hash, reviewed_at, rating, mode, score, state_before,"
                        " state_after, stability, difficulty, due, duration_ms) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    con.close()


if __name__ == "__main__":
    main()
