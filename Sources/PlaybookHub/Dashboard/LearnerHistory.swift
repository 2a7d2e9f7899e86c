import PlaybookDrill
import SQLKit

/// The rows behind a learner's page, counted in SQL per day and per week (a learner's reviews
/// are never loaded one by one), plus their latest typed answers.
struct LearnerHistory {
    struct Bucket: Decodable {
        var bucket: Int64
        var reviews: Int64
    }

    struct RatedBucket: Decodable {
        var bucket: Int64
        var rating: Int64
        var reviews: Int64
    }

    struct AnswerRow: Decodable {
        var card: String
        var rating: Int64
        var reviewed_at: Int64
        var score: Int64?
        var answer: String
    }

    var days: [LearnerDashboard.Day]
    var weeks: [LearnerDashboard.Week]
    var answers: [LearnerDashboard.Answer]

    static func load(user: Int64, now: Int64, settings: DashboardSettings, in sql: any SQLDatabase) async throws -> LearnerHistory {
        let today = DashboardDay.day(of: now)
        let firstDay = today - Int64(max(1, settings.historyDays)) + 1
        let day = SQLBinaryExpression(SQLColumn("reviewed_at"), .divide, SQLLiteral.numeric(String(DashboardDay.seconds)))
        let perDay = try await sql.select().column(SQLAlias(day, as: SQLIdentifier("bucket")))
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "reviews")
            .from("hub_review").where("user_id", .equal, SQLBind(user))
            .where("reviewed_at", .greaterThanOrEqual, SQLBind(firstDay * DashboardDay.seconds))
            .where("reviewed_at", .lessThan, SQLBind((today + 1) * DashboardDay.seconds))
            .groupBy(day).all(decoding: Bucket.self)
        let counts = Dictionary(perDay.map { ($0.bucket, Int($0.reviews)) }, uniquingKeysWith: +)
        let days = (firstDay...today).map { LearnerDashboard.Day(day: $0, reviews: counts[$0] ?? 0) }

        let thisWeek = DashboardDay.week(of: now)
        let firstWeek = thisWeek - Int64(max(1, settings.retentionWeeks)) + 1
        let week = SQLBinaryExpression(
            SQLGroupExpression(SQLBinaryExpression(SQLColumn("reviewed_at"), .subtract, SQLLiteral.numeric(String(DashboardDay.mondayOffset)))),
            .divide, SQLLiteral.numeric(String(7 * DashboardDay.seconds)))
        let perWeek = try await sql.select().column(SQLAlias(week, as: SQLIdentifier("bucket"))).column("rating")
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "reviews")
            .from("hub_review").where("user_id", .equal, SQLBind(user))
            .where("state_before", .equal, SQLBind(Int64(CardState.review.rawValue)))
            .where("reviewed_at", .greaterThanOrEqual, SQLBind(DashboardDay.start(ofWeek: firstWeek)))
            .where("reviewed_at", .lessThanOrEqual, SQLBind(now))
            .groupBy(week).groupBy("rating").all(decoding: RatedBucket.self)
        let weeks = (firstWeek...thisWeek).map { number in
            let rows = perWeek.filter { $0.bucket == number }
            let reviews = rows.reduce(0) { $0 + Int($1.reviews) }
            let failed = rows.filter { $0.rating == Int64(Rating.again.rawValue) }.reduce(0) { $0 + Int($1.reviews) }
            return LearnerDashboard.Week(start: DashboardDay.start(ofWeek: number), reviews: reviews, recalled: reviews - failed)
        }

        let answers = try await sql.select().columns("card", "rating", "reviewed_at", "score", "answer")
            .from("hub_review").where("user_id", .equal, SQLBind(user))
            .where("answer", .isNot, SQLLiteral.null).where("answer", .notEqual, SQLBind(""))
            .where("reviewed_at", .lessThanOrEqual, SQLBind(now))
            .orderBy("reviewed_at", .descending).orderBy("id", .descending)
            .limit(max(0, settings.recentAnswers)).all(decoding: AnswerRow.self)
            .map { LearnerDashboard.Answer(card: $0.card, reviewedAt: $0.reviewed_at, rating: Int($0.rating),
                                           score: $0.score.map(Int.init), text: $0.answer) }
        return LearnerHistory(days: days, weeks: weeks, answers: answers)
    }
}
