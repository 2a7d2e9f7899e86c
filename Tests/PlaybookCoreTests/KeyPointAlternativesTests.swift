import Testing
@testable import PlaybookCore

@Suite struct KeyPointAlternativesTests {
    @Test func splitsThePointFromItsAlternatives() {
        let split = KeyPointAlternatives.split("认同关注成本（也可说：理解您在意费用；换位思考）")
        #expect(split.point == "认同关注成本")
        #expect(split.alternatives == ["理解您在意费用", "换位思考"])
        #expect(KeyPointAlternatives.split("認同關注成本（也可說：理解您在意費用）").alternatives == ["理解您在意費用"])
        #expect(KeyPointAlternatives.split("Acknowledge the cost (also: the fee matters / put yourself in their place)").alternatives
                == ["the fee matters", "put yourself in their place"])
    }

    @Test func ordinaryBracketsAreNotAlternatives() {
        let split = KeyPointAlternatives.split("日均50万免年费（按季度计）")
        #expect(split.point == "日均50万免年费（按季度计）")
        #expect(!split.marked)
    }

    @Test func emptyAndRepeatedAlternativesAreCounted() {
        let split = KeyPointAlternatives.split("算账（也可说：；算账；测算）")
        #expect(split.alternatives == ["测算"])
        #expect(split.emptyCount == 2)
    }

    static let objections = """
        ---
        category: 价格
        ---
        ## 网银年费太贵 {#fee}
        > 年费太贵了。

        ### 应对话术
        我理解您在意成本。

        ### 要点
        - 认同关注成本（也可说：理解您在意费用；换位思考）
        - 帮客户算全年总账（也可说：）
        - 行内转账免费
        """

    @Test func objectionsAndCardsCarryAlternatives() throws {
        let (result, playbook) = try loadSingle("objections/price.md", KeyPointAlternativesTests.objections)
        let objection = try #require(result.playbook.objections.first)
        #expect(objection.keyPoints == ["认同关注成本", "帮客户算全年总账", "行内转账免费"])
        #expect(objection.keyPointAlternatives == [["理解您在意费用", "换位思考"], [], []])
        let card = try #require(result.playbook.cards.first { $0.kind == .objection })
        #expect(card.keyPointAlternatives == objection.keyPointAlternatives)
        let warnings = try playbook.diagnostics().with(.emptyAlternative)
        #expect(warnings.count == 1)
        #expect(warnings.first?.line == 12)
    }

    @Test func synonymsSettingIsReadAndChecked() throws {
        let settings = """
            ---
            title: 测试手册
            synonyms:
              - [代发, 代发工资, 发薪]
              - 维修资金 / 专项维修资金
              - [理财]
              - [网银, 網銀, 企业网银]
            ---
            """
        let playbook = try TestPlaybook([:], settings: settings)
        let result = try playbook.load()
        #expect(result.playbook.settings.synonyms == [["代发", "代发工资", "发薪"], ["维修资金", "专项维修资金"], ["网银", "企业网银"]])
        let diagnostics = try playbook.diagnostics()
        #expect(diagnostics.with(.smallSynonymGroup).first?.line == 6)
        #expect(diagnostics.with(.duplicateSynonym).first?.line == 7)
        #expect(diagnostics.with(.unknownField).isEmpty)
    }
}

@Suite struct SynonymSettingLimitTests {
    @Test func aliasBombsAreCut() throws {
        // 300 groups, each the same list of 100 words: 30,000 words through aliases.
        let words = (0..<100).map { "词\($0)" }.joined(separator: ", ")
        let groups = Array(repeating: "  - *w", count: 300).joined(separator: "\n")
        let settings = "---\ntitle: 测试手册\nwordlist: &w [\(words)]\nsynonyms:\n\(groups)\n---\n"
        let playbook = try TestPlaybook([:], settings: settings)
        let result = try playbook.load()
        #expect(result.playbook.settings.synonyms.count < 300)
        #expect(try playbook.diagnostics().with(.invalidField).contains { $0.message.contains("more than") })
    }
}
