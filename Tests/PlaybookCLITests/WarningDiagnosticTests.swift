import Foundation
import Testing

/// docs/cli.md warnings, one test each: exit 0 (1 with `--strict`) and the exact place and code.
@Suite struct WarningDiagnosticTests {
    @Test func unknownSectionHeading() throws {
        let playbook = try TempPlaybook(["products/p.md": """
            ---
            title: 产品
            ---

            摘要。

            ## 核心卖点
            - **安全**：专户管理

            ## 1. 奇怪的标题 {#odd}

            文字。

            """])
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.status == 0)
        #expect(outcome.spots == ["products/p.md:10:1 warning unknown-section"])
        #expect(outcome.first("unknown-section")?.message.contains("奇怪的标题") == true)
    }

    @Test func emptySection() throws {
        let playbook = try TempPlaybook(["products/p.md": """
            ---
            title: 产品
            ---

            ## 核心卖点

            ## 基本信息
            - 期限：一年

            """])
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.status == 0)
        #expect(outcome.spots == ["products/p.md:5:1 warning empty-section"])
        #expect(outcome.first("empty-section")?.message.contains("核心卖点") == true)
    }

    @Test func pipeTable() throws {
        let playbook = try TempPlaybook(["products/p.md": """
            ---
            title: 产品
            ---

            ## 竞品对比

            | 维度 | 我行 | 招行 |
            |---|:---:|---|
            | 安全 | 好 | 一般 |

            """])
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.status == 0)
        #expect(outcome.spots == ["products/p.md:7:1 warning pipe-table"])
        #expect(outcome.first("pipe-table")?.message.contains("comparison list") == true)
    }

    @Test func comparisonPartyMatchingNoCompetitor() throws {
        let playbook = try TempPlaybook([
            "competitors/cmb.md": TempPlaybook.competitorCMB,
            "products/p.md": """
                ---
                title: 产品
                competitors: [cmb]
                ---

                ## 竞品对比
                - **资金安全**
                  - 我行: 多维度复核
                  - 招商银行: 私行品牌强
                  - [招行](../competitors/cmb.md): 社区经验少
                  - 未知银行: 不清楚
                  - 结论: 先讲安全

                """,
        ])
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.status == 0)
        #expect(outcome.spots == ["products/p.md:11:5 warning unknown-party"])
        #expect(outcome.first("unknown-party")?.message.contains("未知银行") == true)
    }

    @Test func objectionWithoutKeyPoints() throws {
        let playbook = try TempPlaybook(["objections/o.md": """
            ---
            category: 价格
            ---

            ## 你们太贵了

            > 别家都便宜。

            ### 应对话术

            我们的收费包含了上门服务。

            ## 再想想 {#think}

            ### 应对话术

            先问清**顾虑在哪**。

            """])
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.status == 0)
        #expect(outcome.spots == ["objections/o.md:5:1 warning no-key-points"])
        #expect(outcome.first("no-key-points")?.message.contains("你们太贵了") == true)
    }

    @Test func keyPointsListSilencesTheWarning() throws {
        let playbook = try TempPlaybook(["objections/o.md": """
            ---
            category: 价格
            ---

            ## 你们太贵了

            ### 应对

            我们的收费包含了上门服务。

            ### 要点
            - 上门服务

            """])
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.status == 0)
        #expect(outcome.lines.isEmpty)
    }

    @Test func rawHTML() throws {
        let playbook = try TempPlaybook(["products/p.md": """
            ---
            title: 产品
            ---

            <div class="x">块</div>

            行内<br>换行。

            """])
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.status == 0)
        #expect(outcome.spots == ["products/p.md:5:1 warning raw-html", "products/p.md:7:3 warning raw-html"])
    }

    @Test func rawHTMLIsAllowedWithUnsafeHTML() throws {
        let playbook = try TempPlaybook(["products/p.md": "---\ntitle: 产品\n---\n\n<div>块</div>\n"],
                                        settings: "---\ntitle: 手册\nunsafeHTML: true\n---\n")
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.status == 0)
        #expect(outcome.lines.isEmpty)
    }

    static let reviewed = """
        ---
        title: 产品
        reviewed: 2020-01-01
        reviewEvery: 90d
        ---

        摘要。

        """

    @Test func reviewOverdue() throws {
        let playbook = try TempPlaybook(["products/p.md": Self.reviewed])
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.status == 0)
        #expect(outcome.spots == ["products/p.md:3:11 warning review-overdue"])
        #expect(outcome.first("review-overdue")?.message.contains("2020-01-01") == true)
    }

    @Test func reviewNotYetDue() throws {
        let playbook = try TempPlaybook(["products/p.md": Self.reviewed])
        defer { playbook.remove() }
        let outcome = try playbook.check(today: "2020-02-01")
        #expect(outcome.status == 0)
        #expect(outcome.lines.isEmpty)
    }

    @Test func reviewIntervalFromPlaybookSettings() throws {
        let playbook = try TempPlaybook(["products/p.md": "---\ntitle: 产品\nreviewed: 2025-01-01\n---\n"],
                                        settings: "---\ntitle: 手册\nreviewEvery: 365d\n---\n")
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.spots == ["products/p.md:3:11 warning review-overdue"])
    }

    @Test func unknownFrontMatterField() throws {
        let playbook = try TempPlaybook(["products/p.md": "---\ntitle: 产品\ncolour: red\n---\n"])
        defer { playbook.remove() }
        let outcome = try playbook.check()
        #expect(outcome.status == 0)
        #expect(outcome.spots == ["products/p.md:3:1 warning unknown-field"])
    }
}
