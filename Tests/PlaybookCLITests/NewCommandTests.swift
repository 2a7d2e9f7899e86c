import Foundation
import Testing

/// `playbook new`: a scaffold per type and language that `check` accepts, never overwriting.
@Suite struct NewCommandTests {
    static let types = ["product", "competitor", "objections", "self", "segment", "case"]

    @Test(arguments: ["zh-Hans", "zh-Hant", "en"])
    func everyScaffoldPassesCheck(locale: String) throws {
        let playbook = try TempPlaybook([:], settings: "---\ntitle: 手册\nlocale: \(locale)\n---\n")
        defer { playbook.remove() }
        for type in Self.types {
            let result = try CLIRunner.run(["new", type, "new-\(type)", "--title", "新文档: \(type)", "--content", playbook.content.path])
            #expect(result.status == 0, "\(type): \(result.stderr)")
            #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix(".md"))
        }
        let check = try CLIRunner.run(["check", "--content", playbook.content.path, "--strict"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.isEmpty, "no diagnostics: \(check.stdout)")
    }

    @Test func headingsAreInThePlaybooksLanguage() throws {
        let playbook = try TempPlaybook([:], settings: "---\ntitle: 手冊\nlocale: zh-Hant\n---\n")
        defer { playbook.remove() }
        _ = try CLIRunner.run(["new", "product", "fund", "--content", playbook.content.path])
        let text = try String(contentsOf: playbook.url("products/fund.md"), encoding: .utf8)
        #expect(text.contains("## 核心賣點"))
        #expect(text.contains("## 競品對比"))
    }

    @Test func refusesToOverwriteAndRejectsHostileNames() throws {
        let playbook = try TempPlaybook(["products/fund.md": "---\ntitle: 已有\n---\n"])
        defer { playbook.remove() }
        let again = try CLIRunner.run(["new", "product", "fund", "--content", playbook.content.path])
        #expect(again.status == 2)
        #expect(again.stderr.contains("already exists"))
        #expect(try String(contentsOf: playbook.url("products/fund.md"), encoding: .utf8) == "---\ntitle: 已有\n---\n")
        let hostile = try CLIRunner.run(["new", "product", "../../evil", "--content", playbook.content.path])
        #expect(hostile.status == 2)
        #expect(!FileManager.default.fileExists(atPath: playbook.root.deletingLastPathComponent().appendingPathComponent("evil.md").path))
    }
}
