import Foundation
import PlaybookCore

/// What `playbook stats` reports: card counts by state, what is due, recent reviews,
/// true retention and the weakest cards.
public struct ProgressStats: Sendable, Encodable, Equatable {
    public struct WeakCard: Sendable, Encodable, Equatable {
        public var id: String
        /// Answers rated Again, in any state (a card failed while still learning has no lapses).
        public var failures: Int
        public var lapses: Int
        public var retrievability: Double?

        /// More failures and lapses first, then lower recall, then by ID.
        static func weakerFirst(_ a: WeakCard, _ b: WeakCard) -> Bool {
            let misses = (a: a.failures + a.lapses, b: b.failures + b.lapses)
            if misses.a != misses.b { return misses.a > misses.b }
            let recall = (a: a.retrievability ?? 1, b: b.retrievability ?? 1)
            if recall.a != recall.b { return recall.a < recall.b }
            return a.id < b.id
        }
    }

    /// Reviewed cards falling due from now on (overdue ones count in every window).
    public struct Forecast: Sendable, Encodable, Equatable {
        public var next7Days: Int
        public var next30Days: Int
        /// Due on each of the next seven days (local days; day 1 is today, with what is overdue).
        public var daily: [Int]
    }

    public var total: Int
    public var new: Int
    public var learning: Int
    public var review: Int
    public var due: Int
    public var reviewsToday: Int
    /// Share of reviews of cards in Review state, over the last 30 days, not rated Again.
    public var retention: Double?
    public var weakest: [WeakCard]
    public var orphans: [String]
    public var forecast: Forecast
    /// The latest exams, newest first.
    public var exams: [ExamRecord]

    /// Computes the statistics of `cards` (the playbook's current cards) against the store;
    /// days ("today", the forecast's days) begin at midnight in `timeZone`.
    public static func compute(cards: [Card], store: ReviewStore, scheduler: FSRSScheduler, now: Int64,
                               timeZone: TimeZone = .current) throws(DrillError) -> ProgressStats {
        let stored = try store.storedCards()
        let current = Set(cards.map(\.id))
        let active = stored.values.filter { current.contains($0.cardID) }
        let learning = active.filter { $0.scheduling.state == .learning || $0.scheduling.state == .relearning }.count
        let review = active.filter { $0.scheduling.state == .review }.count
        let due = active.filter { $0.scheduling.state != .new && $0.scheduling.due <= now }.count
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let startOfDay = Int64(calendar.startOfDay(for: Date(timeIntervalSince1970: TimeInterval(now))).timeIntervalSince1970)
        let recent = try store.reviews(since: now - 30 * 86_400)
        let today = recent.filter { $0.at >= startOfDay }.count
        let reviewed = recent.filter { $0.stateBefore == .review }
        let retention = reviewed.isEmpty ? nil : Double(reviewed.filter { $0.rating != .again }.count) / Double(reviewed.count)
        let failures = try store.failureCounts()
        let weakest = active
            .map { card in
                WeakCard(id: card.cardID, failures: failures[card.cardID] ?? 0, lapses: card.scheduling.lapses,
                         retrievability: scheduler.retrievability(card.scheduling, at: now))
            }
            .filter { $0.failures > 0 || $0.lapses > 0 || ($0.retrievability ?? 1) < 0.9 }
            .sorted(by: WeakCard.weakerFirst)
        let dues = active.filter { $0.scheduling.state != .new }.map(\.scheduling.due)
        let daily = (1...7).map { day in
            let end = Int64(calendar.date(byAdding: .day, value: day, to: Date(timeIntervalSince1970: TimeInterval(startOfDay)))!
                .timeIntervalSince1970)
            let start = day == 1 ? Int64.min : end - 86_400
            return dues.filter { $0 >= start && $0 < end }.count
        }
        let forecast = Forecast(next7Days: dues.filter { $0 <= now + 7 * 86_400 }.count,
                                next30Days: dues.filter { $0 <= now + 30 * 86_400 }.count, daily: daily)
        let orphans = stored.values.filter { !current.contains($0.cardID) }.map(\.cardID).sorted()
        return ProgressStats(total: cards.count, new: cards.count - active.count, learning: learning, review: review, due: due,
                             reviewsToday: today, retention: retention, weakest: Array(weakest.prefix(10)), orphans: orphans,
                             forecast: forecast, exams: try store.exams(limit: 10))
    }

    /// Statistics before any drill: every card is new.
    public static func allNew(cardCount: Int) -> ProgressStats {
        ProgressStats(total: cardCount, new: cardCount, learning: 0, review: 0, due: 0, reviewsToday: 0, retention: nil,
                      weakest: [], orphans: [], forecast: Forecast(next7Days: 0, next30Days: 0, daily: Array(repeating: 0, count: 7)),
                      exams: [])
    }

    enum CodingKeys: String, CodingKey {
        case total, new, learning, review, due, reviewsToday, retention, weakest, orphans, forecast, exams
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(total, forKey: .total)
        try c.encode(new, forKey: .new)
        try c.encode(learning, forKey: .learning)
        try c.encode(review, forKey: .review)
        try c.encode(due, forKey: .due)
        try c.encode(reviewsToday, forKey: .reviewsToday)
        try c.encode(retention, forKey: .retention)
        try c.encode(weakest, forKey: .weakest)
        try c.encode(orphans, forKey: .orphans)
        try c.encode(forecast, forKey: .forecast)
        try c.encode(exams, forKey: .exams)
    }
}
