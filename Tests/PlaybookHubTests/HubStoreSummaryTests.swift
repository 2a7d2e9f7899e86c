import Foundation
@testable import PlaybookHub
import SQLKit
import Testing

@Suite struct HubStoreSummaryTests {
    typealias P = ProgressText

    /// Two learners and a trainer with events chosen so every summary field has a known value.
    static func seed(_ store: HubStore) async throws {
        _ = try await store.addUser(name: "ann", role: .learner, team: "north", now: P.start)
        _ = try await store.addUser(name: "bo", role: .learner, team: "south", now: P.start)
        _ = try await store.addUser(name: "coach", role: .trainer, team: "north", now: P.start)
        // ann: c/hard lapses (Again after graduating), c/easy goes well; one failed and one passed exam.
        _ = try await store.ingest(text: P.file([
            P.review("a1", card: "c/hard", rating: 3, at: P.start),
            P.review("a2", card: "c/hard", rating: 3, at: P.start + 700),
            P.review("a3", card: "c/hard", rating: 3, at: P.start + 3 * 86_400),
            P.review("a4", card: "c/hard", rating: 1, at: P.start + 30 * 86_400),
            P.review("a5", card: "c/easy", rating: 4, at: P.start + 60),
            P.review("a6", card: "c/easy", rating: 4, at: P.start + 20 * 86_400),
            P.exam("ae1", at: P.start + 31 * 86_400, score: 60, cards: [("c/hard", 40), ("c/easy", 80)]),
            P.exam("ae2", at: P.start + 35 * 86_400, score: 90, cards: [("c/hard", 85), ("c/easy", 95)]),
        ]), learner: "ann", now: P.now)
        // bo: fails c/hard while learning; the same event ids as ann's are bo's own events.
        _ = try await store.ingest(text: P.file([
            P.review("a1", card: "c/hard", rating: 1, at: P.start + 100),
            P.review("a2", card: "c/hard", rating: 1, at: P.start + 200),
            P.review("b3", card: "c/easy", rating: 3, at: P.start + 300),
        ]), learner: "bo", now: P.now)
    }

    @Test(arguments: HubTestEngine.available)
    func aLearnersSummarySeesOnlyTheirOwnEvents(engine: HubTestEngine) async throws {
        let store = try await engine.makeStore()
        defer { Task { await store.close() } }
        try await Self.seed(store)
        let ann = try #require(try await store.summary(of: "ann", now: P.now))
        #expect(ann.reviews == 6)
        #expect(ann.cards.seen == 2)
        #expect(ann.cards.relearning == 1)
        #expect(ann.cards.review == 1)
        #expect(ann.exams.map(\.id) == ["ae2", "ae1"])
        #expect(ann.lastPassedAt == P.start + 35 * 86_400)
        // In the 30 days before now: a4 (Again on a Review card) and a6 (Easy on a Review card).
        #expect(ann.retention == 0.5)
        #expect(ann.due >= 1)

        let bo = try #require(try await store.summary(of: "bo", now: P.now))
        #expect(bo.reviews == 3)
        #expect(bo.cards.seen == 2)
        #expect(bo.cards.learning == 2)
        #expect(bo.exams.isEmpty)
        #expect(bo.retention == nil)
        #expect(bo.lastActive == P.start + 300)
        #expect(try await store.summary(of: "nobody", now: P.now) == nil)
    }

    @Test(arguments: HubTestEngine.available)
    func theTeamSummaryListsLearnersAndTheWeakestCards(engine: HubTestEngine) async throws {
        let store = try await engine.makeStore()
        defer { Task { await store.close() } }
        try await Self.seed(store)
        let team = try await store.teamSummary(now: P.now)
        #expect(team.learners.map(\.name) == ["ann", "bo"])
        #expect(team.learners.map(\.reviews) == [6, 3])
        #expect(team.weakest.map(\.card) == ["c/hard", "c/easy"])
        let hard = team.weakest[0]
        #expect(hard.learners == 2 && hard.learnersFailed == 2 && hard.lapses == 1 && hard.failures == 3)
        #expect((hard.meanRetrievability ?? 1) < (team.weakest[1].meanRetrievability ?? 1))

        let north = try await store.teamSummary(now: P.now, team: "north")
        #expect(north.learners.map(\.name) == ["ann"])
        #expect(north.weakest.allSatisfy { $0.learners == 1 })
        #expect(try await store.teamSummary(now: P.now, weakestLimit: 1).weakest.map(\.card) == ["c/hard"])
    }

    @Test(.enabled(if: HubTestEngine.postgresURL != nil, Comment(rawValue: HubTestEngine.postgresMissing)))
    func bothEnginesGiveIdenticalSummaries() async throws {
        var summaries: [TeamSummary] = []
        var mine: [LearnerSummary] = []
        for engine in HubTestEngine.allCases {
            let store = try await engine.makeStore()
            try await Self.seed(store)
            summaries.append(try await store.teamSummary(now: P.now))
            mine.append(try #require(try await store.summary(of: "ann", now: P.now)))
            await store.close()
        }
        #expect(summaries[0] == summaries[1])
        #expect(mine[0] == mine[1])
        #expect(summaries[0].learners.first == mine[0])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(try encoder.encode(summaries[0]) == encoder.encode(summaries[1]))
    }
}
