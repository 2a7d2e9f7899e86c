import GRDB

/// Undoing an answer and suspending cards: the drill's two controls besides rating.
extension ReviewStore {
    /// Takes back one answer: deletes its log entry and puts the card back as it was before.
    /// `before` is nil when the card had no progress yet (it becomes new again).
    public func undo(reviewID: Int64, cardID: String, restoring before: StoredCard?) throws(DrillError) {
        try run {
            try database.write { db in
                try db.execute(sql: "DELETE FROM review WHERE id = ? AND deck = ?", arguments: [reviewID, deck])
                guard let before else {
                    try db.execute(sql: "DELETE FROM card WHERE deck = ? AND card_id = ?", arguments: [deck, cardID])
                    return
                }
                let s = before.scheduling
                try db.execute(sql: """
                    UPDATE card SET content_hash = ?, state = ?, step = ?, stability = ?, difficulty = ?, due = ?,
                        last_review = ?, reps = ?, lapses = ?, changed = ?, orphaned_at = ?
                    WHERE deck = ? AND card_id = ?
                    """, arguments: [before.contentHash, s.state.rawValue, s.step, s.stability, s.difficulty, s.due,
                                     s.lastReview, s.reps, s.lapses, before.changed, before.orphanedAt, deck, cardID])
            }
        }
    }

    /// Suspends a card: sessions skip it until it is unsuspended. Its progress is kept.
    public func suspend(_ cardID: String, at now: Int64) throws(DrillError) {
        try run {
            try database.write { db in
                try db.execute(sql: "INSERT OR IGNORE INTO suspended (deck, card_id, suspended_at) VALUES (?, ?, ?)",
                               arguments: [deck, cardID, now])
            }
        }
    }

    /// Unsuspends the given cards; returns those that were suspended.
    @discardableResult
    public func unsuspend(_ cardIDs: [String]) throws(DrillError) -> [String] {
        try run {
            try database.write { db in
                var released: [String] = []
                for id in cardIDs {
                    try db.execute(sql: "DELETE FROM suspended WHERE deck = ? AND card_id = ?", arguments: [deck, id])
                    if db.changesCount > 0 { released.append(id) }
                }
                return released
            }
        }
    }

    /// The IDs of the suspended cards of this deck.
    public func suspendedCards() throws(DrillError) -> Set<String> {
        try run {
            try database.read { db in
                Set(try String.fetchAll(db, sql: "SELECT card_id FROM suspended WHERE deck = ?", arguments: [deck]))
            }
        }
    }

    /// How many times each card was rated Again (every failure counts, in learning too).
    public func failureCounts() throws(DrillError) -> [String: Int] {
        try run {
            try database.read { db in
                var counts: [String: Int] = [:]
                for row in try Row.fetchAll(db, sql: """
                    SELECT card_id, COUNT(*) AS failures FROM review WHERE deck = ? AND rating = 1 GROUP BY card_id
                    """, arguments: [deck]) {
                    counts[row["card_id"]] = row["failures"]
                }
                return counts
            }
        }
    }
}
