import Testing
@testable import PlaybookCore

@Suite struct ObjectionOverridesTests {
    static let others = [
        "products/fund.md": "---\ntitle: 维修资金\n---\n",
        "products/ebank.md": "---\ntitle: 企业网银\n---\n",
        "competitors/cmb.md": "---\nname: 招商银行\n---\n",
    ]

    static func file(_ overrides: String) -> String {
        """
        ---
        category: 价格
        tags: [费用, 利率]
        products: [fund, ebank]
        ---
        ## 网银年费太贵 {#fee}

        \(overrides)

        > 一年还要三百六？

        先问清日均存款。

        ### 应对话术
        **日均50万免年费**。

        ## 利息太低 {#rate}
        > 只给活期利息？

        ### 应对话术
        **表决后可转定期**。
        """
    }

    @Test func anOverridesLineReplacesTheFileDefaultsForThatObjectionOnly() throws {
        let (result, _) = try loadSingle("objections/price.md", Self.file("产品：ebank · 标签：年费、#手续费\n竞品：cmb"),
                                         extra: Self.others)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let objections = try #require(result.playbook.objectionSets.first).objections
        #expect(objections[0].products == ["ebank"])
        #expect(objections[0].tags == ["年费", "手续费"])
        #expect(objections[0].competitors == ["cmb"])
        // The overrides paragraph is not context, and the quote after it is still the customer's words.
        #expect(objections[0].context == "先问清日均存款。")
        #expect(objections[0].customerSays == "一年还要三百六？")
        #expect(objections[1].products == ["fund", "ebank"])
        #expect(objections[1].tags == ["费用", "利率"])
    }

    @Test func englishKeysASCIIColonsAndCommasWork() throws {
        let (result, _) = try loadSingle("objections/price.md", Self.file("products: fund, ebank | tags: fee"),
                                         extra: Self.others)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let first = try #require(result.playbook.objectionSets.first?.objections.first)
        #expect(first.products == ["fund", "ebank"])
        #expect(first.tags == ["fee"])
    }

    @Test func theLineMayAlsoFollowTheCustomersWords() throws {
        let text = Self.file("").replacingOccurrences(of: "> 一年还要三百六？\n", with: "> 一年还要三百六？\n\n产品：ebank\n")
        let (result, _) = try loadSingle("objections/price.md", text, extra: Self.others)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let first = try #require(result.playbook.objectionSets.first?.objections.first)
        #expect(first.products == ["ebank"])
        #expect(first.customerSays == "一年还要三百六？")
        #expect(first.context == "先问清日均存款。")
    }

    @Test func aParagraphThatDoesNotOpenWithAKnownKeyIsContext() throws {
        let (result, _) = try loadSingle("objections/price.md", Self.file("备注：客户多半刚比较过同业。"),
                                         extra: Self.others)
        let first = try #require(result.playbook.objectionSets.first?.objections.first)
        #expect(first.products == ["fund", "ebank"])
        #expect(first.context.hasPrefix("备注：客户多半刚比较过同业。"))
    }

    @Test func anUnknownProductIsAnErrorAtItsColumnWithASuggestion() throws {
        let playbook = try TestPlaybook(Self.others.merging(["objections/price.md": Self.file("产品：ebank、ebnak")]) { a, _ in a })
        let errors = try playbook.diagnostics().with(.unknownReference)
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error.path == "objections/price.md")
        #expect(error.line == 8)
        #expect(error.column == 10)
        #expect(error.message.contains("“ebnak”"))
        #expect(error.message.contains("Did you mean “ebank”?"))
    }

    @Test func anUnknownKeyAfterAKnownOneIsAWarningAtTheKey() throws {
        let playbook = try TestPlaybook(Self.others.merging(["objections/price.md": Self.file("产品：ebank · 客群：企业")]) { a, _ in a })
        let warnings = try playbook.diagnostics().with(.unknownField)
        #expect(warnings.count == 1)
        #expect(warnings.first?.line == 8)
        #expect(warnings.first?.column == 12)
        #expect(warnings.first?.message.contains("客群") == true)
    }

    @Test func fieldsKeepTheirColumns() {
        let fields = OverrideField.split("产品： ebank、fund · 标签：年费")
        #expect(fields.map(\.key) == ["产品", "标签"])
        #expect(fields[0].values.map(\.text) == ["ebank", "fund"])
        #expect(fields[0].values.map(\.column) == [5, 11])
        #expect(fields[1].keyColumn == 18)
        #expect(fields[1].values.first?.column == 21)
        #expect(OverrideField.split("客户多半刚比较过同业。").isEmpty)
        // Emphasis, code spans and YAML-style brackets around keys and values are not part of them.
        let marked = OverrideField.split("**产品**：[`ebank`, fund]")
        #expect(marked.map(\.key) == ["产品"])
        #expect(marked[0].values.map(\.text) == ["ebank", "fund"])
        #expect(marked[0].values.map(\.column) == [10, 18])
    }
}
