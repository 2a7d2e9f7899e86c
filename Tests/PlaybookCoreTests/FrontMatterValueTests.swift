import Foundation
@testable import PlaybookCore
import Testing

/// Booleans, numbers and null are read from plain YAML scalars as YAML 1.1 reads them; a
/// quoted value is text.
@Suite struct FrontMatterValueTests {
    func settings(_ yaml: String) throws -> LoadResult {
        let playbook = try TestPlaybook([:], settings: "---\ntitle: 手册\n\(yaml)\n---\n介绍。\n")
        return try playbook.load()
    }

    @Test func plainNumbersAndBooleans() throws {
        let result = try settings("newPerSession: 0x10\ndesiredRetention: 8.5e-1\nunsafeHTML: yes")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.playbook.settings.drill.newPerSession == 16)
        #expect(result.playbook.settings.drill.desiredRetention == 0.85)
        #expect(result.playbook.settings.unsafeHTML)
        let underscores = try settings("newPerSession: 1_2\ndesiredRetention: 0.9\nunsafeHTML: Off")
        #expect(underscores.playbook.settings.drill.newPerSession == 12)
        #expect(!underscores.playbook.settings.unsafeHTML)
    }

    @Test func quotedValuesAreTextAndReported() throws {
        let result = try settings("newPerSession: \"12\"\nunsafeHTML: 'true'\ndesiredRetention: 九成")
        let fields = result.diagnostics.filter { $0.code == .invalidField }.map(\.location.line)
        #expect(fields == [3, 4, 5], "\(result.diagnostics)")
    }

    @Test func nullAndEmptyValuesCountAsAbsent() throws {
        let playbook = try TestPlaybook([
            "products/fund.md": "---\nowner: ~\ntags:\ncategory: null\n---\n# 稳盈理财\n\n一句介绍。\n",
        ])
        let result = try playbook.load()
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let product = try #require(result.playbook.products.first)
        #expect(product.info.owner == nil && product.info.tags.isEmpty && product.category == nil)
    }
}
