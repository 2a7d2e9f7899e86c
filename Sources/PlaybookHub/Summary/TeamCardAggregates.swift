import PlaybookDrill
import SQLKit

/// The card side of the team summary counted in SQL, so the team view does not read every
/// learner's every card state: cards per learner and FSRS state (with how many are due), per-card
/// totals across learners with the mean recall (FSRS retrievability) averaged in SQL.
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
        var mean_recall: Double?
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
            .column(meanRetrievability(at: now, scheduler: scheduler), as: "mean_recall")
            .from("hub_card").where("user_id", .in, ids)
            .groupBy("card").all(decoding: CardTotal.self)
        let weakest = totals.map { total in
            return TeamSummary.WeakCard(card: total.card, learners: Int(total.learners), learnersFailed: Int(total.learners_failed ?? 0),
                                        meanRetrievability: total.mean_recall, lapses: Int(total.lapses ?? 0), failures: Int(total.failures ?? 0))
        }
        .sorted(by: TeamSummary.WeakCard.weakerFirst)
        return TeamCardAggregates(states: Dictionary(grouping: states, by: \.user_id), weakest: weakest)
    }

    /// The mean FSRS retrievability at `now` of the states with a memory (AVG skips the others):
    /// R = (1 + FACTOR·t/S)^DECAY with t the whole days since the last review (0 when it is later),
    /// as `FSRSScheduler.retrievability` computes it.
    static func meanRetrievability(at now: Int64, scheduler: FSRSScheduler) -> SQLQueryString {
        let (factor, decay) = (scheduler.parameters.factor, scheduler.parameters.decay)
        return SQLQueryString("""
            AVG(CASE WHEN \(ident: "stability") IS NULL OR \(ident: "last_review") IS NULL THEN NULL \
            ELSE POWER(1 + \(bind: factor) * (CASE WHEN \(ident: "last_review") > \(bind: now) THEN 0 \
            ELSE (\(bind: now) - \(ident: "last_review")) / \(literal: DashboardDay.seconds) END) / \(ident: "stability"), \(bind: decay)) END)
            """)
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
