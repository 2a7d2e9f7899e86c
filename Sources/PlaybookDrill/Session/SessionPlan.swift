import PlaybookCore

/// The cards of one session, in the order they are asked.
public struct SessionPlan: Sendable {
    public struct Entry: Sendable {
        public var card: Card
        public var contentHash: String
        /// The stored state (new for a card never reviewed).
        public var scheduling: SchedulingState
        public var isNew: Bool
        /// The card's content changed since it was last reviewed.
        public var changed: Bool
    }

    public var entries: [Entry]
    /// Due cards not asked because of `--limit`.
    public var dueLeft: Int
    /// New cards not asked because of `--new`/`--limit`.
    public var newLeft: Int

    /// Due cards first (most overdue first), then new cards in playbook order, up to the limits.
    /// An exam asks every matching card once, in playbook order (or shuffled with a seed).
    public static func make(cards: [Card], stored: [String: StoredCard], filter: CardFilter, now: Int64,
                            newLimit: Int, limit: Int?, exam: Bool = false, shuffleSeed: UInt64? = nil) -> SessionPlan {
        let selected = cards.filter(filter.matches)
        func entry(_ card: Card) -> Entry {
            let hash = CardFingerprint.hash(card)
            if let stored = stored[card.id] {
                return Entry(card: card, contentHash: hash, scheduling: stored.scheduling, isNew: false,
                             changed: stored.changed || stored.contentHash != hash)
            }
            return Entry(card: card, contentHash: hash, scheduling: .new(due: now), isNew: true, changed: false)
        }
        if exam {
            var entries = selected.map(entry)
            if let shuffleSeed {
                var generator = SplitMix64(seed: shuffleSeed)
                entries.shuffle(using: &generator)
            }
            if let limit { entries = Array(entries.prefix(limit)) }
            return SessionPlan(entries: entries, dueLeft: 0, newLeft: 0)
        }
        let all = selected.map(entry)
        let due = all.filter { !$0.isNew && $0.scheduling.due <= now }
            .sorted { ($0.scheduling.due, $0.card.id) < ($1.scheduling.due, $1.card.id) }
        let new = all.filter(\.isNew)
        let cap = limit ?? Int.max
        let dueTaken = Array(due.prefix(cap))
        let newTaken = Array(new.prefix(max(0, min(newLimit, cap - dueTaken.count))))
        return SessionPlan(entries: dueTaken + newTaken, dueLeft: due.count - dueTaken.count, newLeft: new.count - newTaken.count)
    }
}
