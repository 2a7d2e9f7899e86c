import Foundation
import PlaybookCore
import PlaybookDrill
import SQLKit

extension HubStore {
    /// Stores a learner's progress JSONL (the format of `docs/format.md` §12) in one transaction.
    ///
    /// Events are idempotent by (learner, event `id`): ones already stored count as duplicates.
    /// Lines the progress reader refuses are reported with their numbers and the rest is stored.
    /// Every card that gained a review is replayed from its whole history, so the learner's card
    /// states do not depend on the order files arrive in. When any statement fails, nothing of
    /// the call is stored.
    ///
    /// - Throws: `.progress` when the text as a whole cannot be read (not UTF-8, no header on
    ///   line 1), `.unknownUser` for an unknown learner; nothing is stored then.
    /// `name` is the file's name in the refused lines' messages (`name:LINE: reason`).
    public func ingest(_ progress: Data, learner: String, now: Int64, name: String = "progress") async throws(HubStoreError) -> IngestResult {
        let file: ProgressFile
        do {
            file = try ProgressFile.read(progress, name: name, now: now)
        } catch {
            throw .progress(error)
        }
        let refused = file.refused.map(Self.refusedLine)
        let scheduler = scheduler
        let outcome: IngestResult? = try await transaction { sql in
            guard let user = try await Self.lockedUser(named: learner, in: sql) else { return nil }
            var result = IngestResult(refused: refused)
            var touched: Set<String> = []
            for entry in file.entries {
                let stored: Bool
                switch entry.content {
                case .review(let review):
                    stored = try await Self.insert(review, user: user.id, now: now, in: sql)
                    if stored { touched.insert(review.cardID) }
                case .exam(let exam):
                    stored = try await Self.insert(exam, user: user.id, now: now, in: sql)
                }
                if stored { result.added += 1 } else { result.duplicates += 1 }
            }
            for card in touched.sorted() {
                try await CardReplay(scheduler: scheduler, user: user.id, card: card).run(in: sql)
            }
            return result
        }
        guard let outcome else { throw .unknownUser(learner) }
        return outcome
    }

    /// Reads `text` as UTF-8 and stores it; see `ingest(_:learner:now:)`.
    public func ingest(text: String, learner: String, now: Int64) async throws(HubStoreError) -> IngestResult {
        try await ingest(Data(text.utf8), learner: learner, now: now)
    }

    private static func refusedLine(_ issue: ProgressLineIssue) -> IngestResult.RefusedLine {
        let text = issue.text.text(in: .en)
        let location = "\(issue.file):\(issue.line): "
        let reason = text.hasPrefix(location) ? String(text.dropFirst(location.count)) : text
        return IngestResult.RefusedLine(line: issue.line, error: reason, message: issue.text)
    }

    /// Inserts a review unless this learner already has one with its `id`; true when inserted.
    private static func insert(_ review: ReviewRecord, user: Int64, now: Int64, in sql: any SQLDatabase) async throws -> Bool {
        let row = try await sql.insert(into: "hub_review")
            .columns("user_id", "uid", "card", "content_hash", "rating", "reviewed_at", "mode", "score", "answer", "received_at")
            .values(SQLBind(user), SQLBind(review.id), SQLBind(review.cardID), SQLBind(review.contentHash),
                    SQLBind(Int64(review.rating.rawValue)), SQLBind(review.reviewedAt), SQLBind(review.mode),
                    SQLBind(review.score.map(Int64.init)), SQLBind(review.answer), SQLBind(now))
            .ignoringConflicts(with: ["user_id", "uid"])
            .returning("id")
            .first()
        return row != nil
    }

    /// Inserts an exam and its per-card scores unless this learner already has one with its `id`.
    private static func insert(_ exam: ExamRecord, user: Int64, now: Int64, in sql: any SQLDatabase) async throws -> Bool {
        let row = try await sql.insert(into: "hub_exam")
            .columns("user_id", "uid", "started_at", "finished_at", "pass", "score", "passed", "received_at")
            .values(SQLBind(user), SQLBind(exam.id), SQLBind(exam.startedAt), SQLBind(exam.finishedAt), SQLBind(exam.pass),
                    SQLBind(exam.score), SQLBind(Int64(exam.passed ? 1 : 0)), SQLBind(now))
            .ignoringConflicts(with: ["user_id", "uid"])
            .returning("id")
            .first()
        guard let examID = try row?.decode(column: "id", as: Int64.self) else { return false }
        if !exam.cards.isEmpty {
            let insert = sql.insert(into: "hub_exam_card").columns("exam_id", "position", "card", "score")
            for (position, card) in exam.cards.enumerated() {
                insert.values(SQLBind(examID), SQLBind(Int64(position)), SQLBind(card.card), SQLBind(card.score))
            }
            try await insert.run()
        }
        return true
    }
}
