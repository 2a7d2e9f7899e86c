import PlaybookCore
import PlaybookDrill
import SQLKit

extension HubStore {
    /// `learner`'s page at `now`: summary, certification, reviews per day, retention per week,
    /// the due backlog and recent answers; nil for an unknown name. Every query is restricted to
    /// the learner's user ID.
    public func learnerDashboard(of learner: String, now: Int64, settings: DashboardSettings) async throws(HubStoreError) -> LearnerDashboard? {
        let scheduler = scheduler
        return try await read { sql -> LearnerDashboard? in
            guard let user = try await Self.user(named: learner, in: sql) else { return nil }
            let data = try await SummaryData.load(users: [user], now: now, in: sql)
            let summary = data.summary(of: user, scheduler: scheduler, now: now)
            let history = try await LearnerHistory.load(user: user.id, now: now, settings: settings, in: sql)
            let answered = (data.cards[user.id] ?? []).filter { $0.state != Int64(CardState.new.rawValue) }
            let today = DashboardDay.day(of: now)
            let backlog = (0...Int64(max(0, settings.backlogDays))).map { offset in
                let end = (today + offset + 1) * DashboardDay.seconds
                return LearnerDashboard.Backlog(day: today + offset, due: answered.filter { $0.due < end }.count)
            }
            return LearnerDashboard(summary: summary, certification: .of(summary.exams, settings: settings, now: now),
                                    exams: summary.exams.map { ExamCertification($0, settings: settings, now: now) },
                                    days: history.days, weeks: history.weeks, backlog: backlog, answers: history.answers)
        }
    }

    /// The team page at `now`: every learner (of `team`, or all) with their certification, the
    /// funnel and the weakest cards.
    public func teamDashboard(now: Int64, settings: DashboardSettings, team: String? = nil) async throws(HubStoreError) -> TeamDashboard {
        TeamDashboard(try await teamSummary(now: now, team: team, weakestLimit: settings.weakestLimit), settings: settings, now: now)
    }

    /// Each active learner's predicted recall of `cards` on `date` (Unix seconds): FSRS
    /// retrievability from their stored state (0 for a card they never answered), its mean
    /// against the pass mark, and the cards to assign (lowest recall first, below the pass mark).
    public func forecast(cards: [String], on date: Int64, settings: DashboardSettings, team: String? = nil) async throws(HubStoreError) -> Forecast {
        let scheduler = scheduler
        return try await read { sql in
            var query = sql.select().columns(Self.userColumns).from("hub_user")
                .where("role", .equal, SQLBind(HubRole.learner.rawValue)).where("disabled_at", .is, SQLLiteral.null)
            if let team { query = query.where("team", .equal, SQLBind(team)) }
            let users = try await query.orderBy("name").all().map(Self.user)
            // Each deck card's slot (its first position in `cards`), so the rows are hashed once
            // and every learner's recalls are read by position.
            var slotOf: [String: Int] = [:]
            for (position, card) in cards.enumerated() where slotOf[card] == nil { slotOf[card] = position }
            let slots = cards.map { slotOf[$0]! }
            var states: [Int64: [Memory?]] = [:]
            if !cards.isEmpty, !users.isEmpty {
                // Only what retrievability needs, for every learner × card of the deck.
                var rows = sql.select().from("hub_card")
                    .where("card", .in, SQLBind.group(cards.map { $0 as any Encodable & Sendable }))
                    .where("stability", .isNot, SQLLiteral.null).where("last_review", .isNot, SQLLiteral.null)
                if team != nil {
                    rows = rows.where("user_id", .in, SQLBind.group(users.map { $0.id as any Encodable & Sendable }))
                }
                func store(user: Int64, card: String, stability: Double, lastReview: Int64) {
                    guard let slot = slotOf[card] else { return }
                    states[user, default: Array(repeating: nil, count: cards.count)][slot] = Memory(stability: stability, last_review: lastReview)
                }
                if sql.dialect.name == "postgresql" {
                    // One row per learner with their states as text: PostgresKit decodes each cell
                    // through a generic path, ~50 % of the forecast's CPU at 167,000 rows × 4 cells.
                    // The stability as the hex of its IEEE 754 bits (`float8send`, big-endian), so
                    // it reads back exactly whatever `extra_float_digits` says.
                    let packed = SQLQueryString("""
                        string_agg(\(ident: "card") || chr(31) || encode(float8send(\(ident: "stability")), 'hex') || chr(31) \
                        || CAST(\(ident: "last_review") AS TEXT), chr(30))
                        """)
                    for row in try await rows.column(SQLAlias(packed, as: SQLIdentifier("states"))).groupBy("user_id")
                        .columns(SQLColumn("user_id")).all() {
                        let user = try row.decode(column: "user_id", as: Int64.self)
                        // Split on the bytes: splitting a `String` walks grapheme clusters, slow on Chinese IDs.
                        for state in try row.decode(column: "states", as: String.self).utf8.split(separator: 0x1E) {
                            let fields = state.split(separator: 0x1F, omittingEmptySubsequences: false)
                            guard fields.count == 3, let bits = UInt64(Substring(fields[1]), radix: 16), let lastReview = Int64(Substring(fields[2])) else {
                                throw HubStoreError.query(engine: "PostgreSQL", detail: "unreadable card state in hub_card: \(Substring(state))")
                            }
                            store(user: user, card: String(Substring(fields[0])), stability: Double(bitPattern: bits), lastReview: lastReview)
                        }
                    }
                } else {
                    // Column by column rather than through `Decodable` (which was ~40 % of the
                    // forecast's CPU at 1,000 learners × 184 cards).
                    for row in try await rows.columns("user_id", "card", "stability", "last_review").all() {
                        store(user: try row.decode(column: "user_id", as: Int64.self), card: try row.decode(column: "card", as: String.self),
                              stability: try row.decode(column: "stability", as: Double.self),
                              lastReview: try row.decode(column: "last_review", as: Int64.self))
                    }
                }
            }
            let learners = users.map { user in
                let own = states[user.id] ?? []
                let recalls = cards.indices.map { position -> Forecast.CardRecall in
                    let card = cards[position]
                    guard !own.isEmpty, let row = own[slots[position]] else { return Forecast.CardRecall(card: card, recall: 0) }
                    // A date before the last review is read as the last review itself (recall cannot exceed 1).
                    let elapsed = FSRSScheduler.elapsedDays(from: row.last_review, to: max(date, row.last_review))
                    return Forecast.CardRecall(card: card, recall: scheduler.retrievability(stability: row.stability, elapsedDays: elapsed))
                }
                let score = recalls.isEmpty ? 0 : recalls.reduce(0) { $0 + $1.recall } / Double(recalls.count) * 100
                let weakest = recalls.enumerated()
                    .filter { $0.element.recall * 100 < settings.passMark }
                    .sorted { ($0.element.recall, $0.offset) < ($1.element.recall, $1.offset) }
                    .prefix(max(0, settings.assignLimit)).map(\.element)
                return Forecast.Learner(name: user.name, team: user.team, score: score, answered: own.lazy.filter { $0 != nil }.count,
                                        belowPass: score < settings.passMark, assign: Array(weakest))
            }
            .sorted { ($0.score, $0.name) < ($1.score, $1.name) }
            return Forecast(date: date, passMark: settings.passMark, cards: cards, learners: learners)
        }
    }

    /// A learner's memory of one card: what FSRS retrievability is computed from.
    private struct Memory {
        var stability: Double
        var last_review: Int64
    }
}
