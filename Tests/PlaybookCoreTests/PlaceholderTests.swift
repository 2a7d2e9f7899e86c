import Testing
@testable import PlaybookCore

/// Text `playbook new` wrote and nobody replaced: reported, and kept off the site and the deck.
@Suite struct PlaceholderTests {
    static let day = CalendarDay(iso: "2026-11-23")!

    private func scaffold(_ type: DocumentType, _ id: String, locale: PlaybookLocale = .zhHans) -> String {
        DocumentScaffold.text(type: type, id: id, title: "新文档", locale: locale, today: Self.day)
    }

    @Test(arguments: DocumentType.allCases, PlaybookLocale.allCases)
    func anUntouchedScaffoldHasNoErrorsOnlyPlaceholdersAndNoCards(type: DocumentType, locale: PlaybookLocale) throws {
        let path = "\(type.folder)/fresh.md"
        let (result, _) = try loadSingle(path, scaffold(type, "fresh", locale: locale))
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.description))")
        #expect(!result.diagnostics.with(.placeholder).isEmpty)
        #expect(result.diagnostics.allSatisfy { $0.code == .placeholder || $0.code == .emptyDocument },
                "\(result.diagnostics.map(\.description))")
        #expect(result.playbook.cards.isEmpty, "\(result.playbook.cards.map(\.id))")
    }

    @Test func eachHintIsReportedAtItsLineAndColumn() throws {
        let text = scaffold(.product, "fresh")
        let (result, _) = try loadSingle("products/fresh.md", text)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let placeholders = result.diagnostics.with(.placeholder)
        let owner = try #require(placeholders.first { $0.message.contains("`owner: 待定`") })
        #expect(lines[owner.line - 1].hasPrefix("owner:"))
        let vs = try #require(placeholders.first { $0.message.contains("我行: 我们的做法") })
        #expect(lines[vs.line - 1] == "  - 我行: 我们的做法")
        #expect(vs.column == 3)
        #expect(vs.severity == .warning && vs.promoted().severity == .error)
    }

    @Test func filledTextIsKeptAndOnlyTheLeftoverHintIsDropped() throws {
        var text = scaffold(.product, "fresh")
        text = text.replacingOccurrences(of: "- **卖点名称**：用一句话讲清它的好处，关键词加粗",
                                         with: "- **零手续费**：开户和转账都不收费\n- **卖点名称**：用一句话讲清它的好处，关键词加粗")
        text = text.replacingOccurrences(of: "owner: 待定", with: "owner: 零售业务部")
        let (result, _) = try loadSingle("products/fresh.md", text)
        let product = try #require(result.playbook.products.first)
        #expect(product.info.owner == "零售业务部")
        #expect(product.category == nil, "待定 counts as not set")
        #expect(product.sellingPoints.map(\.name) == ["零手续费"])
        #expect(!product.sections.contains { $0.title == "基本信息" })
        #expect(result.playbook.cards.map(\.id).contains { $0.contains("零手续费") })
        #expect(!result.diagnostics.contains { $0.message.contains("零手续费") })
    }

    @Test func anObjectionWithARealResponseStaysWhenOnlyItsKeyPointIsAHint() throws {
        var text = scaffold(.objections, "fees")
        text = text.replacingOccurrences(of: "客户的异议 {#fees-1}", with: "年费太贵 {#fees-1}")
        text = text.replacingOccurrences(of: "> 客户的原话写在这里。", with: "> 年费太贵了。")
        text = text.replacingOccurrences(of: "标准应对，关键词用**加粗**标出。", with: "理解您的顾虑，我们**算一笔账**。")
        let (result, _) = try loadSingle("objections/fees.md", text)
        let objection = try #require(result.playbook.objectionSets.first?.objections.first)
        #expect(objection.title == "年费太贵")
        #expect(objection.keyPoints == ["算一笔账"], "the hint key point is dropped; the bold phrase stands in")
        #expect(objection.avoid.isEmpty)
        #expect(result.diagnostics.with(.placeholder).count == 5, "category, owner, summary, key point, never-say")
    }

    @Test func hintsInsideCodeBlocksAndInLongerSentencesAreNotPlaceholders() throws {
        let text = "---\ntitle: 网银\n---\n## 相关知识\n```\n待定\n```\n第一个要点是先认同客户。\n"
        let (result, _) = try loadSingle("products/ebank.md", text)
        #expect(result.diagnostics.with(.placeholder).isEmpty)
    }
}
