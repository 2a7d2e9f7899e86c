import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `playbook hub user …` and `hub serve` as a user runs them: a token printed by `user add`
/// opens the API of a served hub; `user token` revokes it; `user disable` locks the user out.
@Suite struct HubCommandTests {
    static let product = "---\ntitle: 维修资金专户\n---\n摘要。\n"

    func request(_ url: String, token: String?) -> (status: Int, body: String)? { HTTPProbe.get(url, bearer: token) }

    @Test func userAddPrintsATokenThatOpensTheAPI() throws {
        let playbook = try TempPlaybook(["products/fund.md": Self.product])
        defer { playbook.remove() }
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("hub-cli-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: data) }

        let added = try CLIRunner.run(["hub", "user", "add", "lin", "--role", "learner", "--team", "A", "--data", data])
        #expect(added.status == 0, "\(added.stderr)")
        let token = try #require(added.stdout.split(separator: "\n").last.map(String.init))
        #expect(!token.isEmpty && !token.contains(" "))
        let trainer = try CLIRunner.run(["hub", "user", "add", "zhou", "--role", "trainer", "--data", data])
        let trainerToken = try #require(trainer.stdout.split(separator: "\n").last.map(String.init))

        let list = try CLIRunner.run(["hub", "user", "list", "--data", data])
        #expect(list.stdout.contains("lin\tlearner\tA\tactive"))
        #expect(!list.stdout.contains(token), "tokens are never listed")
        #expect(try CLIRunner.run(["hub", "user", "add", "lin", "--role", "learner", "--data", data]).status == 2, "names are unique")
        #expect(try CLIRunner.run(["hub", "user", "add", "x", "--role", "boss", "--data", data]).status == 2, "roles are checked")

        let hub = try HubProcess(["--content", playbook.content.path, "--data", data])
        defer { hub.killNow() }
        let (live, port) = (hub.live, hub.port)
        let base = "http://127.0.0.1:\(port)"

        let me = request(base + "/api/v1/me", token: token)
        #expect(me?.status == 200)
        #expect(me?.body.contains("\"name\":\"lin\"") == true)
        #expect(request(base + "/api/v1/me", token: nil)?.status == 401)
        #expect(request(base + "/api/v1/team", token: token)?.status == 403)
        #expect(request(base + "/api/v1/team", token: trainerToken)?.status == 200)
        #expect(request(base + "/", token: nil)?.status == 200, "the site is served on the same origin")

        // A new token revokes the old one; disabling locks the user out.
        let renewed = try CLIRunner.run(["hub", "user", "token", "lin", "--data", data])
        let newToken = try #require(renewed.stdout.split(separator: "\n").last.map(String.init))
        #expect(request(base + "/api/v1/me", token: token)?.status == 401)
        #expect(request(base + "/api/v1/me", token: newToken)?.status == 200)
        #expect(try CLIRunner.run(["hub", "user", "disable", "lin", "--data", data]).status == 0)
        #expect(request(base + "/api/v1/me", token: newToken)?.status == 403)

        live.signal(SIGTERM)
        #expect(LiveProcess.poll(timeout: 5) { !live.process.isRunning }, "stops on SIGTERM")
    }
}
