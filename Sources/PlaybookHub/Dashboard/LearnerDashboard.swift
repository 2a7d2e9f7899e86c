/// One learner's page of the dashboard: their summary with the history behind it.
public struct LearnerDashboard: Sendable, Equatable, Encodable {
    /// Reviews on one UTC day.
    public struct Day: Sendable, Equatable, Encodable {
        /// Days since 1970-01-01.
        public var day: Int64
        public var reviews: Int
    }

    /// Reviews of cards in Review state during one week (Monday to Sunday, UTC), and how many
    /// of them were recalled (not rated Again): the drill's true retention, week by week.
    public struct Week: Sendable, Equatable, Encodable {
        /// The week's first second (Monday 00:00 UTC).
        public var start: Int64
        public var reviews: Int
        public var recalled: Int
        /// `recalled / reviews`, nil for a week without such reviews.
        public var retention: Double? { reviews == 0 ? nil : Double(recalled) / Double(reviews) }
    }

    /// Cards that will be due by the end of one day (overdue ones included).
    public struct Backlog: Sendable, Equatable, Encodable {
        public var day: Int64
        public var due: Int
    }

    /// A typed answer the learner gave, newest first on the page.
    public struct Answer: Sendable, Equatable, Encodable {
        public var card: String
        public var reviewedAt: Int64
        public var rating: Int
        public var score: Int?
        public var text: String
    }

    public var summary: LearnerSummary
    public var certification: Certification
    /// Every exam attempt with its expiry, newest first.
    public var exams: [ExamCertification]
    /// One entry per day of the history window, oldest first (days without reviews count 0).
    public var days: [Day]
    /// One entry per week of the retention window, oldest first.
    public var weeks: [Week]
    /// Today and each following day of the backlog window.
    public var backlog: [Backlog]
    public var answers: [Answer]
}
