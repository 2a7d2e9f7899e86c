import PlaybookDrill
import SQLKit

/// Recomputes one learner's state of one card from all its reviews in time order (ties in the
/// order they arrived), as the drill's import does, with the drill's per-card fuzz seeds; writes
/// the state each review started from (for retention) and the card's state after the last one.
struct CardReplay {
    var scheduler: FSRSScheduler
    var user: Int64
    var card: String

    private struct StoredReview: Decodable {
        var id: Int64
        var content_hash: String
        var reviewed_at: Int64
        var rating: Int64
        var state_before: Int64
    }

    func run(in sql: any SQLDatabase) async throws {
        let reviews = try await sql.select().columns("id", "content_hash", "reviewed_at", "rating", "state_before")
            .from("hub_review")
            .where("user_id", .equal, SQLBind(user)).where("card", .equal, SQLBind(card))
            .orderBy("reviewed_at").orderBy("id")
            .all(decoding: StoredReview.self)
        guard let first = reviews.first, let last = reviews.last else { return }
        var state = SchedulingState.new(due: first.reviewed_at)
        var failures: Int64 = 0
        for review in reviews {
            let rating = Rating(rawValue: Int(review.rating)) ?? .again
            if rating == .again { failures += 1 }
            if review.state_before != Int64(state.state.rawValue) {
                try await sql.update("hub_review").set("state_before", to: SQLBind(Int64(state.state.rawValue)))
                    .where("id", .equal, SQLBind(review.id)).run()
            }
            let seed = scheduler.parameters.enableFuzzing ? IntervalFuzz.seed(cardID: card, reps: state.reps) : nil
            state = scheduler.review(state, rating: rating, at: review.reviewed_at, fuzzSeed: seed)
        }
        try await sql.insert(into: "hub_card")
            .columns("user_id", "card", "content_hash", "state", "step", "stability", "difficulty", "due", "last_review",
                     "reps", "lapses", "failures")
            .values(SQLBind(user), SQLBind(card), SQLBind(last.content_hash), SQLBind(Int64(state.state.rawValue)),
                    SQLBind(state.step.map(Int64.init)), SQLBind(state.stability), SQLBind(state.difficulty), SQLBind(state.due),
                    SQLBind(state.lastReview), SQLBind(Int64(state.reps)), SQLBind(Int64(state.lapses)), SQLBind(failures))
            .onConflict(with: ["user_id", "card"]) { update in
                update.set(excludedValueOf: "content_hash").set(excludedValueOf: "state").set(excludedValueOf: "step")
                    .set(excludedValueOf: "stability").set(excludedValueOf: "difficulty").set(excludedValueOf: "due")
                    .set(excludedValueOf: "last_review").set(excludedValueOf: "reps").set(excludedValueOf: "lapses")
                    .set(excludedValueOf: "failures")
            }
            .run()
    }
}
