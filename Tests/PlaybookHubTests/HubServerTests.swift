import Foundation
import Hummingbird
import HummingbirdTesting
import PlaybookCore
import PlaybookDrill
@testable import PlaybookHub
@testable import PlaybookHubServer
import SQLKit
import Testing

/// The hub's HTTP API in process (HummingbirdTesting's router client), on each engine: every
/// status the API promises, idempotent posts, isolation between learners and trainers.
@Suite struct HubServerTests {
    /// A hub with a learner (team A), a second learner, a trainer and a disabled learner.
    struct Fixture {
        var server: HubServer
        var learner: String
        var other: String
        var trainer: String
        var disabled: String
    }

    static func fixture(_ engine: HubTestEngine, settings: HubServerSettings = HubServerSettings(),
                        site: [String: Data] = [:]) async throws -> Fixture {
        try await fixture(store: engine.makeStore(), settings: settings, site: site)
    }

    static func fixture(store: HubStore, settings: HubServerSettings = HubServerSettings(),
                        site: [String: Data] = [:]) async throws -> Fixture {
        let now = ProgressText.now
        let learner = try await store.addUser(name: "lin", role: .learner, team: "A", now: now).token.description
        let other = try await store.addUser(name: "wang", role: .learner, team: "B", now: now).token.description
        let trainer = try await store.addUser(name: "zhou", role: .trainer, now: now).token.description
        let disabled = try await store.addUser(name: "gone", role: .learner, now: now).token.description
        _ = try await store.disableUser("gone", now: now)
        let server = HubServer(store: store, site: site, settings: settings, clock: { now })
        return Fixture(server: server, learner: learner, other: other, trainer: trainer, disabled: disabled)
    }

    static func bearer(_ token: String) -> HTTPFields { [.authorization: "Bearer \(token)"] }

    /// The response's JSON object; empty (so every expectation on it fails) when it is not one.
    static func json(_ response: TestResponse) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer: response.body))) as? [String: Any] ?? [:]
    }

    static let twoReviews = ProgressText.file([
        ProgressText.review("r1", card: "fund/1", rating: 3, at: ProgressText.start),
        ProgressText.review("r2", card: "fund/2", rating: 1, at: ProgressText.start + 60),
    ])

    static func test(_ fixture: Fixture, _ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = Application(router: fixture.server.makeRouter())
        try await app.test(.router, body)
        await fixture.server.store.close()
    }

    @Test(arguments: HubTestEngine.available)
    func healthAndTokens(engine: HubTestEngine) async throws {
        let hub = try await Self.fixture(engine)
        try await Self.test(hub) { client in
            try await client.execute(uri: "/healthz", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/v1/me", method: .get) { response in
                #expect(response.status == .unauthorized)
                #expect(Self.json(response)["error"] as? String != nil)
            }
            try await client.execute(uri: "/api/v1/me", method: .get, headers: Self.bearer("not-a-token")) { #expect($0.status == .unauthorized) }
            // A real selector with a forged secret.
            let forged = String(hub.learner.prefix { $0 != "." }) + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
            try await client.execute(uri: "/api/v1/me", method: .get, headers: Self.bearer(forged)) { #expect($0.status == .unauthorized) }
            try await client.execute(uri: "/api/v1/me", method: .get, headers: [.authorization: "Basic \(hub.learner)"]) {
                #expect($0.status == .unauthorized)
            }
            try await client.execute(uri: "/api/v1/me", method: .get, headers: Self.bearer(hub.disabled)) { #expect($0.status == .forbidden) }
            try await client.execute(uri: "/api/v1/progress", method: .post, headers: Self.bearer(hub.disabled),
                                     body: ByteBuffer(string: Self.twoReviews)) { #expect($0.status == .forbidden) }
        }
    }

    @Test(arguments: HubTestEngine.available)
    func postTwiceIsIdempotentAndMeCountsReviews(engine: HubTestEngine) async throws {
        let hub = try await Self.fixture(engine)
        try await Self.test(hub) { client in
            try await client.execute(uri: "/api/v1/progress", method: .post, headers: Self.bearer(hub.learner),
                                     body: ByteBuffer(string: Self.twoReviews)) { response in
                #expect(response.status == .ok)
                let body = Self.json(response)
                #expect(body["added"] as? Int == 2)
                #expect(body["duplicates"] as? Int == 0)
                #expect((body["refused"] as? [Any])?.isEmpty == true)
            }
            try await client.execute(uri: "/api/v1/progress", method: .post, headers: Self.bearer(hub.learner),
                                     body: ByteBuffer(string: Self.twoReviews)) { response in
                #expect(response.status == .ok)
                let body = Self.json(response)
                #expect(body["added"] as? Int == 0)
                #expect(body["duplicates"] as? Int == 2)
            }
            try await client.execute(uri: "/api/v1/me", method: .get, headers: Self.bearer(hub.learner)) { response in
                #expect(response.status == .ok)
                let body = Self.json(response)
                #expect(body["name"] as? String == "lin")
                #expect(body["reviews"] as? Int == 2)
            }
            // The other learner's summary is their own: none of lin's reviews.
            try await client.execute(uri: "/api/v1/me", method: .get, headers: Self.bearer(hub.other)) { response in
                let body = Self.json(response)
                #expect(body["name"] as? String == "wang")
                #expect(body["reviews"] as? Int == 0)
            }
        }
    }

    @Test(arguments: HubTestEngine.available)
    func badBodiesAre400WithLineNumbersAndPartialBodiesKeepTheGoodLines(engine: HubTestEngine) async throws {
        let hub = try await Self.fixture(engine)
        try await Self.test(hub) { client in
            let nothingValid = ProgressText.file(["{not json", #"{"type":"review","id":"x"}"#])
            try await client.execute(uri: "/api/v1/progress", method: .post, headers: Self.bearer(hub.learner),
                                     body: ByteBuffer(string: nothingValid)) { response in
                #expect(response.status == .badRequest)
                let refused = try #require(Self.json(response)["refused"] as? [[String: Any]])
                #expect(refused.compactMap { $0["line"] as? Int } == [2, 3])
                #expect(refused.allSatisfy { ($0["error"] as? String)?.isEmpty == false })
            }
            for body in ["", "plain text, no header\n", String(decoding: [0xff, 0xfe, 0x00], as: UTF8.self)] {
                try await client.execute(uri: "/api/v1/progress", method: .post, headers: Self.bearer(hub.learner),
                                         body: ByteBuffer(string: body)) { response in
                    #expect(response.status == .badRequest, "body \(body.debugDescription)")
                    #expect(Self.json(response)["error"] as? String != nil)
                }
            }
            let mixed = ProgressText.file([ProgressText.review("ok1", card: "fund/1", rating: 3, at: ProgressText.start), "{oops"])
            try await client.execute(uri: "/api/v1/progress", method: .post, headers: Self.bearer(hub.learner),
                                     body: ByteBuffer(string: mixed)) { response in
                #expect(response.status == .ok)
                let body = Self.json(response)
                #expect(body["added"] as? Int == 1)
                #expect((body["refused"] as? [[String: Any]])?.first?["line"] as? Int == 3)
            }
        }
    }

    @Test func overTheLimitIs413AndStoresNothing() async throws {
        let hub = try await Self.fixture(.sqlite, settings: HubServerSettings(maxBodyBytes: 600))
        try await Self.test(hub) { client in
            let lines = (0..<10).map { ProgressText.review("big\($0)", card: "fund/\($0)", rating: 3, at: ProgressText.start + Int64($0)) }
            try await client.execute(uri: "/api/v1/progress", method: .post, headers: Self.bearer(hub.learner),
                                     body: ByteBuffer(string: ProgressText.file(lines))) { response in
                #expect(response.status == .contentTooLarge)
                #expect((Self.json(response)["error"] as? String)?.contains("600") == true)
            }
            try await client.execute(uri: "/api/v1/me", method: .get, headers: Self.bearer(hub.learner)) {
                #expect(Self.json($0)["reviews"] as? Int == 0)
            }
            // Under the limit, the same server takes it.
            try await client.execute(uri: "/api/v1/progress", method: .post, headers: Self.bearer(hub.learner),
                                     body: ByteBuffer(string: ProgressText.file(Array(lines.prefix(1))))) { #expect($0.status == .ok) }
        }
    }

    @Test(arguments: HubTestEngine.available)
    func teamIsForTrainersOnly(engine: HubTestEngine) async throws {
        let hub = try await Self.fixture(engine)
        try await Self.test(hub) { client in
            try await client.execute(uri: "/api/v1/progress", method: .post, headers: Self.bearer(hub.learner),
                                     body: ByteBuffer(string: Self.twoReviews)) { #expect($0.status == .ok) }
            for token in [hub.learner, hub.other] {
                try await client.execute(uri: "/api/v1/team", method: .get, headers: Self.bearer(token)) { response in
                    #expect(response.status == .forbidden)
                    #expect(!String(buffer: response.body).contains("\"reviews\""))
                }
            }
            try await client.execute(uri: "/api/v1/team", method: .get) { #expect($0.status == .unauthorized) }
            try await client.execute(uri: "/api/v1/team", method: .get, headers: Self.bearer(hub.trainer)) { response in
                #expect(response.status == .ok)
                let learners = try #require(Self.json(response)["learners"] as? [[String: Any]])
                let lin = learners.first { $0["name"] as? String == "lin" }
                #expect(lin?["reviews"] as? Int == 2)
                #expect(lin?["team"] as? String == "A")
                #expect(Self.json(response)["forecast"] is NSNull, "no date, no forecast")
            }
        }
    }

    @Test(arguments: HubTestEngine.available)
    func teamWithADateCarriesTheForecast(engine: HubTestEngine) async throws {
        let source = SourceReference(path: "objections/fund.md", line: 1)
        var settings = HubServerSettings()
        settings.deck = DashboardDeck(cards: ["fund/1", "fund/2", "fund/3"].map {
            Card(id: $0, kind: .objection, front: $0, back: "…", source: source)
        })
        let hub = try await Self.fixture(engine, settings: settings)
        try await Self.test(hub) { client in
            try await client.execute(uri: "/api/v1/progress", method: .post, headers: Self.bearer(hub.learner),
                                     body: ByteBuffer(string: Self.twoReviews)) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/v1/team?date=2030-01-01", method: .get, headers: Self.bearer(hub.trainer)) { response in
                #expect(response.status == .ok)
                let forecast = try #require(Self.json(response)["forecast"] as? [String: Any])
                #expect(forecast["cards"] as? [String] == ["fund/1", "fund/2", "fund/3"])
                #expect(forecast["passMark"] as? Double == 80)
                let learners = try #require(forecast["learners"] as? [[String: Any]])
                let lin = try #require(learners.first { $0["name"] as? String == "lin" })
                #expect(lin["answered"] as? Int == 2)
                #expect(lin["belowPass"] as? Bool == true, "two of three cards, years later")
                let wang = try #require(learners.first { $0["name"] as? String == "wang" })
                #expect(wang["score"] as? Double == 0, "nothing answered: no recall")
                #expect(Self.json(response)["learners"] is [Any], "the summary is still there")
            }
            try await client.execute(uri: "/api/v1/team?date=tomorrow", method: .get, headers: Self.bearer(hub.trainer)) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("tomorrow"))
            }
        }
    }

    @Test func servesTheSiteOnTheSameOrigin() async throws {
        let site = ["index.html": Data("<h1>practice</h1>".utf8), "assets/app.js": Data("let x = 1".utf8)]
        let hub = try await Self.fixture(.sqlite, site: site)
        try await Self.test(hub) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == "<h1>practice</h1>")
            }
            try await client.execute(uri: "/assets/app.js", method: .get) { #expect($0.headers[.contentType]?.contains("javascript") == true) }
            try await client.execute(uri: "/missing.html", method: .get) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/%2e%2e/secret", method: .get) { #expect($0.status == .notFound) }
        }
    }

    @Test func anUnansweringDatabaseIs503ThenRecovers() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hub-down-\(UUID().uuidString)").path
        let database = StallingDatabase(try await SQLiteHubDatabase.open(folder: folder))
        let store = try await HubStore.open(database, scheduler: HubTestEngine.scheduler)
        let hub = try await Self.fixture(store: store, settings: HubServerSettings(storeDeadline: .seconds(1)))
        try await Self.test(hub) { client in
            database.stalled = true
            let started = ContinuousClock.now
            try await client.execute(uri: "/healthz", method: .get) { #expect($0.status == .serviceUnavailable) }
            try await client.execute(uri: "/api/v1/progress", method: .post, headers: Self.bearer(hub.learner),
                                     body: ByteBuffer(string: Self.twoReviews)) { response in
                #expect(response.status == .serviceUnavailable)
                #expect((Self.json(response)["error"] as? String)?.contains("unavailable") == true)
            }
            #expect(ContinuousClock.now - started < .seconds(20), "answered at the deadline, not hung (a roomy bound: the suite runs in parallel)")
            database.stalled = false
            try await client.execute(uri: "/healthz", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/v1/progress", method: .post, headers: Self.bearer(hub.learner),
                                     body: ByteBuffer(string: Self.twoReviews)) { response in
                #expect(Self.json(response)["added"] as? Int == 2, "\(String(buffer: response.body))")
            }
        }
    }
}
