import Foundation
import Testing

/// `playbook new`: a scaffold per type and language that `check` accepts, never overwriting.
@Suite struct NewCommandTests {
    static let types = ["product", "competitor", "objections", "self", "segment", "case"]

    /// A scaffold has no errors, but every hint left in it is a `placeholder` warning, an error
    /// under `--strict`, so an unfilled document cannot slip into a strict CI.
    @Test(arguments: ["zh-Hans", "zh-Hant", "en"])
    func everyScaffoldPassesCheckWithPlaceholderWarnings(locale: String) throws {
        let playbook = try TempPlaybook([:], settings: "---\ntitle: 手册\nlocale: \(locale)\n---\n")
        defer { playbook.remove() }
        for type in Self.types {
            let result = try CLIRunner.run(["new", type, "new-\(type)", "--title", "新文档: \(type)", "--content", playbook.content.path])
            #expect(result.status == 0, "\(type): \(result.stderr)")
            #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix(".md"))
        }
        let check = try CLIRunner.run(["check", "--content", playbook.content.path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let lines = check.stdout.split(separator: "\n").map(String.init)
        let codes = Set(lines.compactMap { TextDiagnostic(line: $0)?.code })
        #expect(codes.isSubset(of: ["placeholder", "empty-document"]), "\(check.stdout)")
        for type in Self.types {
            #expect(lines.contains { $0.contains("/new-\(type).md:") && $0.hasSuffix("[placeholder]") }, "\(type)")
        }
        let strict = try CLIRunner.run(["check", "--content", playbook.content.path, "--strict"])
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("error: “"), "\(strict.stdout)")
    }

    @Test(arguments: [("objection", "objections"), ("objections", "objections"), ("异议", "objections"),
                      ("products", "products"), ("产品", "products"), ("競品", "competitors"), ("cases", "cases")])
    func typeNamesMayBeSingularPluralOrChinese(name: String, folder: String) throws {
        let playbook = try TempPlaybook()
        defer { playbook.remove() }
        let result = try CLIRunner.run(["new", name, "fresh", "--content", playbook.content.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: playbook.url("\(folder)/fresh.md").path))
    }

    @Test func anUnknownTypeIsAUsageError() throws {
        let playbook = try TempPlaybook()
        defer { playbook.remove() }
        let result = try CLIRunner.run(["new", "brochure", "fresh", "--content", playbook.content.path])
        #expect(result.status == 2)
    }

    @Test func headingsAreInThePlaybooksLanguage() throws {
        let playbook = try TempPlaybook([:], settings: "---\ntitle: 手冊\nlocale: zh-Hant\n---\n")
        defer { playbook.remove() }
        _ = try CLIRunner.run(["new", "product", "fund", "--content", playbook.content.path])
        let text = try String(contentsOf: playbook.url("products/fund.md"), encoding: .utf8)
        #expect(text.contains("## 核心賣點"))
        #expect(text.contains("## 競品對比"))
    }

    @Test func refusesToOverwrite() throws {
        let playbook = try TempPlaybook(["products/fund.md": "---\ntitle: 已有\n---\n"])
        defer { playbook.remove() }
        let again = try CLIRunner.run(["new", "product", "fund", "--content", playbook.content.path])
        #expect(again.status == 2)
        #expect(again.stderr.contains("already exists"))
        #expect(try String(contentsOf: playbook.url("products/fund.md"), encoding: .utf8) == "---\ntitle: 已有\n---\n")
    }

    /// A name that climbs out of the content folder, by any number of levels or as an absolute
    /// path, is refused, and nothing is written: not where the name points, not anywhere in
    /// the playbook's own temporary tree.
    @Test func rejectsNamesThatLeaveTheContentFolder() throws {
        let playbook = try TempPlaybook(["products/fund.md": "---\ntitle: 已有\n---\n"])
        defer { playbook.remove() }
        let before = playbook.snapshot()
        let tag = "evil-\(UUID().uuidString.prefix(8))"
        let outside = playbook.root.deletingLastPathComponent().appendingPathComponent(tag).path
        var names = (1...6).map { String(repeating: "../", count: $0) + tag }
        names += ["products/../../\(tag)", "x/../../../\(tag)", outside, outside + ".md", "../\(tag).md", "..", "./\(tag)"]
        for name in names {
            let result = try CLIRunner.run(["new", "product", name, "--content", playbook.content.path])
            #expect(result.status == 2, "\(name): \(result.stdout)")
            // Where `content/products/NAME.md` would land, whatever the number of levels.
            let target = playbook.content.appendingPathComponent("products/\(name).md").standardizedFileURL.path
            let absolute = URL(fileURLWithPath: name.hasSuffix(".md") ? name : name + ".md").standardizedFileURL.path
            for path in [target, absolute] {
                #expect(!FileManager.default.fileExists(atPath: path), "\(name) wrote \(path)")
                try? FileManager.default.removeItem(atPath: path)
            }
        }
        #expect(playbook.snapshot() == before, "files appeared in the playbook's tree")
    }
}
