import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The real `playbook hub serve` killed with SIGKILL while learners' clients sync: no
/// acknowledged event is lost, no request is half stored, and after a restart the clients'
/// retries leave exact totals (each event once).
@Suite(.serialized) struct HubKillTests {
    static let product = "---\ntitle: 维修资金专户\n---\n摘要。\n"
    static let learners = 6
    static let batchesPerLearner = 12
    static let batchSize = 10

    @Test(arguments: HubTestStore.Engine.available)
    func sigkillDuringSyncsLosesNothingAcknowledgedAndStoresNoHalfRequest(_ engine: HubTestStore.Engine) async throws {
        let playbook = try TempPlaybook(["products/fund.md": Self.product])
        defer { playbook.remove() }
        let store = try await HubTestStore.fresh(engine)
        defer { store.remove() }
        var clients: [HubSyncLoad.Client] = []
        for learner in 0..<Self.learners {
            let name = "learner\(learner)"
            let batches = (0..<Self.batchesPerLearner).map { ProgressBatch(learner: name, index: $0, size: Self.batchSize) }
            clients.append(HubSyncLoad.Client(token: try store.addUser(name, team: "A"), batches: batches))
        }

        var hub = try HubProcess(content: playbook.content, store: store)
        defer { hub.killNow() }
        let load = HubSyncLoad(clients: clients, hub: hub.base)
        // Generous bounds: they only matter when something is wrong, and a loaded machine (the whole
        // suite runs in parallel) is slow to restart a hub.
        let done = load.start(until: Date().addingTimeInterval(240))

        // Kill in the middle: half the batches acknowledged and requests on the wire.
        let total = Self.learners * Self.batchesPerLearner
        let middle = LiveProcess.poll(timeout: 60) { load.acknowledgedBatches.count >= total / 2 && load.requestsInFlight >= 2 }
        #expect(middle, "the load never reached half its batches: \(hub.stderr)")
        hub.killNow()
        let failedBeforeKill = load.failedRequests
        let acknowledgedBeforeKill = load.acknowledgedBatches

        // While the hub is dead: each batch is stored whole or not at all, and every batch the
        // hub acknowledged is there.
        let afterKill = try await store.contents()
        for batch in load.allBatches {
            let stored = afterKill.ids(of: batch.learner).intersection(batch.ids).count
            #expect(stored == 0 || stored == batch.ids.count, "\(batch.learner) batch \(batch.index): \(stored) of \(batch.ids.count) events stored")
            if acknowledgedBeforeKill[batch] != nil {
                #expect(stored == batch.ids.count, "\(batch.learner) batch \(batch.index) was acknowledged but is not stored")
            }
        }
        #expect(afterKill.rows == afterKill.distinctIDs)

        // Restart on the same data once every client has seen the hub gone, so each one retries.
        #expect(LiveProcess.poll(timeout: 30) { load.everyClientFailedSince(failedBeforeKill) })
        hub = try HubProcess(content: playbook.content, store: store)
        load.moveHub(to: hub.base)
        #expect(done.wait(timeout: .now() + 180) == .success, "the clients did not finish")
        #expect(load.unexpectedResponses.isEmpty, "\(load.unexpectedResponses.prefix(3))")

        let acknowledged = load.acknowledgedBatches
        #expect(acknowledged.count == total, "every batch acknowledged in the end")
        let expected = Self.batchesPerLearner * Self.batchSize
        for learner in 0..<Self.learners {
            let me = HTTPProbe.get(hub.base + "/api/v1/me", bearer: clients[learner].token)
            #expect(me?.status == 200)
            #expect(HTTPProbe.object(me?.body ?? "")["reviews"] as? Int == expected, "learner\(learner): \(me?.body ?? "no answer")")
        }
        #expect(hub.stop(), "the restarted hub stops on SIGTERM")

        let final = try await store.contents()
        #expect(final.rows == total * Self.batchSize, "exact total, no duplicate rows")
        for client in clients {
            let learner = client.batches[0].learner
            #expect(final.ids(of: learner) == Set(client.batches.flatMap(\.ids)), "\(learner): every event once, nothing else")
        }
        // Each acknowledgement counts the whole batch one way: added by that request, or (when the
        // answer to the request that stored it was lost in the kill) duplicates of the retry.
        let size = Self.batchSize
        #expect(acknowledged.values.allSatisfy { ($0.added, $0.duplicates) == (size, 0) || ($0.added, $0.duplicates) == (0, size) },
                "\(acknowledged.values.filter { $0.added != size && $0.duplicates != size })")
    }
}
