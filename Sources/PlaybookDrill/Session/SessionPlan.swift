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
        /// The stored progress as the session found it (nil for a card never reviewed).
        public var stored: StoredCard? = nil
    }

    public var entries: [Entry]
    /// Due cards not asked because of `--limit`.
    public var dueLeft: Int
    /// New cards not asked because of `--new`/`--limit`.
    public var newLeft: Int

    /// Due cards first (most overdue first), then new cards in playbook order, up to the limits.
    /// An exam asks every matching card once, in playbook order (or shuffled with a seed).
    /// `contentHashes` (card ID → ``CardFingerprint``) saves hashing cards again; missing ones are computed.
    public static func make(cards: [Card], contentHashes: [String: String] = [:], stored: [String: StoredCard],
                            filter: CardFilter, now: Int64, newLimit: Int, limit: Int?, exam: Bool = false,
                            shuffleSeed: UInt64? = nil) -> SessionPlan {
        // Choose by index and build entries only for the cards asked: a deck has thousands of cards.
        let selected = cards.indices.filter { filter.matches(cards[$0]) }
        func entry(_ index: Int) -> Entry {
            let card = cards[index]
            let hash = contentHashes[card.id] ?? CardFingerprint.hash(card)
            if let stored = stored[card.id] {
                return Entry(card: card, contentHash: hash, scheduling: stored.scheduling, isNew: false,
                             changed: stored.changed || stored.contentHash != hash, stored: stored)
            }
            return Entry(card: card, contentHash: hash, scheduling: .new(due: now), isNew: true, changed: false)
        }
        if exam {
            var chosen = selected
            if let shuffleSeed {
                var generator = SplitMix64(seed: shuffleSeed)
                chosen.shuffle(using: &generator)
            }
            if let limit { chosen = Array(chosen.prefix(limit)) }
            return SessionPlan(entries: chosen.map(entry), dueLeft: 0, newLeft: 0)
        }
        var due: [(due: Int64, index: Int)] = []
        var new: [Int] = []
        for index in selected {
            if let state = stored[cards[index].id] {
                if state.scheduling.due <= now { due.append((state.scheduling.due, index)) }
            } else {
                new.append(index)
            }
        }
        due.sort { ($0.due, cards[$0.index].id) < ($1.due, cards[$1.index].id) }
        let cap = limit ?? Int.max
        let dueTaken = due.prefix(cap).map(\.index)
        let newTaken = new.prefix(max(0, min(newLimit, cap - dueTaken.count)))
        return SessionPlan(entries: (dueTaken + newTaken).map(entry), dueLeft: due.count - dueTaken.count,
                           newLeft: new.count - newTaken.count)
    }
}
