import Testing
@testable import PlaybookCore

@Suite struct ObjectionMappingTests {
    static let products = ["products/fund.md": "---\ntitle: 维修资金\n---\n"]

    @Test func objectionsTakeFileMetadataQuoteContextAndSections() throws {
        let (result, _) = try loadSingle("objections/price.md", """
            ---
            category: 价格
            tags: [费用]
            products: [fund]
            ---
            价格类异议的说明。

            ## 你们的费用太高了 {#fee-too-high}
            > 别家都不收管理费，
            > 你们凭什么收？

            客户多半刚比较过同业。

            ### 应对话术
            先**认同感受**，再讲**资金安全**。

            ### 要点
            - 先认同感受
            - 讲清资金安全

            ### 避免
            - “这是规定，我也没办法”
            - 「嫌贵就别办」

            ### 追问
            - 您最看重哪一点？

            ## 我再考虑考虑
            ### Response
            好的，我把**资料**留给您。
            """, extra: Self.products)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let set = try #require(result.playbook.objectionSets.first)
        #expect(set.info.id == "price")
        #expect(set.info.title == "价格")
        #expect(set.summary == "价格类异议的说明。")
        let objections = set.objections
        #expect(objections.map(\.id) == ["fee-too-high", "我再考虑考虑"])
        let first = objections[0]
        #expect(first.title == "你们的费用太高了")
        #expect(first.category == "价格")
        #expect(first.tags == ["费用"])
        #expect(first.products == ["fund"])
        #expect(first.customerSays == "别家都不收管理费，你们凭什么收？")
        #expect(first.context == "客户多半刚比较过同业。")
        #expect(first.response == "先认同感受，再讲资金安全。")
        #expect(first.keyPoints == ["先认同感受", "讲清资金安全"])
        #expect(first.avoid == ["这是规定，我也没办法", "嫌贵就别办"])
        #expect(first.followUps == ["您最看重哪一点？"])
        #expect(first.source.line == 8)
        // Without a quote the title is what the customer says; without 要点, the bold phrases.
        #expect(objections[1].customerSays == "我再考虑考虑")
        #expect(objections[1].keyPoints == ["资料"])
    }

    @Test func missingResponseIsAnErrorAndNoKeyPointsAWarning() throws {
        let (result, _) = try loadSingle("objections/x.md", """
            ## 没有回应
            > 客户原话

            ## 没有要点
            ### 应对
            平铺直叙的回答。
            """)
        #expect(result.diagnostics.map(\.code) == [.missingSection, .noKeyPoints])
        #expect(result.diagnostics.map(\.line) == [1, 4])
        #expect(result.diagnostics.map(\.severity) == [.error, .warning])
    }

    @Test func objectionIDsAreUniqueAcrossFiles() throws {
        let (result, _) = try loadSingle("objections/a.md", "## 甲 {#same}\n### 应对\n**好**\n",
                                         extra: ["objections/b.md": "## 乙 {#same}\n### 应对\n**好**\n"])
        let duplicates = result.diagnostics.with(.duplicateID)
        #expect(duplicates.count == 1)
        #expect(duplicates.first?.path.hasSuffix("objections/b.md") == true)
        #expect(duplicates.first?.message.contains("objections/a.md") == true)
    }

    @Test func hostileObjectionIDIsRejected() throws {
        let (result, _) = try loadSingle("objections/a.md", "## 甲 {#../../etc}\n### 应对\n**好**\n")
        #expect(result.diagnostics.codes() == [.unsafeID])
    }
}

@Suite struct SelfAndOtherMappingTests {
    @Test func stylesStrengthsAndWeaknesses() throws {
        let (result, _) = try loadSingle("self/me.md", """
            ---
            title: 自我分析
            ---
            ## 销售风格
            ### 专业专家型 {#expert}
            靠专业征服客户。
            - 特点：知识扎实
            - 成功因素：征服客户

            ### 老实可信型
            - 特点：诚恳

            ## 公司优势
            - **网点多**：客户办事近

            ## 劣势应对
            - **利率不高**：强调安全与服务
            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let analysis = try #require(result.playbook.selfAnalyses.first)
        #expect(analysis.styles.map(\.id) == ["expert", "老实可信型"])
        #expect(analysis.styles[0].summary == "靠专业征服客户。")
        #expect(analysis.styles[0].facts.map(\.name) == ["特点", "成功因素"])
        #expect(analysis.strengths.map(\.detail) == ["客户办事近"])
        #expect(analysis.weaknesses.map(\.name) == ["利率不高"])
    }

    @Test func segmentsAndCases() throws {
        let (result, _) = try loadSingle("segments/hoa.md", """
            ---
            title: 业主委员会
            ---
            ## 特征
            - **成员多为退休业主**：时间充裕
            ## 需求
            资金安全、查询方便。
            ## 决策人
            业委会主任。
            ## 切入策略
            从物业公司切入。
            """, extra: ["cases/c1.md": """
            ---
            title: 某小区开户
            products: [fund]
            segments: [hoa]
            ---
            ## 背景
            小区新成立业委会。
            ## 做法
            上门讲解。
            ## 效果
            当月开户。
            """, "products/fund.md": "---\ntitle: 维修资金\n---\n"])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let segment = try #require(result.playbook.segments.first)
        #expect(segment.profile.items.map(\.name) == ["成员多为退休业主"])
        #expect(segment.needs.text == "资金安全、查询方便。")
        #expect(segment.approach.html == "<p>从物业公司切入。</p>\n")
        let study = try #require(result.playbook.cases.first)
        #expect(study.products == ["fund"])
        #expect(study.segments == ["hoa"])
        #expect(study.result.text == "当月开户。")
    }
}
