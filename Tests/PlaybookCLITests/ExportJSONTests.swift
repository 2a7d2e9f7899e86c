import Foundation
import Testing

/// docs/format.md §11: `export json` prints the whole model; with content errors it prints nothing on
/// stdout, the errors on stderr, and exits 1.
@Suite struct ExportJSONTests {
    static let files: [String: String] = [
        "competitors/cmb.md": TempPlaybook.competitorCMB,
        "products/fund.md": """
            ---
            title: 住宅专项维修资金账户
            category: 对公
            tags: [对公, 账户]
            competitors: [cmb]
            ---

            为业主大会开立的专项账户。

            ## 核心卖点
            - **资金安全**：专户管理，专款专用

            ## 竞品对比
            - **服务网点**
              - 我行: 社区网点多
              - 招行: 网点少
              - 结论: 先讲网点

            ## 自测
            - 问：专项账户的核心卖点是什么？
              答：资金安全。

            """,
        "objections/price.md": """
            ---
            category: 价格
            products: [fund]
            ---

            ## 你们的费率太高了 {#fee-too-high}

            > 别家都比你们便宜。

            ### 应对话术

            我们的费率包含**上门服务**和**专人对接**。

            ### 避免
            - “便宜没好货”

            """,
        "self/self.md": """
            ---
            title: 自我分析
            ---

            ## 公司优势
            - **网点多**：客户少跑路

            """,
    ]

    @Test func smallValidPlaybookExportsEveryTopLevelKey() throws {
        let playbook = try TempPlaybook(Self.files)
        defer { playbook.remove() }
        let result = try playbook.exportJSON()
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for key in ["playbook", "products", "competitors", "objections", "self", "segments", "cases", "cards"] {
            #expect(root[key] != nil, "missing top-level key \(key)")
        }
        let settings = try #require(root["playbook"] as? [String: Any])
        #expect(settings["title"] as? String == "测试手册")
        #expect(settings["locale"] as? String == "zh-Hans")
    }

    @Test func exportedModelHoldsTheContent() throws {
        let playbook = try TempPlaybook(Self.files)
        defer { playbook.remove() }
        let result = try playbook.exportJSON()
        #expect(result.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])

        let products = try #require(root["products"] as? [[String: Any]])
        #expect(products.count == 1)
        let product = try #require(products.first)
        #expect(product["id"] as? String == "fund")
        #expect(product["title"] as? String == "住宅专项维修资金账户")
        #expect(product["tags"] as? [String] == ["对公", "账户"])
        let comparison = try #require((product["comparison"] as? [[String: Any]])?.first)
        #expect(comparison["dimension"] as? String == "服务网点")
        #expect(comparison["verdict"] as? String == "先讲网点")
        let entries = try #require(comparison["entries"] as? [[String: Any]])
        #expect(entries.count == 2)
        #expect(entries.last?["competitor"] as? String == "cmb")
        let source = try #require(product["source"] as? [String: Any])
        #expect(source["path"] as? String == playbook.displayPath("products/fund.md"))
        #expect(source["line"] as? Int == 1)

        let competitors = try #require(root["competitors"] as? [[String: Any]])
        #expect(competitors.first?["id"] as? String == "cmb")
        #expect(competitors.first?["aliases"] as? [String] == ["招商银行"])

        let objections = try #require(root["objections"] as? [[String: Any]])
        let objection = try #require(objections.first)
        #expect(objection["id"] as? String == "fee-too-high")
        #expect(objection["customerSays"] as? String == "别家都比你们便宜。")
        #expect(objection["keyPoints"] as? [String] == ["上门服务", "专人对接"])
        #expect(objection["avoid"] as? [String] == ["便宜没好货"])
        #expect(objection["products"] as? [String] == ["fund"])

        let selfAnalysis = try #require(root["self"] as? [String: Any])
        let strengths = try #require(selfAnalysis["strengths"] as? [[String: Any]])
        #expect(strengths.first?["name"] as? String == "网点多")

        let cards = try #require(root["cards"] as? [[String: Any]])
        let ids = Set(cards.compactMap { $0["id"] as? String })
        #expect(ids.contains { $0.hasPrefix("objection") && $0.hasSuffix("fee-too-high") }, "cards: \(ids.sorted())")
        #expect(cards.allSatisfy { $0["kind"] is String && $0["front"] != nil && $0["source"] != nil })
    }

    @Test func exportIsDeterministic() throws {
        let playbook = try TempPlaybook(Self.files)
        defer { playbook.remove() }
        let first = try playbook.exportJSON()
        let second = try playbook.exportJSON()
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
    }

    @Test func exportWithAnErrorExitsOneAndPrintsNothingOnStdout() throws {
        var files = Self.files
        files["products/broken.md"] = "---\ncategory: 对公\ncompetitors: [nope]\n---\n"
        let playbook = try TempPlaybook(files)
        defer { playbook.remove() }
        let result = try playbook.exportJSON()
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let errors = result.stderr.split(separator: "\n").compactMap { TextDiagnostic(line: String($0)) }
        #expect(errors.map(\.spot) == [
            "\(playbook.displayPath("products/broken.md")):1:1 error missing-field",
            "\(playbook.displayPath("products/broken.md")):3:15 error unknown-reference",
        ])
    }

    @Test func exportWithOnlyWarningsSucceeds() throws {
        var files = Self.files
        files["products/odd.md"] = "---\ntitle: 产品\n---\n\n## 奇怪的标题\n\n文字。\n"
        let playbook = try TempPlaybook(files)
        defer { playbook.remove() }
        let result = try playbook.exportJSON()
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((root["products"] as? [[String: Any]])?.count == 2)
    }

    @Test func draftsAreCheckedButNotExported() throws {
        var files = Self.files
        files["products/draft.md"] = "---\ntitle: 草稿\ndraft: true\n---\n"
        let playbook = try TempPlaybook(files)
        defer { playbook.remove() }
        let result = try playbook.exportJSON()
        #expect(result.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let ids = (root["products"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(ids == ["fund"])
    }
}
