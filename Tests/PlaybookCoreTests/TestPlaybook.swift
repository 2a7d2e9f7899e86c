import Foundation
@testable import PlaybookCore

/// A playbook written to a temporary folder for one test, removed when the test ends.
final class TestPlaybook {
    let root: URL
    static let day = CalendarDay(iso: "2026-11-23")!

    static let defaultSettings = """
        ---
        title: 测试手册
        locale: zh-Hans
        ---
        一段介绍。
        """

    init(_ files: [String: String], settings: String? = TestPlaybook.defaultSettings) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        if let settings { try write("playbook.md", settings) }
        for (path, text) in files { try write(path, text) }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    func write(_ path: String, _ data: Data) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func load(today: CalendarDay = TestPlaybook.day) throws -> LoadResult {
        try PlaybookLoader.load(contentPath: root.path, options: .init(today: today))
    }

    /// Diagnostics with the temporary folder taken off their paths.
    func diagnostics(today: CalendarDay = TestPlaybook.day) throws -> [Diagnostic] {
        try load(today: today).diagnostics.map { diagnostic in
            var copy = diagnostic
            copy.path = String(diagnostic.path.dropFirst(root.path.count + 1))
            return copy
        }
    }
}

/// Loads one document (plus settings) and returns the result.
func loadSingle(_ path: String, _ text: String, extra: [String: String] = [:]) throws -> (LoadResult, TestPlaybook) {
    var files = extra
    files[path] = text
    let playbook = try TestPlaybook(files)
    return (try playbook.load(), playbook)
}

extension Array where Element == Diagnostic {
    func codes() -> [DiagnosticCode] { map(\.code) }
    func with(_ code: DiagnosticCode) -> [Diagnostic] { filter { $0.code == code } }
}
