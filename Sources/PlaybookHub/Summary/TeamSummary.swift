/// The trainers' view: every learner's summary and the cards the team finds hardest.
public struct TeamSummary: Sendable, Equatable, Encodable {
    /// One card across the learners who have answered it.
    public struct WeakCard: Sendable, Equatable, Encodable {
        public var card: String
        /// Learners who have answered the card.
        public var learners: Int
        /// Learners who rated it Again at least once.
        public var learnersFailed: Int
        /// Mean predicted recall now over those learners (FSRS retrievability).
        public var meanRetrievability: Double?
        /// Lapses (Again on a card in Review) summed over the learners.
        public var lapses: Int
        /// Answers rated Again summed over the learners.
        public var failures: Int

        /// Lower mean recall first, then more lapses, then more failures, then by card ID.
        static func weakerFirst(_ a: WeakCard, _ b: WeakCard) -> Bool {
            let recall = (a: a.meanRetrievability ?? 1, b: b.meanRetrievability ?? 1)
            if recall.a != recall.b { return recall.a < recall.b }
            if a.lapses != b.lapses { return a.lapses > b.lapses }
            if a.failures != b.failures { return a.failures > b.failures }
            return a.card < b.card
        }
    }

    /// Every learner, by name.
    public var learners: [LearnerSummary]
    /// The weakest cards, weakest first.
    public var weakest: [WeakCard]
}
