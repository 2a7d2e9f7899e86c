import Foundation

/// Replays review histories through ``FSRSScheduler`` and writes the results in the
/// reference-vector schema, so that `check.py` can compare them with py-fsrs.
///
/// Every history starts from a new card due at `start_ts`; each rating is applied at its stored
/// `review_ts` (never at a computed due time), with fuzzing off.
public enum SchedulerReplay {
    /// The state after one replayed review, with what was seen just before it.
    public struct Step: Sendable {
        /// The rating applied.
        public var rating: Rating
        /// When it was applied, Unix seconds.
        public var reviewTime: Int64
        /// Seconds since the previous review; `nil` on the first.
        public var elapsedSeconds: Int64?
        /// R at review time, before the update; `nil` when the card had no stability yet.
        public var retrievability: Double?
        /// The card after the review.
        public var after: SchedulingState
    }

    /// Replays one history and returns one ``Step`` per review.
    public static func replay(_ history: ReplayInput.History, with scheduler: FSRSScheduler) -> [Step] {
        var card = SchedulingState.new(due: history.start)
        var steps: [Step] = []
        steps.reserveCapacity(history.reviews.count)
        for review in history.reviews {
            let elapsed = card.lastReview.map { review.reviewTime - $0 }
            let retrievability = scheduler.retrievability(card, at: review.reviewTime)
            card = scheduler.review(card, rating: review.rating, at: review.reviewTime)
            steps.append(Step(
                rating: review.rating, reviewTime: review.reviewTime, elapsedSeconds: elapsed,
                retrievability: retrievability, after: card))
        }
        return steps
    }

    /// Reads a replay file and returns the computed file as pretty-printed JSON.
    /// Throws a ``ReplayError`` naming the history at fault.
    public static func run(_ data: Data) throws(ReplayError) -> Data {
        let input = try ReplayInput.parse(data)
        var schedulers: [String: FSRSScheduler] = [:]
        var histories: [JSONValue] = []
        for history in input.histories {
            let scheduler: FSRSScheduler
            if let known = schedulers[history.schedulerName] {
                scheduler = known
            } else {
                do {
                    scheduler = FSRSScheduler(parameters: try input.parameters(forScheduler: history.schedulerName))
                } catch {
                    throw ReplayError("history '\(history.id)': \(error.message)")
                }
                schedulers[history.schedulerName] = scheduler
            }
            histories.append(historyJSON(history, steps: replay(history, with: scheduler)))
        }
        let document: JSONValue = .object([
            "schema_version": .int(1),
            "generator": .object([
                "package": .string("playbook (PlaybookDrill.FSRSScheduler)"),
                "fsrs_algorithm": .string("FSRS-6"),
            ]),
            "state_enum": .object(["1": .string("Learning"), "2": .string("Review"), "3": .string("Relearning")]),
            "rating_enum": .object(["1": .string("Again"), "2": .string("Hard"), "3": .string("Good"), "4": .string("Easy")]),
            "schedulers": .object(input.schedulerConfigs),
            "histories": .array(histories),
        ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(document)
        } catch {
            throw ReplayError("cannot encode the results: \(error)")
        }
    }

    static func historyJSON(_ history: ReplayInput.History, steps: [Step]) -> JSONValue {
        .object([
            "id": .string(history.id),
            "scheduler": .string(history.schedulerName),
            "start": .string(UTCTime.iso8601(history.start)),
            "start_ts": .int(history.start),
            "reviews": .array(steps.map(reviewJSON)),
        ])
    }

    static func reviewJSON(_ step: Step) -> JSONValue {
        let card = step.after
        let scheduled = card.due - step.reviewTime
        return .object([
            "rating": .int(Int64(step.rating.rawValue)),
            "review_at": .string(UTCTime.iso8601(step.reviewTime)),
            "review_ts": .int(step.reviewTime),
            "elapsed_seconds": .integer(step.elapsedSeconds),
            "elapsed_days": .integer(step.elapsedSeconds.map { FSRSScheduler.elapsedDays(from: 0, to: $0) }),
            "retrievability": .number(step.retrievability),
            "state": .int(Int64(card.state.rawValue)),
            "state_name": .string(card.state.description),
            "step": .integer(card.step),
            "stability": .number(card.stability),
            "difficulty": .number(card.difficulty),
            "due": .string(UTCTime.iso8601(card.due)),
            "due_ts": .int(card.due),
            "scheduled_seconds": .int(scheduled),
            "scheduled_days": .double(Double(scheduled) / 86_400),
            "interval_days": .int(FSRSScheduler.elapsedDays(from: 0, to: scheduled)),
        ])
    }
}

/// Formats Unix seconds as ISO-8601 UTC ("2024-01-01T15:13:00Z") for any Int64 year,
/// without calendars or locales (proleptic Gregorian, Hinnant's civil-from-days).
enum UTCTime {
    static func iso8601(_ seconds: Int64) -> String {
        let days = FSRSScheduler.elapsedDays(from: 0, to: seconds)
        let secondOfDay = seconds - days * 86_400
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func pad(_ value: Int64, _ width: Int) -> String {
            let text = String(value.magnitude)
            return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(secondOfDay / 3600, 2)):"
            + "\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2))Z"
    }
}
