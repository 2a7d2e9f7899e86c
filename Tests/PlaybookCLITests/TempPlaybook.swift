import Foundation
import Testing

/// A playbook written into a fresh temporary folder for one test.
///
/// Layout: `<tmp>/playbook-cli-<UUID>/Content/…`. The outer folder exists so a test can check
/// that nothing was written beside the content folder. Call ``remove()`` when done
/// (`defer { playbook.remove() }`).
struct TempPlaybook {
    /// The fixed day every check runs against, so review dates are deterministic.
    static let today = "2026-11-23"

    /// A minimal valid `playbook.md`.
    static let minimalSettings = """
        ---
        title: 测试手册
        locale: zh-Hans
        ---

        用于命令行测试的手册。

        """

    /// A competitor other files can refer to (`cmb`, name 招行, alias 招商银行).
    static let competitorCMB = """
        ---
        name: 招行
        aliases: [招商银行]
        ---

        零售业务强，私人银行品牌响。

        """

    /// The folder holding `Content` (and nothing else).
    let root: URL
    /// The content folder passed with `--content`.
    let content: URL

    /// Writes `playbook.md` (unless `settings` is nil) and every file of `files`
    /// (paths relative to the content folder).
    init(_ files: [String: String] = [:], settings: String? = TempPlaybook.minimalSettings) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("playbook-cli-\(UUID().uuidString)", isDirectory: true)
        content = root.appendingPathComponent("Content", isDirectory: true)
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        if let settings { try write("playbook.md", settings) }
        for (path, text) in files.sorted(by: { $0.key < $1.key }) { try write(path, text) }
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    func url(_ relativePath: String) -> URL { content.appendingPathComponent(relativePath) }

    /// The path `playbook` prints for a content file when run with `--content <content.path>`.
    func displayPath(_ relativePath: String) -> String { content.path + "/" + relativePath }

    func write(_ relativePath: String, _ text: String) throws {
        try write(relativePath, bytes: Array(text.utf8))
    }

    func write(_ relativePath: String, bytes: [UInt8]) throws {
        let url = url(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func makeFolder(_ relativePath: String) throws {
        try FileManager.default.createDirectory(at: url(relativePath), withIntermediateDirectories: true)
    }

    /// Creates a symbolic link at `relativePath` whose destination is `destination` as written.
    func symlink(_ relativePath: String, to destination: String) throws {
        try FileManager.default.createDirectory(at: url(relativePath).deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url(relativePath).path, withDestinationPath: destination)
    }

    /// Every path under ``root`` (files, folders, links), relative to it, sorted.
    func snapshot() -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String { paths.append(path) }
        return paths.sorted()
    }

    // MARK: Running the binary

    /// `playbook check --content <content> --today 2026-11-23 EXTRA…`
    func check(_ extra: [String] = [], today: String = TempPlaybook.today, timeout: TimeInterval = 120) throws -> CheckOutcome {
        let result = try CLIRunner.run(["check", "--content", content.path, "--today", today] + extra, in: root,
                                       timeout: timeout)
        return CheckOutcome(result: result, contentPath: content.path)
    }

    /// `playbook check … --format json`, decoded.
    func checkJSON(_ extra: [String] = [], today: String = TempPlaybook.today) throws -> (CLIRunner.Result, [JSONDiagnostic]) {
        let result = try CLIRunner.run(["check", "--content", content.path, "--today", today, "--format", "json"] + extra,
                                       in: root)
        let diagnostics = try JSONDecoder().decode([JSONDiagnostic].self, from: Data(result.stdout.utf8))
        return (result, diagnostics)
    }

    /// `playbook export json --content <content> --today 2026-11-23`
    func exportJSON() throws -> CLIRunner.Result {
        try CLIRunner.run(["export", "json", "--content", content.path, "--today", TempPlaybook.today], in: root)
    }
}

/// One diagnostic line `PATH:LINE:COLUMN: error|warning: MESSAGE [code]` from `check`.
struct TextDiagnostic: Equatable, CustomStringConvertible {
    var path: String
    var line: Int
    var column: Int
    var severity: String
    var message: String
    var code: String

    /// Parses one line of `check`'s text output, or nil if it is not in the documented form.
    init?(line text: String) {
        guard let match = text.wholeMatch(of: #/(.+):(\d+):(\d+): (error|warning): (.*) \[([a-z0-9-]+)\]/#),
              let line = Int(match.2), let column = Int(match.3) else { return nil }
        path = String(match.1)
        self.line = line
        self.column = column
        severity = String(match.4)
        message = String(match.5)
        code = String(match.6)
    }

    /// `path:line:column severity code`: what the tests compare exactly.
    var spot: String { "\(path):\(line):\(column) \(severity) \(code)" }

    var description: String { "\(path):\(line):\(column): \(severity): \(message) [\(code)]" }
}

/// One element of `check --format json`.
struct JSONDiagnostic: Decodable, Equatable {
    var path: String
    var line: Int
    var column: Int
    var severity: String
    var code: String
    var message: String
}

/// The result of `playbook check` in text form, with the diagnostics parsed.
struct CheckOutcome {
    var result: CLIRunner.Result
    /// The content folder as passed with `--content` (stripped from paths by ``spots``).
    var contentPath: String

    var status: Int32 { result.status }

    /// The non-empty lines of standard output.
    var lines: [String] { result.stdout.split(separator: "\n").map(String.init) }

    /// Every stdout line parsed; a line that is not a diagnostic makes the test fail.
    var diagnostics: [TextDiagnostic] {
        lines.compactMap { line in
            let parsed = TextDiagnostic(line: line)
            #expect(parsed != nil, "stdout line is not `PATH:LINE:COLUMN: severity: MESSAGE [code]`: \(line)")
            return parsed
        }
    }

    /// `products/p.md:3:20 error unknown-reference`, one per diagnostic, with the content
    /// folder prefix removed (a path outside it is kept whole, so a mismatch shows).
    var spots: [String] {
        diagnostics.map { diagnostic in
            var copy = diagnostic
            let prefix = contentPath + "/"
            if copy.path.hasPrefix(prefix) { copy.path.removeFirst(prefix.count) }
            return copy.spot
        }
    }

    /// The codes of all diagnostics, in output order.
    var codes: [String] { diagnostics.map(\.code) }

    /// The first diagnostic with `code`.
    func first(_ code: String) -> TextDiagnostic? { diagnostics.first { $0.code == code } }
}

extension CLIRunner.Result {
    /// Exited by itself with 0 or 1, without a crash report: what any content must produce.
    var endedCleanly: Bool {
        exitedNormally && !timedOut && (status == 0 || status == 1)
            && !stderr.contains("Fatal error") && !stderr.contains("Stack dump")
    }
}
