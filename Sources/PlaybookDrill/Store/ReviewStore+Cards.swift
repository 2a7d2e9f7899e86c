import GRDB

extension ReviewStore {
    /// Every card with progress in this deck, by ID.
    public func storedCards() throws(DrillError) -> [String: StoredCard] {
        try run {
            try database.read { db in
                let rows = try Row.fetchCursor(db, sql: "SELECT \(ReviewStore.storedCardColumns) FROM card WHERE deck = ?", arguments: [deck])
                var cards: [String: StoredCard] = [:]
                cards.reserveCapacity(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM card WHERE deck = ?", arguments: [deck]) ?? 0)
                while let row = try rows.next() {
                    let card = ReviewStore.storedCard(row)
                    cards[card.cardID] = card
                }
                return cards
            }
        }
    }

    /// The columns ``storedCard(_:)`` reads, in its order (it reads them by position, not by
    /// name, which is slow for many rows).
    static let storedCardColumns =
        "card_id, content_hash, state, step, stability, difficulty, due, last_review, reps, lapses, changed, orphaned_at"

    static func storedCard(_ row: Row) -> StoredCard {
        // Typed, non-optional reads take GRDB's fast path; optionals are checked for NULL first.
        func optional<Value: DatabaseValueConvertible & StatementColumnConvertible>(_ index: Int) -> Value? {
            row.hasNull(atIndex: index) ? nil : (row[index] as Value)
        }
        let scheduling = SchedulingState(
            state: CardState(rawValue: row[2] as Int) ?? .new, step: optional(3), stability: optional(4),
            difficulty: optional(5), due: row[6] as Int64, lastReview: optional(7), reps: row[8] as Int,
            lapses: row[9] as Int)
        return StoredCard(cardID: row[0] as String, contentHash: row[1] as String, scheduling: scheduling,
                          changed: row[10] as Bool, orphanedAt: optional(11))
    }

    /// Compares stored progress with the playbook's cards (ID → content hash): marks changed
    /// cards, keeps cards whose content disappeared as orphans, and restores returning ones.
    @discardableResult
    public func sync(current: [String: String], now: Int64) throws(DrillError) -> SyncReport {
        try sync(current: current, stored: storedCards(), now: now).report
    }

    /// ``sync(current:now:)`` over cards already read with ``storedCards()`` (so the read can
    /// overlap other work at session start); returns them as they are afterwards.
    public func sync(current: [String: String], stored: [String: StoredCard], now: Int64) throws(DrillError)
        -> (report: SyncReport, stored: [String: StoredCard]) {
        var report = SyncReport()
        var stored = stored
        var updates: [(sql: String, arguments: StatementArguments)] = []
        for (id, var card) in stored {
            defer { stored[id] = card }
            guard let hash = current[id] else {
                report.orphaned.append(id)
                if card.orphanedAt == nil {
                    card.orphanedAt = now
                    updates.append(("UPDATE card SET orphaned_at = ? WHERE deck = ? AND card_id = ?", [now, deck, id]))
                }
                continue
            }
            if card.orphanedAt != nil {
                report.restored.append(id)
                card.orphanedAt = nil
                updates.append(("UPDATE card SET orphaned_at = NULL WHERE deck = ? AND card_id = ?", [deck, id]))
            }
            if card.contentHash != hash {
                report.changed.append(id)
                if !card.changed {
                    card.changed = true
                    updates.append(("UPDATE card SET changed = 1 WHERE deck = ? AND card_id = ?", [deck, id]))
                }
            } else if card.changed {
                card.changed = false
                updates.append(("UPDATE card SET changed = 0 WHERE deck = ? AND card_id = ?", [deck, id]))
            }
        }
        if !updates.isEmpty {
            try run {
                try database.write { db in
                    for update in updates { try db.execute(sql: update.sql, arguments: update.arguments) }
                }
            }
        }
        report.changed.sort()
        report.orphaned.sort()
        report.restored.sort()
        return (report, stored)
    }

    /// Stores one answer: the card's new state and a log entry, in one transaction.
    /// Returns the log entry's row ID (what ``undo(reviewID:restoring:)`` takes).
    @discardableResult
    public func record(_ review: ReviewRecord) throws(DrillError) -> Int64 {
        try run {
            try database.write { db in
                let after = review.after
                try db.execute(sql: """
                    INSERT INTO card (deck, card_id, content_hash, state, step, stability, difficulty, due, last_review,
                                      reps, lapses, changed, orphaned_at, first_seen)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, ?)
                    ON CONFLICT (deck, card_id) DO UPDATE SET
                        content_hash = excluded.content_hash, state = excluded.state, step = excluded.step,
                        stability = excluded.stability, difficulty = excluded.difficulty, due = excluded.due,
                        last_review = excluded.last_review, reps = excluded.reps, lapses = excluded.lapses,
                        changed = 0, orphaned_at = NULL
                    """, arguments: [deck, review.cardID, review.contentHash, after.state.rawValue, after.step, after.stability,
                                     after.difficulty, after.due, after.lastReview, after.reps, after.lapses, review.reviewedAt])
                try db.execute(sql: """
                    INSERT INTO review (deck, card_id, content_hash, reviewed_at, rating, mode, score, state_before, state_after,
                                        stability, difficulty, due, duration_ms, uid, answer)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [deck, review.cardID, review.contentHash, review.reviewedAt, review.rating.rawValue,
                                     review.mode, review.score, review.before.state.rawValue, after.state.rawValue,
                                     after.stability, after.difficulty, after.due, review.durationMilliseconds, review.id,
                                     review.answer])
                return db.lastInsertedRowID
            }
        }
    }

    /// Starts the given cards over as new; their review log is kept.
    public func relearn(_ ids: [String]) throws(DrillError) {
        try run {
            try database.write { db in
                for id in ids {
                    try db.execute(sql: "DELETE FROM card WHERE deck = ? AND card_id = ?", arguments: [deck, id])
                }
            }
        }
    }

    /// Reviews of this deck at or after `since`: card, time, rating and the state before.
    public func reviews(since: Int64) throws(DrillError) -> [(cardID: String, at: Int64, rating: Rating, stateBefore: CardState)] {
        try run {
            try database.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT card_id, reviewed_at, rating, state_before FROM review WHERE deck = ? AND reviewed_at >= ?
                    ORDER BY reviewed_at
                    """, arguments: [deck, since]).map { row in
                    (row["card_id"], row["reviewed_at"], Rating(rawValue: row["rating"]) ?? .again,
                     CardState(rawValue: row["state_before"]) ?? .new)
                }
            }
        }
    }

    /// How many answers the log holds for this deck.
    public func reviewCount() throws(DrillError) -> Int {
        try run { try database.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM review WHERE deck = ?", arguments: [deck]) ?? 0 } }
    }

    /// Runs `PRAGMA integrity_check`; "ok" when the file is sound.
    public func integrityCheck() throws(DrillError) -> String {
        try run { try database.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") ?? "" } }
    }
}
