import Testing
@testable import PlaybookCore

@Suite struct ProductMappingTests {
    static let competitor = """
        ---
        name: 招商银行
        aliases: [招行, CMB]
        ---
        简介。
        """

    @Test func namedItemsFactsAndSummary() throws {
        let (result, _) = try loadSingle("products/fund.md", """
            ---
            title: 维修资金账户
            category: 对公
            tags: [业委会]
            competitors: [cmb]
            ---
            维修资金专户的**摘要**。

            ## 1. 基本信息
            - 开户对象：业主委员会
            - **期限**: 长期
            - 无冒号的事实

            ## 核心卖点
            - **资金安全**：多维度交叉复核
            - **查询方便**: 业主可**随时**查询
            - **服务网点** — 社区网点多
            - 只有名字

            ## 目标客户
            - **业委会**：决策人
            新成立的业委会也适用。
            """, extra: ["competitors/cmb.md": Self.competitor])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let product = try #require(result.playbook.products.first)
        #expect(product.title == "维修资金账户")
        #expect(product.category == "对公")
        #expect(product.summary == "维修资金专户的摘要。")
        #expect(product.summaryHtml.contains("<strong>摘要</strong>"))
        #expect(product.facts.map(\.name) == ["开户对象", "期限", ""])
        #expect(product.facts.map(\.value) == ["业主委员会", "长期", "无冒号的事实"])
        #expect(product.sellingPoints.map(\.name) == ["资金安全", "查询方便", "服务网点", "只有名字"])
        #expect(product.sellingPoints.map(\.detail) == ["多维度交叉复核", "业主可随时查询", "社区网点多", ""])
        #expect(product.sellingPoints[1].detailHtml == "业主可<strong>随时</strong>查询")
        #expect(product.sellingPoints[1].highlights == ["随时"])
        #expect(product.sellingPoints[0].id == "资金安全")
        #expect(product.audience.first?.name == "业委会")
    }

    @Test func comparisonPartiesResolveByIDNameAliasAndLink() throws {
        let (result, _) = try loadSingle("products/fund.md", """
            ---
            title: 维修资金账户
            ---
            ## 竞品对比
            - **资金安全**
              - 我行: 交叉复核
              - cmb: 按 ID
              - 招商银行：按名称
              - 招行: 按别名
              - [对手](../competitors/cmb.md): 按链接
              - 某农商行: 未知
              - 结论: 先讲安全
            - 网点覆盖
              - 我们: 社区网点多
            """, extra: ["competitors/cmb.md": Self.competitor])
        let product = try #require(result.playbook.products.first)
        let row = product.comparison[0]
        #expect(row.dimension == "资金安全")
        #expect(row.verdict == "先讲安全")
        #expect(row.entries.map(\.party) == ["我行", "cmb", "招商银行", "招行", "对手", "某农商行"])
        #expect(row.entries.map(\.competitor) == [nil, "cmb", "cmb", "cmb", "cmb", nil])
        #expect(row.entries.map(\.isUs) == [true, false, false, false, false, false])
        #expect(row.entries[2].text == "按名称")
        #expect(product.comparison[1].dimension == "网点覆盖")
        #expect(product.comparison[1].ours?.text == "社区网点多")
        let unknown = result.diagnostics.with(.unknownParty)
        #expect(unknown.count == 1)
        #expect(unknown.first?.line == 11)
        #expect(unknown.first?.column == 5)
    }

    @Test func quizItemsWithAnswersAndOptions() throws {
        let (result, _) = try loadSingle("products/fund.md", """
            ---
            title: 维修资金账户
            ---
            ## 自测
            - 问：产品分析的核心内容有哪些？
              答：参数性能、卖点、竞品优劣。
            - Q: Which style wins by expertise?
              - [ ] 激情四射型
              - [x] 专业专家型
              - [X] 顾问型
            - 問：跨行的答案？

              答：在第二段。
            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let quiz = try #require(result.playbook.products.first?.quiz)
        #expect(quiz.count == 3)
        #expect(quiz[0].question == "产品分析的核心内容有哪些？")
        #expect(quiz[0].answer == "参数性能、卖点、竞品优劣。")
        #expect(quiz[1].question == "Which style wins by expertise?")
        #expect(quiz[1].choices.map(\.correct) == [false, true, true])
        #expect(quiz[1].choices[0].text == "激情四射型")
        #expect(quiz[2].answer == "在第二段。")
    }

    @Test func malformedQuizItemsAreErrorsAtTheirLine() throws {
        let (result, _) = try loadSingle("products/fund.md", """
            ---
            title: 维修资金账户
            ---
            ## 自测
            - 问：没有答案的问题？
            - 问：没有正确选项？
              - [ ] 甲
              - [ ] 乙
            - 不是问题的条目
            """)
        let errors = result.diagnostics.with(.malformedQuiz)
        #expect(errors.map(\.line) == [5, 6, 9])
        #expect(errors.allSatisfy { $0.severity == .error })
        #expect(errors[0].message.contains("答："))
    }

    @Test func traditionalAndEnglishHeadings() throws {
        let (result, _) = try loadSingle("products/fund.md", """
            ---
            title: Fund account
            ---
            ## 產品賣點
            - **安全**：交叉複核
            ## Buyer value
            - **Peace of mind** — audited monthly
            ## 話術
            - **費用高嗎？**：不高
            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let product = try #require(result.playbook.products.first)
        #expect(product.sellingPoints.map(\.name) == ["安全"])
        #expect(product.buyerValues.map(\.detail) == ["audited monthly"])
        #expect(product.talkTracks.map(\.name) == ["費用高嗎？"])
    }

    @Test func unknownSectionsAreKeptAndWarned() throws {
        let (result, _) = try loadSingle("products/fund.md", """
            ---
            title: 维修资金账户
            ---
            ## 营销心得 {#tips}
            多跑社区。

            ## 核心卖点
            """)
        let product = try #require(result.playbook.products.first)
        #expect(product.sections.map(\.id) == ["tips"])
        #expect(product.sections[0].title == "营销心得")
        #expect(product.sections[0].html == "<p>多跑社区。</p>\n")
        #expect(result.diagnostics.map(\.code) == [.unknownSection, .emptySection])
        #expect(result.diagnostics.map(\.line) == [4, 7])
        #expect(!result.hasErrors)
    }

    @Test func titleFallsBackToLevelOneHeading() throws {
        let (result, _) = try loadSingle("products/fund.md", "# 维修资金账户\n\n摘要。\n")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.playbook.products.first?.title == "维修资金账户")
        #expect(result.playbook.products.first?.summary == "摘要。")
    }

    @Test func draftsAreCheckedButNotPublished() throws {
        let (result, _) = try loadSingle("products/fund.md", "---\ntitle: 草稿\ndraft: true\n---\n## 乱写\n")
        #expect(result.playbook.products.isEmpty)
        #expect(Set(result.diagnostics.codes()) == [.unknownSection, .emptySection])
    }
}
