import PlaybookDrill
import SQLKit

/// The card side of the team summary counted in SQL, so the team view does not read every
/// learner's every card state: cards per learner and FSRS state (with how many are due), per-card
/// totals across learners, and for the mean recall only each state's card, stability and last review.
struct TeamCardAggregates {
    struct StateCount: Decodable {
        var user_id: Int64
        var state: Int64
        var cards: Int64
        var due: Int64?
    }

    struct CardTotal: Decodable {
        var card: String
        var learners: Int64
        var learners_failed: Int64?
        var lapses: Int64?
        var failures: Int64?
    }

    struct Memory: Decodable {
        var card: String
        var stability: Double
        var last_review: Int64
    }

    var states: [Int64: [StateCount]]
    var weakest: [TeamSummary.WeakCard]

    /// The aggregates of `users` (learners) at `now`.
    static func load(users: [Int64], now: Int64, scheduler: FSRSScheduler, in sql: any SQLDatabase) async throws -> TeamCardAggregates {
        guard !users.isEmpty else { return TeamCardAggregates(states: [:], weakest: []) }
        let ids = SQLBind.group(users.map { $0 as any Encodable & Sendable })
        let newState = Int64(CardState.new.rawValue)
        let states = try await sql.select().column("user_id").column("state")
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "cards")
            .column(SQLQueryString("CAST(SUM(CASE WHEN \(ident: "due") <= \(bind: now) AND \(ident: "state") <> \(bind: newState) THEN 1 ELSE 0 END) AS BIGINT)"), as: "due")
            .from("hub_card").where("user_id", .in, ids)
            .groupBy("user_id").groupBy("state").all(decoding: StateCount.self)
        let totals = try await sql.select().column("card")
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "learners")
            .column(SQLQueryString("CAST(SUM(CASE WHEN \(ident: "failures") > 0 THEN 1 ELSE 0 END) AS BIGINT)"), as: "learners_failed")
            .column(SQLQueryString("CAST(SUM(\(ident: "lapses")) AS BIGINT)"), as: "lapses")
            .column(SQLQueryString("CAST(SUM(\(ident: "failures")) AS BIGINT)"), as: "failures")
            .from("hub_card").where("user_id", .in, ids)
            .groupBy("card").all(decoding: CardTotal.self)
        // Retrievability is a power of elapsed days over stability: computed here, not in SQL
        // (SQLite as sqlite-nio builds it has no POWER).
        var recall: [String: (sum: Double, count: Int)] = [:]
        let memories = try await sql.select().columns("card", "stability", "last_review").from("hub_card")
            .where("user_id", .in, ids).where("stability", .isNot, SQLLiteral.null).where("last_review", .isNot, SQLLiteral.null)
            .all(decoding: Memory.self)
        for memory in memories {
            let r = scheduler.retrievability(stability: memory.stability,
                                             elapsedDays: FSRSScheduler.elapsedDays(from: memory.last_review, to: now))
            recall[memory.card, default: (0, 0)].sum += r
            recall[memory.card, default: (0, 0)].count += 1
        }
        let weakest = totals.map { total in
            let mean = recall[total.card].map { $0.sum / Double($0.count) }
            return TeamSummary.WeakCard(card: total.card, learners: Int(total.learners), learnersFailed: Int(total.learners_failed ?? 0),
                                        meanRetrievability: mean, lapses: Int(total.lapses ?? 0), failures: Int(total.failures ?? 0))
        }
        .sorted(by: TeamSummary.WeakCard.weakerFirst)
        return TeamCardAggregates(states: Dictionary(grouping: states, by: \.user_id), weakest: weakest)
    }

    /// Fills `summary`'s card counts and due count from the aggregates.
    func apply(to summary: inout LearnerSummary, user: Int64) {
        for count in states[user] ?? [] {
            summary.cards.add(Int(count.cards), state: count.state)
            summary.due += Int(count.due ?? 0)
        }
    }
}

extension LearnerSummary.Cards {
    /// Counts `cards` cards seen in FSRS state `state` (a stored `CardState` raw value).
    mutating func add(_ cards: Int, state: Int64) {
        seen += cards
        switch CardState(rawValue: Int(state)) {
        case .learning: learning += cards
        case .review: review += cards
        case .relearning: relearning += cards
        case .new, nil: break
        }
    }
}
