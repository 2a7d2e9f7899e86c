import PlaybookDrill

/// One learner's progress as the hub sees it: what `GET /api/v1/me` and each row of the team
/// view report.
public struct LearnerSummary: Sendable, Equatable, Encodable {
    /// Cards the learner has answered, by FSRS state (cards never answered are not counted:
    /// the deck's size minus `seen` is the new ones).
    public struct Cards: Sendable, Equatable, Encodable {
        public var seen = 0
        public var learning = 0
        public var review = 0
        public var relearning = 0
    }

    public var name: String
    public var team: String?
    public var disabled: Bool
    /// Reviews stored for the learner.
    public var reviews = 0
    public var cards = Cards()
    /// Answered cards due now or overdue.
    public var due = 0
    /// Share of reviews of cards in Review state, over the 30 days before now, not rated Again
    /// (nil without such reviews): the drill's true retention.
    public var retention: Double?
    /// The latest review, Unix seconds.
    public var lastActive: Int64?
    /// Exam attempts, newest first, with their per-card scores in the order asked.
    public var exams: [ExamRecord] = []
    /// When the learner last passed an exam.
    public var lastPassedAt: Int64? { exams.filter(\.passed).map(\.finishedAt).max() }

    enum CodingKeys: String, CodingKey {
        case name, team, disabled, reviews, cards, due, retention, lastActive, exams, lastPassedAt
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(team, forKey: .team)
        try container.encode(disabled, forKey: .disabled)
        try container.encode(reviews, forKey: .reviews)
        try container.encode(cards, forKey: .cards)
        try container.encode(due, forKey: .due)
        try container.encode(retention, forKey: .retention)
        try container.encode(lastActive, forKey: .lastActive)
        try container.encode(exams, forKey: .exams)
        try container.encode(lastPassedAt, forKey: .lastPassedAt)
    }
}
