import Foundation
import Testing

/// docs/cli.md: `check --format json` prints the diagnostics as a JSON array of
/// {path, line, column, severity, code, message}.
@Suite struct JSONFormatTests {
    static let product = """
        ---
        title: 代发工资
        competitors: [cmb, nope]
        ---

        摘要。

        ## 奇怪的标题

        文字。

        """

    @Test func diagnosticsAreAJSONArrayWithEveryField() throws {
        let playbook = try TempPlaybook(["competitors/cmb.md": TempPlaybook.competitorCMB,
                                         "products/payroll.md": Self.product])
        defer { playbook.remove() }
        let (result, diagnostics) = try playbook.checkJSON()
        #expect(result.status == 1)
        #expect(diagnostics.count == 2)

        let error = try #require(diagnostics.first { $0.code == "unknown-reference" })
        #expect(error.path == playbook.displayPath("products/payroll.md"))
        #expect(error.line == 3)
        #expect(error.column == 20)
        #expect(error.severity == "error")
        #expect(error.message.contains("nope"))

        let warning = try #require(diagnostics.first { $0.code == "unknown-section" })
        #expect(warning.path == playbook.displayPath("products/payroll.md"))
        #expect(warning.line == 8)
        #expect(warning.column == 1)
        #expect(warning.severity == "warning")
        #expect(warning.message.contains("奇怪的标题"))
    }

    @Test func everyObjectHasExactlyTheDocumentedKeys() throws {
        let playbook = try TempPlaybook(["products/payroll.md": Self.product])
        defer { playbook.remove() }
        let (result, _) = try playbook.checkJSON()
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(!array.isEmpty)
        for object in array {
            #expect(Set(object.keys) == ["path", "line", "column", "severity", "code", "message"])
            #expect(object["line"] is Int)
            #expect(object["column"] is Int)
        }
    }

    @Test func jsonAndTextReportTheSameDiagnostics() throws {
        let playbook = try TempPlaybook(["competitors/cmb.md": TempPlaybook.competitorCMB,
                                         "products/payroll.md": Self.product])
        defer { playbook.remove() }
        let text = try playbook.check()
        let (_, json) = try playbook.checkJSON()
        #expect(text.diagnostics.map { "\($0.path):\($0.line):\($0.column) \($0.severity) \($0.code) \($0.message)" }
            == json.map { "\($0.path):\($0.line):\($0.column) \($0.severity) \($0.code) \($0.message)" })
    }

    @Test func validPlaybookPrintsAnEmptyArray() throws {
        let playbook = try TempPlaybook()
        defer { playbook.remove() }
        let (result, diagnostics) = try playbook.checkJSON()
        #expect(result.status == 0)
        #expect(diagnostics.isEmpty)
    }

    @Test func strictPromotesWarningsInJSON() throws {
        let playbook = try TempPlaybook(["products/payroll.md": "---\ntitle: 代发工资\n---\n\n## 奇怪的标题\n\n文字。\n"])
        defer { playbook.remove() }
        let (result, diagnostics) = try playbook.checkJSON(["--strict"])
        #expect(result.status == 1)
        #expect(diagnostics.map(\.severity) == ["error"])
        #expect(diagnostics.map(\.code) == ["unknown-section"])
    }
}
