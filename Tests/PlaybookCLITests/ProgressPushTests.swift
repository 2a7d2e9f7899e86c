import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `playbook progress push` and `drill --hub` against a real `hub serve` (SQLite): pushes are
/// idempotent, a bad token and a hub that is down are said plainly (exit 2), nothing is lost.
@Suite(.serialized) struct ProgressPushTests {
    typealias F = DrillFixture

    /// A `hub serve` child process on its own data folder, with one learner.
    final class Hub {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("hub-push-\(UUID().uuidString)").path
        let content: URL
        private(set) var live: LiveProcess?
        private(set) var port: UInt16 = 0
        let token: String

        init(content: URL) throws {
            self.content = content
            let added = try CLIRunner.run(["hub", "user", "add", "lin", "--role", "learner", "--data", data])
            token = try #require(added.stdout.split(separator: "\n").last.map(String.init), "\(added.stderr)")
        }

        var base: String { "http://127.0.0.1:\(port)/" }

        /// Starts the hub (on `port`, or one the system chooses) and waits for its ready line.
        func start(port wanted: UInt16 = 0) throws {
            let live = try LiveProcess(["hub", "serve", "--content", content.path, "--data", data, "--port", "\(wanted)"])
            self.live = live
            #expect(LiveProcess.poll(timeout: 60) { ServeProcess.readyPort(in: live.stderr) != nil || !live.process.isRunning })
            port = try #require(ServeProcess.readyPort(in: live.stderr), "\(live.stderr)")
        }

        func stop() {
            guard let live else { return }
            if live.process.isRunning { live.signal(SIGTERM) }
            live.process.waitUntilExit()
            live.closeInput()
            self.live = nil
        }

        /// `reviews` in the learner's `/api/v1/me`.
        func reviews() -> Int? {
            guard let me = HTTPProbe.get(base + "api/v1/me", bearer: token), me.status == 200,
                  let object = try? JSONSerialization.jsonObject(with: Data(me.body.utf8)) as? [String: Any] else { return nil }
            return object["reviews"] as? Int
        }

        func remove() {
            stop()
            try? FileManager.default.removeItem(atPath: data)
        }
    }

    func push(_ pb: DrillPlaybook, _ extra: [String], environment: [String: String]? = nil) throws -> CLIRunner.Result {
        try CLIRunner.run(["progress", "push", "--content", pb.content.path, "--db", pb.db, "--lang", "en"] + extra, in: pb.root,
                          environment: environment ?? pb.environment, timeout: 60)
    }

    /// A loopback port nothing listens on (bound, read, closed).
    static func closedPort() -> UInt16 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return UInt16(bigEndian: address.sin_port)
    }

    @Test func pushingTwiceAddsOnceAndTheHubCountsTheReviews() throws {
        let pb = try DrillPlaybook()
        let hub = try Hub(content: pb.content)
        defer { hub.remove(); pb.remove() }
        try hub.start()
        #expect(try pb.drill(input: "1\n3\n4\n3\n").status == 0)

        let first = try push(pb, ["--hub", hub.base, "--token", hub.token])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("4 added, 0 already there, 0 refused"), "\(first.stdout)")
        #expect(hub.reviews() == 4)

        // The token from a file, and from the environment; the second push adds nothing.
        let file = pb.root.appendingPathComponent("token").path
        try (hub.token + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let second = try push(pb, ["--hub", hub.base, "--token-file", file])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("0 added, 4 already there, 0 refused"), "\(second.stdout)")
        var environment = pb.environment
        environment["PLAYBOOK_HUB_TOKEN"] = hub.token
        #expect(try push(pb, ["--hub", hub.base], environment: environment).stdout.contains("0 added, 4 already there"))
        let chinese = try CLIRunner.run(["progress", "push", "--content", pb.content.path, "--db", pb.db, "--hub", hub.base],
                                        in: pb.root, environment: environment)
        #expect(chinese.stdout.contains("新增 0 条，已有 4 条，拒绝 0 条"), "the playbook's language: \(chinese.stdout)")
        #expect(hub.reviews() == 4)
    }

    @Test func aBadTokenOrNoTokenExitsTwoSayingWhatToDo() throws {
        let pb = try DrillPlaybook()
        let hub = try Hub(content: pb.content)
        defer { hub.remove(); pb.remove() }
        try hub.start()
        #expect(try pb.drill(input: "3\n").status == 0)

        let wrong = try push(pb, ["--hub", hub.base, "--token", "lin.not-the-secret"])
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("401") && wrong.stderr.contains("token"), "\(wrong.stderr)")
        let missing = try push(pb, ["--hub", hub.base])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("PLAYBOOK_HUB_TOKEN"), "\(missing.stderr)")
        #expect(try push(pb, ["--hub", "ftp://example.com", "--token", hub.token]).status != 0, "only http(s) hubs")
        #expect(hub.reviews() == 0)
    }

    @Test func aHubThatIsDownIsRetriedThenSaidAndNothingIsLost() throws {
        let pb = try DrillPlaybook()
        let hub = try Hub(content: pb.content)
        defer { hub.remove(); pb.remove() }
        #expect(try pb.drill(input: "3\n4\n").status == 0)
        let port = Self.closedPort()
        let base = "http://127.0.0.1:\(port)/"

        let started = Date()
        let down = try push(pb, ["--hub", base, "--token", hub.token, "--hub-retries", "2"])
        #expect(down.status == 2)
        #expect(down.stderr.contains("cannot reach the hub at \(base)"), "\(down.stderr)")
        #expect(Date().timeIntervalSince(started) >= 1.4, "two retries wait 0.5 s then 1 s")

        // The drill with --hub finishes normally, says the hub is down and keeps the answers.
        let drilled = try pb.drill(["--hub", base, "--token", hub.token, "--hub-retries", "0", "--lang", "en"], input: "3\n")
        #expect(drilled.status == 0, "\(drilled.stderr)")
        #expect(drilled.stderr.contains("cannot reach the hub"), "\(drilled.stderr)")

        try hub.start(port: port)
        let up = try push(pb, ["--hub", base, "--token", hub.token])
        #expect(up.stdout.contains("3 added, 0 already there"), "\(up.stdout) \(up.stderr)")
        #expect(hub.reviews() == 3)
    }

    @Test func drillWithHubPushesAfterTheSessionAndPlaybookMdNamesTheHub() throws {
        let pb = try DrillPlaybook()
        let hub = try Hub(content: pb.content)
        defer { hub.remove(); pb.remove() }
        try hub.start()

        let drilled = try pb.drill(["--hub", hub.base, "--token", hub.token, "--lang", "en"], input: "3\n1\n")
        #expect(drilled.status == 0, "\(drilled.stderr)")
        #expect(drilled.stdout.contains("2 added, 0 already there"), "\(drilled.stdout)")
        #expect(hub.reviews() == 2)

        // Without --hub, `hub:` in playbook.md names it.
        let settings = pb.content.appendingPathComponent("playbook.md")
        let text = try String(contentsOf: settings, encoding: .utf8)
        try text.replacingOccurrences(of: "locale: zh-Hans", with: "locale: zh-Hans\nhub: \(hub.base)")
            .write(to: settings, atomically: true, encoding: .utf8)
        let pushed = try push(pb, ["--token", hub.token])
        #expect(pushed.stdout.contains("0 added, 2 already there"), "\(pushed.stdout) \(pushed.stderr)")
    }

    @Test func ctrlCInADrillWithHubStillPushesTheAnswers() throws {
        let pb = try DrillPlaybook()
        let hub = try Hub(content: pb.content)
        defer { hub.remove(); pb.remove() }
        try hub.start()
        let live = try LiveProcess(pb.drillArguments(["--kind", "objection", "--hub", hub.base, "--token", hub.token]), in: pb.root)
        defer { live.stop() }
        #expect(live.waitForOutput(DrillInterruptTests.ratingLine), "first card never shown: \(live.stdout) \(live.stderr)")
        live.send("3\n")
        #expect(live.waitForOutput(DrillInterruptTests.ratingLine, count: 2), "second card never shown: \(live.stdout)")
        live.send("1\n")
        #expect(live.waitForOutput(DrillInterruptTests.ratingLine, count: 3), "third card never shown: \(live.stdout)")
        #expect(LiveProcess.poll(timeout: 10) { (try? pb.reviewCount()) == 2 })

        live.signal(SIGINT)
        #expect(live.waitForExit(timeout: 20), "SIGINT did not end the session")
        #expect(live.screen.contains("新增 2 条，已有 0 条"), "\(live.screen)")
        #expect(hub.reviews() == 2)
    }
}
