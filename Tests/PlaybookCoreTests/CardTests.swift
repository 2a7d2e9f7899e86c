import Testing
@testable import PlaybookCore

@Suite struct CardTests {
    static let product = """
        ---
        title: 维修资金
        competitors: [cmb]
        ---
        ## 核心卖点
        - **资金安全**：**交叉复核**，月月对账
        - **查询方便**：业主随时查
        ## 竞品对比
        - **网点**
          - 我行: 社区网点多
          - 招行: 网点少
          - 结论: 讲便利
        ## 自测
        - 问：选哪个？
          - [ ] 甲
          - [x] 乙
        """
    static let competitor = "---\nname: 招商银行\naliases: [招行]\n---\n"

    @Test func cardsHaveStableIDsAndKinds() throws {
        let (result, _) = try loadSingle("products/fund.md", Self.product, extra: ["competitors/cmb.md": Self.competitor])
        let cards = result.playbook.cards
        #expect(cards.map(\.id) == [
            "selling-point/fund/资金安全", "selling-point/fund/查询方便",
            "comparison/fund/网点--cmb", "quiz/product-fund/选哪个",
        ])
        let selling = cards[0]
        #expect(selling.kind == .sellingPoint)
        #expect(selling.back == "交叉复核，月月对账")
        #expect(selling.keyPoints == ["交叉复核"])
        #expect(cards[1].keyPoints == ["业主随时查"])
        let comparison = cards[2]
        #expect(comparison.back.contains("我行: 社区网点多"))
        #expect(comparison.back.contains("招商银行: 网点少"))
        #expect(comparison.back.contains("结论: 讲便利"))
        #expect(comparison.competitors == ["cmb"])
        let quiz = cards[3]
        #expect(quiz.choices == ["甲", "乙"])
        #expect(quiz.answers == [1])
        #expect(quiz.back == "乙")
        #expect(quiz.source.line == 14)
    }

    @Test func editingOtherItemsKeepsIDs() throws {
        let (before, _) = try loadSingle("products/fund.md", Self.product, extra: ["competitors/cmb.md": Self.competitor])
        let edited = Self.product.replacingOccurrences(of: "## 核心卖点\n", with: "## 核心卖点\n- **新卖点**：新增的一条\n")
            .replacingOccurrences(of: "业主随时查", with: "业主随时随地查")
        let (after, _) = try loadSingle("products/fund.md", edited, extra: ["competitors/cmb.md": Self.competitor])
        let beforeIDs = Set(before.playbook.cards.map(\.id))
        let afterIDs = Set(after.playbook.cards.map(\.id))
        #expect(beforeIDs.isSubset(of: afterIDs))
        #expect(afterIDs.subtracting(beforeIDs) == ["selling-point/fund/新卖点"])
    }

    @Test func objectionAndSelfCards() throws {
        let (result, _) = try loadSingle("objections/price.md", """
            ---
            category: 价格
            ---
            ## 太贵 {#too-expensive}
            > 太贵了
            ### 应对
            讲**价值**。
            ### 避免
            - 嫌贵别买
            """, extra: ["self/me.md": """
            ## 销售风格
            ### 专业专家型 {#expert}
            - 特点：知识扎实
            ## 公司优势
            - **网点多**：办事近
            ## 劣势应对
            - **利率低**：讲安全
            """])
        let cards = result.playbook.cards
        #expect(cards.map(\.id) == ["objection/price/too-expensive", "strength/me/网点多", "weakness/me/利率低", "style/me/expert"])
        #expect(cards[0].front == "太贵了")
        #expect(cards[0].avoid == ["嫌贵别买"])
        #expect(cards[0].category == "价格")
        #expect(cards[3].back == "特点：知识扎实")
    }
}

@Suite struct FrontMatterDiagnosticTests {
    @Test func unknownReferenceIsReportedAtTheListEntry() throws {
        let (result, _) = try loadSingle("products/fund.md", """
            ---
            title: 维修资金
            competitors:
              - cmb
              - cbm2
            ---
            """, extra: ["competitors/cmb.md": "---\nname: 招商银行\n---\n"])
        let errors = result.diagnostics.with(.unknownReference)
        #expect(errors.count == 1)
        #expect(errors.first?.line == 5)
        #expect(errors.first?.column == 5)
        #expect(errors.first?.message.contains("cbm2") == true)
    }

    @Test func didYouMeanSuggestsTheNearestID() throws {
        let (result, _) = try loadSingle("products/fund.md", "---\ntitle: x\ncompetitors: [cbm]\n---\n",
                                         extra: ["competitors/cmb.md": "---\nname: 招商银行\n---\n"])
        #expect(result.diagnostics.with(.unknownReference).first?.message.contains("Did you mean “cmb”") == true)
    }

    @Test func yamlErrorsPointAtTheFileLine() throws {
        let (result, _) = try loadSingle("products/fund.md", "---\ntitle: 维修资金\ntags: [a, b\nowner: x\n---\n正文\n")
        let error = try #require(result.diagnostics.first)
        #expect(error.code == .invalidFrontMatter)
        #expect((2...5).contains(error.line))
        #expect(result.playbook.products.isEmpty)
    }

    @Test func wrongShapesAndUnknownKeys() throws {
        let (result, _) = try loadSingle("products/fund.md", """
            ---
            title: 维修资金
            draft: maybe
            reviewed: 2026-13-01
            titel: typo
            tags: {a: b}
            ---
            """)
        #expect(result.diagnostics.map(\.code) == [.invalidField, .invalidField, .unknownField, .invalidField])
        #expect(result.diagnostics.map(\.line) == [3, 4, 5, 6])
    }

    @Test func reviewDatesWarnWhenOverdue() throws {
        let playbook = try TestPlaybook(["products/fund.md": """
            ---
            title: 维修资金
            owner: 零售部
            reviewed: 2026-01-10
            ---
            """, "products/fresh.md": "---\ntitle: 新\nreviewed: 2026-11-01\nreviewEvery: 30d\n---\n"],
            settings: "---\ntitle: 手册\nreviewEvery: 90d\n---\n")
        let overdue = try playbook.diagnostics().with(.reviewOverdue)
        #expect(overdue.map(\.path) == ["products/fund.md"])
        #expect(overdue.first?.line == 4)
        #expect(overdue.first?.message.contains("2026-04-10") == true)
        #expect(overdue.first?.message.contains("零售部") == true)
        #expect(try playbook.diagnostics(today: CalendarDay(iso: "2026-04-10")!).with(.reviewOverdue).isEmpty)
        #expect(try playbook.diagnostics(today: CalendarDay(iso: "2026-12-02")!).with(.reviewOverdue).count == 2)
    }

    @Test func playbookSettings() throws {
        let playbook = try TestPlaybook([:], settings: """
            ---
            title: Handbook
            locale: zh-TW
            unsafeHTML: true
            newPerSession: 5
            learningSteps: [30s, 5m]
            ---
            # Ignored heading

            Intro <b>bold</b>.
            """)
        let result = try playbook.load()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let settings = result.playbook.settings
        #expect(settings.locale == .zhHant)
        #expect(settings.unsafeHTML)
        #expect(settings.introductionHtml.contains("<b>bold</b>"))
        #expect(settings.drill.newPerSession == 5)
        #expect(settings.drill.learningSteps == [30, 300])
    }

    @Test func missingPlaybookFileIsAnError() throws {
        let playbook = try TestPlaybook([:], settings: nil)
        #expect(try playbook.diagnostics().codes() == [.missingPlaybook])
    }
}
