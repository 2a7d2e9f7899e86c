/// Who will be ready on a date: each learner's predicted recall of a set of cards then, from
/// their FSRS state (a card never answered counts 0), against the exam pass mark.
public struct Forecast: Sendable, Equatable, Encodable {
    /// One card's predicted recall for a learner, 0–1.
    public struct CardRecall: Sendable, Equatable, Encodable {
        public var card: String
        public var recall: Double
    }

    /// A learner's forecast.
    public struct Learner: Sendable, Equatable, Encodable {
        public var name: String
        public var team: String?
        /// Mean predicted recall over the deck, 0–100 (the exam's scale).
        public var score: Double
        /// Cards of the deck the learner has answered.
        public var answered: Int
        public var belowPass: Bool
        /// The cards with the lowest predicted recall, to assign before the date.
        public var assign: [CardRecall]
    }

    /// The date forecast, 00:00 UTC.
    public var date: Int64
    public var passMark: Double
    /// The deck's card IDs, in the playbook's order.
    public var cards: [String]
    /// Every active learner, lowest score first.
    public var learners: [Learner]

    /// Learners below the pass mark.
    public var belowPass: Int { learners.filter(\.belowPass).count }
}
