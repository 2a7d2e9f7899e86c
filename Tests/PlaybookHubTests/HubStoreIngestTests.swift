import Foundation
import PlaybookDrill
@testable import PlaybookHub
import SQLKit
import Testing

@Suite struct HubStoreIngestTests {
    typealias P = ProgressText

    @Test(arguments: HubTestEngine.available)
    func ingestingTwiceAddsNothingTheSecondTime(engine: HubTestEngine) async throws {
        let store = try await engine.makeStore()
        defer { Task { await store.close() } }
        _ = try await store.addUser(name: "li.na", role: .learner, team: "north", now: P.start)
        let body = P.file([
            P.review("r1", card: "objection/fee", rating: 3, at: P.start + 100),
            P.review("r2", card: "objection/fee", rating: 1, at: P.start + 86_400),
            P.review("r3", card: "product/fund", rating: 4, at: P.start + 200, mode: "flashcard", score: nil, answer: nil),
            P.exam("e1", at: P.start + 2 * 86_400, score: 72.5, cards: [("objection/fee", 60), ("product/fund", 85)]),
        ])
        let first = try await store.ingest(text: body, learner: "li.na", now: P.now)
        #expect(first == IngestResult(added: 4, duplicates: 0, refused: []))
        let second = try await store.ingest(text: body, learner: "li.na", now: P.now)
        #expect(second == IngestResult(added: 0, duplicates: 4, refused: []))
        // An id repeated inside one body is stored once.
        let repeated = try await store.ingest(text: P.file([P.review("r4", card: "product/fund", rating: 3, at: P.start + 3_000),
                                                            P.review("r4", card: "product/fund", rating: 3, at: P.start + 3_000)]),
                                              learner: "li.na", now: P.now)
        #expect(repeated.added == 1 && repeated.duplicates == 1)
        let summary = try #require(try await store.summary(of: "li.na", now: P.now))
        #expect(summary.reviews == 4)
        #expect(summary.cards.seen == 2)
        #expect(summary.exams.count == 1)
        #expect(summary.exams.first?.cards == [.init(card: "objection/fee", score: 60), .init(card: "product/fund", score: 85)])
        #expect(summary.exams.first?.passed == false)
        #expect(summary.lastActive == P.start + 86_400)
    }

    @Test(arguments: HubTestEngine.available)
    func badLinesAreRefusedWithTheirNumbersAndTheRestKept(engine: HubTestEngine) async throws {
        let store = try await engine.makeStore()
        defer { Task { await store.close() } }
        _ = try await store.addUser(name: "wang", role: .learner, now: P.start)
        let body = P.file([
            P.review("ok1", card: "c/a", rating: 3, at: P.start),                 // line 2
            "{not json",                                                           // line 3
            P.review("bad-rating", card: "c/a", rating: 7, at: P.start + 60),      // line 4
            P.review("future", card: "c/a", rating: 3, at: P.now + 86_400),        // line 5
            "",                                                                    // line 6: blank, ignored
            #"{"type":"review","id":"no-card","contentHash":"ab","rating":3,"reviewedAt":"2026-03-01T00:00:00Z","mode":"type"}"#,
            P.review("ok2", card: "c/b", rating: 2, at: P.start + 120),            // line 8
        ])
        let result = try await store.ingest(text: body, learner: "wang", now: P.now)
        #expect(result.added == 2)
        #expect(result.duplicates == 0)
        #expect(result.refused.map(\.line) == [3, 4, 5, 7])
        #expect(result.refused[1].error.contains("rating 7"))
        #expect(result.refused[3].error.contains("\"card\""))
        #expect(result.refused.allSatisfy { !$0.error.hasPrefix("progress:") })
        let summary = try #require(try await store.summary(of: "wang", now: P.now))
        #expect(summary.reviews == 2)
    }

    @Test(arguments: HubTestEngine.available)
    func aBodyWithoutHeaderOrForAnUnknownLearnerStoresNothing(engine: HubTestEngine) async throws {
        let store = try await engine.makeStore()
        defer { Task { await store.close() } }
        _ = try await store.addUser(name: "zhao", role: .learner, now: P.start)
        await #expect(throws: HubStoreError.progress(.missingHeader(file: "progress"))) {
            try await store.ingest(text: P.review("x", card: "c/a", rating: 3, at: P.start), learner: "zhao", now: P.now)
        }
        await #expect(throws: HubStoreError.unknownUser("nobody")) {
            try await store.ingest(text: P.file([P.review("x", card: "c/a", rating: 3, at: P.start)]), learner: "nobody", now: P.now)
        }
        #expect(try await store.summary(of: "zhao", now: P.now)?.reviews == 0)
    }

    /// The replay step fails after the inserts (its table is renamed away): the whole call is
    /// rolled back, and the same body is stored in full once the table is back.
    @Test(arguments: HubTestEngine.available)
    func aFailedIngestLeavesNothing(engine: HubTestEngine) async throws {
        let store = try await engine.makeStore()
        defer { Task { await store.close() } }
        _ = try await store.addUser(name: "chen", role: .learner, now: P.start)
        let body = P.file([
            P.review("a", card: "c/a", rating: 3, at: P.start),
            P.exam("e", at: P.start + 600, score: 90, cards: [("c/a", 90)]),
            P.review("b", card: "c/b", rating: 3, at: P.start + 60),
        ])
        try await store.database.transaction { sql in try await sql.raw("ALTER TABLE hub_card RENAME TO hub_card_away").run() }
        await #expect(throws: HubStoreError.self) { try await store.ingest(text: body, learner: "chen", now: P.now) }
        #expect(try await count("hub_review", in: store) == 0)
        #expect(try await count("hub_exam", in: store) == 0)
        #expect(try await count("hub_exam_card", in: store) == 0)
        try await store.database.transaction { sql in try await sql.raw("ALTER TABLE hub_card_away RENAME TO hub_card").run() }
        let result = try await store.ingest(text: body, learner: "chen", now: P.now)
        #expect(result == IngestResult(added: 3, duplicates: 0))
        #expect(try await count("hub_review", in: store) == 2)
    }

    /// A card's state is the replay of its reviews in time order, as the drill computes it,
    /// whichever order the files arrive in.
    @Test(arguments: HubTestEngine.available)
    func cardStatesAreTheDrillsReplayWhateverTheArrivalOrder(engine: HubTestEngine) async throws {
        let store = try await engine.makeStore()
        defer { Task { await store.close() } }
        _ = try await store.addUser(name: "early", role: .learner, now: P.start)
        _ = try await store.addUser(name: "late", role: .learner, now: P.start)
        let ratings: [(Int, Int64)] = [(3, 0), (3, 700), (3, 2 * 86_400), (1, 12 * 86_400), (3, 12 * 86_400 + 700), (4, 20 * 86_400)]
        let lines = ratings.enumerated().map { index, pair in
            P.review("r\(index)", card: "c/x", rating: pair.0, at: P.start + pair.1)
        }
        _ = try await store.ingest(text: P.file(lines), learner: "early", now: P.now)
        _ = try await store.ingest(text: P.file(Array(lines[3...])), learner: "late", now: P.now)
        _ = try await store.ingest(text: P.file(Array(lines[..<3])), learner: "late", now: P.now)

        var expected = SchedulingState.new(due: P.start)
        for (rating, offset) in ratings {
            let seed = IntervalFuzz.seed(cardID: "c/x", reps: expected.reps)
            expected = HubTestEngine.scheduler.review(expected, rating: Rating(rawValue: rating)!, at: P.start + offset, fuzzSeed: seed)
        }
        for learner in ["early", "late"] {
            let rows = try await store.database.read { sql in
                try await sql.select().column("*").from("hub_card").join("hub_user", on: SQLColumn("user_id"), .equal, SQLColumn("id", table: "hub_user"))
                    .where(SQLColumn("name", table: "hub_user"), .equal, SQLBind(learner)).all(decoding: SummaryData.CardRow.self)
            }
            #expect(rows.count == 1)
            #expect(rows.first?.scheduling == expected, "\(learner)")
            #expect(rows.first?.failures == 1)
        }
        #expect(expected.lapses == 1)
    }

    private func count(_ table: String, in store: HubStore) async throws -> Int64 {
        try await store.database.read { sql in
            try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(table)
                .first(decodingColumn: "n", as: Int64.self) ?? -1
        }
    }
}

@Suite struct HubStoreConcurrencyTests {
    typealias P = ProgressText

    /// Overlapping bodies sent at once, as retrying clients do: every event is stored exactly once
    /// and the counts add up.
    @Test(arguments: HubTestEngine.available)
    func concurrentOverlappingIngestsStoreEachEventOnce(engine: HubTestEngine) async throws {
        let store = try await engine.makeStore()
        defer { Task { await store.close() } }
        _ = try await store.addUser(name: "ann", role: .learner, now: P.start)
        _ = try await store.addUser(name: "bo", role: .learner, now: P.start)
        let events = (0..<30).map { index in
            P.review("e\(index)", card: "c/\(index % 5)", rating: index % 4 + 1, at: P.start + Int64(index) * 3_600)
        }
        // Twelve bodies of ten events each, starting every five events: each event is in two bodies.
        let bodies = stride(from: 0, to: 30, by: 5).flatMap { start in
            ["ann", "bo"].map { (learner: $0, text: P.file(Array(events[start..<min(start + 10, 30)]))) }
        }
        let results = try await withThrowingTaskGroup(of: IngestResult.self) { group in
            for body in bodies {
                group.addTask { try await store.ingest(text: body.text, learner: body.learner, now: P.now) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.map(\.added).reduce(0, +) == 60)
        #expect(results.map { $0.added + $0.duplicates }.reduce(0, +) == bodies.count * 10 - 2 * 5)
        let team = try await store.teamSummary(now: P.now)
        #expect(team.learners.map(\.reviews) == [30, 30])
        #expect(team.learners.map(\.cards.seen) == [5, 5])
        #expect(team.learners[0].cards == team.learners[1].cards)
    }
}
