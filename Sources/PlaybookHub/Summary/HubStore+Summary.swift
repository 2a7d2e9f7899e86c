import PlaybookDrill
import SQLKit

extension HubStore {
    /// The summary of `learner`'s own events at `now`; nil for an unknown name. Every query is
    /// restricted to the learner's user ID, so it sees no one else's events.
    public func summary(of learner: String, now: Int64) async throws(HubStoreError) -> LearnerSummary? {
        let scheduler = scheduler
        return try await read { sql -> LearnerSummary? in
            guard let user = try await Self.user(named: learner, in: sql) else { return nil }
            let data = try await SummaryData.load(users: [user], now: now, in: sql)
            return data.summary(of: user, scheduler: scheduler, now: now)
        }
    }

    /// Every learner's summary (trainers excluded) and the `weakestLimit` weakest cards across them.
    public func teamSummary(now: Int64, team: String? = nil, weakestLimit: Int = 20) async throws(HubStoreError) -> TeamSummary {
        let scheduler = scheduler
        return try await read { sql in
            var query = sql.select().columns(Self.userColumns).from("hub_user").where("role", .equal, SQLBind(HubRole.learner.rawValue))
            if let team { query = query.where("team", .equal, SQLBind(team)) }
            let users = try await query.orderBy("name").all().map(Self.user)
            let data = try await SummaryData.load(users: team == nil ? nil : users, now: now, in: sql, cardStates: false)
            let cards = try await TeamCardAggregates.load(users: users.map(\.id), now: now, scheduler: scheduler, in: sql)
            let learners = users.map { user in
                var summary = data.summary(of: user, scheduler: scheduler, now: now)
                cards.apply(to: &summary, user: user.id)
                return summary
            }
            return TeamSummary(learners: learners, weakest: Array(cards.weakest.prefix(weakestLimit)))
        }
    }
}

/// The rows summaries are computed from, fetched with one grouped query per table for a set of
/// users (or all of them) rather than one query per learner.
struct SummaryData {
    struct CardRow: Decodable {
        var user_id: Int64
        var card: String
        var state: Int64
        var step: Int64?
        var stability: Double?
        var difficulty: Double?
        var due: Int64
        var last_review: Int64?
        var reps: Int64
        var lapses: Int64
        var failures: Int64

        var scheduling: SchedulingState {
            SchedulingState(state: CardState(rawValue: Int(state)) ?? .new, step: step.map(Int.init), stability: stability,
                            difficulty: difficulty, due: due, lastReview: last_review, reps: Int(reps), lapses: Int(lapses))
        }
    }

    struct ReviewCounts: Decodable {
        var user_id: Int64
        var reviews: Int64
        var last_active: Int64?
    }

    /// Reviews of cards in Review state in the retention window, per learner and rating.
    struct RetentionCounts: Decodable {
        var user_id: Int64
        var rating: Int64
        var reviews: Int64
    }

    struct ExamRow: Decodable {
        var id: Int64
        var user_id: Int64
        var uid: String
        var started_at: Int64
        var finished_at: Int64
        var pass: Double
        var score: Double
        var passed: Int64
    }

    struct ExamCardRow: Decodable {
        var exam_id: Int64
        var position: Int64
        var card: String
        var score: Double
    }

    var cards: [Int64: [CardRow]]
    var reviews: [Int64: ReviewCounts]
    var retention: [Int64: [RetentionCounts]]
    var exams: [Int64: [ExamRow]]
    var examCards: [Int64: [ExamCardRow]]
    /// Retention counts the reviews of the 30 days up to `now`.
    static let retentionWindow: Int64 = 30 * 86_400

    /// Loads the rows of `users` (every user when nil) as they stand at `now`.
    /// Without `cardStates`, no `hub_card` row is read (the team view counts them in SQL).
    static func load(users: [HubUser]?, now: Int64, in sql: any SQLDatabase, cardStates: Bool = true) async throws -> SummaryData {
        let ids = users.map { $0.map(\.id) }
        if ids?.isEmpty == true {
            return SummaryData(cards: [:], reviews: [:], retention: [:], exams: [:], examCards: [:])
        }
        func restricted(_ query: SQLSelectBuilder, _ column: any SQLExpression = SQLColumn("user_id")) -> SQLSelectBuilder {
            guard let ids else { return query }
            return query.where(column, .in, SQLBind.group(ids.map { $0 as any Encodable & Sendable }))
        }
        let cards = cardStates ? try await restricted(sql.select().column("*").from("hub_card")).all(decoding: CardRow.self) : []
        let reviews = try await restricted(sql.select().column("user_id")
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "reviews")
            .column(SQLFunction("MAX", args: SQLColumn("reviewed_at")), as: "last_active")
            .from("hub_review")).groupBy("user_id").all(decoding: ReviewCounts.self)
        let retention = try await restricted(sql.select().column("user_id").column("rating")
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "reviews")
            .from("hub_review").where("state_before", .equal, SQLBind(Int64(CardState.review.rawValue)))
            .where("reviewed_at", .greaterThanOrEqual, SQLBind(now - retentionWindow))
            .where("reviewed_at", .lessThanOrEqual, SQLBind(now)))
            .groupBy("user_id").groupBy("rating")
            .all(decoding: RetentionCounts.self)
        let exams = try await restricted(sql.select().columns("id", "user_id", "uid", "started_at", "finished_at", "pass", "score", "passed")
            .from("hub_exam")).all(decoding: ExamRow.self)
        let examIDs = exams.map(\.id)
        let examCards = examIDs.isEmpty ? [] : try await sql.select().column("*").from("hub_exam_card")
            .where("exam_id", .in, SQLBind.group(examIDs.map { $0 as any Encodable & Sendable })).all(decoding: ExamCardRow.self)
        return SummaryData(cards: Dictionary(grouping: cards, by: \.user_id),
                           reviews: Dictionary(reviews.map { ($0.user_id, $0) }, uniquingKeysWith: { $1 }),
                           retention: Dictionary(grouping: retention, by: \.user_id),
                           exams: Dictionary(grouping: exams, by: \.user_id),
                           examCards: Dictionary(grouping: examCards, by: \.exam_id))
    }

    func summary(of user: HubUser, scheduler: FSRSScheduler, now: Int64) -> LearnerSummary {
        var summary = LearnerSummary(name: user.name, team: user.team, disabled: user.isDisabled)
        summary.reviews = Int(reviews[user.id]?.reviews ?? 0)
        summary.lastActive = reviews[user.id]?.last_active
        for card in cards[user.id] ?? [] {
            summary.cards.add(1, state: card.state)
            if card.state != Int64(CardState.new.rawValue), card.due <= now { summary.due += 1 }
        }
        let recent = retention[user.id] ?? []
        let total = recent.reduce(0) { $0 + $1.reviews }
        let recalled = recent.filter { $0.rating != Int64(Rating.again.rawValue) }.reduce(0) { $0 + $1.reviews }
        summary.retention = total == 0 ? nil : Double(recalled) / Double(total)
        summary.exams = (exams[user.id] ?? [])
            .sorted { ($0.finished_at, $0.id) > ($1.finished_at, $1.id) }
            .map { exam in
                let cards = (examCards[exam.id] ?? []).sorted { $0.position < $1.position }
                    .map { ExamRecord.CardScore(card: $0.card, score: $0.score) }
                return ExamRecord(id: exam.uid, startedAt: exam.started_at, finishedAt: exam.finished_at,
                                           pass: exam.pass, score: exam.score, passed: exam.passed != 0, cards: cards)
            }
        return summary
    }
}
