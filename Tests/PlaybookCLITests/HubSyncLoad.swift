import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One request's worth of a learner's progress: `ids.count` reviews whose IDs belong to this
/// (learner, batch) only, as the progress JSONL of docs/format.md §12.
struct ProgressBatch: Sendable, Hashable {
    let learner: String
    let index: Int
    let ids: [String]
    let body: String

    /// Batch `index` of `learner`: `size` reviews of four cards, one a minute, all in the past.
    init(learner: String, index: Int, size: Int) {
        self.learner = learner
        self.index = index
        let first = 1_735_689_600 + Int64(index * size) * 60 // 2025-01-01T00:00:00Z onwards
        let format = ISO8601DateFormatter()
        var ids: [String] = []
        var lines = [#"{"type":"header","format":"playbook-progress","version":1,"playbook":"Reliability","learner":null,"exportedAt":"2025-06-01T00:00:00Z"}"#]
        for offset in 0..<size {
            let id = "\(learner)-b\(index)-e\(offset)"
            let at = format.string(from: Date(timeIntervalSince1970: TimeInterval(first + Int64(offset) * 60)))
            let card = "objection/fee/card-\((index + offset) % 4)"
            ids.append(id)
            lines.append(#"{"type":"review","id":"\#(id)","card":"\#(card)","contentHash":"c0ffee","rating":\#(offset % 4 + 1),"reviewedAt":"\#(at)","mode":"type","score":\#(offset * 7 % 101),"answer":"answer \#(offset)"}"#)
        }
        self.ids = ids
        body = lines.joined(separator: "\n") + "\n"
    }
}

/// Learners' clients syncing at once, as the practice page does: each posts its batches in
/// order and posts a batch again until a response acknowledges it (200, every event counted as
/// added or duplicate). The hub's address can change while they run (``moveHub(to:)``).
final class HubSyncLoad: @unchecked Sendable {
    /// A client: one learner's token and the batches it sends.
    struct Client: Sendable {
        var token: String
        var batches: [ProgressBatch]
    }

    /// What the hub said when it acknowledged a batch.
    struct Acknowledgement: Sendable {
        var added: Int
        var duplicates: Int
    }

    private let lock = NSLock()
    private let clients: [Client]
    private var hub: String
    private var acknowledged: [ProgressBatch: Acknowledgement] = [:]
    private var failures: [Int] // per client: requests that got no answer or a 5xx
    private var inFlight = 0
    private var unexpected: [String] = []
    private var finished: Set<Int> = []

    init(clients: [Client], hub: String) {
        self.clients = clients
        self.hub = hub
        failures = Array(repeating: 0, count: clients.count)
    }

    var acknowledgedBatches: [ProgressBatch: Acknowledgement] { lock.withLock { acknowledged } }
    var requestsInFlight: Int { lock.withLock { inFlight } }
    /// Responses that were neither an acknowledgement nor a failure to retry (a 4xx, a wrong count).
    var unexpectedResponses: [String] { lock.withLock { unexpected } }
    var failedRequests: [Int] { lock.withLock { failures } }
    var allBatches: [ProgressBatch] { clients.flatMap(\.batches) }

    /// True when every client has finished or has had more than `counts[client]` failed requests.
    func everyClientFailedSince(_ counts: [Int]) -> Bool {
        lock.withLock { clients.indices.allSatisfy { finished.contains($0) || failures[$0] > counts[$0] } }
    }

    /// Points the clients at a restarted hub.
    func moveHub(to base: String) { lock.withLock { hub = base } }

    /// Runs the clients on threads of their own and returns at once; `done` is signalled when
    /// every client has finished or given up at `deadline`.
    func start(until deadline: Date) -> DispatchGroup {
        let done = DispatchGroup()
        for index in clients.indices {
            let thread = Thread { [self] in
                run(client: index, until: deadline)
                done.leave()
            }
            done.enter()
            thread.start()
        }
        return done
    }

    private func run(client index: Int, until deadline: Date) {
        let session = URLSession(configuration: .ephemeral)
        defer { session.invalidateAndCancel() }
        let client = clients[index]
        for batch in client.batches {
            while true {
                guard Date() < deadline else { return }
                let base = lock.withLock { inFlight += 1; return hub }
                let response = HTTPProbe.post(base + "/api/v1/progress", body: batch.body, bearer: client.token,
                                              timeout: 10, session: session)
                let outcome = record(response, of: batch, client: index)
                if outcome == .acknowledged { break }
                if outcome == .unexpected { return }
                usleep(20_000)
            }
        }
        lock.withLock { _ = finished.insert(index) }
    }

    private enum Outcome { case acknowledged, retry, unexpected }

    private func record(_ response: (status: Int, body: String)?, of batch: ProgressBatch, client: Int) -> Outcome {
        lock.withLock {
            inFlight -= 1
            guard let response, response.status < 500 else {
                failures[client] += 1
                return .retry
            }
            let object = HTTPProbe.object(response.body)
            let added = object["added"] as? Int ?? -1, duplicates = object["duplicates"] as? Int ?? -1
            let refused = object["refused"] as? [Any] ?? [1]
            guard response.status == 200, added >= 0, duplicates >= 0, added + duplicates == batch.ids.count, refused.isEmpty else {
                unexpected.append("\(batch.learner) batch \(batch.index): \(response.status) \(response.body)")
                return .unexpected
            }
            acknowledged[batch] = Acknowledgement(added: added, duplicates: duplicates)
            return .acknowledged
        }
    }
}
