import Foundation
import Testing
@testable import PlaybookCore

/// `export json` of a fixture playbook that uses every mapping rule, compared byte for byte.
/// Set `UPDATE_GOLDEN=1` to rewrite the expected file after an intended change, then review the diff.
@Suite struct GoldenExportTests {
    static let fixture = Bundle.module.url(forResource: "Fixtures/golden", withExtension: nil)!

    @Test func exportMatchesGoldenFile() throws {
        // Run from the fixture folder so paths in the output are relative ("Content/…").
        let content = Self.fixture.appendingPathComponent("Content").path
        let result = try PlaybookLoader.load(contentPath: content, options: .init(today: CalendarDay(iso: "2026-11-23")!))
        // The free section is kept on purpose, with its warning.
        #expect(result.diagnostics.map(\.code) == [.unknownSection])
        let json = try JSONExport.string(result.playbook).replacingOccurrences(of: Self.fixture.path + "/", with: "")
        let expectedURL = Self.fixture.appendingPathComponent("export.json")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("Fixtures/golden/export.json")
            try (json + "\n").write(to: source, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(json + "\n" == expected)
    }

    @Test func exportIsDeterministic() throws {
        let content = Self.fixture.appendingPathComponent("Content").path
        let first = try JSONExport.string(PlaybookLoader.load(contentPath: content).playbook)
        let second = try JSONExport.string(PlaybookLoader.load(contentPath: content).playbook)
        #expect(first == second)
    }
}
