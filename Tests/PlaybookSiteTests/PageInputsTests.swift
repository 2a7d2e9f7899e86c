import Foundation
import PlaybookCore
import Testing
@testable import PlaybookSite

/// A page kept because its inputs key (``PageInputs``) is unchanged must be the page a fresh
/// build renders: every part of a document that the outline leaves out is edited here, one at
/// a time, and the incremental render is compared with a fresh one, file by file.
@Suite struct PageInputsTests {
    struct Edit: Sendable, CustomStringConvertible {
        var description: String
        var apply: @Sendable (inout Playbook) -> Void
        /// Whether the edit changes only parts the outline leaves out (so most pages must be
        /// kept on their inputs key alone).
        var bodyOnly = true
    }

    static let item = NamedItem(id: "new", name: "新条目", detail: "新说明", detailHtml: "<p>新说明</p>", line: 1)
    static let fact = Fact(name: "新事实", value: "值", valueHtml: "值")
    static let quiz = QuizItem(id: "q-new", question: "新问题？", answer: "新答案", choices: [], line: 1)
    static let section = FreeSection(id: "extra", title: "补充", text: "补充内容", html: "<p>补充内容</p>")
    static let rich = RichSection(items: [item], text: "新说明", html: "<p>新说明</p>")

    static let edits: [Edit] = [
        Edit(description: "product summary HTML") { $0.products[0].summaryHtml += "<p>补充</p>" },
        Edit(description: "product facts") { $0.products[0].facts.append(fact) },
        Edit(description: "product market position") { $0.products[0].marketPosition.append(fact) },
        Edit(description: "product selling points") { $0.products[0].sellingPoints.append(item) },
        Edit(description: "product buyer values") { $0.products[0].buyerValues.append(item) },
        Edit(description: "product audience") { $0.products[0].audience.append(item) },
        Edit(description: "product talk tracks") { $0.products[0].talkTracks.append(item) },
        Edit(description: "product knowledge") { $0.products[0].knowledgeHtml += "<p>新知识</p>"; $0.products[0].knowledge += "新知识" },
        Edit(description: "product quiz") { $0.products[0].quiz.append(quiz) },
        Edit(description: "product sections") { $0.products[0].sections.append(section) },
        Edit(description: "competitor summary HTML") { $0.competitors[0].summaryHtml += "<p>补充</p>" },
        Edit(description: "competitor strengths") { $0.competitors[0].strengths.append(item) },
        Edit(description: "competitor weaknesses") { $0.competitors[0].weaknesses.append(item) },
        Edit(description: "competitor how to win") { $0.competitors[0].howToWin = rich },
        Edit(description: "competitor quiz") { $0.competitors[0].quiz.append(quiz) },
        Edit(description: "competitor sections") { $0.competitors[0].sections.append(section) },
        Edit(description: "competitor's own comparison") {
            $0.competitors[0].comparison.append(ComparisonRow(id: "speed", dimension: "速度", entries: [
                ComparisonEntry(party: "我行", competitor: nil, isUs: true, text: "快", textHtml: "快"),
            ], verdict: "我们快", line: 1))
        },
        Edit(description: "objection set summary") { $0.objectionSets[0].summaryHtml += "<p>补充</p>"; $0.objectionSets[0].summary += "补充" },
        Edit(description: "objection set quiz") { $0.objectionSets[0].quiz.append(quiz) },
        Edit(description: "objection context") { $0.objectionSets[0].objections[0].contextHtml = "<p>新场景</p>" },
        Edit(description: "objection response") { $0.objectionSets[0].objections[0].responseHtml += "<p>再补一句</p>" },
        Edit(description: "objection response naming the competitor") {
            // The competitor battle card lists objections whose response names the competitor.
            $0.objectionSets[0].objections[1].response += "招商银行"; $0.objectionSets[0].objections[1].responseHtml += "招商银行"
        },
        Edit(description: "objection key points") { $0.objectionSets[0].objections[0].keyPoints.append("新要点") },
        Edit(description: "objection avoid") { $0.objectionSets[0].objections[0].avoid.append("不要说") },
        Edit(description: "objection follow-ups") { $0.objectionSets[0].objections[0].followUps.append("追问") },
        Edit(description: "self analysis") {
            $0.selfAnalyses[0].strengths.append(item); $0.selfAnalyses[0].weaknesses.append(item)
            $0.selfAnalyses[0].summaryHtml += "<p>补充</p>"; $0.selfAnalyses[0].quiz.append(quiz)
            $0.selfAnalyses[0].styles.append(SalesStyle(id: "new", name: "新风格", summary: "说明", facts: [fact], line: 1))
            $0.selfAnalyses[0].sections.append(section)
        },
        Edit(description: "segment body") {
            $0.segments[0].summaryHtml += "<p>补充</p>"
            $0.segments[0].profile = rich; $0.segments[0].needs = rich; $0.segments[0].decisionMakers = rich
            $0.segments[0].approach = rich; $0.segments[0].quiz.append(quiz); $0.segments[0].sections.append(section)
        },
        Edit(description: "case body") {
            $0.cases[0].summaryHtml += "<p>补充</p>"
            $0.cases[0].background = rich; $0.cases[0].approach = rich; $0.cases[0].result = rich
            $0.cases[0].quiz.append(quiz); $0.cases[0].sections.append(section)
        },
        // Outline edits: every page's inputs key changes, values keys decide.
        Edit(description: "product title", apply: { $0.products[0].info.title += "（新）" }, bodyOnly: false),
        Edit(description: "product comparison", apply: { $0.products[0].comparison[0].verdict = "改过的结论" }, bodyOnly: false),
        Edit(description: "objection title", apply: { $0.objectionSets[0].objections[0].title += "？" }, bodyOnly: false),
        Edit(description: "objection customer says", apply: { $0.objectionSets[0].objections[0].customerSays += "！" }, bodyOnly: false),
        Edit(description: "competitor aliases", apply: { $0.competitors[0].aliases.append("招银") }, bodyOnly: false),
        Edit(description: "segment summary", apply: { $0.segments[0].summary += "补充" }, bodyOnly: false),
        Edit(description: "tags", apply: { $0.cases[0].info.tags.append("新标签") }, bodyOnly: false),
        Edit(description: "site title", apply: { $0.settings.title += "2" }, bodyOnly: false),
    ]

    static let extraFiles = [
        "objections/price.md": SiteWorkspace.objections + """

            ## 招行利率更高 {#rate}
            > 招行给的利率比你们高
            ### 应对话术
            比较**综合收益**。
            """,
        "self/self.md": "---\ntitle: 自我分析\n---\n我行概况。\n\n## 我行优势\n- **上门服务**：随叫随到\n",
        "segments/sme.md": "---\ntitle: 中小企业\nproducts: [fund]\n---\n客户多。\n\n## 特征\n- **人手紧张**：一人多岗\n",
        "cases/win.md": "---\ntitle: 一个案例\nproducts: [fund]\nsegments: [sme]\n---\n坚持上门。\n\n## 背景\n起初没有业务。\n",
    ]

    @Test(arguments: edits) func keptPagesAreWhatAFreshBuildRenders(_ edit: Edit) throws {
        let workspace = try SiteWorkspace(PageInputsTests.extraFiles)
        let original = try workspace.playbook()
        var edited = original
        edit.apply(&edited)

        let previous = MemorySite()
        try SiteBuilder(playbook: original, templates: .defaults).render(into: previous)
        let incremental = MemorySite(previous: previous)
        try SiteBuilder(playbook: edited, templates: .defaults).render(into: incremental)
        let fresh = try SiteBuilder(playbook: edited, templates: .defaults).render()

        #expect(fresh != previous.files, "the edit must show somewhere, or this test proves nothing")
        #expect(Set(incremental.files.keys) == Set(fresh.keys))
        for (path, data) in fresh where incremental.files[path] != data {
            Issue.record("\(path) is stale after editing the \(edit)")
        }
        if edit.bodyOnly {
            #expect(incremental.keptOnInputsCount > 0, "pages not showing the edited part are kept without building their values")
        } else {
            #expect(incremental.keptOnInputsCount == 0)
        }
    }

    @Test func aBodyEditBuildsTheValuesOfItsOwnPagesOnly() throws {
        let workspace = try SiteWorkspace(PageInputsTests.extraFiles)
        let original = try workspace.playbook()
        var edited = original
        edited.products[0].talkTracks.append(PageInputsTests.item)
        let previous = MemorySite()
        try SiteBuilder(playbook: original, templates: .defaults).render(into: previous)
        let incremental = MemorySite(previous: previous)
        try SiteBuilder(playbook: edited, templates: .defaults).render(into: incremental)
        let pages = incremental.files.keys.filter { $0.hasSuffix(".html") }
        // Only the product's own page needs its values built.
        #expect(incremental.keptOnInputsCount == pages.count - 1)
    }
}
