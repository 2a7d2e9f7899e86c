import GRDB

/// The exam history: one `exam` row per attempt and its per-card scores in `exam_card`.
/// The drill, `stats` and progress files all go through these.
extension ReviewStore {
    /// Stores an exam attempt and its cards in one transaction (exams do not change the schedule).
    public func recordExam(_ exam: ExamRecord) throws(DrillError) {
        try run { try database.write { db in try insertExam(exam, in: db) } }
    }

    /// This deck's exams, newest first (at most `limit`).
    public func exams(limit: Int = 100) throws(DrillError) -> [ExamRecord] {
        try run {
            try database.read { db in
                try fetchExams(in: db, sql: """
                    SELECT id, uid, started_at, finished_at, pass, score, passed FROM exam WHERE deck = ?
                    ORDER BY started_at DESC, id DESC LIMIT ?
                    """, arguments: [deck, limit])
            }
        }
    }

    /// Every exam stored for this deck, oldest first (what a progress file carries).
    public func allExams() throws(DrillError) -> [ExamRecord] {
        try run {
            try database.read { db in
                try fetchExams(in: db, sql: """
                    SELECT id, uid, started_at, finished_at, pass, score, passed FROM exam WHERE deck = ?
                    ORDER BY started_at, id
                    """, arguments: [deck])
            }
        }
    }

    /// Inserts an exam and its cards inside the caller's transaction.
    func insertExam(_ exam: ExamRecord, in db: Database) throws {
        // `taken_at` and `cards` are the first schema's columns, kept filled for older readers.
        try db.execute(sql: """
            INSERT INTO exam (deck, taken_at, cards, score, pass, passed, uid, started_at, finished_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [deck, exam.startedAt, exam.cards.count, exam.score, exam.pass, exam.passed, exam.id,
                             exam.startedAt, exam.finishedAt])
        let examID = db.lastInsertedRowID
        for (position, card) in exam.cards.enumerated() {
            try db.execute(sql: "INSERT INTO exam_card (exam_id, position, card_id, score) VALUES (?, ?, ?, ?)",
                           arguments: [examID, position, card.card, card.score])
        }
    }

    private func fetchExams(in db: Database, sql: String, arguments: StatementArguments) throws -> [ExamRecord] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            let examID: Int64 = row["id"]
            let cards = try Row.fetchAll(db, sql: "SELECT card_id, score FROM exam_card WHERE exam_id = ? ORDER BY position",
                                         arguments: [examID])
                .map { ExamRecord.CardScore(card: $0["card_id"], score: $0["score"]) }
            return ExamRecord(id: row["uid"], startedAt: row["started_at"], finishedAt: row["finished_at"],
                              pass: row["pass"], score: row["score"], passed: row["passed"], cards: cards)
        }
    }
}
