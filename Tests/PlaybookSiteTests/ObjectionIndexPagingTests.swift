import Foundation
import PlaybookCore
@testable import PlaybookSite
import Testing

/// The objection index comes in pages of ``ObjectionIndexPaging/filesPerPage`` objection files:
/// every link to an objection file leads to the page that shows it, and an edit of one file
/// renders only that page of the index.
@Suite struct ObjectionIndexPagingTests {
    /// A playbook with `count` objection files besides the workspace's own `objections/price.md`.
    func workspace(objectionFiles count: Int) throws -> SiteWorkspace {
        var files: [String: String] = [:]
        for number in 0..<count {
            let id = String(format: "q%03d", number)
            files["objections/\(id).md"] = "---\ncategory: 服务\nowner: 张三\nreviewed: 2026-11-01\n---\n介绍\(number)。\n\n"
                + "## 异议\(number) {#\(id)-a}\n> 说法\(number)\n### 应对话术\n回应\(number)。\n"
        }
        if count > 98 { files["products/linked.md"] = "---\ntitle: 链接\n---\n见[第九十九个](../objections/q098.md)。\n" }
        return try SiteWorkspace(files)
    }

    func text(_ site: [String: Data], _ path: String) throws -> String {
        String(decoding: try #require(site[path], "\(path) is missing"), as: UTF8.self)
    }

    @Test func aLongIndexIsSplitIntoNumberedPages() throws {
        let site = try workspace(objectionFiles: 120).render()
        // 121 files in path order: objections/price.md, then q000…q119.
        let first = try text(site, "objections/index.html")
        let second = try text(site, "objections/pages/2.html")
        let third = try text(site, "objections/pages/3.html")
        #expect(site["objections/pages/4.html"] == nil && site["objections/pages/1.html"] == nil)
        #expect(first.contains("id=\"price\"") && first.contains("id=\"q048\"") && !first.contains("id=\"q049\""))
        #expect(second.contains("id=\"q049\"") && second.contains("id=\"q098\"") && !second.contains("id=\"q099\""))
        #expect(third.contains("id=\"q099\"") && third.contains("id=\"q119\""))
        #expect(second.contains("<a href=\"../../objections/pages/2.html\" aria-current=\"page\">2</a>"))
        #expect(second.contains("<a href=\"../../objections/index.html\" rel=\"prev\" aria-label=\"上一页\">←</a>"))
        #expect(second.contains("<a href=\"../../objections/pages/3.html\" rel=\"next\" aria-label=\"下一页\">→</a>"))
        #expect(second.components(separatedBy: "<nav class=\"page-numbers\"").count == 3, "above and below the list")
        #expect(second.contains("<p class=\"meta\">第 2 页，共 3 页</p>"))
        #expect(!third.contains("rel=\"next\""))
        #expect(second.contains("<title>异议处理 · 2/3 · 测试手册</title>"))
        #expect(second.contains("<a href=\"../../objections/index.html\" aria-current=\"page\">"), "the navigation marks the section")
        // Every objection file's links go to its page.
        #expect(try text(site, "products/linked.html").contains("href=\"../objections/pages/2.html\""))
        #expect(try text(site, "reviews.html").contains("href=\"objections/pages/3.html#q119\""))
        // The category's battle card likewise: 120 files of 服务 make three pages.
        let card = try text(site, "battlecards/category-服务/2.html")
        #expect(card.contains("“说法50”") && card.contains("“说法99”") && !card.contains("“说法49”") && !card.contains("“说法100”"))
        #expect(card.contains("<a href=\"../../battlecards/category-服务.html\">1</a>"))
        #expect(site["battlecards/category-服务/3.html"] != nil && site["battlecards/category-服务/4.html"] == nil)
        #expect(!(try text(site, "battlecards/category-价格.html")).contains("page-numbers"), "one file: one page")
    }

    @Test func manyPagesShowTheFirstTheLastAndTwoAroundTheCurrentOne() {
        #expect(ObjectionIndexPaging.shownNumbers(current: 0, of: 1) == [0])
        #expect(ObjectionIndexPaging.shownNumbers(current: 0, of: 5) == [0, 1, 2, 4])
        #expect(ObjectionIndexPaging.shownNumbers(current: 20, of: 40) == [0, 18, 19, 20, 21, 22, 39])
        #expect(ObjectionIndexPaging.shownNumbers(current: 39, of: 40) == [0, 37, 38, 39])
    }

    @Test func aShortIndexIsOnePageWithoutNumbers() throws {
        let site = try workspace(objectionFiles: 3).render()
        #expect(!(try text(site, "objections/index.html")).contains("page-numbers"))
        #expect(!site.keys.contains { $0.hasPrefix("objections/pages/") })
    }

    @Test func anObjectionEditRendersOnlyTheIndexPageThatShowsIt() throws {
        let space = try workspace(objectionFiles: 120)
        let job = SiteBuild(contentPath: space.content.path, templatesPath: space.root.appendingPathComponent("T").path,
                            output: space.site.path, loading: .init(today: CalendarDay(iso: "2026-11-23")!))
        _ = try job.run()
        let before = try FileManager.default.contents(atPath: space.site.path + "/objections/index.html")
        try space.write("Content/objections/q060.md",
                        "---\ncategory: 服务\nowner: 张三\nreviewed: 2026-11-01\n---\n说法60。\n\n## 异议60 {#q060-a}\n> 说法60\n### 应对话术\n回应60。\n")
        let outcome = try job.run()
        guard case .updated(let update) = outcome else {
            if case .built(let written) = outcome { Issue.record("built in full: \(written.reason?.description ?? "-")") }
            Issue.record("a body edit should update the site in place")
            return
        }
        #expect(update.written.contains("objections/pages/2.html"), "the file's introduction is on its index page")
        #expect(!update.written.contains("objections/index.html") && !update.written.contains("objections/pages/3.html"))
        #expect(FileManager.default.contents(atPath: space.site.path + "/objections/index.html") == before)
        var fresh = try space.render()
        #expect(FileManager.default.contents(atPath: space.site.path + "/objections/pages/2.html") == fresh["objections/pages/2.html"])

        // A response edit: only the battle card page that shows the objection is written again.
        try space.write("Content/objections/q060.md",
                        "---\ncategory: 服务\nowner: 张三\nreviewed: 2026-11-01\n---\n说法60。\n\n## 异议60 {#q060-a}\n> 说法60\n### 应对话术\n回应说法60。\n")
        guard case .updated(let second) = try job.run() else {
            Issue.record("a response edit should update the site in place")
            return
        }
        #expect(second.written.contains("battlecards/category-服务/2.html") && second.written.contains("objections/q060-a.html"))
        #expect(!second.written.contains { $0.hasPrefix("objections/pages/") || $0 == "objections/index.html" })
        #expect(!second.written.contains("battlecards/category-服务.html") && !second.written.contains("battlecards/category-服务/3.html"))
        fresh = try space.render()
        #expect(FileManager.default.contents(atPath: space.site.path + "/battlecards/category-服务/2.html")
                == fresh["battlecards/category-服务/2.html"])
    }
}
