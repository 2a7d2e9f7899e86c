import Foundation
import Testing

/// The real `playbook hub serve` on a real PostgreSQL that stops mid-run: while it is down the
/// hub answers 503 with a message within its store deadline (never a 500, never a hang), and
/// when it is back the same hub process serves again and a retried batch is stored once.
@Suite struct HubPostgresOutageTests {
    static let product = "---\ntitle: 维修资金专户\n---\n摘要。\n"
    /// The hub's `--store-timeout`, in seconds.
    static let storeTimeout = 2.0

    @Test(.enabled(if: HubTestStore.postgresURL != nil, "\(HubTestStore.postgresMissing)"))
    func postgresStoppedGives503ThenTheHubRecoversByItself() async throws {
        let playbook = try TempPlaybook(["products/fund.md": Self.product])
        defer { playbook.remove() }
        let cluster = try PostgresTestCluster.start()
        defer { cluster.remove() }
        let store = try await HubTestStore.freshDatabase(on: cluster.url)
        let token = try store.addUser("lin", team: "A")
        let hub = try HubProcess(content: playbook.content, store: store, extra: ["--store-timeout", "\(Self.storeTimeout)"])
        defer { hub.killNow() }
        let progress = hub.base + "/api/v1/progress"

        let before = ProgressBatch(learner: "lin", index: 0, size: 10)
        let stored = HTTPProbe.post(progress, body: before.body, bearer: token)
        #expect(stored?.status == 200 && HTTPProbe.object(stored?.body ?? "")["added"] as? Int == 10, "\(stored?.body ?? "no answer")")

        try cluster.stop()
        let during = ProgressBatch(learner: "lin", index: 1, size: 10)
        for (method, path) in [("POST", "/api/v1/progress"), ("GET", "/healthz"), ("GET", "/api/v1/me")] {
            let asked = Date()
            let answer = method == "POST"
                ? HTTPProbe.post(hub.base + path, body: during.body, bearer: token, timeout: 30)
                : HTTPProbe.get(hub.base + path, bearer: token, timeout: 30)
            let seconds = Date().timeIntervalSince(asked)
            #expect(answer?.status == 503, "\(method) \(path) while PostgreSQL is down: \(answer.map { "\($0.status) \($0.body)" } ?? "no answer")")
            let message = HTTPProbe.object(answer?.body ?? "")["error"] as? String ?? ""
            #expect(!message.isEmpty, "503 says what happened: \(answer?.body ?? "")")
            #expect(seconds < Self.storeTimeout + 10, "\(method) \(path) answered after \(seconds) s, past the store deadline")
        }
        #expect(hub.isRunning, "the hub stays up while its database is down")

        // Back up: the same process serves again; the client's retry stores the batch once.
        try cluster.resume()
        var retried: (status: Int, body: String)?
        let recovered = LiveProcess.poll(timeout: 60) {
            retried = HTTPProbe.post(progress, body: during.body, bearer: token, timeout: 10)
            return retried?.status == 200
        }
        #expect(recovered, "no 200 after PostgreSQL came back: \(retried.map { "\($0.status) \($0.body)" } ?? "no answer")")
        let counts = HTTPProbe.object(retried?.body ?? "")
        #expect((counts["added"] as? Int ?? 0) + (counts["duplicates"] as? Int ?? 0) == 10)
        let again = HTTPProbe.post(progress, body: during.body, bearer: token)
        #expect(HTTPProbe.object(again?.body ?? "")["duplicates"] as? Int == 10, "a second retry adds nothing")
        let me = HTTPProbe.get(hub.base + "/api/v1/me", bearer: token)
        #expect(HTTPProbe.object(me?.body ?? "")["reviews"] as? Int == 20, "\(me?.body ?? "no answer")")
        #expect(HTTPProbe.get(hub.base + "/healthz")?.status == 200)
        #expect(hub.stop())

        let contents = try await store.contents()
        #expect(contents.ids(of: "lin") == Set(before.ids + during.ids))
        #expect(contents.rows == 20, "nothing stored twice")
    }
}
