import GRDB

/// What importing one progress file did.
public struct ProgressImportCounts: Sendable, Equatable {
    public var reviewsAdded = 0
    public var reviewsAlreadyThere = 0
    public var reviewsRefused = 0
    public var examsAdded = 0
    public var examsAlreadyThere = 0
    public var examsRefused = 0
    /// Lines refused, and unknown cards kept as orphans, with their line numbers.
    public var issues: [ProgressLineIssue] = []

    public init() {}
}

extension ReviewStore {
    /// Imports a progress file into this deck in one transaction: new reviews and exams are
    /// added by `id` (ones already stored are left alone), then every card that gained a
    /// review is replayed from its whole history in time order, so the result does not depend
    /// on which device's answers arrived first. A failure rolls everything back.
    ///
    /// - Parameters:
    ///   - current: the playbook's cards (ID → content hash); reviews of other cards are kept,
    ///     their cards stored as orphans, and noted in the counts' issues.
    ///   - scheduler: the playbook's scheduler, as the drill builds it.
    ///   - now: when a card is first marked orphaned.
    public func importProgress(_ file: ProgressFile, current: [String: String], scheduler: FSRSScheduler,
                               now: Int64) throws(DrillError) -> ProgressImportCounts {
        var counts = ProgressImportCounts()
        counts.issues = file.refused
        for issue in file.refused {
            if issue.lineType == "exam" { counts.examsRefused += 1 } else { counts.reviewsRefused += 1 }
        }
        try run {
            try database.write { db in
                var touched: Set<String> = []
                for (line, review) in file.reviews {
                    if try Self.exists(db, table: "review", deck: deck, uid: review.id) {
                        counts.reviewsAlreadyThere += 1
                        continue
                    }
                    try db.execute(sql: """
                        INSERT INTO review (deck, uid, card_id, content_hash, reviewed_at, rating, mode, score, answer,
                                            state_before, state_after, stability, difficulty, due, duration_ms)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, NULL, NULL, ?, NULL)
                        """, arguments: [deck, review.id, review.cardID, review.contentHash, review.reviewedAt,
                                         review.rating.rawValue, review.mode, review.score, review.answer, review.reviewedAt])
                    counts.reviewsAdded += 1
                    touched.insert(review.cardID)
                    if current[review.cardID] == nil {
                        counts.issues.append(ProgressLineIssue(file: file.name, line: line, problem: .unknownCard(review.cardID)))
                    }
                }
                for (_, exam) in file.exams {
                    if try Self.exists(db, table: "exam", deck: deck, uid: exam.id) {
                        counts.examsAlreadyThere += 1
                        continue
                    }
                    try insertExam(exam, in: db)
                    counts.examsAdded += 1
                }
                for card in touched.sorted() {
                    try replay(card: card, current: current[card], scheduler: scheduler, now: now, in: db)
                }
            }
        }
        counts.issues.sort { $0.line < $1.line }
        return counts
    }

    /// Recomputes one card's state, and the states logged with its reviews, from its whole
    /// review log in time order, with the drill's fuzz seeds.
    func replay(card: String, current: String?, scheduler: FSRSScheduler, now: Int64, in db: Database) throws {
        let rows = try Row.fetchAll(db, sql: """
            SELECT id, content_hash, reviewed_at, rating FROM review WHERE deck = ? AND card_id = ?
            ORDER BY reviewed_at, id
            """, arguments: [deck, card])
        guard let first = rows.first, let last = rows.last else { return }
        var state = SchedulingState.new(due: first["reviewed_at"])
        for row in rows {
            let at: Int64 = row["reviewed_at"]
            let rating = Rating(rawValue: row["rating"]) ?? .again
            let seed = scheduler.parameters.enableFuzzing ? IntervalFuzz.seed(cardID: card, reps: state.reps) : nil
            let after = scheduler.review(state, rating: rating, at: at, fuzzSeed: seed)
            try db.execute(sql: """
                UPDATE review SET state_before = ?, state_after = ?, stability = ?, difficulty = ?, due = ? WHERE id = ?
                """, arguments: [state.state.rawValue, after.state.rawValue, after.stability, after.difficulty, after.due,
                                 row["id"] as Int64])
            state = after
        }
        let hash: String = last["content_hash"]
        let changed = current.map { $0 != hash } ?? false
        let orphanedAt: Int64? = current == nil ? now : nil
        try db.execute(sql: """
            INSERT INTO card (deck, card_id, content_hash, state, step, stability, difficulty, due, last_review,
                              reps, lapses, changed, orphaned_at, first_seen)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (deck, card_id) DO UPDATE SET
                content_hash = excluded.content_hash, state = excluded.state, step = excluded.step,
                stability = excluded.stability, difficulty = excluded.difficulty, due = excluded.due,
                last_review = excluded.last_review, reps = excluded.reps, lapses = excluded.lapses,
                changed = excluded.changed, orphaned_at = CASE WHEN excluded.orphaned_at IS NULL THEN NULL
                                   ELSE coalesce(card.orphaned_at, excluded.orphaned_at) END,
                first_seen = min(card.first_seen, excluded.first_seen)
            """, arguments: [deck, card, hash, state.state.rawValue, state.step, state.stability, state.difficulty,
                             state.due, state.lastReview, state.reps, state.lapses, changed, orphanedAt,
                             first["reviewed_at"] as Int64])
    }

    private static func exists(_ db: Database, table: String, deck: String, uid: String) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table) WHERE deck = ? AND uid = ?)",
                          arguments: [deck, uid]) ?? false
    }
}
