import Foundation
import PlaybookCore

/// Runs the answers of one session: schedules each with FSRS and stores it in its own
/// transaction. The user interface lives in the CLI; this type holds no terminal code.
public final class DrillSession: @unchecked Sendable {
    public let store: ReviewStore
    public let scheduler: FSRSScheduler
    public let plan: SessionPlan
    /// Exams score answers but never change the schedule.
    public let isExam: Bool
    private let lock = NSLock()
    private var tally = SessionSummary()
    /// The answers that can be undone, newest last.
    private var undoable: [Answered] = []

    /// What undoing an answer needs: the log entry and the card as it was before.
    private struct Answered {
        var entry: SessionPlan.Entry
        var reviewID: Int64?
        var before: StoredCard?
        var tally: SessionSummary
    }

    public init(store: ReviewStore, scheduler: FSRSScheduler, plan: SessionPlan, isExam: Bool) {
        self.store = store
        self.scheduler = scheduler
        self.plan = plan
        self.isExam = isExam
    }

    /// A snapshot of the session so far (safe to read from a signal handler's queue).
    public var summary: SessionSummary {
        lock.lock()
        defer { lock.unlock() }
        return tally
    }

    /// Records one answer and returns the card's new schedule (unchanged in an exam).
    @discardableResult
    public func answer(_ entry: SessionPlan.Entry, rating: Rating, mode: String, score: Int?, at now: Int64,
                       durationMilliseconds: Int? = nil) throws(DrillError) -> SchedulingState {
        var after = entry.scheduling
        var reviewID: Int64?
        let tallyBefore = summary
        if !isExam {
            let seed = scheduler.parameters.enableFuzzing
                ? IntervalFuzz.seed(cardID: entry.card.id, reps: entry.scheduling.reps) : nil
            after = scheduler.review(entry.scheduling, rating: rating, at: now, fuzzSeed: seed)
            reviewID = try store.record(ReviewRecord(cardID: entry.card.id, contentHash: entry.contentHash, reviewedAt: now,
                                          rating: rating, mode: mode, score: score, before: entry.scheduling, after: after,
                                          durationMilliseconds: durationMilliseconds))
        }
        lock.lock()
        tally.add(rating: rating, score: score, nextDue: isExam ? nil : after.due)
        undoable.append(Answered(entry: entry, reviewID: reviewID, before: entry.stored, tally: tallyBefore))
        lock.unlock()
        return after
    }

    /// Takes back the last answer of this session (its log entry and the card's new schedule)
    /// and returns its entry, to be asked again; nil when nothing is left to undo.
    public func undoLast() throws(DrillError) -> SessionPlan.Entry? {
        lock.lock()
        guard let last = undoable.popLast() else { lock.unlock(); return nil }
        tally = last.tally
        lock.unlock()
        if let reviewID = last.reviewID {
            try store.undo(reviewID: reviewID, cardID: last.entry.card.id, restoring: last.before)
        }
        return last.entry
    }
}

/// What a session did: counts, scores and when the next card falls due.
public struct SessionSummary: Sendable, Equatable {
    public var reviewed = 0
    /// Answers rated Good or Easy (or scoring 60 or more when scored).
    public var correct = 0
    public var scores: [Int] = []
    public var ratings: [Rating: Int] = [:]
    /// The earliest due time among the cards answered.
    public var nextDue: Int64?

    public init() {}

    mutating func add(rating: Rating, score: Int?, nextDue due: Int64?) {
        reviewed += 1
        ratings[rating, default: 0] += 1
        if let score {
            scores.append(score)
            if score >= 60 { correct += 1 }
        } else if rating >= .good {
            correct += 1
        }
        if let due { nextDue = min(nextDue ?? due, due) }
    }

    /// The mean score of scored answers, 0–100.
    public var meanScore: Double? {
        scores.isEmpty ? nil : Double(scores.reduce(0, +)) / Double(scores.count)
    }
}
