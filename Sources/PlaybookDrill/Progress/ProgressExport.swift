import GRDB

extension ReviewStore {
    /// Every answer logged for this deck, in time order.
    public func allReviews() throws(DrillError) -> [ReviewRecord] {
        try run {
            try database.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT uid, card_id, content_hash, reviewed_at, rating, mode, score, answer, state_before, state_after,
                           stability, difficulty, due, duration_ms
                    FROM review WHERE deck = ? ORDER BY reviewed_at, id
                    """, arguments: [deck]).map { row in
                    // The log keeps only part of each state; enough for a progress file, which carries none.
                    let before = SchedulingState.new(due: row["reviewed_at"])
                    var after = before
                    after.state = CardState(rawValue: row["state_after"]) ?? .new
                    after.stability = row["stability"]
                    after.difficulty = row["difficulty"]
                    after.due = row["due"]
                    return ReviewRecord(
                        id: row["uid"], cardID: row["card_id"], contentHash: row["content_hash"], reviewedAt: row["reviewed_at"],
                        rating: Rating(rawValue: row["rating"]) ?? .again, mode: row["mode"], score: row["score"],
                        before: before, after: after, durationMilliseconds: row["duration_ms"], answer: row["answer"])
                }
            }
        }
    }

    /// This deck's progress as a progress file's text (see `docs/format.md`).
    public func exportProgress(learner: String? = nil, now: Int64) throws(DrillError) -> String {
        ProgressFile.text(header: ProgressHeader(playbook: deck, learner: learner, exportedAt: now),
                          reviews: try allReviews(), exams: try allExams())
    }
}
