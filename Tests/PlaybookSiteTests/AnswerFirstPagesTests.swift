import Foundation
import Testing
import PlaybookCore
@testable import PlaybookSite

/// Pages a rep reads on a phone in front of a customer: a table of contents on long pages, the
/// verdict and how to win first, no empty comparison cells on phones, answers shown by default.
@Suite struct AnswerFirstPagesTests {
    static let competitor = """
        ---
        name: 招商银行
        aliases: [招行]
        ---
        股份制银行。

        ## 优势
        - **品牌**：零售口碑好
        ## 劣势
        - **网点**：区县覆盖少
        ## 应对策略
        先讲**资金安全**，再讲服务半径。
        """
    static let product = """
        ---
        title: 维修资金专户
        competitors: [cmb, icbc]
        ---
        摘要。

        ## 核心卖点
        - **资金安全**：交叉复核
        ## 竞品对比
        - **资金安全**
          - 我行: 交叉复核
          - 招行: 品牌强
          - 结论: 先讲安全
        - **网点**
          - 我行: 社区网点
          - 工行: 网点最多
        """

    static func workspace(objections: String = SiteWorkspace.objections) throws -> SiteWorkspace {
        try SiteWorkspace(["competitors/cmb.md": competitor, "products/fund.md": product,
                           "competitors/icbc.md": "---\nname: 工商银行\naliases: [工行]\n---\n大行。\n", "objections/price.md": objections])
    }

    @Test func theMarkerBecomesALinkListOfTheSectionsThatFollowIt() {
        let content = "<h2 id=\"before\">Before</h2>\(TableOfContents.marker)<h2 id=\"a\">甲 &amp; 乙</h2><p>x</p>"
            + "<h2 id=\"b\">B</h2><h2>no id</h2><h3 id=\"c\">C</h3><h2 id=\"d\"><a href=\"x.html\">D</a></h2>"
        let filled = TableOfContents.fill(content, label: "本页目录")
        #expect(!filled.contains(TableOfContents.marker))
        #expect(filled.contains("<nav class=\"toc\" aria-label=\"本页目录\"><span class=\"toc-label\">本页目录</span><ul>"
            + "<li><a href=\"#a\">甲 &amp; 乙</a></li><li><a href=\"#b\">B</a></li><li><a href=\"#d\">D</a></li></ul></nav>"))
        #expect(!filled.contains("href=\"#before\""))
    }

    @Test func aShortPageGetsNoTableOfContentsAndNoMarker() {
        let content = "<h1>T</h1>\(TableOfContents.marker)<h2 id=\"a\">A</h2><h2 id=\"b\">B</h2>"
        #expect(TableOfContents.fill(content, label: "x") == "<h1>T</h1><h2 id=\"a\">A</h2><h2 id=\"b\">B</h2>")
        #expect(TableOfContents.fill("<p>no marker</p>", label: "x") == "<p>no marker</p>")
    }

    @Test func aLongProductPageHasATableOfContents() throws {
        let html = try Self.workspace().page("products/fund.html")
        let toc = try #require(html.range(of: "<nav class=\"toc\"")).lowerBound
        #expect(html.contains("<li><a href=\"#selling-points\">核心卖点</a></li><li><a href=\"#comparison\">竞品对比</a></li>"))
        #expect(html.contains("<a href=\"#related-objections\">相关异议</a>"))
        // Under the summary, above the first section.
        #expect(try #require(html.range(of: "摘要。")).lowerBound < toc)
        #expect(toc < (try #require(html.range(of: "<h2 id=\"selling-points\">")).lowerBound))
        #expect(!html.contains("playbook:toc"))
    }

    @Test func aCompetitorPageStartsWithHowToWin() throws {
        let html = try Self.workspace().page("competitors/cmb.html")
        let howToWin = try #require(html.range(of: "<h2 id=\"how-to-win\">")).lowerBound
        #expect(howToWin < (try #require(html.range(of: "<h2 id=\"strengths\">")).lowerBound))
        #expect(howToWin < (try #require(html.range(of: "<h2 id=\"compared-in\">")).lowerBound))
        let card = try Self.workspace().page("battlecards/competitor-cmb.html")
        #expect(try #require(card.range(of: "应对策略")).lowerBound < (try #require(card.range(of: "优势")).lowerBound))
    }

    @Test func theVerdictComesBeforeThePartiesAndEmptyCellsAreMarked() throws {
        let html = try Self.workspace().page("products/fund.html")
        #expect(html.contains("<th scope=\"col\">维度</th><th scope=\"col\">结论</th><th scope=\"col\" class=\"us\">我行</th>"))
        #expect(html.contains("<th scope=\"row\">资金安全</th><td class=\"verdict\" data-label=\"结论\">先讲安全</td>"))
        // 网点 has no verdict and no 招行 entry; 资金安全 has no 工行 entry.
        #expect(html.contains("<th scope=\"row\">网点</th><td class=\"verdict empty\" data-label=\"结论\"></td>"))
        #expect(html.components(separatedBy: "<td data-label=\"招商银行\" class=\"empty\">").count == 2)
        #expect(html.components(separatedBy: "<td data-label=\"工商银行\" class=\"empty\">").count == 2)
        let css = String(decoding: try Self.workspace().render()["assets/style.css"]!, as: UTF8.self)
        #expect(css.contains(".matrix td.empty { display: none; }"))
    }

    @Test func theResponseIsShownWithoutScriptAndTheSwitchIsOnlyOffered() throws {
        let objections = SiteWorkspace.objections.replacingOccurrences(of: "> 别家不收管理费\n", with: "> 别家不收管理费\n\n先问清预算。\n")
        let html = try Self.workspace(objections: objections).page("objections/fee.html")
        #expect(html.contains("<div id=\"response-body\" data-practice-hidden>"))
        #expect(html.contains("<p class=\"practice-bar\" data-practice-bar hidden><label class=\"switch\"><input type=\"checkbox\" data-practice-switch> 练习模式"))
        // What to say, and what never to say, come before the background.
        let response = try #require(html.range(of: "id=\"response\"")).lowerBound
        let avoid = try #require(html.range(of: "id=\"avoid\"")).lowerBound
        let context = try #require(html.range(of: "先问清预算。")).lowerBound
        #expect(response < avoid && avoid < context)
    }

    @Test func anObjectionsOverridesDecideItsRelatedProductsAndTags() throws {
        let objections = """
            ---
            category: 价格
            tags: [费用]
            products: [fund]
            ---
            ## 管理费太高 {#fee}

            产品：无 · 竞品：icbc · 标签：管理费

            > 别家不收管理费
            ### 应对话术
            先**认同感受**。

            ## 利息太低 {#rate}
            ### 应对话术
            **表决后可转定期**。
            """
        let files = try Self.workspace(objections: objections).render()
        let fee = String(decoding: files["objections/fee.html"]!, as: UTF8.self)
        #expect(!fee.contains("相关产品"))
        #expect(fee.contains("<a href=\"../competitors/icbc.html\">工商银行</a>"))
        #expect(fee.contains("#管理费") && !fee.contains("#费用"))
        let fund = String(decoding: files["products/fund.html"]!, as: UTF8.self)
        #expect(!fund.contains("管理费太高") && fund.contains("<a href=\"../objections/rate.html\">利息太低</a>"))
        #expect(files["tags/管理费.html"] != nil)
    }

    @Test func theHomeIntroductionFoldsBehindAMoreLabelThatWorksWithoutScript() throws {
        let html = try Self.workspace().page("index.html")
        #expect(html.contains("<input type=\"checkbox\" id=\"intro-more\" class=\"more-toggle\">"))
        #expect(html.contains("<label for=\"intro-more\" class=\"more\"><span class=\"more-label\">展开全文</span>"))
        let css = String(decoding: try Self.workspace().render()["assets/style.css"]!, as: UTF8.self)
        #expect(css.contains(".more-toggle:checked ~ .lead { display: block; overflow: visible; }"))
    }
}
