import Foundation
import Testing

/// Hostile content never crashes or hangs (issue 13). The rule, for any content: every command
/// that reads it exits 0, 1 or 2 by itself — never by a signal such as a trap — within seconds,
/// in memory proportional to the input, with output proportional to what is worth reading.
@Suite struct HostileContentTests {
    /// A command's end under limits: how it ended, and how much it printed.
    struct LimitedRun {
        var status: Int32
        var exitedNormally: Bool
        var timedOut: Bool
        var seconds: TimeInterval
        var stdout: Data
        var stderr: String

        /// The rule: exit 0, 1 or 2 by itself, in time, without a crash report.
        var endedCleanly: Bool {
            exitedNormally && !timedOut && [0, 1, 2].contains(status)
                && !stderr.contains("Fatal error") && !stderr.contains("Stack dump")
        }

        var lines: [String] { String(decoding: stdout, as: UTF8.self).split(separator: "\n").map(String.init) }
    }

    /// Runs `playbook ARGUMENTS` with its address space limited to `memoryMB` (as `ulimit -v`),
    /// killed after `timeout` seconds; standard output goes to a file, so a flood of output is
    /// measured instead of held in a pipe.
    static func run(_ arguments: [String], memoryMB: Int = 2048, timeout: TimeInterval = 60) throws -> LimitedRun {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out"), err = folder.appendingPathComponent("err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -v \(memoryMB * 1024); exec \"$@\"", "sh", CLIRunner.binary.path] + CLIRunner.englishUnlessAsked(arguments)
        process.environment = CLIRunner.environment
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        let started = Date()
        try process.run()
        var timedOut = false
        while process.isRunning {
            if Date().timeIntervalSince(started) > timeout {
                kill(process.processIdentifier, SIGKILL)
                timedOut = true
                break
            }
            usleep(20_000)
        }
        process.waitUntilExit()
        return LimitedRun(status: process.terminationStatus, exitedNormally: process.terminationReason == .exit,
                          timedOut: timedOut, seconds: Date().timeIntervalSince(started),
                          stdout: (try? Data(contentsOf: out)) ?? Data(),
                          stderr: String(decoding: (try? Data(contentsOf: err)) ?? Data(), as: UTF8.self))
    }

    /// check, check --format json, export json and build of `playbook`, each under the limits.
    static func everyCommand(_ playbook: TempPlaybook, noCache: Bool = true) throws -> [String: LimitedRun] {
        let common = ["--content", playbook.content.path, "--today", TempPlaybook.today] + (noCache ? ["--no-cache"] : [])
        let site = playbook.root.appendingPathComponent("Site").path
        return [
            "check": try run(["check"] + common),
            "check --format json": try run(["check", "--format", "json"] + common),
            "export json": try run(["export", "json"] + common),
            "build": try run(["build", "--out", site, "--quiet"] + common),
        ]
    }

    // MARK: Overflowing numbers

    /// Each trapped (SIGILL, exit 132) in `CalendarDay`, reached from the review-date check, in
    /// every command that reads the content.
    @Test(arguments: ["9223372036854775807d", "2000000000000000000w", "9223372036854775807m", "1000000000000000000y",
                      "100000000000000000y"])
    func overflowingReviewIntervalIsAnErrorNotATrap(every: String) throws {
        let playbook = try TempPlaybook([
            "products/p.md": "---\ntitle: 产品\nreviewed: 2026-01-01\nreviewEvery: \(every)\n---\n\n摘要。\n",
        ])
        defer { playbook.remove() }
        for (command, run) in try Self.everyCommand(playbook) {
            #expect(run.endedCleanly, "\(command): status \(run.status), \(run.stderr.suffix(500))")
            #expect(run.status == 1, "\(command)")
        }
        let outcome = try playbook.check()
        #expect(outcome.spots == ["products/p.md:4:14 error invalid-field"])
        #expect(outcome.first("invalid-field")?.message.contains("out of range") == true)
    }

    /// Each trapped in `SettingsReader.seconds`, in every command that reads the content.
    @Test(arguments: [("learningSteps", "153722867280912931m"), ("relearningSteps", "2562047788015216h"),
                      ("relearningSteps", "106751991167301d")])
    func overflowingDrillStepIsAnErrorNotATrap(key: String, step: String) throws {
        let settings = "---\ntitle: 测试手册\nlocale: zh-Hans\n\(key): [\(step)]\n---\n\n介绍。\n"
        let playbook = try TempPlaybook(["products/p.md": "---\ntitle: 产品\n---\n\n摘要。\n"], settings: settings)
        defer { playbook.remove() }
        for (command, run) in try Self.everyCommand(playbook) {
            #expect(run.endedCleanly, "\(command): status \(run.status), \(run.stderr.suffix(500))")
            #expect(run.status == 1, "\(command)")
        }
        let outcome = try playbook.check()
        #expect(outcome.spots == ["playbook.md:4:\(key.count + 4) error invalid-field"])
        #expect(outcome.first("invalid-field")?.message.contains("out of range") == true)
    }

    // MARK: YAML aliases

    /// Aliases repeating one long anchored text: 100 KB of front matter made `tags` 200 MB, and
    /// `export json` (every card carries the tags) ran out of memory.
    @Test func aliasesCannotAmplifyAFrontMatterList() throws {
        let yaml = "title: 产品\nlong: &long \"" + String(repeating: "长", count: 30_000) + "\"\n"
            + "tags: [" + Array(repeating: "*long", count: 2_000).joined(separator: ", ") + "]\n"
        let playbook = try TempPlaybook([
            "products/p.md": "---\n" + yaml + "---\n\n摘要。\n\n## 核心卖点\n\n- **安全**：专户专用\n",
        ])
        defer { playbook.remove() }
        for (command, run) in try Self.everyCommand(playbook) {
            #expect(run.endedCleanly, "\(command): status \(run.status), \(run.stderr.suffix(500))")
            #expect(run.status == 1, "\(command)")
            #expect(run.stdout.count < 1 << 20, "\(command) printed \(run.stdout.count) bytes")
        }
        let outcome = try playbook.check()
        #expect(outcome.spots == ["products/p.md:3:1 warning unknown-field", "products/p.md:4:7 error invalid-field"])
        #expect(outcome.first("invalid-field")?.message.contains("aliases") == true)
    }

    // MARK: Floods of diagnostics

    /// A quiz section of stray paragraphs gave a warning for each (2.8 million in a 16 MiB file:
    /// a 481 MB parse cache entry, a 2.8 GB JSON encoding). Now: 20, then one summary.
    @Test func strayParagraphsInAQuizAreSummarised() throws {
        var text = "---\ntitle: 产品\n---\n\n摘要。\n\n## 自测\n\n"
        let paragraph = "不是问题的一段话。\n\n"
        let count = (8 << 20) / paragraph.utf8.count
        text.reserveCapacity(count * paragraph.utf8.count + 100)
        for _ in 0..<count { text += paragraph }
        let playbook = try TempPlaybook(["products/p.md": text])
        defer { playbook.remove() }

        let common = ["--content", playbook.content.path, "--today", TempPlaybook.today]
        let fresh = try Self.run(["check"] + common)
        let cached = try Self.run(["check"] + common)
        let json = try Self.run(["check", "--format", "json", "--no-cache"] + common)
        for run in [fresh, cached, json] {
            #expect(run.endedCleanly, "status \(run.status), \(run.stderr.suffix(500))")
            #expect(run.status == 0)
            #expect(run.stdout.count < 20_000)
        }
        #expect(fresh.lines.count == 21)
        #expect(cached.stdout == fresh.stdout)
        let last = try #require(fresh.lines.last.flatMap(TextDiagnostic.init(line:)))
        #expect(last.code == "too-many-diagnostics")
        #expect(last.severity == "warning")
        #expect(last.line == 49)
        #expect(last.message.contains("and \(count - 20) more `malformed-quiz` warnings like this"))
        let decoded = try JSONDecoder().decode([JSONDiagnostic].self, from: json.stdout)
        #expect(decoded.count == 21)
    }

    /// Named items with raw HTML each gave a warning (a 15 MB file printed 211 MB).
    @Test func floodOfWarningsInNamedItemsIsSummarised() throws {
        var text = "---\ntitle: 产品\n---\n\n摘要。\n\n## 核心卖点\n\n"
        for index in 0..<20_000 { text += "- **卖点\(index)**：<b>粗</b> 和 <i>斜</i>\n" }
        let playbook = try TempPlaybook(["products/p.md": text])
        defer { playbook.remove() }
        let outcome = try playbook.check(["--no-cache"], timeout: 60)
        #expect(outcome.result.endedCleanly)
        #expect(outcome.lines.count == 21)
        #expect(outcome.codes.filter { $0 == "raw-html" }.count == 20)
        #expect(outcome.codes.last == "too-many-diagnostics")
        #expect(outcome.diagnostics.last?.message.contains("more `raw-html` warnings like this in this file") == true)
    }

    /// Errors past the cap still fail the check: their summary is an error too.
    @Test func summaryOfErrorsIsAnError() throws {
        var text = "## 自测\n\n"
        for index in 0..<100 { text += "- 这不是问题\(index)\n" }
        let playbook = try TempPlaybook(["segments/s.md": "---\ntitle: 客户群\n---\n\n" + text])
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.result.endedCleanly)
        #expect(outcome.status == 1)
        #expect(outcome.spots.count == 21)
        #expect(outcome.spots.last == "segments/s.md:27:1 error too-many-diagnostics")
        #expect(outcome.diagnostics.last?.message.contains("and 80 more `malformed-quiz` errors") == true)
    }

    /// Objection IDs repeated in one file give errors when the file is read and again in the
    /// cross-file checks: with the parse cache the summary must count both, as without it.
    @Test func cachedCheckCountsWhatWasLeftOutAsAFreshOneDoes() throws {
        let objections = (0..<60).map { "## 异议\($0) {#same}\n\n### 应对\n\n好的，**我们**来看。\n" }.joined(separator: "\n")
        let playbook = try TempPlaybook(["objections/o.md": objections])
        defer { playbook.remove() }
        let fresh = try playbook.check()
        let cached = try playbook.check()
        let uncached = try playbook.check(["--no-cache"])
        #expect(fresh.result.endedCleanly && fresh.status == 1)
        #expect(cached.result.stdout == fresh.result.stdout)
        #expect(uncached.result.stdout == fresh.result.stdout)
        #expect(fresh.codes.filter { $0 == "too-many-diagnostics" }.count == 1)
    }

    /// Each unknown reference was compared with every ID of its type for a "did you mean":
    /// 20,000 long names against 300 products took hours.
    @Test func unknownReferencesAgainstManyIDsStayFast() throws {
        // A fixed linear congruential sequence: the same names on every run.
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func letter() -> Character {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Array("abcdefghij")[Int(seed >> 60) % 10]
        }
        func name(_ length: Int) -> String { String((0..<length).map { _ in letter() }) }
        var files: [String: String] = [:]
        for _ in 0..<300 { files["products/\(name(100)).md"] = "---\ntitle: 产品\n---\n" }
        files["segments/s.md"] = "---\ntitle: 客户群\nproducts: [" + (0..<20_000).map { _ in name(120) }.joined(separator: ", ") + "]\n---\n"
        let playbook = try TempPlaybook(files)
        defer { playbook.remove() }
        let run = try Self.run(["check", "--content", playbook.content.path, "--today", TempPlaybook.today, "--no-cache"])
        #expect(run.endedCleanly, "status \(run.status), \(run.stderr.suffix(500))")
        #expect(run.status == 1)
        // The quadratic comparison took hours; a generous bound keeps a loaded machine from failing it.
        #expect(run.seconds < 120, "took \(run.seconds) s")
        #expect(run.lines.count == 21)
        #expect(run.lines.last?.contains("and 19980 more `unknown-reference` errors") == true)
    }

    // MARK: The rule, over hostile inputs

    /// Inputs a mutation fuzzer, or a careless paste, produces. Each must end cleanly in every command.
    static let hostileInputs: [(String, [String: String])] = {
        let bomb: String = {
            var yaml = "a0: &a0 [" + Array(repeating: "\"lol\"", count: 10).joined(separator: ",") + "]\n"
            for level in 1..<12 {
                yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ",") + "]\n"
            }
            return yaml
        }()
        return [
            ("year 99999999 and huge integers", [
                "products/p.md": "---\ntitle: 产品\nreviewed: 99999999-01-01\nreviewEvery: 1y\n---\n",
                "playbook.md": "---\ntitle: 手册\nnewPerSession: 99999999999999999999\ndesiredRetention: 1e308\nreviewEvery: 9223372036854775807y\nlearningSteps: 9223372036854775807\n---\n",
            ]),
            ("billion laughs in front matter", [
                "products/p.md": "---\ntitle: 产品\n" + bomb + "tags: *a11\ncompetitors: *a11\naliases: *a11\n---\n",
                "playbook.md": "---\ntitle: 手册\n" + bomb + "learningSteps: *a11\n---\n",
            ]),
            ("20,000 identical headings", [
                "products/p.md": "---\ntitle: 产品\n---\n" + String(repeating: "## h\n", count: 20_000),
                "objections/o.md": String(repeating: "## 太贵了\n### 应对\n好的。\n", count: 2_000),
            ]),
            ("deep nesting", [
                "products/p.md": "---\ntitle: 产品\n---\n\n## 核心卖点\n\n"
                    + (0..<3_000).map { String(repeating: "  ", count: $0) + "- **层\($0)**：x" }.joined(separator: "\n"),
                "segments/s.md": "---\ntitle: 客户群\n---\n\n## 自测\n\n" + String(repeating: "> ", count: 5_000) + "- 问：深？\n",
                "cases/c.md": "---\ntitle: 案例\n---\n\n## 背景\n\n" + String(repeating: "- ", count: 10_000) + "x\n",
            ]),
            ("long lines and IDs", [
                "products/p.md": "---\ntitle: " + String(repeating: "长", count: 200_000) + "\nid: "
                    + String(repeating: "a", count: 5_000) + "\n---\n\n## 卖点 {#" + String(repeating: "字", count: 50_000) + "}\n",
                "competitors/" + String(repeating: "c", count: 200) + ".md": "---\nname: 长名字\n---\n",
            ]),
            ("NUL bytes and control characters", [
                "products/p.md": "---\ntitle: \"\\0\\x01\"\n---\n\n## 自测\n\n- 问：\u{0}？\n  答：\u{0}\u{1}\u{7f}\n",
            ]),
        ]
    }()

    @Test(arguments: HostileContentTests.hostileInputs.map(\.0))
    func hostileContentEndsCleanlyInEveryCommand(name: String) throws {
        let files = try #require(Self.hostileInputs.first { $0.0 == name }?.1)
        let settings = files["playbook.md"] == nil ? TempPlaybook.minimalSettings : nil
        let playbook = try TempPlaybook(files, settings: settings)
        defer { playbook.remove() }
        for (command, run) in try Self.everyCommand(playbook) {
            #expect(run.endedCleanly, "\(name): \(command): status \(run.status), \(run.stderr.suffix(500))")
            // Seconds, not minutes, even beside other tests on two cores (a page per objection is written).
            #expect(run.seconds < 60, "\(name): \(command) took \(run.seconds) s")
            #expect(run.stdout.count < 8 << 20, "\(name): \(command) printed \(run.stdout.count) bytes")
        }
    }

    @Test func invalidUTF8AndSymlinkLoopsEndCleanly() throws {
        let playbook = try TempPlaybook(["products/p.md": "---\ntitle: 产品\n---\n"])
        defer { playbook.remove() }
        try playbook.write("products/bad.md", bytes: Array("---\ntitle: 坏\n---\n".utf8) + [0xFF, 0xC3, 0x00, 0xED, 0xA0, 0x80])
        try playbook.symlink("products/loop-a.md", to: "loop-b.md")
        try playbook.symlink("products/loop-b.md", to: "loop-a.md")
        try playbook.symlink("products/up", to: "..")
        for (command, run) in try Self.everyCommand(playbook) {
            #expect(run.endedCleanly, "\(command): status \(run.status), \(run.stderr.suffix(500))")
            #expect(run.status == 1, "\(command)")
        }
    }
}
