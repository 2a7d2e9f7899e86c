import PlaybookCore

/// What `playbook stats` reports: card counts by state, what is due, recent reviews,
/// true retention and the weakest cards.
public struct ProgressStats: Sendable, Encodable, Equatable {
    public struct WeakCard: Sendable, Encodable, Equatable {
        public var id: String
        public var lapses: Int
        public var retrievability: Double?
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

    /// Computes the statistics of `cards` (the playbook's current cards) against the store.
    public static func compute(cards: [Card], store: ReviewStore, scheduler: FSRSScheduler, now: Int64) throws(DrillError) -> ProgressStats {
        let stored = try store.storedCards()
        let current = Set(cards.map(\.id))
        let active = stored.values.filter { current.contains($0.cardID) }
        let learning = active.filter { $0.scheduling.state == .learning || $0.scheduling.state == .relearning }.count
        let review = active.filter { $0.scheduling.state == .review }.count
        let due = active.filter { $0.scheduling.state != .new && $0.scheduling.due <= now }.count
        let startOfDay = now - ((now % 86_400) + 86_400) % 86_400
        let recent = try store.reviews(since: now - 30 * 86_400)
        let today = recent.filter { $0.at >= startOfDay }.count
        let reviewed = recent.filter { $0.stateBefore == .review }
        let retention = reviewed.isEmpty ? nil : Double(reviewed.filter { $0.rating != .again }.count) / Double(reviewed.count)
        let weakest = active
            .map { card in
                WeakCard(id: card.cardID, lapses: card.scheduling.lapses,
                         retrievability: scheduler.retrievability(card.scheduling, at: now))
            }
            .filter { $0.lapses > 0 || ($0.retrievability ?? 1) < 0.9 }
            .sorted { ($1.lapses, $0.retrievability ?? 1, $0.id) < ($0.lapses, $1.retrievability ?? 1, $1.id) }
        let orphans = stored.values.filter { !current.contains($0.cardID) }.map(\.cardID).sorted()
        return ProgressStats(total: cards.count, new: cards.count - active.count, learning: learning, review: review, due: due,
                             reviewsToday: today, retention: retention, weakest: Array(weakest.prefix(10)), orphans: orphans)
    }

    /// Statistics before any drill: every card is new.
    public static func allNew(cardCount: Int) -> ProgressStats {
        ProgressStats(total: cardCount, new: cardCount, learning: 0, review: 0, due: 0, reviewsToday: 0, retention: nil,
                      weakest: [], orphans: [])
    }

    enum CodingKeys: String, CodingKey {
        case total, new, learning, review, due, reviewsToday, retention, weakest, orphans
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
    }
}
