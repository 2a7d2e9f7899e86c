import Foundation
import Testing

/// Helpers for the `playbook drill` / `stats` / `export anki` tests (docs/format.md §10, §7): a small
/// playbook with five cards, a fixed clock, a way to read the progress database, and a
/// process that can be fed answers one at a time and interrupted.
enum DrillFixture {
    /// 2026-11-23 09:00:00 UTC, the clock of every session unless a test moves it.
    static let now = "2026-11-23T09:00:00Z"
    static let nowSeconds: Int64 = 1_795_424_400
    /// The zone of every drill and stats run (UTC+8, no daylight saving time).
    static let timeZone = "Asia/Shanghai"

    /// `now` moved by `seconds`, as ISO 8601.
    static func time(plus seconds: Int64) -> String {
        let formatter = ISO8601DateFormatter()
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(nowSeconds + seconds)))
    }

    // Card IDs of the fixture, in playbook order.
    static let fee = "objection/price/fee"
    static let rate = "objection/price/rate"
    static let think = "objection/timing/think"
    static let sellingPoint = "selling-point/fund/风险低"
    static let quiz = "quiz/product-fund/稳盈理财主要投向什么"
    static let allCards = [fee, rate, think, sellingPoint, quiz]

    // Fronts as the drill prints them.
    static let feeFront = "你们的手续费比别家贵。"
    static let rateFront = "利率太低了"
    static let thinkFront = "我再考虑考虑"
    static let sellingPointFront = "「稳盈理财」的卖点「风险低」怎么讲？"
    static let quizFront = "稳盈理财主要投向什么？"

    /// Two objections with key points and never-say phrases (category 价格, tag 费用).
    static let priceObjections = """
        ---
        category: 价格
        tags: [费用]
        ---

        ## 你们的手续费太贵了 {#fee}

        > 你们的手续费比别家贵。

        ### 应对
        我理解您的顾虑，我行手续费包含全程专属服务，而且资金更安全。

        ### 要点
        - 认同客户感受
        - 强调专属服务
        - 资金安全

        ### 避免
        - 嫌贵就别买

        ## 利率太低了 {#rate}

        ### 应对
        我行利率稳定，而且没有隐藏费用。

        ### 要点
        - 利率稳定
        - 没有隐藏费用

        ### 避免
        - 别家利率都是骗人的

        """

    /// One objection about the product (category 时机).
    static let timingObjections = """
        ---
        category: 时机
        products: [fund]
        ---

        ## 我再考虑考虑 {#think}

        ### 应对
        理解您需要时间，我先把产品资料发给您，明天再联系。

        ### 要点
        - 给客户时间
        - 约定下次联系

        """

    /// A product with one selling point and one multiple-choice question (answer: 2).
    static let product = """
        ---
        title: 稳盈理财
        category: 理财
        ---

        稳健型理财产品。

        ## 卖点
        - **风险低**: 投向国债与存款，本金波动小。

        ## 自测
        - 问：稳盈理财主要投向什么？
          - [ ] 股票
          - [x] 国债与存款
          - [ ] 期货

        """

    static func isHeader(_ line: String) -> Bool {
        line.range(of: #"^[■□]+ \d+/\d+ · "#, options: .regularExpression) != nil
    }

    static let files = [
        "objections/price.md": priceObjections,
        "objections/timing.md": timingObjections,
        "products/fund.md": product,
    ]

    // Typed answers.
    /// Covers all three key points of `fee` (in other words, with synonyms).
    static let feeFullAnswer = "我理解您的感受，我们提供专属服务，资金很安全"
    /// Covers both key points of `rate` but says its never-say phrase.
    static let rateFlaggedAnswer = "利率稳定没有隐藏费用，别家利率都是骗人的"
    static let rateFullAnswer = "利率稳定，没有隐藏费用"
    static let thinkFullAnswer = "给客户时间，约定下次联系"
    static let sellingPointFullAnswer = "投向国债与存款，本金波动小"
}

/// A fresh playbook (the fixture) and a database path beside it.
struct DrillPlaybook {
    let playbook: TempPlaybook
    var content: URL { playbook.content }
    var root: URL { playbook.root }
    /// `<root>/progress.sqlite`
    var db: String { root.appendingPathComponent("progress.sqlite").path }

    /// This playbook's own `XDG_CACHE_HOME`, where the drill keeps its deck (outside `root`, so
    /// tests can check that nothing is written beside the database).
    let cacheHome: URL

    init(_ files: [String: String] = DrillFixture.files, settings: String = TempPlaybook.minimalSettings) throws {
        playbook = try TempPlaybook(files, settings: settings)
        cacheHome = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-cache-\(UUID().uuidString)")
    }

    func remove() {
        playbook.remove()
        try? FileManager.default.removeItem(at: cacheHome)
    }

    /// `playbook drill --content … --db … --now … EXTRA…` with `input` on standard input.
    func drill(_ extra: [String] = [], input: String = "", now: String = DrillFixture.now, db: String? = nil,
               timeout: TimeInterval = 30) throws -> CLIRunner.Result {
        try CLIRunner.run(["drill", "--content", content.path, "--db", db ?? self.db, "--now", now] + extra,
                          in: root, stdin: input, environment: environment, timeout: timeout)
    }

    /// The drill's deck cache files (one per content folder drilled).
    var deckCacheFiles: [URL] {
        let folder = cacheHome.appendingPathComponent("playbook/decks")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".deck") }.map { folder.appendingPathComponent($0) }
    }

    var environment: [String: String] {
        var environment = CLIRunner.environment
        environment["XDG_CACHE_HOME"] = cacheHome.path
        // Beijing time: what the drill prints must follow the user's zone, not UTC.
        environment["TZ"] = DrillFixture.timeZone
        return environment
    }

    /// The arguments of a drill, for a ``LiveProcess``.
    func drillArguments(_ extra: [String] = [], now: String = DrillFixture.now) -> [String] {
        ["drill", "--content", content.path, "--db", db, "--now", now] + extra
    }

    /// `playbook stats --json`, decoded.
    func stats(now: String = DrillFixture.now) throws -> DrillStats {
        let result = try CLIRunner.run(["stats", "--content", content.path, "--db", db, "--now", now, "--json"], in: root,
                                       environment: environment, timeout: 30)
        #expect(result.status == 0, "stats failed: \(result.stderr)")
        return try JSONDecoder().decode(DrillStats.self, from: Data(result.stdout.utf8))
    }

    /// Rows of `sql` in the progress database.
    func query(_ sql: String) throws -> [[String]] { try SQLiteProbe.query(db, sql) }

    func reviewCount() throws -> Int { Int(try query("SELECT COUNT(*) FROM review")[0][0]) ?? -1 }
}

/// `stats --json`.
struct DrillStats: Decodable, Equatable {
    struct Weak: Decodable, Equatable {
        var id: String
        var failures: Int
        var lapses: Int
        var retrievability: Double?
    }

    var total: Int
    var new: Int
    var learning: Int
    var review: Int
    var due: Int
    var reviewsToday: Int
    var retention: Double?
    var weakest: [Weak]
    var orphans: [String]
    var forecast: Forecast
    var exams: [Exam]

    struct Forecast: Decodable, Equatable {
        var next7Days: Int
        var next30Days: Int
        var daily: [Int]
    }

    /// The fields of the progress format's exam line.
    struct Exam: Decodable, Equatable {
        struct CardScore: Decodable, Equatable {
            var card: String
            var score: Double
        }

        var id: String
        var startedAt: Int64
        var finishedAt: Int64
        var pass: Double
        var score: Double
        var passed: Bool
        var cards: [CardScore]
    }
}

/// Reads an SQLite file from the tests with the `sqlite3` shell (or Python's sqlite3 module
/// when the shell is not installed), read-only, so probing never changes the file.
enum SQLiteProbe {
    static let shell: String? = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3", "/opt/homebrew/bin/sqlite3"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static func query(_ path: String, _ sql: String) throws -> [[String]] {
        let output: String
        if let shell {
            output = try runTool(shell, ["-readonly", "-batch", "-noheader", "-separator", "\t", "-cmd", ".timeout 3000", path, sql])
        } else {
            let script = """
                import sqlite3, sys
                c = sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True, timeout=3)
                for row in c.execute(sys.argv[2]):
                    print('\\t'.join('' if v is None else str(v) for v in row))
                """
            output = try runTool("/usr/bin/env", ["python3", "-c", script, path, sql])
        }
        return output.split(separator: "\n", omittingEmptySubsequences: true).map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
    }

    /// Runs SQL that writes (test setup only).
    static func execute(_ path: String, _ sql: String) throws {
        if let shell {
            _ = try runTool(shell, ["-batch", path, sql])
        } else {
            let script = "import sqlite3, sys\nc = sqlite3.connect(sys.argv[1])\nc.executescript(sys.argv[2])\nc.commit()\nc.close()"
            _ = try runTool("/usr/bin/env", ["python3", "-c", script, path, sql])
        }
    }

    struct ToolFailed: Error, CustomStringConvertible {
        var description: String
    }

    @discardableResult
    static func runTool(_ executable: String, _ arguments: [String], timeout: TimeInterval = 10) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = DispatchTime.now() + timeout
        DispatchQueue.global().asyncAfter(deadline: deadline) { [process] in
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        let errorBox = LockedData()
        let group = DispatchGroup()
        let errorHandle = err.fileHandleForReading
        DispatchQueue.global().async(group: group) { errorBox.append(errorHandle.readDataToEndOfFile()) }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ToolFailed(description: "\(executable) \(arguments.joined(separator: " ")) failed: "
                             + String(decoding: errorBox.data, as: UTF8.self))
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// Bytes appended from another thread.
final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var storage = Data()
    func append(_ data: Data) { lock.withLock { storage.append(data) } }
    var data: Data { lock.withLock { storage } }
    var text: String { String(decoding: data, as: UTF8.self) }
}

/// A running process whose standard input stays open: the test writes answers one at a
/// time, waits for what the process prints or stores, and signals it.
final class LiveProcess: @unchecked Sendable {
    let process = Process()
    private let input = Pipe()
    private let output = LockedData()
    private let errors = LockedData()
    private let readers = DispatchGroup()

    /// Starts `executable ARGUMENTS` (default: the `playbook` binary) in `directory`.
    init(_ arguments: [String], executable: URL = CLIRunner.binary, in directory: URL? = nil,
         environment: [String: String] = CLIRunner.environment) throws {
        process.executableURL = executable
        process.arguments = executable == CLIRunner.binary ? CLIRunner.englishUnlessAsked(arguments) : arguments
        process.environment = environment
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        for (handle, box) in [(out.fileHandleForReading, output), (err.fileHandleForReading, errors)] {
            DispatchQueue.global().async(group: readers) {
                while true {
                    let chunk = handle.availableData
                    if chunk.isEmpty { break }
                    box.append(chunk)
                }
            }
        }
    }

    var stdout: String { output.text }
    /// Standard output, see ``drillScreen(_:)``.
    var screen: String { drillScreen(output.text) }
    var stderr: String { errors.text }
    var pid: Int32 { process.processIdentifier }

    func send(_ text: String) {
        input.fileHandleForWriting.write(Data(text.utf8))
    }

    func closeInput() { try? input.fileHandleForWriting.close() }

    func signal(_ number: Int32) { kill(process.processIdentifier, number) }

    /// Waits until `condition` holds (checked every 20 ms); false after `timeout` seconds.
    @discardableResult
    static func poll(timeout: TimeInterval, _ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try condition() { return true }
            usleep(20_000)
        }
        return try condition()
    }

    /// Waits until standard output holds `text` at least `count` times.
    @discardableResult
    func waitForOutput(_ text: String, count: Int = 1, timeout: TimeInterval = 10) -> Bool {
        LiveProcess.poll(timeout: timeout) { screen.components(separatedBy: text).count - 1 >= count }
    }

    /// Waits for the process to end (SIGKILL after `timeout`); true when it ended by itself.
    @discardableResult
    func waitForExit(timeout: TimeInterval = 10) -> Bool {
        let ended = LiveProcess.poll(timeout: timeout) { !process.isRunning }
        if !ended { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        closeInput()
        _ = readers.wait(timeout: .now() + 5)
        return ended
    }

    /// Makes sure the process is gone (for `defer`).
    func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        closeInput()
    }
}

enum DrillFiles {
    /// The file's bytes, or nil when it cannot be read.
    static func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    /// Deterministic pseudo-random bytes (SplitMix64), never an SQLite header.
    static func noise(count: Int, seed: UInt64 = 0x5EED) -> Data {
        var state = seed
        var data = Data(capacity: count)
        while data.count < count {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            withUnsafeBytes(of: z.littleEndian) { data.append(contentsOf: $0.prefix(count - data.count)) }
        }
        return data
    }
}

/// The drill's output with full-width colons written as ": ", so assertions do not depend on
/// which colon the interface language uses.
func drillScreen(_ text: String) -> String {
    text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "：", with: ": ")
}

extension CLIRunner.Result {
    /// Standard output, see ``drillScreen(_:)``.
    var screen: String { drillScreen(stdout) }

    /// The lines of ``screen``.
    var lines: [String] { screen.components(separatedBy: "\n") }

    /// The progress header line of each card asked (`■□… 2/5 · 到期 · …`).
    var headers: [String] { lines.filter(DrillFixture.isHeader) }

    /// The header line of the card whose front is `front`.
    func header(of front: String) -> String? {
        let lines = self.lines
        guard let index = lines.firstIndex(of: front) else { return nil }
        return lines[..<index].last(where: DrillFixture.isHeader)
    }

    /// The fronts the drill asked, in order: the line after each progress header (skipping a hint line).
    var askedFronts: [String] {
        let lines = self.lines
        var fronts: [String] = []
        for (index, line) in lines.enumerated() where DrillFixture.isHeader(line) {
            var next = index + 1
            if next < lines.count, ["提示: ", "Hint: "].contains(where: lines[next].hasPrefix) { next += 1 }
            if next < lines.count { fronts.append(lines[next]) }
        }
        return fronts
    }
}
