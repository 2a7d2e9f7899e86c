import Foundation
import Testing

/// Two `playbook hub serve` processes on one PostgreSQL, as behind a load balancer: the hub
/// keeps no state of its own, so what one stores the other serves, and a user added with the
/// CLI works on both.
@Suite struct HubTwoProcessTests {
    static let product = "---\ntitle: 维修资金专户\n---\n摘要。\n"

    static func reviews(_ answer: (status: Int, body: String)?) -> Int? {
        HTTPProbe.object(answer?.body ?? "")["reviews"] as? Int
    }

    /// Each learner's `reviews` in a `/api/v1/team` answer.
    static func teamReviews(_ answer: (status: Int, body: String)?) -> [String: Int] {
        let learners = HTTPProbe.object(answer?.body ?? "")["learners"] as? [[String: Any]] ?? []
        return Dictionary(learners.compactMap { learner in
            (learner["name"] as? String).map { ($0, learner["reviews"] as? Int ?? -1) }
        }, uniquingKeysWith: { first, _ in first })
    }

    @Test(.enabled(if: HubTestStore.postgresURL != nil, "\(HubTestStore.postgresMissing)"))
    func syncsToEitherHubAreVisibleOnBoth() async throws {
        let playbook = try TempPlaybook(["products/fund.md": Self.product])
        defer { playbook.remove() }
        let store = try await HubTestStore.fresh(.postgres)
        let lin = try store.addUser("lin", team: "A")
        let trainer = try store.addUser("zhou", role: "trainer")
        let one = try HubProcess(content: playbook.content, store: store)
        defer { one.killNow() }
        let two = try HubProcess(content: playbook.content, store: store)
        defer { two.killNow() }
        let hubs = [one, two]

        let first = ProgressBatch(learner: "lin", index: 0, size: 10), second = ProgressBatch(learner: "lin", index: 1, size: 10)
        #expect(HTTPProbe.post(one.base + "/api/v1/progress", body: first.body, bearer: lin)?.status == 200)
        #expect(Self.reviews(HTTPProbe.get(two.base + "/api/v1/me", bearer: lin)) == 10, "a sync to one hub is read on the other")
        #expect(HTTPProbe.post(two.base + "/api/v1/progress", body: second.body, bearer: lin)?.status == 200)
        for hub in hubs {
            #expect(Self.reviews(HTTPProbe.get(hub.base + "/api/v1/me", bearer: lin)) == 20)
            #expect(Self.teamReviews(HTTPProbe.get(hub.base + "/api/v1/team", bearer: trainer))["lin"] == 20)
        }

        // A learner enrolled with the CLI while both run: their token opens both hubs.
        let wang = try store.addUser("wang", team: "B")
        let third = ProgressBatch(learner: "wang", index: 0, size: 10)
        #expect(HTTPProbe.post(two.base + "/api/v1/progress", body: third.body, bearer: wang)?.status == 200)
        for hub in hubs {
            #expect(Self.reviews(HTTPProbe.get(hub.base + "/api/v1/me", bearer: wang)) == 10, "wang on \(hub.base)")
            #expect(Self.teamReviews(HTTPProbe.get(hub.base + "/api/v1/team", bearer: trainer)) == ["lin": 20, "wang": 10])
        }

        // The same batches sent to both hubs at once are stored once.
        let racing = (2..<8).map { ProgressBatch(learner: "lin", index: $0, size: 10) }
        let answers = ResponseLog()
        DispatchQueue.concurrentPerform(iterations: racing.count * 2) { index in
            let hub = hubs[index % 2], batch = racing[index / 2]
            answers.add(HTTPProbe.post(hub.base + "/api/v1/progress", body: batch.body, bearer: lin)?.status)
        }
        #expect(answers.statuses == [Int?](repeating: 200, count: racing.count * 2))
        for hub in hubs {
            #expect(Self.reviews(HTTPProbe.get(hub.base + "/api/v1/me", bearer: lin)) == 80)
        }
        let contents = try await store.contents()
        #expect(contents.ids(of: "lin") == Set(([first, second] + racing).flatMap(\.ids)))
        #expect(contents.rows == 90, "each event once")
    }

    /// Hubs (here: `hub user add`, which opens the store the same way) starting at once on an
    /// empty PostgreSQL database all migrate it and work; none fails on the schema's creation.
    @Test(.enabled(if: HubTestStore.postgresURL != nil, "\(HubTestStore.postgresMissing)"))
    func hubsStartingAtOnceOnAnEmptyDatabaseAllSucceed() async throws {
        for round in 0..<3 {
            let store = try await HubTestStore.fresh(.postgres)
            let names = (0..<6).map { "user\(round)x\($0)" }
            let results = ResponseLog()
            DispatchQueue.concurrentPerform(iterations: names.count) { index in
                let added = try? CLIRunner.run(["hub", "user", "add", names[index], "--role", "learner"] + store.arguments, timeout: 60)
                results.add(added.map { Int($0.status) })
                if let added, added.status != 0 { Issue.record("\(names[index]): \(added.stderr)") }
            }
            #expect(results.statuses == [Int?](repeating: 0, count: names.count))
            let list = try CLIRunner.run(["hub", "user", "list"] + store.arguments)
            #expect(names.allSatisfy { list.stdout.contains($0 + "\tlearner") }, "\(list.stdout)")
        }
    }

    /// Statuses answered to concurrent requests.
    final class ResponseLog: @unchecked Sendable {
        private let lock = NSLock()
        private var list: [Int?] = []
        func add(_ status: Int?) { lock.withLock { list.append(status) } }
        var statuses: [Int?] { lock.withLock { list } }
    }
}
